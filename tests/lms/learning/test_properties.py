"""Properties of the activity handler endpoint: whatever JSON (or not JSON) a browser posts to an
activity's handler, the answer is a result or a clear 4xx JSON error, never a server error, and
a body that is not an answer records nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.learning import services
from lms.learning.models import ProgressEvent
from tests.content.test_activities import activity, publish_body
from tests.lms.learning.conftest import lessons_in
from tests.lms.learning.test_activities import logged_in, open_activity

pytestmark = pytest.mark.django_db

PROPERTIES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
# The keys an answer has, so that bodies near an answer are tried as well as far from one.
ANSWER_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "submission_id": JSON | st.uuids().map(str),
        "attempt": JSON,
        "choices": JSON | st.lists(st.text(max_size=12), max_size=4),
        "answer": JSON,
        "order": JSON,
        "pairs": JSON,
        "x": JSON,
        "y": JSON,
    },
)


@pytest.fixture
def handler(learner: User, course: CoursePage) -> tuple[Client, str]:
    """A signed-in learner on a lesson with an activity: their browser (with its CSRF token)
    and the activity's handler URL (with {handler})."""
    services.enrollment_create(user=learner, course=course)
    lesson: LessonPage = publish_body(lessons_in(course)[0], activity())
    client = logged_in(learner)
    url, _form = open_activity(client, lesson)
    return client, url


def post(client: Client, url: str, body: bytes, name: str = "submit") -> Any:
    return client.post(
        url.replace("{handler}", name),
        body,
        content_type="application/json",
        headers={"X-CSRFToken": client.cookies["csrftoken"].value},
    )


def assert_clear(response: Any) -> None:
    """A 4xx is JSON with a message: the endpoint's own {"detail", "code"}, or the activity's
    refusal in XBlock's shape, {"error"}, which the activity's script shows."""
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        error = response.json()
        assert error.get("detail") or error.get("error"), error
        assert str(error.get("code", "")).isascii()


@PROPERTIES
@given(body=JSON | ANSWER_LIKE)
def test_any_json_to_the_handler_gets_a_result_or_a_clear_error(
    handler: tuple[Client, str], body: Any
) -> None:
    client, url = handler
    before = ProgressEvent.objects.count()
    response = post(client, url, json.dumps(body).encode())
    assert_clear(response)
    if response.status_code >= 400:
        assert ProgressEvent.objects.count() == before


@PROPERTIES
@given(body=st.binary(max_size=200), name=st.sampled_from(["submit", "reset", "state", "x"]))
def test_any_bytes_to_any_handler_get_a_result_or_a_clear_error(
    handler: tuple[Client, str], body: bytes, name: str
) -> None:
    client, url = handler
    assert_clear(post(client, url, body, name))
