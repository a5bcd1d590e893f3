"""A learner fills in the blanks of a sentence on a phone, moving from box to box with Enter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from tests.content.harness import ACTIVITIES, Registered
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

from .conftest import MC, SAMPLE_TYPES, Activity, make_learner, new_usage_id

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FB = "pandu_fill_blank"


@pytest.fixture(autouse=True)
def _allow_fill_blank(settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, FB, *SAMPLE_TYPES]


@pytest.fixture
def quiz() -> Iterator[Activity]:
    fields = {
        "question": "Complete the sentence about the digital ID.",
        "text": "The ___ on an ID card has ___ digits. The digital ID app is called ___.",
        "blanks": [
            {"id": "nik", "label": "Name of the number", "answers": ["NIK"]},
            {"id": "digits", "answers": ["16", "sixteen"]},
            {"id": "ikd", "answers": ["IKD"]},
        ],
        "max_attempts": 2,
    }
    activity = Activity(
        usage_id=new_usage_id(),
        user_id=make_learner(),
        fields=fields,
        block_type=FB,
        language="en",
    )
    assert activity.user_id is not None
    ACTIVITIES[activity.usage_id] = Registered(FB, activity.fields, activity.user_id)
    yield activity
    ACTIVITIES.pop(activity.usage_id)


def test_fill_the_boxes_with_the_keyboard_moving_on_with_enter(
    live_server: LiveServer, page: Page, quiz: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{quiz.usage_id}/")
    first = page.get_by_role("textbox", name="Name of the number")
    second = page.get_by_role("textbox", name="Blank 2 of 3")
    third = page.get_by_role("textbox", name="Blank 3 of 3")
    for box in (first, second, third):
        box_size = box.bounding_box()
        assert box_size
        assert box_size["height"] >= 44
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # Checking too early says what is missing and goes to the first empty box.
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_role("status")).to_have_text("Fill in every box first.")
    expect(first).to_be_focused()

    # Enter goes on to the next empty box (not back to the first), then round to the first …
    second.click()
    page.keyboard.type("Sixteen.")
    page.keyboard.press("Enter")
    expect(third).to_be_focused()
    page.keyboard.type("I K D")
    page.keyboard.press("Enter")
    expect(first).to_be_focused()
    assert scored == []
    # … and once every box is filled, it checks the answer.
    page.keyboard.type("nik")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("Correct! You can try 1 more time.")
    expect(page.get_by_text("Your answer: correct")).to_have_count(3)
    assert [call["score"] for call in scored] == [1.0]
