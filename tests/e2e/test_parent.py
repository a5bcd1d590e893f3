"""A student makes a code for a parent on their phone; the parent, on a 360 px phone, links with
it, gives consent for the child's learning, and reads the child's progress and assignments.

Screenshots in var/screenshots/parent-*.png."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from django.utils.translation import gettext, override
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from courses.models import LessonPage
from lms.accounts.consent import ConsentStatus, consent_status
from lms.accounts.models import Role, User
from lms.accounts.services import user_ensure
from lms.classrooms.models import JoinedBy
from lms.classrooms.services import assignment_create, class_student_add, classroom_create
from lms.guardians.models import GuardianLink
from lms.learning.services import EventIn, enrollment_create, progress_events_record
from tests.e2e.conftest import PHONE
from tests.factories import make_catalog, make_course

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PASSWORD = "Balikpapan-Beriman-2026"


def t(text: str) -> str:
    """What an Indonesian reader sees for an interface text."""
    with override("id"):
        return gettext(text)


def shot(page: Page, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / f"parent-{name}.png", full_page=True)
    # Nothing sticks out sideways on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name


def sign_in(page: Page, base: str, login: str) -> None:
    page.goto(f"{base}/id/akun/login/")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def watch_csp(page: Page, violations: list[str]) -> None:
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )


def child_learns(child: User, lesson: LessonPage) -> None:
    progress_events_record(
        user=child,
        events=[
            EventIn(
                id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=timezone.now()
            )
        ],
        source="test",
    )


def test_a_parent_links_to_a_child_and_reads_their_progress_on_a_phone(
    live_server: LiveServer, browser: Browser, browser_context_args: dict[str, Any], page: Page
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = live_server.url
    catalog = make_catalog()
    course = make_course(catalog, title="Aman di Internet", slug="aman", lessons=2)
    teacher, _created = user_ensure(
        username="bu-sari",
        password=PASSWORD,
        full_name="Sari Rahayu",
        email="sari@smpn1.sch.id",
        roles=(Role.TEACHER,),
    )
    classroom = classroom_create(
        teacher=teacher, name="VII-A", grade=7, academic_year="2026/2027", semester=1
    )
    child, _created = user_ensure(
        username="dimas",
        password=PASSWORD,
        full_name="Dimas Pratama",
        email="dimas@contoh.id",
        birth_year=timezone.localdate().year - 12,
    )
    classmate, _created = user_ensure(
        username="rudi", password=PASSWORD, full_name="Rudi Hartono", birth_year=2014
    )
    for pupil in (child, classmate):
        class_student_add(
            classroom=classroom, student=pupil, actor=teacher, joined_by=JoinedBy.TEACHER
        )
    assignment_create(
        classroom=classroom,
        actor=teacher,
        page=course,
        students=None,
        due_at=timezone.now() + timedelta(days=3),
    )
    user_ensure(
        username="ibu-rina",
        password=PASSWORD,
        full_name="Rina Pratama",
        email="rina@contoh.id",
        birth_year=1985,
    )
    violations: list[str] = []

    # The student makes a code on their phone.
    student_page = browser.new_context(**browser_context_args).new_page()
    watch_csp(student_page, violations)
    sign_in(student_page, base, "dimas@contoh.id")
    student_page.locator("summary.user-menu__toggle").click()
    student_page.get_by_role("link", name=t("Code for my parent")).click()
    student_page.get_by_role("button", name=t("Make a code")).click()
    code = student_page.locator(".pairing-code").inner_text()
    assert len(code.replace("-", "")) == 6
    shot(student_page, "1-student-code")

    # The parent, on a 360 x 740 phone, links with it.
    watch_csp(page, violations)
    sign_in(page, base, "rina@contoh.id")
    page.locator("summary.user-menu__toggle").click()
    page.get_by_role("link", name=t("My children")).click()
    expect(page.get_by_text(t("No child is linked to you yet."))).to_be_visible()
    shot(page, "2-no-child")
    page.get_by_role("link", name=t("Link a child")).click()
    page.locator("input[name=code]").fill(code.lower())
    shot(page, "3-link")
    page.get_by_role("button", name=t("Link"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dimas Pratama")
    assert GuardianLink.objects.filter(child=child, unlinked_at__isnull=True).count() == 1
    shot(page, "4-child-before-consent")

    # The parent gives consent.
    page.get_by_role("link", name=t("Give consent")).click()
    expect(page.locator("#consent-text")).to_contain_text("UU PDP")
    page.get_by_label(t("Mother"), exact=True).check()
    page.get_by_label(t("I have read the text above and I agree.")).check()
    shot(page, "5-consent")
    page.get_by_role("button", name=t("Give consent")).click()
    expect(page.locator(".notice--success")).to_be_visible()
    assert consent_status(child) == ConsentStatus.GIVEN

    # The child learns; the parent reads the progress, and nothing about the classmate.
    enrollment_create(user=child, course=course)
    first = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    assert first is not None
    child_learns(child, first)
    page.reload()
    expect(page.locator(".course-row")).to_contain_text("Aman di Internet")
    expect(page.locator(".course-row progress")).to_have_attribute("value", "50")
    expect(page.locator(".task").first).to_contain_text("Aman di Internet")
    assert "Rudi" not in page.content()
    shot(page, "6-child-progress")
    student_page.context.close()
    assert violations == [], "\n".join(violations)
