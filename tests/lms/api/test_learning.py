"""A learner's enrolments and progress through the API: enrol, send progress in batches, read it
back. Bad events are rejected one by one; nothing a client sends gives a 500."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_django import DjangoAssertNumQueries

from courses.models import CoursePage, CoursePrerequisite, LessonPage
from lms.accounts.models import User
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from tests.factories import make_course

from .conftest import ISO_WITH_OFFSET, Courses, bearer, make_user

pytestmark = pytest.mark.django_db

ENROLLMENTS = "/api/v1/me/enrollments"
EVENTS = "/api/v1/progress/events"
WHEN = "2026-11-20T09:30:00+08:00"


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def enrol(client: Client, course: CoursePage) -> Any:
    return client.post(ENROLLMENTS, {"course_id": course.pk}, content_type="application/json")


def event(lesson: LessonPage, type_: str = "completed", **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "lesson_id": lesson.pk,
        "type": type_,
        "occurred_at": WHEN,
        **extra,
    }


def send(client: Client, events: list[Any], **headers: str) -> Any:
    return client.post(
        EVENTS,
        {"events": events},
        content_type="application/json",
        **headers,  # type: ignore[arg-type]
    )


# --- Enrolment -----------------------------------------------------------------------------------


def test_enrolling_answers_201_then_200_and_changes_nothing_the_second_time(
    api: Client, learner: User, courses: Courses
) -> None:
    first = enrol(api, courses.ikd)
    assert first.status_code == 201
    answer = first.json()
    assert answer["course_id"] == courses.ikd.pk
    assert answer["url"] == "/id/kursus/ikd/"
    assert answer["progress"] == 0
    assert answer["completed_at"] is None
    assert answer["next_lesson_id"] == lessons_of(courses.ikd)[0].pk
    assert ISO_WITH_OFFSET.match(answer["enrolled_at"])

    again = enrol(api, courses.ikd)
    assert again.status_code == 200
    assert again.json() == answer
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_my_enrolments_list_progress_and_the_next_lesson(
    api: Client, learner: User, courses: Courses
) -> None:
    enrol(api, courses.ikd)
    enrol(api, courses.sehat)
    first, second, third = lessons_of(courses.ikd)
    send(api, [event(first), event(second)])

    answer = api.get(ENROLLMENTS).json()
    assert answer["count"] == 2
    ikd = next(item for item in answer["items"] if item["course_id"] == courses.ikd.pk)
    assert ikd["progress"] == 66
    assert ikd["next_lesson_id"] == third.pk
    assert ikd["completed_at"] is None

    send(api, [event(third)])
    ikd = next(
        item for item in api.get(ENROLLMENTS).json()["items"] if item["course_id"] == courses.ikd.pk
    )
    assert ikd["progress"] == 100
    assert ISO_WITH_OFFSET.match(ikd["completed_at"])


def test_my_enrolments_are_paged(api: Client, courses: Courses) -> None:
    enrol(api, courses.ikd)
    enrol(api, courses.sehat)
    page = api.get(ENROLLMENTS + "?limit=1&offset=1").json()
    assert page["count"] == 2
    assert len(page["items"]) == 1
    assert api.get(ENROLLMENTS + "?limit=1000").status_code == 400


def test_a_draft_missing_or_non_course_page_cannot_be_enrolled_in(
    api: Client, learner: User, courses: Courses
) -> None:
    courses.sehat.unpublish()
    lesson = lessons_of(courses.ikd)[0]
    for page_id in (courses.sehat.pk, lesson.pk, 2_000_000):
        response = api.post(ENROLLMENTS, {"course_id": page_id}, content_type="application/json")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
    assert not Enrollment.objects.exists()


@pytest.mark.parametrize(
    ("sent", "field"),
    [({}, "course_id"), ({"course_id": "ikd"}, "course_id"), ({"course_id": -1}, "course_id")],
)
def test_a_bad_course_id_is_refused_with_the_field(
    api: Client, courses: Courses, sent: dict[str, Any], field: str
) -> None:
    response = api.post(ENROLLMENTS, sent, content_type="application/json")
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == [field]


def test_a_minor_without_consent_is_told_and_nothing_is_stored(courses: Courses) -> None:
    child = make_user("adik", birth_year=2015)
    app = Client(headers={**bearer(child), "Accept-Language": "en"})
    response = enrol(app, courses.ikd)
    assert response.status_code == 403
    assert response.json() == {
        "detail": "Your progress is not saved until a parent or guardian gives their consent.",
        "code": "consent_required",
    }
    results = send(app, [event(lessons_of(courses.ikd)[0])]).json()["results"]
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "consent_required")]
    assert not Enrollment.objects.exists()
    assert not ProgressEvent.objects.exists()


def test_a_course_with_unfinished_prerequisites_is_refused_with_the_reason(
    learner: User, courses: Courses
) -> None:
    CoursePrerequisite.objects.create(course=courses.sehat, required_course=courses.ikd)
    app = Client(headers={**bearer(learner), "Accept-Language": "en"})
    response = enrol(app, courses.sehat)
    assert response.status_code == 403
    assert response.json()["code"] == "locked"
    assert "Aktivasi IKD" in response.json()["detail"]
    assert not Enrollment.objects.exists()


def test_the_site_session_works_with_its_csrf_token(learner: User, courses: Courses) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    assert browser.get(ENROLLMENTS).status_code == 200

    refused = enrol(browser, courses.ikd)
    assert refused.status_code == 403
    assert refused.json()["code"] == "csrf_failed"
    assert not Enrollment.objects.exists()

    token = "a" * 32
    browser.cookies["csrftoken"] = token
    response = browser.post(
        ENROLLMENTS,
        {"course_id": courses.ikd.pk},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 201


def test_a_bearer_token_needs_no_csrf_token(learner: User, courses: Courses) -> None:
    app = Client(enforce_csrf_checks=True, headers=bearer(learner))
    assert enrol(app, courses.ikd).status_code == 201


@pytest.mark.parametrize(
    ("method", "url"), [("get", ENROLLMENTS), ("post", ENROLLMENTS), ("post", EVENTS)]
)
def test_anonymous_callers_get_401(client: Client, courses: Courses, method: str, url: str) -> None:
    for sent in ({}, {"course_id": courses.ikd.pk, "events": []}):
        response = getattr(client, method)(url, sent, content_type="application/json")
        assert response.status_code == 401
        assert response.json()["code"] == "not_authenticated"
        assert response["WWW-Authenticate"].startswith("Bearer")


def enrolments_queries(client: Client) -> int:
    client.get(ENROLLMENTS)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        answer = client.get(ENROLLMENTS + "?limit=100")
    assert answer.status_code == 200
    return len(captured)


def test_my_enrolments_take_the_same_queries_for_1_and_30_courses(
    api: Client, courses: Courses, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    enrol(api, courses.ikd)
    send(api, [event(lessons_of(courses.ikd)[0])])
    one = enrolments_queries(api)
    for n in range(29):
        course = make_course(courses.catalog, title=f"Kursus {n}", slug=f"kursus-{n}", lessons=2)
        enrol(api, course)
        send(api, [event(lessons_of(course)[0])])
    assert api.get(ENROLLMENTS).json()["count"] == 30
    cache.clear()
    with django_assert_num_queries(one):
        api.get(ENROLLMENTS + "?limit=100")
    # The token, five for the enrolments with their courses, modules, lessons and progress (when
    # the page tree is not kept yet), and two for the site's root paths.
    assert one == 8


# --- Progress events -----------------------------------------------------------------------------


def test_events_are_recorded_once_and_a_replay_is_a_duplicate(
    api: Client, learner: User, courses: Courses
) -> None:
    enrol(api, courses.ikd)
    first, second, _third = lessons_of(courses.ikd)
    batch = [event(first, "opened"), event(first, "completed"), event(second, "opened")]
    response = send(api, batch)
    assert response.status_code == 200
    assert response.json() == {
        "results": [
            {"id": item["id"], "status": "recorded", "reason": "", "code": ""} for item in batch
        ]
    }
    replay = send(api, batch).json()["results"]
    assert [result["status"] for result in replay] == ["duplicate"] * 3
    assert ProgressEvent.objects.filter(user=learner).count() == 3
    assert LessonProgress.objects.filter(user=learner).count() == 2


def test_events_that_cannot_count_are_rejected_with_a_reason(
    learner: User, courses: Courses
) -> None:
    app = Client(headers={**bearer(learner), "Accept-Language": "en"})
    enrol(app, courses.ikd)
    first, second, _third = lessons_of(courses.ikd)
    second.completion_rule = "passed"
    second.save_revision().publish()
    not_enrolled = lessons_of(courses.sehat)[0]
    batch = [event(second), event(not_enrolled), event(first), {**event(first), "lesson_id": 1}]
    results = send(app, batch).json()["results"]
    assert [(r["status"], r["code"]) for r in results] == [
        ("rejected", "completion_needs_pass"),
        ("rejected", "not_enrolled"),
        ("recorded", ""),
        ("rejected", "not_found"),
    ]
    assert results[1]["reason"] == (
        "Enrol in this course first, so that your progress can be saved."
    )


def test_a_malformed_event_is_rejected_on_its_own(learner: User, courses: Courses) -> None:
    app = Client(headers={**bearer(learner), "Accept-Language": "en"})
    enrol(app, courses.ikd)
    lesson = lessons_of(courses.ikd)[0]
    good = event(lesson, "opened")
    batch: list[Any] = [
        {**event(lesson), "id": "not-a-uuid"},
        {**event(lesson), "type": "scored"},
        {**event(lesson), "occurred_at": "yesterday"},
        {**event(lesson), "occurred_at": "2026-11-20T09:30:00"},
        {**event(lesson), "lesson_id": "pelajaran-1"},
        {"id": str(uuid.uuid4())},
        "opened",
        None,
        good,
    ]
    response = send(app, batch)
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * 8 + ["recorded"]
    assert {r["code"] for r in results[:8]} == {"invalid"}
    assert results[0]["id"] == "not-a-uuid"
    assert results[6]["id"] is None
    assert "id: Enter a UUID" in results[0]["reason"]
    assert "type: Choose one of: opened, completed." in results[1]["reason"]
    assert "occurred_at:" in results[2]["reason"]
    assert "offset" in results[3]["reason"]
    assert "lesson_id: Enter a whole number." in results[4]["reason"]
    assert "lesson_id: This field is required." in results[5]["reason"]
    assert ProgressEvent.objects.get().id == uuid.UUID(good["id"])


def test_a_rejection_reason_is_in_indonesian_by_default(api: Client, courses: Courses) -> None:
    results = send(api, [event(lessons_of(courses.sehat)[0])]).json()["results"]
    with translation.override("id"):
        expected = translation.gettext(
            "Enrol in this course first, so that your progress can be saved."
        )
    assert results[0]["reason"] == expected


def test_a_batch_of_500_is_taken_and_501_is_refused_whole(
    api: Client, learner: User, courses: Courses
) -> None:
    enrol(api, courses.ikd)
    lesson = lessons_of(courses.ikd)[0]
    too_many = [event(lesson, "opened") for _ in range(501)]
    refused = send(api, too_many, HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 413
    assert refused.json() == {
        "detail": "Send at most 500 items at a time.",
        "code": "batch_too_large",
    }
    assert not ProgressEvent.objects.exists()

    taken = send(api, too_many[:500])
    assert taken.status_code == 200
    assert len(taken.json()["results"]) == 500
    assert ProgressEvent.objects.filter(user=learner).count() == 500


def test_an_empty_batch_is_answered_empty(api: Client) -> None:
    response = send(api, [])
    assert response.status_code == 200
    assert response.json() == {"results": []}


@pytest.mark.parametrize("sent", [{"events": "opened"}, {"events": {"id": 1}}, {}])
def test_a_batch_that_is_not_a_list_is_refused(api: Client, sent: dict[str, Any]) -> None:
    response = api.post(EVENTS, sent, content_type="application/json")
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == ["events"]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
EVENT_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "id": st.uuids().map(str) | JSON_VALUES,
        "lesson_id": st.integers() | JSON_VALUES,
        "type": st.sampled_from(["opened", "completed", "scored", "OPENED", ""]) | JSON_VALUES,
        "occurred_at": st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat())
        | JSON_VALUES,
    },
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(events=st.lists(EVENT_LIKE | JSON_VALUES, max_size=8))
def test_any_batch_gets_one_result_per_event_and_never_a_500(
    api: Client, courses: Courses, events: list[Any]
) -> None:
    response = send(api, events)
    assert response.status_code == 200, response.content
    results = response.json()["results"]
    assert len(results) == len(events)
    assert {result["status"] for result in results} <= {"recorded", "duplicate", "rejected"}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sent=JSON_VALUES)
def test_any_body_gets_an_answer_in_the_error_shape_and_never_a_500(api: Client, sent: Any) -> None:
    for url in (EVENTS, ENROLLMENTS, "/api/v1/auth/token"):
        response = api.post(url, json.dumps(sent), content_type="application/json")
        assert response.status_code < 500, response.content
        if response.status_code >= 400:
            assert set(response.json()) >= {"detail", "code"}
