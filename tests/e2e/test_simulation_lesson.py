"""A resident practises activating IKD on the app simulation of the demo course, on a phone, by
touch: a wrong tap shows the hint, a second one frames the right place on the picture, the rest are
right, and the lesson (finished by passing its activities) is then marked as finished."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.utils.translation import gettext, ngettext, override
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from content.activities import activity_blocks, the_activity
from courses.demo.loader import load_catalog
from courses.models import CoursePage, LessonPage
from lms.accounts.services import user_ensure
from lms.learning.models import LessonProgress
from lms.learning.services import enrollment_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PASSWORD = "Balikpapan-Beriman-2026"


def t(text: str) -> str:
    with override("id"):
        return gettext(text)


def simulation_lesson() -> tuple[LessonPage, dict[str, Any]]:
    """The IKD lesson with the app simulation, and the simulation's fields."""
    course = CoursePage.objects.get(slug="aktivasi-ikd", locale__language_code="id")
    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
        for child in activity_blocks(lesson.body):
            found = the_activity(child.value)
            if found and found[0].xblock_type == "pandu_app_simulation":
                with override("id"):
                    return lesson, found[0].xblock_fields(found[1])
    raise AssertionError("The IKD course has no app simulation")


def centre(spot: dict[str, float]) -> dict[str, float]:
    return {"x": spot["x"] + spot["width"] / 2, "y": spot["y"] + spot["height"] / 2}


def miss(screen: dict[str, Any]) -> dict[str, float]:
    """A point on the screenshot inside no area at all."""
    for y in range(2, 100, 4):
        for x in range(2, 100, 4):
            if not any(
                s["x"] <= x <= s["x"] + s["width"] and s["y"] <= y <= s["y"] + s["height"]
                for s in screen["hotspots"]
            ):
                return {"x": float(x), "y": float(y)}
    raise AssertionError("every point of the screen is an area")


def tap(page: Page, point: dict[str, float]) -> None:
    image = page.locator("[data-pandu-sim-image]")
    box = image.bounding_box()
    assert box is not None
    image.tap(
        position={"x": box["width"] * point["x"] / 100, "y": box["height"] * point["y"] / 100}
    )


def finish_simulation(page: Page, fields: dict[str, Any], *, wrong_first: bool = False) -> None:
    """Go through the app simulation on the page by touch, typing where a step asks for it; with
    `wrong_first`, two wrong taps first (the hint shows, then the right place is framed)."""
    screens = fields["screens"]
    for number, screen in enumerate(screens, start=1):
        progress = t("Step %(number)s of %(total)s") % {"number": number, "total": len(screens)}
        expect(page.get_by_text(progress)).to_be_visible()
        expect(page.get_by_text(screen["instruction"]).first).to_be_visible()
        if screen["kind"] == "tap":
            if number == 1 and wrong_first:
                tap(page, miss(screen))
                expect(page.get_by_text(screen["hint"]).first).to_be_visible()
                simulation = page.locator(".pandu-activity--app_simulation")
                simulation.screenshot(path=SCREENSHOTS / "simulation-hint.png")
            right = next(spot for spot in screen["hotspots"] if spot["correct"])
            if number == 1 and wrong_first:
                way = page.locator("[data-pandu-sim-way]")
                expect(way).to_be_hidden()
                tap(page, miss(screen))
                expect(way).to_be_visible()
                expect(page.get_by_role("button", name=right["label"], exact=True)).to_have_class(
                    re.compile(r"\bis-shown\b")
                )
                framed, image = way.bounding_box(), page.locator("[data-pandu-sim-image]")
                picture = image.bounding_box()
                assert framed is not None
                assert picture is not None
                middle = centre(right)
                x = picture["x"] + picture["width"] * middle["x"] / 100
                y = picture["y"] + picture["height"] * middle["y"] / 100
                assert framed["x"] <= x <= framed["x"] + framed["width"]
                assert framed["y"] <= y <= framed["y"] + framed["height"]
                page.wait_for_timeout(2100)  # the frame's two pulses, for the screenshot
                simulation.screenshot(path=SCREENSHOTS / "simulation-shown.png")
            tap(page, centre(right))
        else:
            page.get_by_role("textbox", name=screen["field_label"]).fill(screen["answers"][0])
            page.get_by_role("button", name=t("Check answer")).tap()
    expect(page.locator("[data-pandu-activity-result]")).to_be_visible()


def test_finish_the_ikd_simulation_by_touch_and_the_lesson_is_finished(
    live_server: LiveServer, page: Page
) -> None:
    load_catalog(only={"aktivasi-ikd"})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    lesson, fields = simulation_lesson()
    assert lesson.completion_rule == "passed"
    learner, _created = user_ensure(
        username="wati", password=PASSWORD, full_name="Wati Lestari", email="wati@contoh.id"
    )
    course = CoursePage.objects.get(slug="aktivasi-ikd", locale__language_code="id")
    enrollment_create(user=learner, course=course)

    page.goto(f"{live_server.url}/id/akun/login/")
    page.locator("input[name=login]").fill("wati")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(live_server.url + lesson.url)
    expect(page.get_by_text(t("You finished this lesson."))).to_have_count(0)

    finish_simulation(page, fields, wrong_first=True)
    screens = fields["screens"]
    with override("id"):
        done = ngettext(
            "%(done)d of %(total)d step without help",
            "%(done)d of %(total)d steps without help",
            len(screens),
        ) % {"done": len(screens) - 1, "total": len(screens)}
    expect(page.get_by_text(done)).to_be_visible()
    page.locator(".pandu-activity--app_simulation").screenshot(
        path=SCREENSHOTS / "simulation-result.png"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.reload()
    expect(page.get_by_text(t("You finished this lesson."))).to_be_visible()
    row = LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert row.status == "completed"
    assert row.best_score is not None
    assert row.best_score * 100 >= lesson.pass_threshold
