"""Two requests at the same moment (a double tap, a retry racing the original, two tabs) leave one
row where there must be one. Needs PostgreSQL: SQLite runs one write transaction at a time, so
nothing can race there."""

from functools import partial
from typing import Any

import pytest

from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.learning import services
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.learning.signals import course_completed
from tests.concurrency import at_once, needs_postgresql
from tests.factories import Catalog, make_course
from tests.lms.learning.conftest import event, lessons_in

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    needs_postgresql,
]


def test_two_enrolments_at_once_leave_one_row(learner: User, course: CoursePage) -> None:
    def enrol() -> bool:
        return services.enrollment_create(user=learner, course=course)[1]

    for _attempt in range(5):
        Enrollment.objects.all().delete()
        created = at_once(enrol, enrol, enrol)
        assert Enrollment.objects.count() == 1
        assert sorted(created) == [False, False, True]


def test_the_same_event_at_once_is_stored_once(learner: User, course: CoursePage) -> None:
    services.enrollment_create(user=learner, course=course)
    lesson = lessons_in(course)[0]
    for _attempt in range(5):
        same = event(lesson)

        def send(same: services.EventIn = same) -> str:
            (result,) = services.progress_events_record(user=learner, events=[same], source="t")
            return result.status

        assert sorted(at_once(send, send, send)) == ["duplicate", "duplicate", "recorded"]
        assert ProgressEvent.objects.filter(id=same.id).count() == 1
    assert LessonProgress.objects.count() == 1


def test_different_events_at_once_fold_into_one_row(learner: User, course: CoursePage) -> None:
    services.enrollment_create(user=learner, course=course)
    lesson = lessons_in(course)[0]
    opened, completed = event(lesson, "opened"), event(lesson)
    at_once(
        lambda: services.progress_events_record(user=learner, events=[opened], source="t"),
        lambda: services.progress_events_record(user=learner, events=[completed], source="t"),
    )
    row = LessonProgress.objects.get()
    assert row.is_completed
    assert ProgressEvent.objects.count() == 2


def test_finishing_the_last_two_lessons_at_once_completes_the_course_once(
    learner: User, catalog: Catalog
) -> None:
    heard: list[object] = []

    def listener(sender: type[Enrollment], **kwargs: Any) -> None:
        heard.append(kwargs["course_key"])

    def finish(lesson: LessonPage) -> list[services.EventResult]:
        return services.progress_events_record(user=learner, events=[event(lesson)], source="t")

    course_completed.connect(listener)
    try:
        for round_ in range(5):
            course = make_course(
                catalog, title=f"Kursus {round_}", slug=f"kursus-{round_}", with_cover=False
            )
            one, two = lessons_in(course)
            services.enrollment_create(user=learner, course=course)
            at_once(
                partial(finish, one),
                partial(finish, two),
            )
            enrollment = Enrollment.objects.get(course_key=course.translation_key)
            assert enrollment.completed_at is not None, f"round {round_}"
            assert heard.count(course.translation_key) == 1
    finally:
        course_completed.disconnect(listener)
