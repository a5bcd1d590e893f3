"""What a teacher reads about a class's work: the dashboard (each student's progress on each
assignment, who is stuck), the gradebook (best score and attempts in each graded activity, course
totals), one student's history of attempts, and which activities most students fail.

Scores come from the learners' "scored" progress events: the server's grade of each submission
(0 to 1). Every function makes a fixed number of queries, whatever the number of students,
assignments and activities (pinned in tests/lms/classrooms/test_reports.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.db.models import Count, F, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from content.activities import ACTIVITY_BLOCK_TYPE, usage_id
from courses.models import CoursePage, LessonPage, ModulePage
from lms.certificates.models import Certificate
from lms.certificates.selectors import certificates_of_learners
from lms.learning.models import EventType, LessonProgress, ProgressEvent, ProgressStatus
from lms.learning.selectors import courses_in_language, required_lessons

from .models import Assignment, AssignmentKind, Classroom, ClassStudent
from .selectors import AssignmentStatus, assignment_lessons

if TYPE_CHECKING:
    from lms.accounts.models import User

# An activity block without its own pass mark uses the blocks' default.
DEFAULT_PASS_MARK = 70
# A student who has failed an activity this many times, and never passed it, is stuck.
STUCK_FAILURES = 3
# Work not started this close to its due date (or past it) makes a student stuck.
DUE_SOON = timedelta(days=3)


def percent(fraction: float) -> int:
    """A fraction (0 to 1) as a whole per cent, halves rounded up as people round them (Python's
    round() would make 12.5 into 12)."""
    return math.floor(fraction * 100 + 0.5 + 1e-9)


# --- What a teacher can assign ---------------------------------------------------------------


@dataclass(frozen=True)
class CatalogCourse:
    course: CoursePage
    modules: list[tuple[ModulePage, list[LessonPage]]]


def assignable_catalog() -> list[CatalogCourse]:
    """The published catalog a teacher assigns from: each course (in the active language where
    it is translated) with its modules and their lessons, in the editors' order. Three
    queries."""
    keys = CoursePage.objects.live().public().values_list("translation_key", flat=True)
    courses = sorted(courses_in_language(keys).values(), key=lambda course: course.title.casefold())
    by_path: dict[str, CatalogCourse] = {
        course.path: CatalogCourse(course=course, modules=[]) for course in courses
    }
    if not by_path:
        return []
    lengths = {len(path) for path in by_path}

    def course_of(path: str) -> CatalogCourse | None:
        return next((found for n in lengths if (found := by_path.get(path[:n])) is not None), None)

    modules: dict[str, list[LessonPage]] = {}
    for module in ModulePage.objects.live().public().order_by("path"):
        if (item := course_of(module.path)) is not None:
            modules[module.path] = []
            item.modules.append((module, modules[module.path]))
    for lesson in LessonPage.objects.live().public().defer("body").order_by("path"):
        parent = lesson.path[: -LessonPage.steplen]
        if parent in modules:
            modules[parent].append(lesson)
    return list(by_path.values())


_KINDS: dict[str, type[Page]] = {
    AssignmentKind.COURSE: CoursePage,
    AssignmentKind.MODULE: ModulePage,
    AssignmentKind.LESSON: LessonPage,
}


def assignable_page(*, kind: str, page_id: int) -> Page | None:
    """The published course, module or lesson with this page id (not behind a view
    restriction), or None. One query."""
    model = _KINDS.get(kind)
    if model is None:
        return None
    page: Page | None = model.objects.live().public().filter(pk=page_id).first()
    return page


def assignment_for(*, classroom: Classroom, page: Page) -> Assignment | None:
    """The class's assignment of this page (in any language), if it has one."""
    return Assignment.objects.filter(classroom=classroom, target_key=page.translation_key).first()


# --- The class's work: assignments, their lessons and their activities --------------------------


@dataclass(frozen=True)
class Activity:
    id: str  # the XBlock usage id, as in the scored events
    title: str
    lesson: LessonPage
    course_key: UUID
    pass_mark: int  # per cent

    def passes(self, score: float) -> bool:
        return round(score * 100, 6) >= self.pass_mark


@dataclass(frozen=True)
class Work:
    """One assignment as the teacher reads it."""

    assignment: Assignment
    title: str
    course_title: str
    url: str
    lessons: list[LessonPage]  # every published lesson of it
    # The students it was given to; None when it was given to the whole class.
    recipients: frozenset[int] | None

    @property
    def needed(self) -> list[LessonPage]:
        """The lessons that finish it."""
        if self.assignment.kind == AssignmentKind.LESSON:
            return self.lessons
        return required_lessons(self.lessons)

    def given_to(self, user_id: int) -> bool:
        return self.recipients is None or user_id in self.recipients


@dataclass(frozen=True)
class CourseColumns:
    """A course of the gradebook: its graded activities (those of the lessons assigned), in the
    order of the course."""

    key: UUID
    title: str
    activities: list[Activity]


@dataclass(frozen=True)
class ClassWork:
    works: list[Work]
    courses: list[CourseColumns]

    @property
    def activities(self) -> list[Activity]:
        return [activity for course in self.courses for activity in course.activities]

    @property
    def course_keys(self) -> set[UUID]:
        return {work.assignment.course_key for work in self.works}


def _pass_mark(settings: Any) -> int:
    mark = settings.get("pass_threshold") if isinstance(settings, Mapping) else None
    if isinstance(mark, int) and not isinstance(mark, bool) and 0 <= mark <= 100:
        return mark
    return DEFAULT_PASS_MARK


def lesson_activities(lesson: LessonPage, body: Iterable[Any], course_key: UUID) -> list[Activity]:
    """The graded activities of a lesson from its body's stored data (no block is loaded, so no
    image is read): title, pass mark and usage id."""
    found: list[Activity] = []
    for raw in body:
        if not isinstance(raw, Mapping) or raw.get("type") != ACTIVITY_BLOCK_TYPE:
            continue
        if not raw.get("id"):
            continue
        kinds = raw.get("value") or []
        kind_value = kinds[0].get("value") if kinds and isinstance(kinds[0], Mapping) else {}
        kind_value = kind_value if isinstance(kind_value, Mapping) else {}
        title = str(kind_value.get("title") or "").strip() or _(
            "%(lesson)s — activity %(number)s"
        ) % {"lesson": lesson.title, "number": len(found) + 1}
        found.append(
            Activity(
                id=usage_id(translation_key=lesson.translation_key, block_id=str(raw["id"])),
                title=title,
                lesson=lesson,
                course_key=course_key,
                pass_mark=_pass_mark(kind_value.get("settings")),
            )
        )
    return found


def _raw_body(body: Any) -> list[Any]:
    raw = getattr(body, "raw_data", body)
    return list(raw) if raw else []


def class_work(classroom: Classroom) -> ClassWork:
    """The class's assignments (soonest due first) with their lessons and the graded activities
    of those lessons, in the active language where the courses are translated. At most six
    queries."""
    assignments = list(
        Assignment.objects.filter(classroom=classroom)
        .prefetch_related("recipients")
        .order_by(F("due_at").asc(nulls_last=True), "created_at", "pk")
    )
    if not assignments:
        return ClassWork(works=[], courses=[])
    targets, courses = assignment_lessons(assignments)
    works = []
    for assignment in assignments:
        if assignment.pk not in targets:
            continue
        title, course_title, url, lessons = targets[assignment.pk]
        recipients = (
            None
            if assignment.whole_class
            else frozenset(r.user_id for r in assignment.recipients.all())
        )
        works.append(
            Work(
                assignment=assignment,
                title=title,
                course_title=course_title,
                url=url,
                lessons=lessons,
                recipients=recipients,
            )
        )
    return ClassWork(works=works, courses=_course_columns(works, courses))


def _course_columns(works: list[Work], courses: Mapping[UUID, CoursePage]) -> list[CourseColumns]:
    assigned: dict[UUID, dict[int, LessonPage]] = defaultdict(dict)
    for work in works:
        for lesson in work.lessons:
            assigned[work.assignment.course_key][lesson.pk] = lesson
    lesson_ids = [pk for lessons in assigned.values() for pk in lessons]
    bodies = dict(
        LessonPage.objects.filter(pk__in=lesson_ids).values_list("pk", "body") if lesson_ids else []
    )
    ordered = sorted(assigned, key=lambda key: courses[key].path)
    columns = []
    for key in ordered:
        activities = [
            activity
            for lesson in sorted(assigned[key].values(), key=lambda lesson: lesson.path)
            for activity in lesson_activities(lesson, _raw_body(bodies.get(lesson.pk)), key)
        ]
        columns.append(CourseColumns(key=key, title=courses[key].title, activities=activities))
    return columns


def class_students(classroom: Classroom) -> list[ClassStudent]:
    """The class's students with their accounts, by name. One query."""
    rows = ClassStudent.objects.filter(classroom=classroom).select_related("user")
    return sorted(rows, key=lambda row: (_name(row.user).casefold(), row.user.pk))


def _name(user: User) -> str:
    return str(user.get_full_name() or user.username)


@dataclass(frozen=True)
class Score:
    best: float  # 0 to 1
    attempts: int
    passed: bool

    @property
    def percent(self) -> int:
        return percent(self.best)


def _scores(
    classroom: Classroom, activities: list[Activity], *, user: User | None = None
) -> dict[int, dict[str, Score]]:
    """Each student's best score and number of attempts in each activity, from their scored
    events. One query."""
    if not activities:
        return {}
    by_id = {activity.id: activity for activity in activities}
    events = ProgressEvent.objects.filter(
        type=EventType.SCORED,
        course_key__in={activity.course_key for activity in activities},
        activity_id__in=list(by_id),
    )
    if user is not None:
        events = events.filter(user=user)
    else:
        events = events.filter(
            user__in=ClassStudent.objects.filter(classroom=classroom).values("user_id")
        )
    rows = events.values("user_id", "activity_id").annotate(best=Max("score"), attempts=Count("id"))
    found: dict[int, dict[str, Score]] = defaultdict(dict)
    for row in rows:
        activity = by_id[row["activity_id"]]
        found[row["user_id"]][row["activity_id"]] = Score(
            best=row["best"],
            attempts=row["attempts"],
            passed=activity.passes(row["best"]),
        )
    return found


# --- The class dashboard ------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkProgress:
    """A student's progress on one assignment."""

    work: Work
    done: int
    total: int
    started: bool
    status: str  # AssignmentStatus

    @property
    def percent(self) -> int:
        return percent(self.done / self.total) if self.total else 0

    @property
    def overdue(self) -> bool:
        return self.status == AssignmentStatus.OVERDUE


@dataclass(frozen=True)
class Stuck:
    """Why a student needs the teacher: an activity failed again and again, or work not started
    that is due soon (or overdue)."""

    reason: str  # "failing" or "not_started"
    title: str
    attempts: int = 0
    due_at: datetime | None = None


@dataclass(frozen=True)
class DashboardRow:
    membership: ClassStudent
    # One per assignment of the class, in its order; None where it was not given to the student.
    progress: list[WorkProgress | None]
    last_activity: datetime | None
    stuck: list[Stuck]

    @property
    def student(self) -> User:
        return self.membership.user

    @property
    def name(self) -> str:
        return _name(self.membership.user)

    @property
    def percent(self) -> int:
        """The mean progress over the student's assignments."""
        mine = [item for item in self.progress if item is not None]
        return percent(sum(item.percent for item in mine) / len(mine) / 100) if mine else 0

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.progress if item is not None and item.overdue)


DASHBOARD_SORTS = ("name", "progress", "last")


@dataclass(frozen=True)
class Dashboard:
    classroom: Classroom
    works: list[Work]
    rows: list[DashboardRow]
    sort: str
    descending: bool

    @property
    def stuck(self) -> list[DashboardRow]:
        return [row for row in self.rows if row.stuck]


def _sort_key(sort: str) -> tuple[str, bool]:
    """(column, descending) from `?sort=` ("progress", "-last"…); unknown columns sort by
    name."""
    descending = sort.startswith("-")
    return sort.removeprefix("-"), descending


def dashboard(
    *, classroom: Classroom, sort: str = "name", now: datetime | None = None
) -> Dashboard:
    """Each student's progress on each assignment, overdue work, who is stuck and when each
    was last active. At most ten queries."""
    now = now or timezone.now()
    column, descending = _sort_key(sort)
    if column not in DASHBOARD_SORTS:
        column, descending = "name", False
    students = class_students(classroom)
    work = class_work(classroom)
    progress: dict[int, dict[UUID, LessonProgress]] = defaultdict(dict)
    if students and work.works:
        rows = LessonProgress.objects.filter(
            user__in=ClassStudent.objects.filter(classroom=classroom).values("user_id"),
            course_key__in=work.course_keys,
        ).only("user_id", "lesson_key", "status", "last_at")
        for row in rows:
            progress[row.user_id][row.lesson_key] = row
    scores = _scores(classroom, work.activities) if students else {}
    activities = {activity.id: activity for activity in work.activities}
    found = []
    for membership in students:
        mine = progress.get(membership.user_id, {})
        items = [
            _work_progress(work_item, mine, membership.user_id, now) for work_item in work.works
        ]
        stuck = [
            Stuck(reason="failing", title=activities[activity_id].title, attempts=score.attempts)
            for activity_id, score in scores.get(membership.user_id, {}).items()
            if not score.passed and score.attempts >= STUCK_FAILURES
        ]
        stuck.sort(key=lambda item: -item.attempts)
        stuck += [
            Stuck(reason="not_started", title=item.work.title, due_at=item.work.assignment.due_at)
            for item in items
            if item is not None
            and not item.started
            and item.status != AssignmentStatus.DONE
            and item.work.assignment.due_at is not None
            and item.work.assignment.due_at <= now + DUE_SOON
        ]
        found.append(
            DashboardRow(
                membership=membership,
                progress=items,
                last_activity=max((row.last_at for row in mine.values()), default=None),
                stuck=stuck,
            )
        )
    found.sort(key=_dashboard_order(column), reverse=descending)
    return Dashboard(
        classroom=classroom, works=work.works, rows=found, sort=column, descending=descending
    )


def _dashboard_order(column: str) -> Any:
    oldest = datetime.min.replace(tzinfo=timezone.get_current_timezone())

    def key(row: DashboardRow) -> tuple[Any, ...]:
        name = (row.name.casefold(), row.student.pk)
        if column == "progress":
            return (row.percent, *name)
        if column == "last":
            return (row.last_activity or oldest, *name)
        return name

    return key


def _work_progress(
    work: Work, mine: Mapping[UUID, LessonProgress], user_id: int, now: datetime
) -> WorkProgress | None:
    if not work.given_to(user_id):
        return None
    needed = work.needed
    done = sum(
        1
        for lesson in needed
        if (row := mine.get(lesson.translation_key)) is not None
        and row.status == ProgressStatus.COMPLETED
    )
    started = any(lesson.translation_key in mine for lesson in work.lessons)
    if needed and done == len(needed):
        status = AssignmentStatus.DONE
    elif work.assignment.due_at is not None and work.assignment.due_at < now:
        status = AssignmentStatus.OVERDUE
    else:
        status = AssignmentStatus.TODO
    return WorkProgress(work=work, done=done, total=len(needed), started=started, status=status)


# --- The gradebook ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column of the gradebook after the name: an activity, or a course's total."""

    key: str  # what `?sort=` names it by
    title: str
    activity: Activity | None = None
    course: CourseColumns | None = None


@dataclass(frozen=True)
class GradebookRow:
    membership: ClassStudent
    scores: dict[str, Score]  # by activity id
    totals: dict[UUID, int]  # per cent, by course key

    @property
    def student(self) -> User:
        return self.membership.user

    @property
    def name(self) -> str:
        return _name(self.membership.user)

    def value(self, column: Column) -> int | None:
        """The column's number for this student: a best score or a total in per cent, None for
        an activity not tried."""
        if column.activity is not None:
            score = self.scores.get(column.activity.id)
            return score.percent if score is not None else None
        if column.course is not None:
            return self.totals.get(column.course.key, 0)
        return None

    def cells(self, columns: list[Column]) -> list[tuple[Column, Score | None, int | None]]:
        return [
            (
                column,
                self.scores.get(column.activity.id) if column.activity is not None else None,
                self.value(column),
            )
            for column in columns
        ]


@dataclass(frozen=True)
class Gradebook:
    classroom: Classroom
    courses: list[CourseColumns]
    rows: list[GradebookRow]
    sort: str
    descending: bool
    columns: list[Column] = field(default_factory=list)

    @property
    def activities(self) -> list[Activity]:
        return [activity for course in self.courses for activity in course.activities]

    def with_cells(
        self,
    ) -> list[tuple[GradebookRow, list[tuple[Column, Score | None, int | None]]]]:
        return [(row, row.cells(self.columns)) for row in self.rows]


def course_total(course: CourseColumns, scores: Mapping[str, Score]) -> int:
    """The mean of the student's best score in each activity of the course, an activity not
    tried counting 0, in per cent."""
    if not course.activities:
        return 0
    total = sum(scores[a.id].best if a.id in scores else 0.0 for a in course.activities)
    return percent(total / len(course.activities))


def gradebook_columns(courses: list[CourseColumns]) -> list[Column]:
    columns: list[Column] = []
    for course in courses:
        columns += [Column(key=a.id, title=a.title, activity=a) for a in course.activities]
        columns.append(
            Column(
                key=f"total:{course.key}",
                title=_("Total: %(course)s") % {"course": course.title},
                course=course,
            )
        )
    return columns


def gradebook(
    *,
    classroom: Classroom,
    sort: str = "name",
    only: User | None = None,
    work: ClassWork | None = None,
) -> Gradebook:
    """Students by the graded activities of the assigned lessons: each best score (per cent) and
    number of attempts, and each course's total. `sort` names a column ("name", an activity id,
    "total:<course key>"), with "-" in front for the highest first. `only`: the one student the
    reader may see. At most eight queries."""
    column_key, descending = _sort_key(sort)
    students = class_students(classroom)
    if only is not None:
        students = [row for row in students if row.user_id == only.pk]
    work = work or class_work(classroom)
    columns = gradebook_columns(work.courses)
    scores = _scores(classroom, work.activities, user=only) if students else {}
    rows = [
        GradebookRow(
            membership=membership,
            scores=scores.get(membership.user_id, {}),
            totals={
                course.key: course_total(course, scores.get(membership.user_id, {}))
                for course in work.courses
            },
        )
        for membership in students
    ]
    chosen = next((column for column in columns if column.key == column_key), None)
    if chosen is None:
        column_key, descending = "name", descending and column_key == "name"
        rows.sort(key=lambda row: (row.name.casefold(), row.student.pk), reverse=descending)
    else:
        # Not tried sorts below a score of 0, whichever way.
        rows.sort(key=lambda row: (row.name.casefold(), row.student.pk))
        rows.sort(
            key=lambda row: -1 if (value := row.value(chosen)) is None else value,
            reverse=descending,
        )
    return Gradebook(
        classroom=classroom,
        courses=work.courses,
        rows=rows,
        sort=column_key,
        descending=descending,
        columns=columns,
    )


# --- One student's history ------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    at: datetime
    title: str
    lesson_title: str
    score: int  # per cent
    passed: bool | None  # None: the activity is no longer in its lesson


@dataclass(frozen=True)
class StudentHistory:
    membership: ClassStudent
    attempts: list[Attempt]
    progress: list[WorkProgress]
    gradebook: Gradebook

    @property
    def name(self) -> str:
        return _name(self.membership.user)


def student_history(
    *, classroom: Classroom, membership: ClassStudent, now: datetime | None = None
) -> StudentHistory:
    """A student's attempts in the class's assigned courses (newest first: when, which activity,
    the score), with their progress on each assignment and their row of the gradebook. At most
    twelve queries."""
    now = now or timezone.now()
    student = membership.user
    work = class_work(classroom)
    book = gradebook(classroom=classroom, only=student, work=work)
    activities = {activity.id: activity for activity in work.activities}
    lesson_titles = {
        lesson.translation_key: lesson.title for item in work.works for lesson in item.lessons
    }
    events = (
        ProgressEvent.objects.filter(
            user=student, type=EventType.SCORED, course_key__in=work.course_keys
        )
        .order_by("-occurred_at", "-received_at")
        .values_list("occurred_at", "activity_id", "lesson_key", "score")
        if work.works
        else []
    )
    attempts = []
    for occurred_at, activity_id, lesson_key, score in events:
        activity = activities.get(activity_id)
        attempts.append(
            Attempt(
                at=occurred_at,
                title=activity.title if activity else _("An activity removed from its lesson"),
                lesson_title=lesson_titles.get(lesson_key, ""),
                score=percent(score or 0.0),
                passed=activity.passes(score or 0.0) if activity else None,
            )
        )
    mine = (
        {
            row.lesson_key: row
            for row in LessonProgress.objects.filter(user=student, course_key__in=work.course_keys)
        }
        if work.works
        else {}
    )
    progress = [
        item
        for item in (_work_progress(w, mine, student.pk, now) for w in work.works)
        if item is not None
    ]
    return StudentHistory(
        membership=membership, attempts=attempts, progress=progress, gradebook=book
    )


# --- Which activities most students fail ----------------------------------------------------------


@dataclass(frozen=True)
class ActivityResult:
    activity: Activity
    course_title: str
    tried: int  # students with at least one attempt
    failing: int  # of those, students whose best is below the pass mark
    not_tried: int
    mean_attempts: float

    @property
    def failing_percent(self) -> int:
        return percent(self.failing / self.tried) if self.tried else 0


def activity_results(*, classroom: Classroom) -> list[ActivityResult]:
    """For each graded activity of the assigned lessons: how many students tried it and how
    many of them are below its pass mark; the activities most students fail first. At most
    seven queries."""
    student_count = ClassStudent.objects.filter(classroom=classroom).count()
    work = class_work(classroom)
    scores = _scores(classroom, work.activities) if student_count else {}
    titles = {course.key: course.title for course in work.courses}
    by_activity: dict[str, list[Score]] = defaultdict(list)
    for mine in scores.values():
        for activity_id, score in mine.items():
            by_activity[activity_id].append(score)
    results = []
    for activity in work.activities:
        tried = by_activity.get(activity.id, [])
        results.append(
            ActivityResult(
                activity=activity,
                course_title=titles[activity.course_key],
                tried=len(tried),
                failing=sum(1 for score in tried if not score.passed),
                not_tried=student_count - len(tried),
                mean_attempts=(
                    round(sum(score.attempts for score in tried) / len(tried), 1) if tried else 0
                ),
            )
        )
    order = {activity.id: index for index, activity in enumerate(work.activities)}
    results.sort(key=lambda r: (-r.failing_percent, -r.failing, order[r.activity.id]))
    return results


# --- Certificates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateRow:
    student: ClassStudent
    certificates: list[Certificate]


def class_certificates(classroom: Classroom) -> list[CertificateRow]:
    """Each student's certificates in the courses the class was given work in (a teacher sees no
    certificate of a course their class has nothing to do with). Three queries."""
    students = class_students(classroom)
    course_keys = set(classroom.assignments.values_list("course_key", flat=True))
    found = certificates_of_learners(
        user_ids=[row.user.pk for row in students], course_keys=course_keys
    )
    return [CertificateRow(student=row, certificates=found[row.user.pk]) for row in students]
