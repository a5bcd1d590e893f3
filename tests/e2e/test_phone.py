"""A resident on a cheap Android phone opens the catalog, a course and a lesson."""

import gzip
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, Response, expect
from pytest_django.live_server_helper import LiveServer

from courses.demo.loader import load_catalog

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
LESSON_BUDGET = 60 * 1024  # HTML, CSS and JavaScript, compressed; images excluded


def compressed_size(responses: list[Response]) -> int:
    total = 0
    for response in responses:
        if response.request.resource_type in {"document", "stylesheet", "script"}:
            total += len(gzip.compress(response.body(), compresslevel=6))
    return total


def test_catalog_course_and_lesson_on_a_phone(live_server: LiveServer, page: Page) -> None:
    load_catalog(only={"aktivasi-ikd"})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.get_by_role("link", name="Lihat semua kursus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Semua kursus")
    page.get_by_label("Cari kursus").fill("KTP digital")
    page.get_by_role("button", name="Tampilkan kursus").click()
    expect(page.locator(".card__title")).to_have_count(1)
    page.screenshot(path=SCREENSHOTS / "catalog.png", full_page=True)

    page.locator(".card__title a").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("IKD")
    expect(page.get_by_text("Langkah-langkah terakhir dicocokkan")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "course.png", full_page=True)

    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    page.get_by_role("link", name="Mulai pelajaran pertama").click()
    page.wait_for_load_state("networkidle")
    expect(page.get_by_text("Pelajaran 1 dari")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "lesson.png", full_page=True)

    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    transferred = compressed_size(responses)
    print(f"lesson page: {transferred / 1024:.1f} KB of HTML, CSS and JS, compressed")  # noqa: T201
    assert 0 < transferred <= LESSON_BUDGET
    images = [r for r in responses if r.request.resource_type == "image"]
    assert all(r.ok for r in images), [r.url for r in images if not r.ok]

    # The next lesson needs an account: the visitor is asked to log in, and comes back after.
    page.get_by_role("link", name="Berikutnya").click()
    expect(page).to_have_url(re.compile(r"/id/akun/login/\?next=/id/.+/"))
