"""The load test's learners sign in and answer activities as bench/ does it (bench/prepare.py's
sessions, bench/activities.py's reading of the page): a change to the activities' HTML or to
signing in breaks here, not in the middle of a load test."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from bench.activities import activities_in, answer
from bench.prepare import session_cookies
from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.learning.models import LessonProgress
from lms.learning.services import enrollment_create
from tests.content.test_activities import activity, first_lesson, publish_body, valid_values
from tests.factories import Catalog, make_course
from tests.lms.learning.conftest import make_user

pytestmark = pytest.mark.django_db
KINDS = ["multiple_choice", "fill_blank", "ordering", "matching", "app_simulation"]


@pytest.fixture
def lesson(catalog: Catalog) -> LessonPage:
    """A lesson with one activity of each kind, the one every course begins with."""
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)
    values = valid_values()
    return publish_body(
        first_lesson(course),
        *[activity(kind, values[kind]) for kind in KINDS],
        completion_rule="passed",
    )


@pytest.fixture
def resident(lesson: LessonPage) -> User:
    user = make_user("warga-beban")
    course = CoursePage.objects.get(pk=lesson.get_parent().get_parent().pk)
    enrollment_create(user=user, course=course)
    return user


def signed_in(user: User) -> Client:
    """A browser holding the bench's cookies, which checks CSRF as a real one's requests are."""
    client = Client(enforce_csrf_checks=True)
    for name, value in session_cookies(user).items():
        client.cookies[name] = value
    return client


def send(client: Client, url: str, payload: dict[str, Any]) -> Any:
    return client.post(
        url,
        json.dumps(payload),
        content_type="application/json",
        headers={"X-CSRFToken": client.cookies["csrftoken"].value},
    )


def test_the_bench_session_signs_the_person_in(resident: User, lesson: LessonPage) -> None:
    response = signed_in(resident).get(lesson.url)

    assert response.status_code == 200
    assert response.wsgi_request.user == resident


def test_the_bench_answers_each_kind_of_activity_as_the_browser_does(
    resident: User, lesson: LessonPage
) -> None:
    client = signed_in(resident)
    found = activities_in(client.get(lesson.url).content.decode())
    assert len(found) == len(KINDS)

    for shown in found:
        reply = answer(shown.body)
        assert reply is not None, shown.body
        handler, payload = reply
        response = send(client, shown.url(handler), payload)
        assert response.status_code == 200, response.content
        assert "score" in response.json() or "correct" in response.json()

    # The scores became the learner's progress in the lesson.
    assert LessonProgress.objects.filter(user=resident, lesson_key=lesson.translation_key).exists()


def test_after_an_answer_the_bench_starts_a_new_attempt_to_answer_again(
    resident: User, lesson: LessonPage
) -> None:
    client = signed_in(resident)
    first = activities_in(client.get(lesson.url).content.decode())[0]
    handler, payload = answer(first.body) or ("", {})
    assert send(client, first.url(handler), payload).status_code == 200

    again = activities_in(client.get(lesson.url).content.decode())[0]
    assert answer(again.body) is None
    assert again.can_retry
    opened = send(client, again.url("retry"), {})
    assert opened.status_code == 200
    reply = answer(opened.json()["html"])
    assert reply is not None
    assert send(client, again.url(reply[0]), reply[1]).status_code == 200
