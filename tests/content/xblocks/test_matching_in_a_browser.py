"""A resident matches terms with meanings on a phone, each from a native list, and sees which
pairs were right; a term left without a meaning is pointed out before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from tests.content.harness import ACTIVITIES, Registered
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

from .conftest import MC, Activity, make_learner, new_usage_id
from .test_matching import MATCHING, RIGHT, SWAPPED, fields

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = Path(__file__).resolve().parents[3] / "var" / "screenshots"


@pytest.fixture
def matching(settings: Settings, _xblock_settings: None) -> Iterator[Activity]:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, MATCHING]
    activity = Activity(
        usage_id=new_usage_id(),
        user_id=make_learner(),
        fields=fields(),
        block_type=MATCHING,
        language="en",
    )
    assert activity.user_id is not None
    ACTIVITIES[activity.usage_id] = Registered(MATCHING, activity.fields, activity.user_id)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield activity
    ACTIVITIES.pop(activity.usage_id)


def test_match_on_a_phone_and_try_again(
    live_server: LiveServer, page: Page, matching: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{matching.usage_id}/")
    group = page.get_by_role("group", name="Pasangkan singkatan dengan kepanjangannya.")
    expect(group.get_by_role("combobox")).to_have_count(4)
    for select in group.get_by_role("combobox").all():
        found = select.bounding_box()
        assert found is not None
        assert found["height"] >= 44
        assert found["x"] + found["width"] <= 360

    # One term left without a meaning: nothing is sent, the list is pointed out.
    for term, meaning in list(SWAPPED.items())[:3]:
        page.get_by_role("combobox", name=term).select_option(label=meaning)
    page.get_by_role("button", name="Check answer").tap()
    last = list(SWAPPED)[3]
    expect(page.get_by_role("combobox", name=last)).to_be_focused()
    expect(page.get_by_role("status")).to_have_text("Choose a meaning for every term.")
    page.screenshot(path=SHOTS / "match-1-missing.png", full_page=True)
    assert scored == []

    page.get_by_role("combobox", name=last).select_option(label=SWAPPED[last])
    page.get_by_role("button", name="Check answer").tap()
    expect(page.get_by_role("status")).to_have_text("Partly correct. You can try 2 more times.")
    expect(page.get_by_text("Your answer: Kartu Keluarga")).to_be_visible()
    page.screenshot(path=SHOTS / "match-2-result.png", full_page=True)

    page.get_by_role("button", name="Try again").tap()
    for term, meaning in RIGHT.items():
        page.get_by_role("combobox", name=term).select_option(label=meaning)
    page.get_by_role("button", name="Check answer").tap()
    expect(page.get_by_role("status")).to_have_text("Correct! You can try 1 more time.")
    expect(page.get_by_text("You passed this activity.")).to_be_visible()
    assert [call["score"] for call in scored] == [0.5, 1.0]
