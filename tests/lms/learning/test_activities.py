"""Activities in the lms: the endpoint that runs their handlers (who may, with what), their
scores as lesson progress, and answers that are never lost (a visitor's, before enrolling)."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from content.activities import activity_usage_ids
from content.models import XBlockUserState
from content.services import xblock_user_state_update
from content.xblocks.runtime import EVENT_NAMESPACE
from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.learning import services
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent, ProgressStatus
from tests.content.test_activities import (
    QUESTION,
    RIGHT,
    WRONG,
    activity,
    publish_body,
)
from tests.content.xblocks.conftest import Form, read_form
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from tests.factories import Catalog, make_course
from tests.lms.accounts.flows import signup
from tests.lms.learning.conftest import PASSWORD, lessons_in, set_course

pytestmark = pytest.mark.django_db


# --- A person in a browser -------------------------------------------------------------------


def browser() -> Client:
    """A browser whose requests must carry the CSRF token, as a real one's must."""
    return Client(enforce_csrf_checks=True)


def open_activities(client: Client, lesson: LessonPage) -> list[tuple[str, Form]]:
    """Open the lesson page: each activity's handler URL (with {handler}) and its form."""
    response = client.get(lesson.url)
    assert response.status_code == 200, response
    html = response.content.decode()
    urls = re.findall(r'data-handler-url="([^"]+)"', html)
    forms = re.split(r"data-pandu-activity-form", html)[1:]
    assert len(urls) == len(forms), html
    return [
        (url, read_form("data-pandu-activity-form" + form))
        for url, form in zip(urls, forms, strict=True)
    ]


def open_activity(client: Client, lesson: LessonPage) -> tuple[str, Form]:
    return open_activities(client, lesson)[0]


def post(
    client: Client, url: str, payload: Any, *, handler: str = "submit", csrf: bool = True
) -> Any:
    headers = {}
    if csrf and "csrftoken" in client.cookies:
        headers["X-CSRFToken"] = client.cookies["csrftoken"].value
    return client.post(
        url.replace("{handler}", handler),
        json.dumps(payload),
        content_type="application/json",
        headers=headers,
    )


def answer(
    client: Client, url: str, form: Form, *texts: str, submission_id: str = "", csrf: bool = True
) -> Any:
    return post(
        client,
        url,
        {
            "submission_id": submission_id or str(uuid.uuid4()),
            "attempt": form.token,
            "choices": [form.choices[text] for text in texts],
        },
        csrf=csrf,
    )


def logged_in(user: User) -> Client:
    client = browser()
    client.force_login(user)
    return client


@pytest.fixture
def quiz(course: CoursePage) -> LessonPage:
    """The course's first lesson, finished by passing its one activity."""
    return publish_body(lessons_in(course)[0], activity(), completion_rule="passed")


def usage_ids(lesson: LessonPage) -> list[str]:
    return activity_usage_ids(translation_key=lesson.translation_key, body=lesson.body)


def nothing_recorded() -> bool:
    return not (
        ProgressEvent.objects.exists()
        or LessonProgress.objects.exists()
        or XBlockUserState.objects.exists()
    )


# --- Who may run an activity's handlers ---------------------------------------------------------


def test_a_visitor_answers_the_public_first_lesson_in_their_session(quiz: LessonPage) -> None:
    client = browser()
    url, form = open_activity(client, quiz)
    assert url.startswith("/api/v1/xblock/id/pandu:")

    response = answer(client, url, form, RIGHT)

    assert response.status_code == 200, response.content
    assert response.json()["score"] == 1.0
    assert client.session["xblock_state"][usage_ids(quiz)[0]]["state"]["best_score"] == 1.0
    assert nothing_recorded()
    # The result is still there when the visitor comes back.
    assert "data-pandu-activity-form" not in client.get(quiz.url).content.decode()


def test_a_visitor_cannot_answer_a_lesson_that_needs_an_account(course: CoursePage) -> None:
    one = publish_body(lessons_in(course)[0], activity())
    two = publish_body(lessons_in(course)[1], activity())
    client = browser()
    url, form = open_activity(client, one)
    two_url = url.replace(usage_ids(one)[0], usage_ids(two)[0])

    response = answer(client, two_url, form, RIGHT)

    assert response.status_code == 403
    assert response.json()["code"] == "login_required"
    with translation.override("id"):
        assert response.json()["detail"] == gettext(
            "Log in or create a free account to open this lesson. The first lesson of every "
            "course is open to everyone."
        )
    assert usage_ids(two)[0] not in client.session.get("xblock_state", {})


def test_a_locked_lesson_refuses_answers(learner: User, course: CoursePage) -> None:
    set_course(course, sequential=True)
    services.enrollment_create(user=learner, course=course)
    one = publish_body(lessons_in(course)[0], activity())
    three = publish_body(lessons_in(course)[2], activity())
    client = logged_in(learner)
    url, form = open_activity(client, one)

    response = answer(client, url.replace(usage_ids(one)[0], usage_ids(three)[0]), form, RIGHT)

    assert response.status_code == 403
    assert response.json()["code"] == "locked"
    assert not XBlockUserState.objects.filter(usage_id=usage_ids(three)[0]).exists()


def test_an_api_token_is_not_a_session(learner: User, course: CoursePage) -> None:
    """Only the session says who answers: a bearer token makes nobody a learner here."""
    from tests.lms.api.conftest import bearer

    one = publish_body(lessons_in(course)[0], activity())
    two = publish_body(lessons_in(course)[1], activity())
    client = browser()
    url, form = open_activity(client, one)
    token = bearer(learner)["Authorization"]
    two_url = url.replace(usage_ids(one)[0], usage_ids(two)[0])
    response = client.post(
        two_url.replace("{handler}", "submit"),
        json.dumps({"submission_id": str(uuid.uuid4()), "attempt": form.token, "choices": []}),
        content_type="application/json",
        headers={"X-CSRFToken": client.cookies["csrftoken"].value, "Authorization": token},
    )
    assert response.status_code == 403
    assert response.json()["code"] == "login_required"


def test_a_request_without_the_csrf_token_changes_nothing(learner: User, quiz: LessonPage) -> None:
    services.enrollment_create(user=learner, course=CoursePage.objects.get())
    client = logged_in(learner)
    url, form = open_activity(client, quiz)
    before = XBlockUserState.objects.get().state

    response = answer(client, url, form, RIGHT, csrf=False)

    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert XBlockUserState.objects.get().state == before
    assert not ProgressEvent.objects.filter(type="scored").exists()


def test_handlers_are_run_by_post_only(quiz: LessonPage) -> None:
    client = browser()
    url, _form = open_activity(client, quiz)
    response = client.get(url.replace("{handler}", "submit"))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/v1/xblock/id/bukan-aktivitas/handler/submit", 400, "invalid_activity"),
        ("/api/v1/xblock/id/pandu:{key}:tidak-ada/handler/submit", 404, "not_found"),
        ("/api/v1/xblock/fr/{usage_id}/handler/submit", 404, "not_found"),
        ("/api/v1/xblock/id/{usage_id}/handler/tidak_ada", 404, "not_found"),
    ],
)
def test_bad_addresses_are_answered_in_the_apis_shape(
    quiz: LessonPage, path: str, status: int, code: str
) -> None:
    client = browser()
    open_activity(client, quiz)
    url = path.format(key=quiz.translation_key, usage_id=usage_ids(quiz)[0])
    response = post(client, url, {})
    assert response.status_code == status, response.content
    assert response.json()["code"] == code
    assert response.json()["detail"]


def test_an_activity_that_is_not_published_cannot_be_answered(
    learner: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    live = publish_body(one, activity())
    # A new activity in a draft of the lesson, and a lesson that is a draft only.
    draft = LessonPage.objects.get(pk=live.pk)
    draft_block = activity()
    draft.body = json.dumps([*live.body.raw_data, draft_block])
    draft.save_revision()
    hidden = publish_body(two, activity())
    hidden.unpublish()
    services.enrollment_create(user=learner, course=course)
    client = logged_in(learner)
    url, form = open_activity(client, live)

    for usage_id in (
        f"pandu:{live.translation_key}:{draft_block['id']}",
        usage_ids(hidden)[0],
    ):
        response = answer(client, url.replace(usage_ids(live)[0], usage_id), form, RIGHT)
        assert response.status_code == 404, usage_id
        assert response.json()["code"] == "not_found"


# --- Scores become progress ---------------------------------------------------------------------


def test_a_right_answer_finishes_a_lesson_that_must_be_passed(
    learner: User, course: CoursePage
) -> None:
    quiz = publish_body(lessons_in(course)[0], activity(), completion_rule="passed")
    services.enrollment_create(user=learner, course=course)
    client = logged_in(learner)
    url, form = open_activity(client, quiz)
    assert answer(client, url, form, WRONG).json()["score"] == 0.0
    row = LessonProgress.objects.get(lesson_key=quiz.translation_key)
    assert (row.status, row.best_score) == (ProgressStatus.IN_PROGRESS, 0.0)

    retry = post(client, url, {}, handler="retry")
    assert retry.status_code == 200
    form = read_form(retry.json()["html"])
    assert answer(client, url, form, RIGHT).json()["score"] == 1.0

    row.refresh_from_db()
    assert (row.status, row.best_score, row.attempts) == (ProgressStatus.COMPLETED, 1.0, 2)
    html = client.get(quiz.url).content.decode()
    with translation.override("id"):
        assert gettext("You finished this lesson.") in html


def test_passing_the_only_lesson_completes_the_course(learner: User, catalog: Catalog) -> None:
    course = make_course(catalog, title="Kenali IKD", slug="kenali-ikd", lessons=1)
    quiz = publish_body(lessons_in(course)[0], activity(), completion_rule="passed")
    services.enrollment_create(user=learner, course=course)
    client = logged_in(learner)
    url, form = open_activity(client, quiz)
    answer(client, url, form, RIGHT)
    assert Enrollment.objects.get(user=learner).completed_at is not None


def test_an_unanswered_activity_counts_zero_towards_the_lesson(
    learner: User, course: CoursePage
) -> None:
    quiz = publish_body(
        lessons_in(course)[0], activity(), activity(), completion_rule="passed", pass_threshold=70
    )
    services.enrollment_create(user=learner, course=course)
    client = logged_in(learner)
    (first_url, first_form), (second_url, second_form) = open_activities(client, quiz)
    answer(client, first_url, first_form, RIGHT)
    row = LessonProgress.objects.get(lesson_key=quiz.translation_key)
    assert (row.status, row.best_score) == (ProgressStatus.IN_PROGRESS, 0.5)

    answer(client, second_url, second_form, RIGHT)
    row.refresh_from_db()
    assert (row.status, row.best_score) == (ProgressStatus.COMPLETED, 1.0)


def test_a_retried_submission_is_recorded_once(learner: User, quiz: LessonPage) -> None:
    services.enrollment_create(user=learner, course=CoursePage.objects.get())
    client = logged_in(learner)
    url, form = open_activity(client, quiz)
    submission = str(uuid.uuid4())
    first = answer(client, url, form, RIGHT, submission_id=submission)
    again = answer(client, url, form, RIGHT, submission_id=submission)
    assert first.status_code == again.status_code == 200
    assert again.json()["submission_id"] == first.json()["submission_id"] == submission
    assert ProgressEvent.objects.filter(type="scored").count() == 1
    assert LessonProgress.objects.get(lesson_key=quiz.translation_key).attempts == 1


def test_a_minors_answers_without_consent_are_not_recorded(minor: User, quiz: LessonPage) -> None:
    client = logged_in(minor)
    url, form = open_activity(client, quiz)
    response = answer(client, url, form, RIGHT)
    assert response.status_code == 200
    assert response.json()["score"] == 1.0
    assert nothing_recorded()
    # Kept for the browser session only, as for a visitor.
    assert usage_ids(quiz)[0] in client.session["xblock_state"]


# --- Answers are never lost ---------------------------------------------------------------------


def test_a_visitors_answers_become_theirs_when_they_sign_up(quiz: LessonPage) -> None:
    client = Client()
    url, form = open_activity(client, quiz)
    answer(client, url, form, RIGHT)

    response = signup(client, contact="siti.aminah@contoh.id")
    assert response.status_code == 302

    user = User.objects.get(email="siti.aminah@contoh.id")
    state = XBlockUserState.objects.get(user=user)
    assert (state.usage_id, state.state["best_score"]) == (usage_ids(quiz)[0], 1.0)
    assert "xblock_state" not in client.session
    # Once enrolled, the lesson answered as a visitor counts.
    services.enrollment_create(user=user, course=CoursePage.objects.get())
    progress = LessonProgress.objects.get(user=user, lesson_key=quiz.translation_key)
    assert progress.status == ProgressStatus.COMPLETED


def test_logging_in_keeps_the_accounts_own_answers(learner: User, quiz: LessonPage) -> None:
    usage_id = usage_ids(quiz)[0]
    xblock_user_state_update(
        user_id=learner.pk,
        usage_id=usage_id,
        block_type="pandu_multiple_choice",
        changes={"best_score": 0.0, "attempts_used": 1},
    )
    client = browser()
    url, form = open_activity(client, quiz)
    answer(client, url, form, RIGHT)
    client.force_login(learner)  # sends user_logged_in, as the login page does

    assert XBlockUserState.objects.get(user=learner).state == {
        "best_score": 0.0,
        "attempts_used": 1,
    }


def test_logging_in_through_the_login_page_adopts_a_visitors_answers(
    learner: User, quiz: LessonPage
) -> None:
    client = Client()
    url, form = open_activity(client, quiz)
    answer(client, url, form, RIGHT)
    response = client.post("/en/akun/login/", {"login": learner.email, "password": PASSWORD})
    assert response.status_code == 302
    assert XBlockUserState.objects.get(user=learner).state["best_score"] == 1.0


def test_scores_answered_before_enrolling_count_once_enrolled(
    learner: User, quiz: LessonPage
) -> None:
    course = CoursePage.objects.get()
    client = logged_in(learner)
    url, form = open_activity(client, quiz)
    answer(client, url, form, RIGHT)
    assert not ProgressEvent.objects.exists()  # not enrolled yet

    services.enrollment_create(user=learner, course=course)

    event = ProgressEvent.objects.get(type="scored")
    usage_id = usage_ids(quiz)[0]
    assert event.id == uuid.uuid5(EVENT_NAMESPACE, f"{learner.pk}:{usage_id}:carried")
    assert (event.score, event.activity_id, event.source) == (1.0, usage_id, "carried")
    assert (
        LessonProgress.objects.get(lesson_key=quiz.translation_key).status
        == ProgressStatus.COMPLETED
    )
    # Leaving and enrolling again carries nothing twice.
    services.enrollment_leave(user=learner, course=course)
    services.enrollment_create(user=learner, course=course)
    assert ProgressEvent.objects.filter(type="scored").count() == 1


def test_enrolling_again_does_not_count_a_recorded_score_twice(
    learner: User, quiz: LessonPage
) -> None:
    course = CoursePage.objects.get()
    services.enrollment_create(user=learner, course=course)
    client = logged_in(learner)
    url, form = open_activity(client, quiz)
    answer(client, url, form, RIGHT)
    services.enrollment_leave(user=learner, course=course)
    services.enrollment_create(user=learner, course=course)
    assert ProgressEvent.objects.filter(type="scored").count() == 1
    assert LessonProgress.objects.get(lesson_key=quiz.translation_key).attempts == 1


def test_the_english_lesson_answers_in_english_and_counts_for_the_same_lesson(
    learner: User, quiz: LessonPage
) -> None:
    from tests.lms.learning.conftest import translate

    course = CoursePage.objects.get()
    english = translate(course, title="Activating IKD")
    services.enrollment_create(user=learner, course=course)
    english_quiz = lessons_in(english)[0]
    client = logged_in(learner)
    url, form = open_activity(client, english_quiz)
    assert url.startswith("/api/v1/xblock/en/")
    assert QUESTION in client.get(english_quiz.url).content.decode()

    response = answer(client, url, form, RIGHT)

    assert response.status_code == 200
    assert "Correct" in response.json()["message"]
    row = LessonProgress.objects.get(user=learner)
    assert (row.lesson_key, row.status) == (quiz.translation_key, ProgressStatus.COMPLETED)


def test_each_activity_adds_one_query_to_a_learners_lesson_page(
    learner: User, course: CoursePage
) -> None:
    from tests.lms.learning.test_queries import count_queries

    lesson = lessons_in(course)[1]
    services.enrollment_create(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    publish_body(lesson)
    none, _sql = count_queries(client, lesson.url)
    publish_body(lesson, activity())
    one, sql = count_queries(client, lesson.url)
    # Per page: the lesson's language; per activity: the learner's state in it.
    assert one - none == 2, sql
    publish_body(lesson, activity(), activity(), activity())
    three, sql = count_queries(client, lesson.url)
    assert three - one == 2, sql


# --- In a browser -------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_visitor_answers_on_a_phone_in_a_lesson_with_two_kinds_of_activity(
    live_server: Any, page: Any, course: CoursePage
) -> None:
    from playwright.sync_api import expect

    ordering = {
        "title": "",
        "question": "Urutkan langkah aktivasi.",
        "items": [
            {"type": "item", "id": str(uuid.uuid4()), "value": step}
            for step in ("Buka aplikasi", "Masuk", "Pindai KTP")
        ],
        "settings": {"max_attempts": 0, "allow_retry": True, "pass_threshold": 70},
    }
    quiz = publish_body(lessons_in(course)[0], activity(), activity("ordering", ordering))
    problems: list[str] = []

    def console(message: Any) -> None:
        if message.type == "error":  # a Content Security Policy violation is one
            problems.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(live_server.url + quiz.url)
    page.get_by_role("radio", name=RIGHT).tap()
    page.get_by_role("button", name="Periksa jawaban").first.tap()

    expect(page.get_by_text("Benar!").first).to_be_visible()
    assert page.evaluate(
        "() => Array.from(document.querySelectorAll('.xblock')).every(e => !!e.panduXBlock)"
    )
    assert problems == []
