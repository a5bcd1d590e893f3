"""A learner puts steps in order on a phone: with the Up and Down buttons, hearing each new
position, and by dragging an item's handle with a finger."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from tests.content.harness import ACTIVITIES, Registered
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

from .conftest import MC, SAMPLE_TYPES, Activity, make_learner, new_usage_id

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ORD = "pandu_ordering"
STEPS = [
    "Download the IKD app",
    "Enter your NIK and email",
    "Scan the QR code at Dukcapil",
    "Type the activation code",
    "Choose a six-digit PIN",
]


@pytest.fixture(autouse=True)
def _allow_ordering(settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, ORD, *SAMPLE_TYPES]


@pytest.fixture
def quiz() -> Iterator[Activity]:
    fields = {
        "question": "Put the steps of activating IKD in order.",
        "items": [{"id": f"step-{number}", "text": text} for number, text in enumerate(STEPS)],
        "max_attempts": 2,
        "allow_retry": True,
        "pass_threshold": 1.0,
    }
    activity = Activity(
        usage_id=new_usage_id(),
        user_id=make_learner(),
        fields=fields,
        block_type=ORD,
        language="en",
    )
    assert activity.user_id is not None
    ACTIVITIES[activity.usage_id] = Registered(ORD, activity.fields, activity.user_id)
    yield activity
    ACTIVITIES.pop(activity.usage_id)


def shown_order(page: Page) -> list[str]:
    texts: list[str] = page.locator(".pandu-ord__text").all_inner_texts()
    return texts


def item(page: Page, text: str) -> Locator:
    return page.locator("[data-pandu-ord-item]").filter(has_text=text)


def put_in_order_with_the_keyboard(page: Page) -> None:
    """What a keyboard or screen-reader user does: move each step up to its place."""
    for place, text in enumerate(STEPS):
        up = page.get_by_role("button", name=f"Move up: {text}")
        while shown_order(page).index(text) > place:
            up.focus()
            page.keyboard.press("Enter")
            expect(up).to_be_focused()
            position = shown_order(page).index(text) + 1
            expect(page.get_by_role("status")).to_have_text(
                f"Moved to position {position} of {len(STEPS)}."
            )


def touch_drag(page: Page, handle: Locator, to_y: float) -> None:
    """A finger on `handle`, moved slowly to `to_y` and lifted: real touch input, which the
    browser turns into pointer events."""
    box = handle.bounding_box()
    assert box
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)

    def touch(kind: str, at_y: float) -> None:
        points = [] if kind == "touchEnd" else [{"x": x, "y": at_y, "id": 1}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    touch("touchStart", y)
    steps = 12
    for step in range(1, steps + 1):
        touch("touchMove", y + (to_y - y) * step / steps)
    touch("touchEnd", to_y)
    cdp.detach()


def test_on_a_phone_every_button_and_handle_is_big_enough_and_nothing_overflows(
    live_server: LiveServer, page: Page, quiz: Activity
) -> None:
    page.goto(f"{live_server.url}/activity/{quiz.usage_id}/")
    expect(
        page.get_by_role("group", name="Put the steps of activating IKD in order.")
    ).to_be_visible()
    targets = page.locator(".pandu-ord__move, .pandu-ord__handle, .pandu-activity__button")
    expect(targets).to_have_count(2 * 5 + 5 + 1)
    for target in targets.all():
        box = target.bounding_box()
        assert box
        assert box["width"] >= 44
        assert box["height"] >= 44
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_put_the_steps_in_order_with_the_up_and_down_buttons(
    live_server: LiveServer, page: Page, quiz: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{quiz.usage_id}/")
    first = shown_order(page)
    assert sorted(first) == sorted(STEPS)
    assert first != STEPS

    # At the top already: the button says so and nothing moves.
    top = page.get_by_role("button", name=f"Move up: {first[0]}")
    expect(top).to_have_attribute("aria-disabled", "true")
    top.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("This is already the first item.")
    assert shown_order(page) == first

    # Down one place, and back.
    page.get_by_role("button", name=f"Move down: {first[0]}").click()
    expect(page.get_by_role("status")).to_have_text("Moved to position 2 of 5.")
    assert shown_order(page)[:2] == [first[1], first[0]]
    expect(page.get_by_role("button", name=f"Move up: {first[1]}")).to_have_attribute(
        "aria-disabled", "true"
    )

    put_in_order_with_the_keyboard(page)
    assert shown_order(page) == STEPS
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_role("status")).to_have_text("Correct! You can try 1 more time.")
    expect(page.get_by_text("You passed this activity.")).to_be_visible()
    assert page.get_by_text("In the right place").count() == 5
    assert [call["score"] for call in scored] == [1.0]


def test_drag_a_step_to_the_top_with_a_finger(
    live_server: LiveServer, page: Page, quiz: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{quiz.usage_id}/")
    before = shown_order(page)
    first_step = STEPS[0]
    if before.index(first_step) == 0:
        # Already on top: drag the last step up instead, to the first place.
        first_step = before[-1]
    moving = item(page, first_step)
    top_box = page.locator("[data-pandu-ord-item]").first.bounding_box()
    assert top_box
    touch_drag(page, moving.locator("[data-pandu-ord-handle]"), top_box["y"] + 4)

    expect(page.locator(".pandu-ord__text").first).to_have_text(first_step)
    expect(page.get_by_role("status")).to_have_text("Moved to position 1 of 5.")
    after = shown_order(page)
    assert after == [first_step] + [text for text in before if text != first_step]
    # The item is back in the flow of the list, not left floating where the finger let go.
    assert moving.evaluate("node => node.style.transform") == ""
    expect(moving).not_to_have_class("is-dragging")

    # Dragging down works too: the first step goes to the bottom, then the buttons finish.
    last_box = page.locator("[data-pandu-ord-item]").last.bounding_box()
    assert last_box
    touch_drag(
        page,
        item(page, first_step).locator("[data-pandu-ord-handle]"),
        last_box["y"] + last_box["height"] - 4,
    )
    expect(page.locator(".pandu-ord__text").last).to_have_text(first_step)
    expect(page.get_by_role("status")).to_have_text("Moved to position 5 of 5.")

    put_in_order_with_the_keyboard(page)
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_role("status")).to_have_text("Correct! You can try 1 more time.")
    assert quiz.state()["attempts_used"] == 1
    assert [call["score"] for call in scored] == [1.0]
