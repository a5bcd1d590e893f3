"""A resident's whole journey on a phone: sign up, enrol, read, mark as done (also while the
connection drops), log out, log in again, carry on where they left off, finish the course."""

import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils.translation import gettext, override
from playwright.sync_api import Page, Response, expect
from pytest_django.live_server_helper import LiveServer

from courses.demo.loader import load_catalog
from courses.models import CoursePage, LessonPage
from lms.learning.models import Enrollment, LessonProgress
from tests.e2e.test_phone import LESSON_BUDGET, compressed_size
from tests.e2e.test_simulation_lesson import finish_simulation, simulation_lesson

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
EMAIL = "wati@contoh.id"
PASSWORD = "Balikpapan-Beriman-2026"


def t(text: str) -> str:
    """What an Indonesian reader sees for an interface text."""
    with override("id"):
        return gettext(text)


def shot(page: Page, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / f"journey-{name}.png", full_page=True)
    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, name


def sign_up(page: Page, base: str) -> None:
    page.goto(f"{base}/id/akun/signup/")
    page.locator("input[name=full_name]").fill("Wati Lestari")
    page.locator("input[name=contact]").fill(EMAIL)
    page.locator("input[name=birth_year]").fill("1988")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    # An address given at sign-up is confirmed by the link in the email.
    if mail.outbox:
        body = str(mail.outbox[-1].body)
        link = re.search(r"https?://\S+/akun/\S+", body)
        assert link, body
        page.goto(base + re.sub(r"^https?://[^/]+", "", link.group(0)))
        confirm = page.locator("main form button[type=submit]")
        if confirm.count():
            confirm.first.click()
            page.wait_for_load_state()


def mark_done(page: Page) -> None:
    page.get_by_role("button", name=t("Mark as done")).click()
    expect(page.locator("[data-progress-status]")).to_have_text(t("Saved"))
    expect(page.get_by_text(t("You finished this lesson."))).to_be_visible()


def test_the_whole_journey_on_a_phone(live_server: LiveServer, page: Page) -> None:
    load_catalog(only={"aktivasi-ikd"})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = live_server.url
    course = CoursePage.objects.get(slug="aktivasi-ikd", locale__language_code="id")
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    assert len(lessons) >= 3

    sign_up(page, base)

    # Enrol from the course page.
    page.goto(base + course.url)
    page.get_by_role("button", name=t("Enrol in this course")).click()
    expect(page.locator(".learn-box progress")).to_have_attribute("value", "0")
    shot(page, "1-enrolled")

    # Read the first lesson and mark it as done. The page stays light for mobile data.
    responses: list[Response] = []

    def keep(response: Response) -> None:
        responses.append(response)

    page.on("response", keep)
    page.locator(".learn-box__next .button").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[0].title)
    page.wait_for_load_state("networkidle")
    page.remove_listener("response", keep)
    assert any(r.url.endswith("/js/progress.js") for r in responses)
    transferred = compressed_size(responses)
    print(f"lesson page for a learner: {transferred / 1024:.1f} KB compressed")  # noqa: T201
    assert 0 < transferred <= LESSON_BUDGET
    page.mouse.wheel(0, 4000)
    shot(page, "2-lesson")
    mark_done(page)
    shot(page, "3-marked-done")

    # The second lesson; the connection drops just as the learner marks it as done.
    page.get_by_role("link", name=re.compile(t("Next"))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[1].title)
    page.context.set_offline(True)
    page.get_by_role("button", name=t("Mark as done")).click()
    status = page.locator("[data-progress-status]")
    expect(status).to_have_text(t("Will be sent when you are connected"))
    shot(page, "4-offline")
    page.context.set_offline(False)
    expect(status).to_have_text(t("Saved"))
    progress = LessonProgress.objects.get(lesson_key=lessons[1].translation_key)
    assert progress.is_completed

    # Open the third lesson, then log out.
    page.get_by_role("link", name=re.compile(t("Next"))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[2].title)
    page.locator("summary.user-menu__toggle").click()
    page.locator("form[action*=logout] button").click()
    page.wait_for_load_state()

    # Log in again: "Kursus saya" carries on where the learner left off.
    page.goto(f"{base}/id/akun/login/")
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{base}/id/saya/")
    expect(page.get_by_role("heading", level=1)).to_have_text(t("My courses"))
    shot(page, "5-my-courses")
    page.locator(".my-course__next .button").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[2].title)

    # Finish the course.
    for number, lesson in enumerate(lessons[2:], start=2):
        if number > 2:
            page.get_by_role("link", name=re.compile(t("Next"))).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        if lesson.completion_rule == "passed":
            # Finished by passing its activity: the app simulation, done by touch.
            simulation, fields = simulation_lesson()
            assert simulation.pk == lesson.pk
            finish_simulation(page, fields)
            page.reload()
            expect(page.get_by_text(t("You finished this lesson."))).to_be_visible()
        else:
            mark_done(page)
    assert Enrollment.objects.get().completed_at is not None

    page.goto(f"{base}/id/saya/")
    finished = page.locator("#completed-heading + .my-courses")
    expect(finished).to_contain_text(course.title)
    shot(page, "6-completed")
    page.goto(base + course.url)
    expect(page.locator(".learn-box progress")).to_have_attribute("value", "100")
    shot(page, "7-course-completed")
