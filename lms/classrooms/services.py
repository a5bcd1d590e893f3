"""Every write of schools, classes and assignments. Each is atomic and leaves an audit entry.

Access is checked by the caller (views and the API ask `permissions`); these functions check what
the data itself requires (a code that exists, a page that is published, a student of the class).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage
from lms.accounts.models import ConsentMethod, ConsentRecord, Role
from lms.accounts.services import (
    PupilIn,
    consent_record,
    login_code_issue,
    pupil_accounts_create,
    role_grant,
)
from lms.core.services import audit_log
from lms.learning.services import NotRecorded, enrollment_create

from .models import (
    JOIN_CODE_ALPHABET,
    JOIN_CODE_LENGTH,
    Assignment,
    AssignmentKind,
    AssignmentStudent,
    Classroom,
    ClassStudent,
    ClassTeacher,
    JoinedBy,
    Phase,
    School,
    SchoolStaff,
    StaffRole,
)

if TYPE_CHECKING:
    from lms.accounts.models import User

    from .roster import RosterRow

# Why a student could not be enrolled, told to the teacher (the learner's own wording says "you").
_TEACHER_REASONS = {
    "consent_required": gettext_lazy("waiting for a parent's consent"),
    "locked": gettext_lazy("must first finish the course this one builds on"),
}

_PHASES = {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C", 7: "D", 8: "D", 9: "D", 10: "E"}


def phase_for_grade(grade: int | None) -> str:
    """Kurikulum Merdeka's phase of a grade (1 to 12); empty without a grade."""
    if grade is None:
        return ""
    return _PHASES.get(grade, Phase.F if 11 <= grade <= 12 else "")


def normalize_join_code(code: str) -> str:
    """What a person typed, as a code: capitals, no spaces or dashes, and the letters people
    confuse with digits read as the digits the alphabet has."""
    cleaned = "".join(code.split()).replace("-", "").upper()
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


# --- Schools --------------------------------------------------------------------------------


@transaction.atomic
def school_create(
    *, name: str, npsn: str, level: str, kecamatan: str = "", actor: User | None
) -> School:
    school = School(name=name.strip(), npsn=npsn.strip(), level=level, kecamatan=kecamatan)
    school.full_clean()
    school.save()
    audit_log(actor=actor, action="school.create", target=school)
    return school


@transaction.atomic
def school_staff_add(*, school: School, user: User, role: StaffRole, actor: User | None) -> None:
    """Make `user` a teacher or admin of `school`, and give them the matching role."""
    SchoolStaff.objects.get_or_create(school=school, user=user, role=role)
    role_grant(
        user=user,
        role=Role.TEACHER if role == StaffRole.TEACHER else Role.SCHOOL_ADMIN,
        granted_by=actor,
    )
    audit_log(
        actor=actor, action="school.staff_add", subject=user, target=school, data={"role": role}
    )


# --- Classes --------------------------------------------------------------------------------


@transaction.atomic
def classroom_create(
    *,
    teacher: User,
    name: str,
    academic_year: str,
    semester: int,
    grade: int | None = None,
    school: School | None = None,
) -> Classroom:
    """A new class taught by `teacher`, with a fresh class code. Without a school it is a
    community group."""
    if school is not None and not SchoolStaff.objects.filter(school=school, user=teacher).exists():
        raise ValidationError(_("You can only make classes for a school you work at."))
    classroom = Classroom(
        school=school,
        name=name.strip(),
        grade=grade,
        phase=phase_for_grade(grade),
        academic_year=academic_year.strip(),
        semester=semester,
        join_code=new_join_code(),
        created_by=teacher,
    )
    classroom.full_clean(exclude=["join_code"])
    _save_with_fresh_code(classroom)
    ClassTeacher.objects.create(classroom=classroom, user=teacher)
    audit_log(actor=teacher, action="classroom.create", target=classroom)
    return classroom


def _save_with_fresh_code(classroom: Classroom) -> None:
    """Save, drawing another code if this one is taken (about one in a billion per class)."""
    for _attempt in range(10):
        try:
            with transaction.atomic():
                classroom.save()
            return
        except IntegrityError:
            classroom.join_code = new_join_code()
    raise RuntimeError("Could not find a free class code.")


@transaction.atomic
def classroom_join_code_reset(*, classroom: Classroom, actor: User) -> str:
    """A new class code; the old one stops working at once."""
    classroom.join_code = new_join_code()
    _save_with_fresh_code(classroom)
    audit_log(actor=actor, action="classroom.code_reset", target=classroom)
    return classroom.join_code


@transaction.atomic
def classroom_archive(*, classroom: Classroom, actor: User) -> None:
    """An archived class keeps its records but no one can join it."""
    if classroom.archived_at is None:
        classroom.archived_at = timezone.now()
        classroom.save(update_fields=["archived_at"])
        audit_log(actor=actor, action="classroom.archive", target=classroom)


@transaction.atomic
def class_teacher_add(*, classroom: Classroom, teacher: User, actor: User) -> None:
    if not teacher.role_grants.filter(role=Role.TEACHER).exists():
        raise ValidationError(_("Only a teacher can teach a class."))
    _obj, created = ClassTeacher.objects.get_or_create(classroom=classroom, user=teacher)
    if created:
        audit_log(actor=actor, action="classroom.teacher_add", subject=teacher, target=classroom)


@dataclass
class Enrolled:
    """What adding a student to a class, or assigning work, did to their enrolments."""

    enrolled: int = 0
    # (student, what the teacher reads) for each enrolment that could not be made.
    not_enrolled: list[tuple[User, str]] = field(default_factory=list)


def classroom_join(*, user: User, code: str) -> tuple[ClassStudent, bool]:
    """Join the class whose code `code` is. Joining twice changes nothing. Raises
    ValidationError for a code that matches no open class."""
    normalized = normalize_join_code(code)
    classroom = (
        Classroom.objects.filter(join_code=normalized, archived_at__isnull=True).first()
        if len(normalized) == JOIN_CODE_LENGTH
        else None
    )
    if classroom is None:
        raise ValidationError(
            _("No class has this code. Check it with your teacher: it has 6 letters and digits.")
        )
    if ClassTeacher.objects.filter(classroom=classroom, user=user).exists():
        raise ValidationError(_("You teach this class: teachers do not join it as students."))
    return class_student_add(classroom=classroom, student=user, actor=user, joined_by=JoinedBy.CODE)


@transaction.atomic
def class_student_add(
    *,
    classroom: Classroom,
    student: User,
    actor: User,
    joined_by: JoinedBy,
    nisn: str = "",
) -> tuple[ClassStudent, bool]:
    """Put `student` in the class and enrol them in its whole-class assignments."""
    membership, created = ClassStudent.objects.get_or_create(
        classroom=classroom, user=student, defaults={"joined_by": joined_by, "nisn": nisn}
    )
    if created:
        role_grant(user=student, role=Role.STUDENT, granted_by=actor)
        audit_log(
            actor=actor,
            action="classroom.student_add",
            subject=student,
            target=classroom,
            data={"joined_by": joined_by},
        )
        for assignment in classroom.assignments.filter(whole_class=True):
            _enrol(assignment=assignment, students=[student], result=Enrolled())
    return membership, created


@transaction.atomic
def class_student_remove(*, classroom: Classroom, student: User, actor: User) -> bool:
    """Take a student out of the class. Their learning records stay theirs."""
    deleted, _rows = ClassStudent.objects.filter(classroom=classroom, user=student).delete()
    AssignmentStudent.objects.filter(assignment__classroom=classroom, user=student).delete()
    if deleted:
        audit_log(actor=actor, action="classroom.student_remove", subject=student, target=classroom)
    return bool(deleted)


# --- Assignments ----------------------------------------------------------------------------


def _kind_and_course(page: Page) -> tuple[AssignmentKind, CoursePage]:
    specific = page.specific
    kinds = {CoursePage: AssignmentKind.COURSE, ModulePage: AssignmentKind.MODULE}
    kind = next((k for cls, k in kinds.items() if isinstance(specific, cls)), None)
    if kind is None and isinstance(specific, LessonPage):
        kind = AssignmentKind.LESSON
    course = CoursePage.objects.ancestor_of(page, inclusive=True).live().first()
    if kind is None or course is None or not page.live:
        raise ValidationError(_("Choose a published course, module or lesson."))
    return kind, course


@transaction.atomic
def assignment_create(
    *,
    classroom: Classroom,
    actor: User,
    page: Page,
    students: list[User] | None = None,
    due_at: datetime | None = None,
) -> tuple[Assignment, Enrolled]:
    """Assign a course, module or lesson to the class (students None) or to chosen students of
    it, and enrol them in its course. Assigning the same page again updates the due date and
    adds the students."""
    kind, course = _kind_and_course(page)
    if due_at is not None and due_at <= timezone.now():
        raise ValidationError(_("The due date must be in the future."))
    if students is not None:
        if not students:
            raise ValidationError(_("Choose at least one student, or assign to the whole class."))
        members = set(
            ClassStudent.objects.filter(
                classroom=classroom, user__in=[s.pk for s in students]
            ).values_list("user_id", flat=True)
        )
        if any(student.pk not in members for student in students):
            raise ValidationError(_("Only students of this class can be given its work."))
    assignment, created = Assignment.objects.get_or_create(
        classroom=classroom,
        target_key=page.translation_key,
        defaults={
            "kind": kind,
            "course_key": course.translation_key,
            "whole_class": students is None,
            "due_at": due_at,
            "created_by": actor,
        },
    )
    if not created:
        assignment.due_at = due_at
        assignment.whole_class = assignment.whole_class or students is None
        assignment.save(update_fields=["due_at", "whole_class"])
    if students is not None and not assignment.whole_class:
        AssignmentStudent.objects.bulk_create(
            [AssignmentStudent(assignment=assignment, user=s) for s in students],
            ignore_conflicts=True,
        )
    recipients = (
        [m.user for m in classroom.students.select_related("user")]
        if students is None
        else students
    )
    result = Enrolled()
    _enrol(assignment=assignment, students=recipients, result=result, course=course)
    audit_log(
        actor=actor,
        action="assignment.create" if created else "assignment.update",
        target=assignment,
        data={"students": None if students is None else [s.pk for s in students]},
    )
    return assignment, result


def _enrol(
    *,
    assignment: Assignment,
    students: list[User],
    result: Enrolled,
    course: CoursePage | None = None,
) -> None:
    course = (
        course or CoursePage.objects.live().filter(translation_key=assignment.course_key).first()
    )
    if course is None:
        return
    for student in students:
        try:
            enrollment_create(user=student, course=course)
            result.enrolled += 1
        except NotRecorded as refusal:
            reason = _TEACHER_REASONS.get(refusal.code)
            result.not_enrolled.append((student, str(reason) if reason else refusal.message))


@transaction.atomic
def assignment_delete(*, assignment: Assignment, actor: User) -> None:
    """Withdraw an assignment. Enrolments and progress stay: the work done is the student's."""
    audit_log(actor=actor, action="assignment.delete", target=assignment)
    assignment.delete()


# --- Pupils a teacher makes accounts for, and their login -----------------------------------


@transaction.atomic
def class_student_create(
    *,
    classroom: Classroom,
    full_name: str,
    birth_year: int,
    actor: User,
    nisn: str = "",
) -> tuple[User, str]:
    """A new account for a pupil without one, put in the class. Returns the account and its
    one-time login code (shown or printed once, never stored in clear text)."""
    ((student, code),) = pupil_accounts_create(
        pupils=[PupilIn(full_name=full_name, birth_year=birth_year)], actor=actor
    )
    class_student_add(
        classroom=classroom, student=student, actor=actor, joined_by=JoinedBy.TEACHER, nisn=nisn
    )
    return student, code


@transaction.atomic
def class_roster_import(
    *, classroom: Classroom, rows: list[RosterRow], actor: User
) -> list[tuple[User, str]]:
    """The pupils of a roster that `roster.roster_check` found clean: an account each, with a
    login code, in the class and in its whole-class assignments. All or nothing. Returns
    (account, login code) in the roster's order."""
    created = pupil_accounts_create(
        pupils=[
            PupilIn(
                full_name=row.full_name, birth_year=row.birth_year, email=row.email, phone=row.phone
            )
            for row in rows
        ],
        actor=actor,
    )
    ClassStudent.objects.bulk_create(
        [
            ClassStudent(classroom=classroom, user=user, nisn=row.nisn, joined_by=JoinedBy.ROSTER)
            for (user, _code), row in zip(created, rows, strict=True)
        ],
        batch_size=500,
    )
    for user, _code in created:
        audit_log(
            actor=actor,
            action="classroom.student_add",
            subject=user,
            target=classroom,
            data={"joined_by": JoinedBy.ROSTER},
        )
    students = [user for user, _code in created]
    for assignment in classroom.assignments.filter(whole_class=True):
        _enrol(assignment=assignment, students=students, result=Enrolled())
    return created


def _require_member(classroom: Classroom, student: User) -> None:
    if not ClassStudent.objects.filter(classroom=classroom, user=student).exists():
        raise ValidationError(_("This person is not a student of this class."))


@transaction.atomic
def class_student_login_reset(*, classroom: Classroom, student: User, actor: User) -> str:
    """A new login code for a pupil of the class whose account a teacher made; their earlier
    codes stop working. Returns the code."""
    _require_member(classroom, student)
    code = login_code_issue(user=student, actor=actor)
    audit_log(actor=actor, action="classroom.login_reset", subject=student, target=classroom)
    return code


@transaction.atomic
def class_student_consent_record(
    *,
    classroom: Classroom,
    student: User,
    guardian_name: str,
    relationship: str,
    actor: User,
) -> ConsentRecord:
    """A guardian's consent from the paper form, entered by the pupil's teacher or school
    admin."""
    _require_member(classroom, student)
    record = consent_record(
        child=student,
        guardian_name=guardian_name,
        relationship=relationship,
        method=ConsentMethod.PAPER,
        recorded_by=actor,
    )
    audit_log(actor=actor, action="classroom.consent_record", subject=student, target=classroom)
    return record


# --- Schools in the admin -------------------------------------------------------------------


@transaction.atomic
def school_update(
    *, school: School, name: str, npsn: str, level: str, kecamatan: str, actor: User
) -> School:
    school.name, school.npsn = name.strip(), npsn.strip()
    school.level, school.kecamatan = level, kecamatan
    school.full_clean()
    school.save()
    audit_log(actor=actor, action="school.update", target=school)
    return school


@transaction.atomic
def school_staff_remove(*, staff: SchoolStaff, actor: User) -> None:
    """The person no longer works at the school in this role. Their classes stay theirs, and
    their role stays for their other schools and community groups."""
    audit_log(
        actor=actor,
        action="school.staff_remove",
        subject=staff.user,
        target=staff.school,
        data={"role": staff.role},
    )
    staff.delete()
