"""A learner answers a multiple-choice activity on a phone, with the keyboard, and hears the
result; a submission whose answer got lost on the way is sent again and counted once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect
from pytest_django.live_server_helper import LiveServer

from tests.content.harness import ACTIVITIES, Registered
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

from .conftest import MC, Activity, make_learner, mc_fields, new_usage_id

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def quiz() -> Iterator[Activity]:
    activity = Activity(
        usage_id=new_usage_id(), user_id=make_learner(), fields=mc_fields(), language="en"
    )
    assert activity.user_id is not None
    ACTIVITIES[activity.usage_id] = Registered(MC, activity.fields, activity.user_id)
    yield activity
    ACTIVITIES.pop(activity.usage_id)


def test_answer_with_the_keyboard_and_try_again(
    live_server: LiveServer, page: Page, quiz: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{quiz.usage_id}/")
    group = page.get_by_role("group", name="Apa nama ibu kota baru Indonesia?")
    expect(group.get_by_role("radio")).to_have_count(4)

    group.get_by_role("radio", name="Jakarta").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Check answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("Not correct. You can try 2 more times.")
    expect(page.get_by_text("Your answer: not correct")).to_be_visible()

    page.get_by_role("button", name="Try again").press("Enter")
    # The new attempt's form replaces the result; the first option has the focus.
    expect(page.get_by_role("radio").first).to_be_focused()
    expect(page.get_by_role("status")).to_have_text("The options are in a new order. Choose again.")
    page.get_by_role("radio", name="Nusantara").check()
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_role("status")).to_have_text("Correct! You can try 1 more time.")
    expect(page.get_by_text("You passed this activity.")).to_be_visible()
    assert quiz.state()["attempts_used"] == 2
    assert [call["score"] for call in scored] == [0.0, 1.0]


def test_a_submission_whose_answer_was_lost_counts_once(
    live_server: LiveServer, page: Page, quiz: Activity, scored: list[dict[str, Any]]
) -> None:
    sent: list[dict[str, Any]] = []

    def lose_the_first_answer(route: Route) -> None:
        sent.append(json.loads(route.request.post_data or "{}"))
        if len(sent) == 1:
            route.fetch()  # the server grades it …
            route.abort("connectionreset")  # … but the reply never arrives
        else:
            route.continue_()

    page.route("**/handler/submit", lose_the_first_answer)
    page.goto(f"{live_server.url}/activity/{quiz.usage_id}/")
    page.get_by_role("radio", name="Nusantara").check()
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_role("status")).to_have_text(
        "Could not reach the server. Check your connection and try again."
    )
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_role("status")).to_have_text("Correct! You can try 2 more times.")
    assert sent[0]["submission_id"] == sent[1]["submission_id"]
    assert quiz.state()["attempts_used"] == 1
    assert len(scored) == 1
