"""A resident goes through an app simulation on a phone: by tapping the screenshots (one wrong
tap shows the hint), and once with the keyboard only, through the list of areas."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import Locator, Page, expect
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from tests.content.harness import ACTIVITIES, Registered
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

from .conftest import MC, Activity, make_learner, new_usage_id
from .test_app_simulation import (
    HINT_LOGIN,
    ON_ACTIVATE,
    ON_LOGIN,
    ON_NOTHING,
    SIMULATION,
    fields,
    screens,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = Path(__file__).resolve().parents[3] / "var" / "screenshots"
WIDTH, HEIGHT = 360, 640
BLUE, GREEN, GREY, INK = "#0b5cad", "#1a7f37", "#e4e7eb", "#1f2328"


def box(draw: ImageDraw.ImageDraw, spot: dict[str, Any], **style: Any) -> None:
    """A button drawn where the editor's area is."""
    left, top = spot["x"] * WIDTH / 100, spot["y"] * HEIGHT / 100
    right, bottom = left + spot["width"] * WIDTH / 100, top + spot["height"] * HEIGHT / 100
    draw.rounded_rectangle((left, top, right, bottom), radius=10, **style)
    text_fill = "#ffffff" if style.get("fill") not in (None, GREY, "#ffffff") else INK
    draw.text(
        ((left + right) / 2, (top + bottom) / 2),
        spot["label"],
        fill=text_fill,
        anchor="mm",
        font=ImageFont.load_default(size=20),
    )


def screenshot(number: int, screen: dict[str, Any]) -> str:
    """A made-up screen of the app, as a data: URL, with its buttons where its areas are."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "#ffffff")
    draw = ImageDraw.Draw(image)
    title = ImageFont.load_default(size=22)
    body = ImageFont.load_default(size=17)
    draw.rectangle((0, 0, WIDTH, 0.11 * HEIGHT), fill=BLUE)
    draw.text((16, 0.055 * HEIGHT), "IKD", fill="#ffffff", anchor="lm", font=title)
    spots = {spot["label"]: spot for spot in screen["hotspots"]}
    if number == 1:
        draw.text((WIDTH / 2, 0.3 * HEIGHT), "Selamat datang", fill=INK, anchor="mm", font=title)
        draw.text(
            (WIDTH / 2, 0.36 * HEIGHT), "Identitas Kependudukan", fill=INK, anchor="mm", font=body
        )
        draw.text((WIDTH / 2, 0.4 * HEIGHT), "Digital", fill=INK, anchor="mm", font=body)
        box(draw, spots["Masuk"], fill=BLUE)
        box(draw, spots["Daftar"], fill="#ffffff", outline=BLUE, width=3)
        box(draw, spots["Bantuan"], fill="#ffffff")
    elif number == 2:
        draw.text((16, 0.22 * HEIGHT), "Masuk", fill=INK, anchor="lm", font=title)
        draw.text((16, 0.31 * HEIGHT), "NIK", fill=INK, anchor="lm", font=body)
        draw.rounded_rectangle(
            (16, 0.34 * HEIGHT, WIDTH - 16, 0.42 * HEIGHT), radius=8, outline="#6b7580", width=2
        )
        draw.rounded_rectangle((16, 0.5 * HEIGHT, WIDTH - 16, 0.59 * HEIGHT), radius=10, fill=BLUE)
        draw.text((WIDTH / 2, 0.545 * HEIGHT), "Lanjut", fill="#ffffff", anchor="mm", font=body)
    else:
        draw.text((16, 0.22 * HEIGHT), "Halo, Warga", fill=INK, anchor="lm", font=title)
        draw.text((16, 0.3 * HEIGHT), "IKD Anda belum aktif.", fill=INK, anchor="lm", font=body)
        box(draw, spots["Aktivasi"], fill=GREEN)
        box(draw, spots["Keluar"], fill=GREY)
    data = io.BytesIO()
    image.save(data, format="PNG")
    return "data:image/png;base64," + base64.b64encode(data.getvalue()).decode()


def phone_screens() -> list[dict[str, Any]]:
    made = screens()
    for number, screen in enumerate(made, start=1):
        screen.update(image_url=screenshot(number, screen), image_width=WIDTH, image_height=HEIGHT)
    return made


@pytest.fixture
def simulation(settings: Settings, _xblock_settings: None) -> Iterator[Activity]:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, SIMULATION]
    activity = Activity(
        usage_id=new_usage_id(),
        user_id=make_learner(),
        fields=fields(screens=phone_screens()),
        block_type=SIMULATION,
        language="en",
    )
    assert activity.user_id is not None
    ACTIVITIES[activity.usage_id] = Registered(SIMULATION, activity.fields, activity.user_id)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield activity
    ACTIVITIES.pop(activity.usage_id)


def tap_at(image: Locator, point: dict[str, float]) -> None:
    """A finger on the screenshot, at `point` (percent of the image)."""
    found = image.bounding_box()
    assert found is not None
    image.tap(
        position={"x": found["width"] * point["x"] / 100, "y": found["height"] * point["y"] / 100}
    )


def test_finish_a_simulation_by_touch(
    live_server: LiveServer, page: Page, simulation: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{simulation.usage_id}/")
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()
    expect(page.get_by_text("IKD", exact=True)).to_be_visible()
    image = page.get_by_role(
        "img", name="Layar pembuka aplikasi IKD dengan tombol Masuk dan Daftar."
    )
    # The screenshot fills the phone's width (less the activity's padding).
    found = image.bounding_box()
    assert found is not None
    assert found["width"] >= 300
    page.screenshot(path=SHOTS / "sim-1-start.png", full_page=True)

    tap_at(image, ON_NOTHING)
    expect(page.get_by_text(HINT_LOGIN)).to_be_visible()
    expect(page.get_by_role("status")).to_have_text(f"Not quite. {HINT_LOGIN}")
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()
    page.screenshot(path=SHOTS / "sim-2-hint.png")

    tap_at(image, ON_LOGIN)
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    expect(page.get_by_text("Bagus, Anda membuka halaman masuk.").first).to_be_visible()
    # Tapping the field in the screenshot puts the cursor in the real one.
    tap_at(page.get_by_role("img", name="Halaman masuk IKD dengan kolom NIK."), {"x": 50, "y": 38})
    field = page.get_by_role("textbox", name="NIK")
    expect(field).to_be_focused()
    field.fill("6471 0123 4567 8901")
    page.screenshot(path=SHOTS / "sim-3-type.png", full_page=True)
    page.get_by_role("button", name="Check answer").tap()

    expect(page.get_by_text("Step 3 of 3")).to_be_visible()
    tap_at(
        page.get_by_role("img", name="Halaman akun IKD dengan tombol Aktivasi dan Keluar."),
        ON_ACTIVATE,
    )
    expect(page.get_by_text("2 of 3 steps without help")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("IKD Anda aktif.")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    page.screenshot(path=SHOTS / "sim-4-result.png", full_page=True)
    assert simulation.state()["attempts_used"] == 1
    assert [call["score"] for call in scored] == [pytest.approx(2 / 3)]


def tab_to(page: Page, name: str) -> None:
    """Press Tab until the element named `name` has the focus."""
    for _ in range(20):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => (document.activeElement.labels && document.activeElement.labels[0]"
            " ? document.activeElement.labels[0].textContent"
            " : document.activeElement.textContent).trim()"
        )
        if focused == name:
            return
    pytest.fail(f"Tab never reached {name!r}")


def test_finish_a_simulation_with_the_keyboard_only(
    live_server: LiveServer, page: Page, simulation: Activity, scored: list[dict[str, Any]]
) -> None:
    page.goto(f"{live_server.url}/activity/{simulation.usage_id}/")
    areas = page.get_by_role("group", name="Or choose the place from this list:")
    expect(areas.get_by_role("button")).to_have_count(3)
    for button in areas.get_by_role("button").all():
        found = button.bounding_box()
        assert found is not None
        assert found["height"] >= 44

    tab_to(page, "Masuk")
    page.screenshot(path=SHOTS / "sim-5-keyboard-focus.png")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    # The new screen's instruction has the focus, so a screen reader reads it next.
    expect(page.get_by_text("Ketik NIK Anda: 6471 0123 4567 8901.")).to_be_focused()

    tab_to(page, "NIK")
    page.keyboard.type("6471012345678901")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Step 3 of 3")).to_be_visible()

    tab_to(page, "Aktivasi")
    page.keyboard.press("Enter")
    result = page.get_by_text("3 of 3 steps without help")
    expect(result).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("You did every step without help.")
    page.screenshot(path=SHOTS / "sim-6-keyboard-result.png", full_page=True)
    assert simulation.state()["attempts_used"] == 1
    assert [call["score"] for call in scored] == [1.0]
