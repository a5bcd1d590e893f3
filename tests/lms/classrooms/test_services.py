"""Schools, classes, class codes and assignments, as a teacher and a student would meet them."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext

from courses.models import LessonPage, ModulePage
from lms.accounts.models import Role, User
from lms.classrooms import permissions, selectors, services
from lms.classrooms.models import JOIN_CODE_ALPHABET, Classroom, JoinedBy, School, StaffRole
from lms.core.models import AuditEntry
from lms.learning.models import Enrollment
from lms.learning.services import EventIn, progress_events_record
from tests.factories import Catalog, make_course
from tests.lms.classrooms.conftest import make_person

pytestmark = pytest.mark.django_db


def test_a_new_class_has_a_readable_six_character_code_and_its_phase(
    classroom: Classroom,
) -> None:
    assert len(classroom.join_code) == 6
    assert set(classroom.join_code) <= set(JOIN_CODE_ALPHABET)
    assert not set(classroom.join_code) & set("01OIL")
    assert classroom.phase == "D"
    assert AuditEntry.objects.filter(action="classroom.create").count() == 1


@pytest.mark.parametrize(
    ("grade", "phase"), [(1, "A"), (4, "B"), (6, "C"), (9, "D"), (10, "E"), (12, "F"), (None, "")]
)
def test_the_phase_follows_kurikulum_merdeka(grade: int | None, phase: str) -> None:
    assert services.phase_for_grade(grade) == phase


def test_a_student_joins_with_the_code_as_typed_on_a_phone(classroom: Classroom) -> None:
    student = make_person("siswa")
    typed = " " + classroom.join_code.lower()[:3] + "-" + classroom.join_code.lower()[3:] + " "
    membership, created = services.classroom_join(user=student, code=typed)
    assert created
    assert membership.joined_by == JoinedBy.CODE
    assert student.role_grants.filter(role=Role.STUDENT).exists()
    # Joining again changes nothing.
    _again, created = services.classroom_join(user=student, code=classroom.join_code)
    assert not created


def test_a_wrong_or_old_code_is_refused_in_words(classroom: Classroom, teacher: User) -> None:
    student = make_person("siswa")
    old = classroom.join_code
    new = services.classroom_join_code_reset(classroom=classroom, actor=teacher)
    assert new != old
    with pytest.raises(
        ValidationError,
        match=re.escape(
            gettext(
                "No class has this code. Check it with your teacher: it has 6 letters and digits."
            )
        ),
    ):
        services.classroom_join(user=student, code=old)
    with pytest.raises(
        ValidationError,
        match=re.escape(
            gettext(
                "No class has this code. Check it with your teacher: it has 6 letters and digits."
            )
        ),
    ):
        services.classroom_join(user=student, code="ABC")
    assert not classroom.students.exists()


def test_an_archived_class_cannot_be_joined(classroom: Classroom, teacher: User) -> None:
    services.classroom_archive(classroom=classroom, actor=teacher)
    with pytest.raises(ValidationError):
        services.classroom_join(user=make_person("siswa"), code=classroom.join_code)


def test_a_teacher_cannot_make_a_class_at_a_school_they_do_not_work_at(
    teacher: User, other_school: School
) -> None:
    with pytest.raises(
        ValidationError, match=gettext("You can only make classes for a school you work at.")
    ):
        services.classroom_create(
            teacher=teacher,
            name="I-A",
            grade=1,
            academic_year="2026/2027",
            semester=1,
            school=other_school,
        )
    assert not Classroom.objects.filter(name="I-A").exists()


def test_a_community_group_has_no_school_and_works_the_same(db: None) -> None:
    facilitator = make_person("fasilitator", role=Role.TEACHER)
    group = services.classroom_create(
        teacher=facilitator,
        name="Kelas Digital Kelurahan Gunung Samarinda",
        academic_year="2026/2027",
        semester=2,
    )
    assert group.school is None
    assert group.phase == ""
    services.classroom_join(user=make_person("warga"), code=group.join_code)
    assert group.students.count() == 1


def test_a_bad_academic_year_is_refused(teacher: User) -> None:
    with pytest.raises(ValidationError, match=re.escape(gettext("Write the year as 2026/2027."))):
        services.classroom_create(
            teacher=teacher, name="X", academic_year="2026", semester=1, grade=7
        )


def test_assigning_a_course_enrols_the_class_and_later_joiners(
    catalog: Catalog, classroom: Classroom, teacher: User
) -> None:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)
    first = make_person("siswa-1")
    services.class_student_add(
        classroom=classroom, student=first, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    due = timezone.now() + timedelta(days=7)
    _assignment, result = services.assignment_create(
        classroom=classroom, actor=teacher, page=course, due_at=due
    )
    assert result.enrolled == 1
    assert Enrollment.objects.filter(user=first, course_key=course.translation_key).exists()

    later = make_person("siswa-2")
    services.classroom_join(user=later, code=classroom.join_code)
    assert Enrollment.objects.filter(user=later, course_key=course.translation_key).exists()

    work = selectors.student_assignments(user=later)
    assert [(w.title, w.status, w.lessons_total) for w in work] == [("Aktivasi IKD", "todo", 2)]


def test_a_minor_without_consent_is_assigned_but_not_enrolled_and_the_teacher_is_told(
    catalog: Catalog, classroom: Classroom, teacher: User
) -> None:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd")
    this_year = timezone.localdate().year
    child = make_person("anak", birth_year=this_year - 12)
    services.class_student_add(
        classroom=classroom, student=child, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    _assignment, result = services.assignment_create(
        classroom=classroom, actor=teacher, page=course
    )
    assert result.enrolled == 0
    assert [(user.username, reason) for user, reason in result.not_enrolled] == [
        ("anak", gettext("waiting for a parent's consent"))
    ]
    assert not Enrollment.objects.filter(user=child).exists()


def test_work_given_to_chosen_students_is_theirs_only(
    catalog: Catalog, classroom: Classroom, teacher: User
) -> None:
    course = make_course(catalog, title="Mobile JKN", slug="jkn", lessons=3)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    assert lesson is not None
    chosen, other = make_person("dipilih"), make_person("lainnya")
    for student in (chosen, other):
        services.class_student_add(
            classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
        )
    services.assignment_create(classroom=classroom, actor=teacher, page=lesson, students=[chosen])
    assert [w.title for w in selectors.student_assignments(user=chosen)] == ["Pelajaran 1"]
    assert selectors.student_assignments(user=other) == []


def test_a_stranger_cannot_be_given_the_class_work(
    catalog: Catalog, classroom: Classroom, teacher: User
) -> None:
    course = make_course(catalog, title="OSS", slug="oss")
    with pytest.raises(
        ValidationError, match=gettext("Only students of this class can be given its work.")
    ):
        services.assignment_create(
            classroom=classroom, actor=teacher, page=course, students=[make_person("orang-lain")]
        )
    assert not classroom.assignments.exists()


def test_a_due_date_in_the_past_is_refused(
    catalog: Catalog, classroom: Classroom, teacher: User
) -> None:
    course = make_course(catalog, title="OSS", slug="oss")
    with pytest.raises(ValidationError, match=gettext("The due date must be in the future.")):
        services.assignment_create(
            classroom=classroom,
            actor=teacher,
            page=course,
            due_at=timezone.now() - timedelta(hours=1),
        )


def test_work_is_todo_then_overdue_then_done(
    catalog: Catalog, classroom: Classroom, teacher: User
) -> None:
    course = make_course(catalog, title="SATUSEHAT", slug="satusehat", lessons=1)
    module = ModulePage.objects.descendant_of(course).get()
    student = make_person("siswa")
    services.class_student_add(
        classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    due = timezone.now() + timedelta(days=1)
    services.assignment_create(classroom=classroom, actor=teacher, page=module, due_at=due)
    assert selectors.student_assignments(user=student)[0].status == "todo"
    later = due + timedelta(days=1)
    assert selectors.student_assignments(user=student, now=later)[0].status == "overdue"

    lesson = LessonPage.objects.descendant_of(course).get()
    progress_events_record(
        user=student,
        events=[
            EventIn(
                id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=timezone.now()
            )
        ],
        source="test",
    )
    finished = selectors.student_assignments(user=student, now=later)[0]
    assert (finished.status, finished.percent) == ("done", 100)


def test_only_the_class_teachers_and_school_admin_manage_a_class(
    classroom: Classroom, school: School, other_school: School
) -> None:
    colleague = make_person("guru-lain", role=Role.TEACHER)
    services.school_staff_add(school=school, user=colleague, role=StaffRole.TEACHER, actor=None)
    admin = make_person("admin-sekolah")
    services.school_staff_add(school=school, user=admin, role=StaffRole.ADMIN, actor=None)
    other_admin = make_person("admin-lain")
    services.school_staff_add(
        school=other_school, user=other_admin, role=StaffRole.ADMIN, actor=None
    )
    student = make_person("siswa")
    services.classroom_join(user=student, code=classroom.join_code)

    teacher = classroom.teachers.get().user
    assert permissions.can_manage_class(teacher, classroom)
    assert permissions.can_manage_class(admin, classroom)
    assert not permissions.can_manage_class(colleague, classroom)  # same school, not their class
    assert not permissions.can_manage_class(other_admin, classroom)
    assert not permissions.can_manage_class(student, classroom)
    assert permissions.can_view_class(student, classroom)
    assert permissions.can_view_student(student, classroom, student)
    assert not permissions.can_view_student(make_person("siswa-lain"), classroom, student)


def test_classes_are_listed_for_their_teacher_and_their_students(
    classroom: Classroom, teacher: User
) -> None:
    student = make_person("siswa")
    services.classroom_join(user=student, code=classroom.join_code)
    assert [
        (c.classroom.name, c.teaching, c.student_count) for c in selectors.classes_for(user=teacher)
    ] == [("VII-A", True, 1)]
    assert [(c.classroom.name, c.teaching) for c in selectors.classes_for(user=student)] == [
        ("VII-A", False)
    ]
    assert selectors.classes_for(user=make_person("orang-lain")) == []
