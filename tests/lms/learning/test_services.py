"""Enrolment and progress as a learner would notice them: counted once, kept, finished once."""

import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from pytest_django import DjangoCaptureOnCommitCallbacks

from courses.models import CoursePage
from lms.accounts.models import User
from lms.learning import services
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.learning.services import NotRecorded, activity_score_record, progress_events_record
from lms.learning.signals import course_completed
from tests.factories import Catalog, make_course
from tests.lms.learning.conftest import event, lessons_in, set_course, set_lesson, translate

pytestmark = pytest.mark.django_db


def record(user: User, *events: services.EventIn) -> list[tuple[str, str]]:
    results = progress_events_record(user=user, events=list(events), source="test")
    return [(r.status, r.reason) for r in results]


def row(user: User, lesson: Any) -> LessonProgress:
    return LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)


# --- Enrolment -----------------------------------------------------------------------------------


def test_enrolling_twice_changes_nothing(learner: User, course: CoursePage) -> None:
    first, created = services.enrollment_create(user=learner, course=course)
    again, created_again = services.enrollment_create(user=learner, course=course)
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk
    assert Enrollment.objects.count() == 1
    assert first.course_key == course.translation_key


def test_leaving_keeps_the_progress_and_enrolling_again_restores_it(
    learner: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    record(learner, event(one), event(two, "opened"))

    assert services.enrollment_leave(user=learner, course=course) is True
    assert services.enrollment_leave(user=learner, course=course) is False
    assert Enrollment.objects.get().left_at is not None
    # Not enrolled any more: nothing new is recorded, nothing is lost.
    assert record(learner, event(two)) == [("rejected", "not_enrolled")]
    assert LessonProgress.objects.filter(user=learner).count() == 2

    _enrollment, created = services.enrollment_create(user=learner, course=course)
    assert created is True
    assert Enrollment.objects.count() == 1
    assert Enrollment.objects.get().left_at is None
    assert row(learner, one).is_completed
    assert not row(learner, two).is_completed


def test_a_draft_course_cannot_be_joined(learner: User, course: CoursePage) -> None:
    course.unpublish()
    course.refresh_from_db()
    with pytest.raises(NotRecorded) as refusal:
        services.enrollment_create(user=learner, course=course)
    assert refusal.value.code == "not_found"
    assert refusal.value.message
    assert not Enrollment.objects.exists()


def test_a_course_with_unfinished_prerequisites_cannot_be_joined(
    learner: User, catalog: Catalog, course: CoursePage
) -> None:
    from courses.models import CoursePrerequisite

    basics = make_course(catalog, title="Dasar ponsel", slug="dasar", lessons=1)
    CoursePrerequisite.objects.create(course=course, required_course=basics)
    with pytest.raises(NotRecorded) as refusal:
        services.enrollment_create(user=learner, course=course)
    assert refusal.value.code == "locked"
    assert "Dasar ponsel" in refusal.value.message
    assert not Enrollment.objects.filter(course_key=course.translation_key).exists()

    services.enrollment_create(user=learner, course=basics)
    record(learner, event(lessons_in(basics)[0]))
    _enrollment, created = services.enrollment_create(user=learner, course=course)
    assert created is True


# --- Events: idempotency and judgement -----------------------------------------------------------


def test_an_event_sent_again_counts_once(learner: User, course: CoursePage) -> None:
    lesson = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    same = event(lesson, "opened")
    assert record(learner, same) == [("recorded", "")]
    assert record(learner, same) == [("duplicate", "")]
    # A batch replayed offline, with the same event twice in it.
    other = event(lesson)
    assert record(learner, other, other, same) == [
        ("recorded", ""),
        ("duplicate", ""),
        ("duplicate", ""),
    ]
    assert ProgressEvent.objects.count() == 2
    assert LessonProgress.objects.count() == 1


def test_each_event_is_judged_on_its_own(
    learner: User, catalog: Catalog, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    elsewhere = lessons_in(make_course(catalog, title="Mobile JKN", slug="jkn", lessons=1))[0]
    passed = set_lesson(two, completion_rule="passed")
    services.enrollment_create(user=learner, course=course)
    missing = services.EventIn(
        id=uuid.uuid4(), lesson_id=999_999, type="opened", occurred_at=timezone.now()
    )
    results = record(
        learner,
        event(one, "opened"),
        event(one, "scored"),  # a client never sends a score
        missing,
        event(elsewhere),
        event(passed),
        event(one),
    )
    assert results == [
        ("recorded", ""),
        ("rejected", "invalid_type"),
        ("rejected", "not_found"),
        ("rejected", "not_enrolled"),
        ("rejected", "completion_needs_pass"),
        ("recorded", ""),
    ]
    assert ProgressEvent.objects.count() == 2
    assert all(services.reason_message(reason) for _status, reason in results if reason)


def test_a_clock_in_the_future_is_not_believed(learner: User, course: CoursePage) -> None:
    lesson = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    record(learner, event(lesson, at=timezone.now() + timedelta(days=3)))
    assert ProgressEvent.objects.get().occurred_at <= timezone.now()


def test_a_course_and_its_translation_are_one_course(learner: User, course: CoursePage) -> None:
    course_en = translate(course, title="Activating the digital ID")
    one_en = lessons_in(course_en)[0]
    assert one_en.locale.language_code == "en"

    services.enrollment_create(user=learner, course=course)
    _again, created = services.enrollment_create(user=learner, course=course_en)
    assert created is False
    assert record(learner, event(one_en)) == [("recorded", "")]
    assert row(learner, lessons_in(course)[0]).is_completed


# --- Completion rules ----------------------------------------------------------------------------


def test_marked_done_needs_the_learners_click(learner: User, course: CoursePage) -> None:
    lesson = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    record(learner, event(lesson, "opened"))
    assert row(learner, lesson).status == "in_progress"
    record(learner, event(lesson, "completed"))
    assert row(learner, lesson).status == "completed"
    assert row(learner, lesson).completed_at is not None


def test_opened_finishes_on_opening(learner: User, course: CoursePage) -> None:
    lesson = set_lesson(lessons_in(course)[0], completion_rule="opened")
    services.enrollment_create(user=learner, course=course)
    record(learner, event(lesson, "opened"))
    assert row(learner, lesson).is_completed


def test_passed_needs_the_mean_of_the_best_scores(learner: User, course: CoursePage) -> None:
    lesson = set_lesson(lessons_in(course)[0], completion_rule="passed", pass_threshold=70)
    services.enrollment_create(user=learner, course=course)

    def score(activity: str, value: float) -> str:
        return activity_score_record(
            user=learner, lesson=lesson, activity_id=activity, score=value
        ).status

    assert score("kuis-1", 0.5) == "recorded"
    assert score("kuis-2", 0.8) == "recorded"
    progress = row(learner, lesson)
    assert progress.status == "in_progress"
    assert progress.best_score == pytest.approx(0.65)
    assert progress.attempts == 2
    # A worse attempt does not lower the best; a better one lifts the mean to 0.7 exactly.
    score("kuis-1", 0.2)
    score("kuis-1", 0.6)
    progress = row(learner, lesson)
    assert progress.best_score == pytest.approx(0.7)
    assert progress.attempts == 4
    assert progress.status == "completed"


def test_a_score_outside_0_to_1_is_rejected(learner: User, course: CoursePage) -> None:
    lesson = set_lesson(lessons_in(course)[0], completion_rule="passed")
    services.enrollment_create(user=learner, course=course)
    result = activity_score_record(user=learner, lesson=lesson, activity_id="kuis", score=1.5)
    assert (result.status, result.reason) == ("rejected", "invalid_score")
    assert not ProgressEvent.objects.exists()


def test_the_pass_rule_over_declared_activities_counts_the_missing_as_zero() -> None:
    start = timezone.now()
    events = [
        services.FoldEvent("scored", start, 1.0, "a"),
        services.FoldEvent("scored", start + timedelta(minutes=1), 1.0, "b"),
    ]
    open_mean = services.fold_events(events, rule="passed", threshold=70)
    assert open_mean.completed_at == events[0].occurred_at
    declared = services.fold_events(
        events, rule="passed", threshold=70, graded=frozenset({"a", "b", "c"})
    )
    assert declared.best_score == pytest.approx(2 / 3)
    assert declared.completed_at is None


def test_a_finished_lesson_stays_finished_when_the_rule_changes(
    learner: User, course: CoursePage
) -> None:
    lesson = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    record(learner, event(lesson))
    lesson = set_lesson(lesson, completion_rule="passed")
    record(learner, event(lesson, "opened"))
    assert row(learner, lesson).is_completed


# --- Course completion ---------------------------------------------------------------------------


def test_a_course_is_complete_when_its_required_lessons_are_and_says_so_once(
    learner: User,
    course: CoursePage,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    one, two, three = lessons_in(course)
    set_lesson(three, is_required=False)
    heard: list[dict[str, Any]] = []

    def listener(sender: type[Enrollment], **kwargs: Any) -> None:
        heard.append({"sender": sender, **kwargs})

    course_completed.connect(listener)
    try:
        services.enrollment_create(user=learner, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            record(learner, event(one))
        assert Enrollment.objects.get().completed_at is None
        with django_capture_on_commit_callbacks(execute=True):
            record(learner, event(two))
        with django_capture_on_commit_callbacks(execute=True):
            record(learner, event(two), event(three))
            record(learner, event(one, "opened"))
    finally:
        course_completed.disconnect(listener)

    enrollment = Enrollment.objects.get()
    assert enrollment.completed_at is not None
    assert len(heard) == 1
    assert heard[0]["sender"] is Enrollment
    assert heard[0]["user"] == learner
    assert heard[0]["course_key"] == course.translation_key
    assert heard[0]["enrollment"].pk == enrollment.pk


def test_completion_is_announced_only_after_commit(
    learner: User,
    course: CoursePage,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    heard: list[object] = []

    def listener(sender: type[Enrollment], **kwargs: Any) -> None:
        heard.append(kwargs)

    course_completed.connect(listener)
    try:
        services.enrollment_create(user=learner, course=course)
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            record(learner, *(event(lesson) for lesson in lessons_in(course)))
        assert heard == []
        assert len(callbacks) == 1
        callbacks[0]()
        assert len(heard) == 1
    finally:
        course_completed.disconnect(listener)


# --- Locks ---------------------------------------------------------------------------------------


def test_a_sequential_course_refuses_progress_on_a_locked_lesson(
    learner: User, course: CoursePage
) -> None:
    course = set_course(course, sequential=True)
    one, two, three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    assert record(learner, event(two, "opened")) == [("rejected", "locked")]
    # Replayed offline in the order it happened: finishing one opens the next.
    start = timezone.now() - timedelta(minutes=10)
    assert record(
        learner,
        event(two, at=start + timedelta(minutes=2)),
        event(one, at=start),
        event(three, at=start + timedelta(minutes=3)),
    ) == [("recorded", ""), ("recorded", ""), ("recorded", "")]


# --- Time spent ----------------------------------------------------------------------------------


def test_time_spent_counts_reading_and_not_the_days_between_visits(
    learner: User, course: CoursePage
) -> None:
    lesson = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    monday = timezone.now() - timedelta(days=3)
    record(
        learner,
        event(lesson, "opened", at=monday),
        event(lesson, "opened", at=monday + timedelta(minutes=4)),  # reloaded the page
        event(lesson, "opened", at=monday + timedelta(days=1)),  # came back the next day
        # Marked as done two hours later: a phone left on the table counts 30 minutes at most.
        event(lesson, "completed", at=monday + timedelta(days=1, hours=2)),
    )
    progress = row(learner, lesson)
    assert progress.time_spent_seconds == (4 + 30) * 60
    assert progress.first_at == monday
    assert progress.last_at == monday + timedelta(days=1, hours=2)


def test_time_spent_does_not_depend_on_the_order_events_arrive(
    learner: User, course: CoursePage
) -> None:
    lesson = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    start = timezone.now() - timedelta(hours=1)
    late = event(lesson, "opened", at=start + timedelta(minutes=5))
    record(
        learner, event(lesson, "opened", at=start), event(lesson, at=start + timedelta(minutes=9))
    )
    assert row(learner, lesson).time_spent_seconds == 9 * 60
    record(learner, late)  # an offline replay arrives after the rest
    progress = row(learner, lesson)
    assert progress.time_spent_seconds == 9 * 60
    assert progress.completed_at == start + timedelta(minutes=9)


def test_a_lone_event_counts_no_time() -> None:
    assert services.time_spent([services.FoldEvent("opened", timezone.now())]) == 0
