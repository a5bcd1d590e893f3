"""A class with assigned courses whose lessons hold graded activities, and students' scores in
them, for the tests of the teacher's reports (dashboard, gradebook, exports, API)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from content.activities import usage_id
from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.classrooms.models import Classroom, JoinedBy
from lms.classrooms.services import assignment_create, class_student_add
from lms.learning.models import EventType, LessonProgress, ProgressEvent, ProgressStatus
from tests.content.test_activities import activity, mc_value, publish_body
from tests.factories import Catalog, make_course
from tests.lms.classrooms.conftest import make_person


@dataclass
class Taught:
    course: CoursePage
    lessons: list[LessonPage]
    # The usage ids of the activities, lesson by lesson, in order.
    activities: list[str]


def course_with_activities(
    catalog: Catalog,
    *,
    title: str = "Aman di Internet",
    slug: str = "aman",
    lessons: int = 2,
    per_lesson: int = 2,
    titles: dict[int, str] | None = None,
    pass_mark: int = 70,
) -> Taught:
    """A published course whose lessons each hold `per_lesson` multiple-choice activities. The
    n-th activity of the course (from 0) is titled `titles[n]`, or left untitled."""
    course = make_course(catalog, title=title, slug=slug, lessons=lessons)
    published: list[LessonPage] = []
    ids: list[str] = []
    titles = titles or {}
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        blocks = []
        for _n in range(per_lesson):
            block = activity(
                value=mc_value(title=titles.get(len(ids), ""), pass_threshold=pass_mark)
            )
            blocks.append(block)
            ids.append(usage_id(translation_key=lesson.translation_key, block_id=block["id"]))
        published.append(publish_body(lesson, *blocks))
    return Taught(course=course, lessons=published, activities=ids)


def add_students(classroom: Classroom, teacher: User, names: list[str]) -> list[User]:
    students = []
    for name in names:
        student = make_person(name)
        class_student_add(
            classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
        )
        students.append(student)
    return students


def assign(
    classroom: Classroom,
    teacher: User,
    page: CoursePage | LessonPage,
    *,
    students: list[User] | None = None,
    due_at: datetime | None = None,
) -> None:
    assignment_create(
        classroom=classroom, actor=teacher, page=page, students=students, due_at=due_at
    )


def lesson_of(taught: Taught, activity_id: str) -> LessonPage:
    key = uuid.UUID(activity_id.split(":")[1])
    return next(lesson for lesson in taught.lessons if lesson.translation_key == key)


def scored(
    student: User,
    taught: Taught,
    activity_id: str,
    *scores: float,
    at: datetime | None = None,
) -> None:
    """The student's attempts at an activity, as the activity runtime records them (rows built
    directly, as a test factory may: the recording itself is tested in lms/learning)."""
    at = at or timezone.now() - timedelta(hours=1)
    lesson = lesson_of(taught, activity_id)
    ProgressEvent.objects.bulk_create(
        ProgressEvent(
            id=uuid.uuid4(),
            user=student,
            lesson_key=lesson.translation_key,
            course_key=taught.course.translation_key,
            type=EventType.SCORED,
            occurred_at=at + timedelta(minutes=n),
            score=score,
            activity_id=activity_id,
            source="activity",
        )
        for n, score in enumerate(scores)
    )
    touched(student, taught, lesson, at=at + timedelta(minutes=len(scores)))


def touched(
    student: User,
    taught: Taught,
    lesson: LessonPage,
    *,
    at: datetime | None = None,
    completed: bool = False,
) -> None:
    at = at or timezone.now() - timedelta(hours=1)
    row, _created = LessonProgress.objects.get_or_create(
        user=student,
        lesson_key=lesson.translation_key,
        defaults={"course_key": taught.course.translation_key, "first_at": at, "last_at": at},
    )
    row.last_at = max(row.last_at, at)
    if completed:
        row.status = ProgressStatus.COMPLETED
        row.completed_at = at
    row.save()


def seed_scores(students: list[User], taught: Taught) -> None:
    """Every student has tried every activity once or twice: many rows in two inserts."""
    now = timezone.now() - timedelta(days=1)
    events = []
    progress = []
    for s, student in enumerate(students):
        for a, activity_id in enumerate(taught.activities):
            lesson = lesson_of(taught, activity_id)
            for attempt in range(1 + (s + a) % 2):
                events.append(
                    ProgressEvent(
                        id=uuid.uuid4(),
                        user=student,
                        lesson_key=lesson.translation_key,
                        course_key=taught.course.translation_key,
                        type=EventType.SCORED,
                        occurred_at=now + timedelta(minutes=a * 3 + attempt),
                        score=((s * 7 + a * 13 + attempt * 31) % 101) / 100,
                        activity_id=activity_id,
                        source="activity",
                    )
                )
        for lesson in taught.lessons:
            progress.append(
                LessonProgress(
                    user=student,
                    lesson_key=lesson.translation_key,
                    course_key=taught.course.translation_key,
                    first_at=now,
                    last_at=now + timedelta(minutes=s),
                )
            )
    ProgressEvent.objects.bulk_create(events, batch_size=1000)
    LessonProgress.objects.bulk_create(progress, batch_size=1000)
