"""Opening a lesson is recorded once per visit: a reload costs no write, and going back to an
earlier lesson is still where the learner left off."""

import re
from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import CoursePage
from lms.accounts.models import User
from lms.learning import services
from lms.learning.models import EventType, LessonProgress, ProgressEvent
from tests.lms.learning.conftest import lessons_in


def opened_events(user: User, course: CoursePage) -> list[str]:
    """The titles of the lessons whose opening was recorded, in order."""
    titles = {lesson.translation_key: lesson.title for lesson in lessons_in(course)}
    return [
        titles[key]
        for key in ProgressEvent.objects.filter(user=user, type=EventType.OPENED)
        .order_by("occurred_at", "received_at")
        .values_list("lesson_key", flat=True)
    ]


def continue_link(client: Client) -> str:
    """Where "Kursus saya" sends the learner to continue their course."""
    html = client.get(reverse("learning:dashboard")).content.decode()
    found = re.search(r'class="my-course__next"><a class="button" href="([^"]+)"', html)
    assert found is not None, html
    return found.group(1)


def test_a_reload_is_not_recorded_again(client: Client, learner: User, course: CoursePage) -> None:
    one = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    for _ in range(3):
        assert client.get(one.url).status_code == 200
    assert opened_events(learner, course) == [one.title]
    assert LessonProgress.objects.filter(user=learner, lesson_key=one.translation_key).exists()


def test_going_back_to_an_earlier_lesson_is_recorded_and_resumed(
    client: Client, learner: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    for lesson in (one, two, two, one):
        assert client.get(lesson.url).status_code == 200
    assert opened_events(learner, course) == [one.title, two.title, one.title]
    assert continue_link(client) == one.url


def test_a_return_after_a_long_pause_is_a_new_visit(
    client: Client, learner: User, course: CoursePage
) -> None:
    one = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.get(one.url)
    earlier = timezone.now() - services.MAX_GAP - timedelta(minutes=1)
    LessonProgress.objects.filter(user=learner).update(first_at=earlier, last_at=earlier)
    ProgressEvent.objects.filter(user=learner).update(occurred_at=earlier)
    client.get(one.url)
    assert opened_events(learner, course) == [one.title, one.title]
    row = LessonProgress.objects.get(user=learner, lesson_key=one.translation_key)
    assert row.last_at > earlier
    assert row.time_spent_seconds == 0  # a new visit after a long gap adds no time


def test_going_back_on_another_device_is_recorded(
    client: Client, learner: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    phone = Client()
    phone.force_login(learner)
    client.get(one.url)
    phone.get(two.url)
    client.get(one.url)  # the laptop's tab, reloaded
    assert opened_events(learner, course) == [one.title, two.title, one.title]
    assert continue_link(phone) == one.url


def test_time_between_two_visits_counts_as_a_full_fold_would(
    client: Client, learner: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    for lesson in (one, two, one):
        client.get(lesson.url)
    row = LessonProgress.objects.get(user=learner, lesson_key=one.translation_key)
    events = [
        services.FoldEvent(kind, at)
        for kind, at in ProgressEvent.objects.filter(user=learner, lesson_key=one.translation_key)
        .order_by("occurred_at")
        .values_list("type", "occurred_at")
    ]
    assert len(events) == 2
    assert row.last_at == events[-1].occurred_at
    assert row.time_spent_seconds == services.time_spent(events)


def test_a_lesson_without_its_progress_is_recorded_even_on_a_reload(
    client: Client, learner: User, course: CoursePage
) -> None:
    one = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.get(one.url)
    LessonProgress.objects.filter(user=learner).delete()
    client.get(one.url)
    assert len(opened_events(learner, course)) == 2
    assert LessonProgress.objects.filter(user=learner, lesson_key=one.translation_key).exists()
