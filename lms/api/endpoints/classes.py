"""Classes: the ones a person teaches or is in, making one, joining one with its code, giving it
work, and its gradebook. A class the caller may not see answers 404, as one that does not exist:
a teacher reaches only the classes they teach (or their school's, for a school admin), a student
only their own row."""

from __future__ import annotations

from typing import Literal

from allauth.core import ratelimit
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from pydantic import AwareDatetime, BaseModel

from lms.classrooms import permissions as class_permissions
from lms.classrooms import reports
from lms.classrooms import services as class_services
from lms.classrooms.models import AssignmentKind, Classroom, School, Semester
from lms.classrooms.selectors import ClassSummary, classes_for

from ..auth import LOGIN_REQUIRED, caller
from ..errors import ApiError, Error, forbidden_message, not_found_message
from ..schemas import ListOf, LocalDatetime, PageId, Paging

router = Router(tags=["classes"], auth=LOGIN_REQUIRED)

MAX_STUDENTS = 1000


class ClassOut(Schema):
    id: int
    name: str
    grade: int | None
    phase: str = Field(description="Kurikulum Merdeka's phase, A to F; empty without a grade.")
    academic_year: str = Field(description="E.g. 2026/2027.")
    semester: int = Field(description="1 (odd) or 2 (even).")
    school: str | None = Field(description="The school's name; null for a community group.")
    role: Literal["teacher", "student"] = Field(description="The caller's place in the class.")
    join_code: str | None = Field(description="For the class's teachers only.")
    student_count: int | None = Field(description="For the class's teachers only.")


class ClassList(ListOf[ClassOut]):
    pass


class ClassIn(Schema):
    name: str = Field(min_length=1, max_length=100)
    grade: int | None = Field(None, ge=1, le=12, description="1 to 12; null for a group.")
    academic_year: str = Field(min_length=1, max_length=9, description="E.g. 2026/2027.")
    semester: Literal[1, 2]
    school_id: int | None = Field(
        None,
        ge=1,
        description="A school the teacher works at; null or absent for a community group.",
    )


class ClassCreatedOut(Schema):
    id: int
    name: str
    join_code: str
    phase: str


class JoinIn(Schema):
    code: str = Field(min_length=1, max_length=20, description="The class code, as typed.")


class JoinOut(Schema):
    id: int
    name: str


class AssignmentIn(Schema):
    course_id: PageId | None = None
    module_id: PageId | None = None
    lesson_id: PageId | None = None
    student_ids: list[int] | None = Field(
        None,
        max_length=MAX_STUDENTS,
        description="Students of the class; absent or null for the whole class (students who "
        "join later included).",
    )
    due_at: AwareDatetime | None = Field(None, description="ISO 8601 with the offset, or null.")

    def targets(self) -> list[tuple[str, int]]:
        return [
            (kind, value)
            for kind, value in (
                (AssignmentKind.COURSE, self.course_id),
                (AssignmentKind.MODULE, self.module_id),
                (AssignmentKind.LESSON, self.lesson_id),
            )
            if value is not None
        ]


class NotEnrolledOut(Schema):
    student_id: int
    name: str
    reason: str = Field(description="Why, in the user's language (e.g. waiting for consent).")


class AssignmentOut(Schema):
    id: int
    kind: Literal["course", "module", "lesson"]
    title: str
    whole_class: bool
    due_at: LocalDatetime | None
    enrolled: int = Field(description="Students enrolled in the course by this assignment.")
    not_enrolled: list[NotEnrolledOut]


# The gradebook's items are plain pydantic models: ninja's Schema wraps every object it validates
# in a getter, which made a 40 x 50 gradebook take five times longer to answer.
class StudentOut(BaseModel):
    id: int
    name: str


class ActivityOut(BaseModel):
    id: str = Field(description="The activity's usage id, the same in every language.")
    title: str
    lesson_id: int


class CellOut(BaseModel):
    student_id: int
    activity_id: str
    best_score: int = Field(ge=0, le=100, description="The best score, in per cent.")
    attempts: int


class GradebookOut(Schema):
    students: list[StudentOut]
    activities: list[ActivityOut]
    cells: list[CellOut] = Field(description="Only activities the student has tried.")


def _class_out(summary: ClassSummary) -> ClassOut:
    classroom, teaching = summary.classroom, summary.teaching
    return ClassOut(
        id=classroom.pk,
        name=classroom.name,
        grade=classroom.grade,
        phase=classroom.phase,
        academic_year=classroom.academic_year,
        semester=classroom.semester,
        school=classroom.school.name if classroom.school else None,
        role="teacher" if teaching else "student",
        join_code=classroom.join_code if teaching else None,
        student_count=summary.student_count if teaching else None,
    )


@router.get(
    "/classes",
    response={200: ClassList, 400: Error, 401: Error},
    summary="The classes I teach or am in",
)
def class_list(request: HttpRequest, paging: Query[Paging]) -> ClassList:
    """Open classes, those the caller teaches first."""
    user = caller(request).user
    found = classes_for(user=user)
    page = found[paging.offset : paging.offset + paging.limit]
    return ClassList(items=[_class_out(item) for item in page], count=len(found))


def _invalid(error: ValidationError) -> ApiError:
    errors: list[dict[str, str | None]] = (
        [
            {"field": None if name == "__all__" else name, "detail": message}
            for name, messages in error.message_dict.items()
            for message in messages
        ]
        if hasattr(error, "error_dict")
        else [{"field": None, "detail": message} for message in error.messages]
    )
    return ApiError(
        400,
        "invalid",
        errors[0]["detail"] or _("This value is not valid."),
        errors=errors,
    )


@router.post(
    "/classes",
    response={201: ClassCreatedOut, 400: Error, 401: Error, 403: Error},
    summary="Make a class (teachers)",
)
def class_create(request: HttpRequest, payload: ClassIn) -> Status[ClassCreatedOut]:
    user = caller(request).user
    if not class_permissions.can_create_class(user):
        raise ApiError(403, "forbidden", _("Only teachers can make classes."))
    school = None
    if payload.school_id is not None:
        school = School.objects.filter(pk=payload.school_id).first()
        if school is None or not class_permissions.can_create_class_at(user, school):
            raise ApiError(
                403, "forbidden", _("You can only make classes for a school you work at.")
            )
    try:
        classroom = class_services.classroom_create(
            teacher=user,
            name=payload.name,
            grade=payload.grade,
            academic_year=payload.academic_year,
            semester=Semester(payload.semester),
            school=school,
        )
    except ValidationError as error:
        raise _invalid(error) from None
    return Status(
        201,
        ClassCreatedOut(
            id=classroom.pk,
            name=classroom.name,
            join_code=classroom.join_code,
            phase=classroom.phase,
        ),
    )


@router.post(
    "/classes/join",
    response={200: JoinOut, 201: JoinOut, 400: Error, 401: Error, 429: Error},
    summary="Join a class with its code",
)
def class_join(request: HttpRequest, payload: JoinIn) -> Status[JoinOut]:
    """201 when the caller joined, 200 when they were in the class already. Tries are limited
    as on the site's form (a few a minute per person and per address)."""
    user = caller(request).user
    if not class_permissions.can_join_class(user):
        raise ApiError(403, "forbidden", forbidden_message())
    if not ratelimit.consume(request, action="class_join"):
        raise ApiError(
            429, "too_many_requests", _("Too many tries. Wait a minute, then type the code again.")
        )
    try:
        membership, created = class_services.classroom_join(user=user, code=payload.code)
    except ValidationError as error:
        raise ApiError(400, "invalid_code", " ".join(error.messages)) from None
    classroom = membership.classroom
    return Status(201 if created else 200, JoinOut(id=classroom.pk, name=classroom.name))


def _class_or_404(pk: int) -> Classroom:
    classroom = Classroom.objects.select_related("school").filter(pk=pk).first()
    if classroom is None:
        raise ApiError(404, "not_found", not_found_message())
    return classroom


@router.post(
    "/classes/{id}/assignments",
    response={
        200: AssignmentOut,
        201: AssignmentOut,
        400: Error,
        401: Error,
        404: Error,
        409: Error,
    },
    summary="Give the class (or some of its students) a course, a module or a lesson",
)
def assignment_create(
    request: HttpRequest, id: int, payload: AssignmentIn
) -> Status[AssignmentOut]:
    """Send exactly one of `course_id`, `module_id`, `lesson_id` (page ids of the catalog). The
    students are enrolled in its course; `not_enrolled` lists those who could not be yet, and
    why. 201 for new work, 200 when the class had it already (the due date is replaced and the
    students are added)."""
    user = caller(request).user
    classroom = _class_or_404(id)
    if not class_permissions.can_manage_class(user, classroom):
        raise ApiError(404, "not_found", not_found_message())
    if classroom.archived_at is not None:
        raise ApiError(
            409, "archived", _("This class is archived: it can no longer be given work.")
        )
    targets = payload.targets()
    if len(targets) != 1:
        message = _("Send exactly one of course_id, module_id and lesson_id.")
        raise ApiError(400, "invalid", message, errors=[{"field": None, "detail": message}])
    [(kind, page_id)] = targets
    page = reports.assignable_page(kind=kind, page_id=page_id)
    if page is None:
        raise ApiError(404, "not_found", not_found_message())
    students = None
    if payload.student_ids is not None:
        members = {
            row.user_id: row.user
            for row in reports.class_students(classroom)
            if row.user_id in set(payload.student_ids)
        }
        if not payload.student_ids or len(members) != len(set(payload.student_ids)):
            message = _("Choose students of this class.")
            raise ApiError(
                400, "invalid", message, errors=[{"field": "student_ids", "detail": message}]
            )
        students = list(members.values())
    existed = reports.assignment_for(classroom=classroom, page=page) is not None
    try:
        assignment, result = class_services.assignment_create(
            classroom=classroom, actor=user, page=page, students=students, due_at=payload.due_at
        )
    except ValidationError as error:
        field = "due_at" if payload.due_at is not None else None
        message = " ".join(error.messages)
        raise ApiError(
            400, "invalid", message, errors=[{"field": field, "detail": message}]
        ) from None
    return Status(
        200 if existed else 201,
        AssignmentOut(
            id=assignment.pk,
            kind=assignment.kind,  # type: ignore[arg-type]
            title=page.title,
            whole_class=assignment.whole_class,
            due_at=assignment.due_at,
            enrolled=result.enrolled,
            not_enrolled=[
                NotEnrolledOut(
                    student_id=student.pk,
                    name=student.get_full_name() or student.username,
                    reason=reason,
                )
                for student, reason in result.not_enrolled
            ],
        ),
    )


@router.get(
    "/classes/{id}/gradebook",
    response={200: GradebookOut, 401: Error, 404: Error},
    summary="The class's gradebook: best score and attempts per student and activity",
)
def gradebook(request: HttpRequest, id: int) -> GradebookOut:
    """The class's teachers (and school admin) get every student; a student of the class gets
    their own row only."""
    user = caller(request).user
    classroom = _class_or_404(id)
    if class_permissions.can_manage_class(user, classroom):
        book = reports.gradebook(classroom=classroom)
    elif class_permissions.is_student_of(user, classroom):
        book = reports.gradebook(classroom=classroom, only=user)
    else:
        raise ApiError(404, "not_found", not_found_message())
    return GradebookOut(
        students=[StudentOut(id=row.student.pk, name=row.name) for row in book.rows],
        activities=[
            ActivityOut(id=activity.id, title=activity.title, lesson_id=activity.lesson.pk)
            for activity in book.activities
        ],
        cells=[
            CellOut(
                student_id=row.student.pk,
                activity_id=activity.id,
                best_score=score.percent,
                attempts=score.attempts,
            )
            for row in book.rows
            for activity in book.activities
            if (score := row.scores.get(activity.id)) is not None
        ],
    )
