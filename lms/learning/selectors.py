"""Every read of a learner's enrolments and progress that a page or the API needs. Each function
makes a fixed number of queries, whatever the number of courses, lessons or enrolments."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING
from uuid import UUID

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language
from wagtail.models import Page

from content.activities import activity_usage_ids
from content.models import XBlockUserState
from courses import treecache
from courses.models import CoursePage, CoursePrerequisite, LessonPage
from courses.selectors import course_outlines
from lms.accounts.consent import may_record_learning
from lms.accounts.models import User

from .models import Enrollment, EventType, LessonProgress, ProgressEvent

if TYPE_CHECKING:
    from collections.abc import Iterable

# A lesson's course is its grandparent: Course → Module → Lesson (the pages' parent types).
COURSE_TO_LESSON_STEPS = 2


def course_path_of(lesson: Page) -> str:
    return str(lesson.path[: -COURSE_TO_LESSON_STEPS * Page.steplen])


def course_of(lesson: LessonPage) -> CoursePage | None:
    course: CoursePage | None = CoursePage.objects.filter(path=course_path_of(lesson)).first()
    return course


def is_first_lesson(lesson: LessonPage) -> bool:
    """Whether this is the first published lesson of its course, in one query (anyone may read
    it, with or without an account)."""
    first = (
        LessonPage.objects.live()
        .filter(path__startswith=course_path_of(lesson))
        .order_by("path")
        .values_list("pk", flat=True)
        .first()
    )
    return bool(first == lesson.pk)


def lessons_of(courses: Iterable[CoursePage]) -> dict[str, list[LessonPage]]:
    """The published lessons of each course, by course path, in the order editors set: those of
    its published modules, as its outline shows them (their bodies are not read). From the kept
    page tree; the courses not kept are read together, in two queries."""
    outlines = course_outlines(courses)
    return {
        path: [lesson for part in outline for lesson in part.lessons]
        for path, outline in outlines.items()
    }


def courses_in_language(keys: Iterable[UUID]) -> dict[UUID, CoursePage]:
    """For each course key, the published course in the active language where it has a live
    translation, else in the default language, else its oldest copy. One query."""
    keys = set(keys)
    if not keys:
        return {}
    language = get_language()
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    chosen: dict[UUID, CoursePage] = {}
    copies = (
        CoursePage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("pk")
    )
    for copy in copies:
        rank = preference.get(copy.locale.language_code, 2)
        current = chosen.get(copy.translation_key)
        if current is None or rank < preference.get(current.locale.language_code, 2):
            chosen[copy.translation_key] = copy
    return chosen


def required_lessons(lessons: list[LessonPage]) -> list[LessonPage]:
    """The lessons that finish a course. If editors marked every lesson optional, all count, so
    that the course can still be finished."""
    return [lesson for lesson in lessons if lesson.is_required] or lessons


def sequential_blocker(
    lessons: list[LessonPage], done: set[UUID], lesson: LessonPage
) -> LessonPage | None:
    """In a course taken in order: the first required lesson before `lesson` that is not
    finished yet, or None when `lesson` is open. The first lesson is always open."""
    for earlier in lessons:
        if earlier.pk == lesson.pk:
            return None
        if earlier.is_required and earlier.translation_key not in done:
            return earlier
    return None


def progress_percent(lessons: list[LessonPage], done: set[UUID], *, completed: bool) -> int:
    if completed:
        return 100
    required = required_lessons(lessons)
    if not required:
        return 0
    finished = sum(1 for lesson in required if lesson.translation_key in done)
    return 100 * finished // len(required)


def next_lesson(
    lessons: list[LessonPage], progress: dict[UUID, LessonProgress], *, completed: bool
) -> LessonPage | None:
    """Where the learner left off: the lesson they were in last, if they have not finished it;
    else the first unfinished lesson after it (wrapping round to the start). None when the course
    is finished or has nothing left. The same on every device: it is read from the server."""
    if completed or not lessons:
        return None
    done = {key for key, row in progress.items() if row.is_completed}
    position = {lesson.translation_key: i for i, lesson in enumerate(lessons)}
    touched = [row for key, row in progress.items() if key in position]
    start = 0
    if touched:
        last = max(touched, key=lambda row: row.last_at)
        if not last.is_completed:
            return lessons[position[last.lesson_key]]
        start = position[last.lesson_key] + 1
    for lesson in lessons[start:] + lessons[:start]:
        if lesson.translation_key not in done:
            return lesson
    return None


@dataclass(frozen=True)
class CourseState:
    """What a person sees of their own progress in one course."""

    course: CoursePage
    lessons: list[LessonPage]
    signed_in: bool = False
    # Adults, and minors with a guardian's consent: their learning is recorded.
    recording: bool = False
    enrollment: Enrollment | None = None  # also a left one: its progress is kept
    progress: dict[UUID, LessonProgress] = field(default_factory=dict)
    required_courses: list[CoursePage] = field(default_factory=list)
    missing_prerequisites: list[CoursePage] = field(default_factory=list)

    @property
    def enrolled(self) -> bool:
        return self.enrollment is not None and self.enrollment.left_at is None

    @property
    def completed(self) -> bool:
        return self.enrolled and self.enrollment is not None and bool(self.enrollment.completed_at)

    @cached_property
    def done(self) -> set[UUID]:
        return {key for key, row in self.progress.items() if row.is_completed}

    @property
    def percent(self) -> int:
        return progress_percent(self.lessons, self.done, completed=self.completed)

    @property
    def next_lesson(self) -> LessonPage | None:
        return next_lesson(self.lessons, self.progress, completed=self.completed)

    @property
    def required_count(self) -> int:
        return len(required_lessons(self.lessons))

    @property
    def done_count(self) -> int:
        return sum(
            1 for lesson in required_lessons(self.lessons) if lesson.translation_key in self.done
        )

    @property
    def started(self) -> bool:
        return bool(self.progress)

    @property
    def first_lesson(self) -> LessonPage | None:
        return self.lessons[0] if self.lessons else None

    def blocker(self, lesson: LessonPage) -> LessonPage | None:
        if not self.course.sequential:
            return None
        return sequential_blocker(self.lessons, self.done, lesson)

    def status_of(self, lesson: LessonPage) -> str:
        """ "done", "locked", "started" or "" for one lesson of the course, as the outline shows
        it."""
        if lesson.translation_key in self.done:
            return "done"
        if (
            self.signed_in
            and self.recording
            and lesson != self.first_lesson
            and (
                self.missing_prerequisites
                or (self.course.sequential and (not self.enrolled or self.blocker(lesson)))
            )
        ):
            return "locked"
        if lesson.translation_key in self.progress:
            return "started"
        return ""


def course_state(
    *,
    user: User | AbstractBaseUser | AnonymousUser,
    course: CoursePage,
    lessons: list[LessonPage] | None = None,
) -> CourseState:
    """A person's state in a course: enrolment, progress per lesson, prerequisites. Pass the
    course's lessons when the page has read them already. At most six queries."""
    if lessons is None:
        lessons = lessons_of([course])[course.path]
    required = _required_courses(course)
    if not isinstance(user, User) or not user.is_authenticated:
        return CourseState(
            course=course,
            lessons=lessons,
            required_courses=required,
            missing_prerequisites=required,
        )
    enrollment = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    progress: dict[UUID, LessonProgress] = {}
    if enrollment is not None:
        progress = {
            row.lesson_key: row
            for row in LessonProgress.objects.filter(user=user, course_key=course.translation_key)
        }
    finished = completed_course_keys(user=user, keys=[c.translation_key for c in required])
    return CourseState(
        course=course,
        lessons=lessons,
        signed_in=True,
        recording=may_record_learning(user),
        enrollment=enrollment,
        progress=progress,
        required_courses=required,
        missing_prerequisites=[c for c in required if c.translation_key not in finished],
    )


def _required_courses(course: CoursePage) -> list[CoursePage]:
    """The courses to finish before this one, in the active language. The prerequisites of any
    language's copy count, in case a translation has not been synchronised yet. Kept until the
    page tree changes (prerequisites are edited on the course page)."""
    return treecache.kept(
        "required-courses",
        f"{course.translation_key}:{get_language()}",
        lambda: _required_courses_read(course),
    )


def _required_courses_read(course: CoursePage) -> list[CoursePage]:
    keys: list[UUID] = []
    rows = (
        CoursePrerequisite.objects.filter(course__translation_key=course.translation_key)
        .order_by("sort_order", "pk")
        .values_list("required_course__translation_key", flat=True)
    )
    for key in rows:
        if key not in keys:
            keys.append(key)
    if not keys:
        return []
    found = courses_in_language(keys)
    return [found[key] for key in keys if key in found]


def completed_course_keys(*, user: User, keys: Iterable[UUID]) -> set[UUID]:
    keys = list(keys)
    if not keys:
        return set()
    return set(
        Enrollment.objects.filter(
            user=user, course_key__in=keys, completed_at__isnull=False
        ).values_list("course_key", flat=True)
    )


@dataclass(frozen=True)
class EnrollmentSummary:
    course: CoursePage
    enrolled_at: datetime
    progress: int  # from 0 to 100
    completed_at: datetime | None
    next_lesson: LessonPage | None
    # Of the lessons that finish the course (see `required_lessons`): how many, how many done.
    lesson_count: int = 0
    done_count: int = 0
    last_activity: datetime | None = None
    started: bool = False  # the learner has opened a lesson of the course


def enrollments_for(*, user: User) -> list[EnrollmentSummary]:
    """The learner's current enrolments, most recently active first, each with the course in the
    active language (where a live translation exists, else the original), its progress and the
    lesson to continue with. Four queries, whatever the number of enrolments."""
    enrollments = list(
        Enrollment.objects.filter(user=user, left_at__isnull=True).order_by("-enrolled_at")
    )
    courses = courses_in_language(e.course_key for e in enrollments)
    lessons = lessons_of(courses.values())
    progress: dict[UUID, dict[UUID, LessonProgress]] = defaultdict(dict)
    if courses:
        for row in LessonProgress.objects.filter(user=user, course_key__in=list(courses)):
            progress[row.course_key][row.lesson_key] = row
    summaries = []
    for enrollment in enrollments:
        course = courses.get(enrollment.course_key)
        if course is None:  # unpublished since
            continue
        course_lessons = lessons[course.path]
        rows = progress[enrollment.course_key]
        done = {key for key, row in rows.items() if row.is_completed}
        required = required_lessons(course_lessons)
        completed = enrollment.completed_at is not None
        activity = max((row.last_at for row in rows.values()), default=enrollment.enrolled_at)
        summaries.append(
            EnrollmentSummary(
                course=course,
                enrolled_at=enrollment.enrolled_at,
                progress=progress_percent(course_lessons, done, completed=completed),
                completed_at=enrollment.completed_at,
                next_lesson=next_lesson(course_lessons, rows, completed=completed),
                lesson_count=len(required),
                done_count=sum(1 for lesson in required if lesson.translation_key in done),
                last_activity=max(activity, enrollment.enrolled_at),
                started=bool(rows),
            )
        )
    summaries.sort(key=lambda s: s.last_activity or s.enrolled_at, reverse=True)
    return summaries


def last_lesson_key(*, user: User) -> UUID | None:
    """The key of the lesson the learner did something in last, in any course. One query."""
    key: UUID | None = (
        LessonProgress.objects.filter(user=user)
        .order_by("-last_at")
        .values_list("lesson_key", flat=True)
        .first()
    )
    return key


def with_fresh_progress(state: CourseState, *, user: User) -> CourseState:
    """The same state with the enrolment and progress read again (after something was recorded),
    in two queries."""
    key = state.course.translation_key
    return replace(
        state,
        enrollment=Enrollment.objects.filter(user=user, course_key=key).first(),
        progress={
            row.lesson_key: row for row in LessonProgress.objects.filter(user=user, course_key=key)
        },
    )


# --- Activities ----------------------------------------------------------------------------------


def live_lesson(*, translation_key: UUID, language: str) -> LessonPage | None:
    """The published lesson with this key in `language`, else in the default language, with its
    locale, in one query."""
    preference = [language, settings.LANGUAGE_CODE]
    copies = (
        LessonPage.objects.live()
        .filter(translation_key=translation_key, locale__language_code__in=preference)
        .select_related("locale")
    )
    by_language: dict[str, LessonPage] = {copy.locale.language_code: copy for copy in copies}
    for code in preference:
        if code in by_language:
            return by_language[code]
    return None


def live_lessons_by_key(keys: Iterable[UUID]) -> dict[UUID, LessonPage]:
    """For each key, the published lesson in the default language where it has one, else its
    oldest live copy. One query."""
    keys = set(keys)
    if not keys:
        return {}
    chosen: dict[UUID, LessonPage] = {}
    copies = (
        LessonPage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("pk")
    )
    for copy in copies:
        current = chosen.get(copy.translation_key)
        if current is None or (
            copy.locale.language_code == settings.LANGUAGE_CODE
            and current.locale.language_code != settings.LANGUAGE_CODE
        ):
            chosen[copy.translation_key] = copy
    return chosen


def graded_activity_ids(lesson: LessonPage) -> frozenset[str]:
    """The usage ids of the lesson's graded activities (all of Pandu's activities are graded).
    Reads the lesson's body, which costs a query where it was deferred."""
    return frozenset(activity_usage_ids(translation_key=lesson.translation_key, body=lesson.body))


def activity_best_scores(
    *, user: User, usage_ids: Iterable[str]
) -> dict[str, tuple[float, datetime]]:
    """The learner's best score (0 to 1) in each of these activities that they have answered,
    as Pandu's activities keep it (`best_score` in their state), with the time of their last
    answer. One query."""
    usage_ids = list(usage_ids)
    if not usage_ids:
        return {}
    found: dict[str, tuple[float, datetime]] = {}
    rows = XBlockUserState.objects.filter(user=user, usage_id__in=usage_ids).values_list(
        "usage_id", "state", "updated_at"
    )
    for usage_id, state, updated_at in rows:
        score = state.get("best_score") if isinstance(state, dict) else None
        if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 1:
            found[usage_id] = (float(score), updated_at)
    return found


def answered_activity_ids(*, user: User, usage_ids: Iterable[str]) -> set[str]:
    """Which of these activities the learner's account already keeps answers for. One query."""
    usage_ids = list(usage_ids)
    if not usage_ids:
        return set()
    return set(
        XBlockUserState.objects.filter(user=user, usage_id__in=usage_ids).values_list(
            "usage_id", flat=True
        )
    )


def scored_activity_ids(*, user: User, usage_ids: Iterable[str]) -> set[str]:
    """Which of these activities already have a score of the learner in their progress. One
    query."""
    usage_ids = list(usage_ids)
    if not usage_ids:
        return set()
    return set(
        ProgressEvent.objects.filter(
            user=user, type=EventType.SCORED, activity_id__in=usage_ids
        ).values_list("activity_id", flat=True)
    )
