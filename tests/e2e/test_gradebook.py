"""A teacher on a laptop assigns a course to the class, then reads the class's progress, the
gradebook (whose names stay in view while the activities scroll), the activities the class finds
hard, and downloads the grades; a student reads their own results on a phone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext, override
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pytest_django.live_server_helper import LiveServer

from lms.accounts.models import Role, User
from lms.classrooms.models import Classroom, StaffRole
from lms.classrooms.services import classroom_create, school_create, school_staff_add
from tests.e2e.conftest import PHONE
from tests.factories import make_catalog
from tests.lms.classrooms.conftest import make_person
from tests.lms.classrooms.reporting import (
    Taught,
    add_students,
    course_with_activities,
    scored,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
LAPTOP = {"width": 1280, "height": 800}


def t(text: str) -> str:
    with override("id"):
        return gettext(text)


def signed_in_context(browser: Browser, base: str, user: User, **options: Any) -> BrowserContext:
    """A browser already signed in as `user` (the login form has its own tests)."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="id-ID", **options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    return context


def shot(page: Page, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / f"gradebook-{name}.png", full_page=True)


@pytest.fixture
def world() -> tuple[User, Classroom, Taught, list[User]]:
    catalog = make_catalog()
    taught = course_with_activities(
        catalog,
        title="Aman di Internet",
        lessons=4,
        per_lesson=3,
        titles={0: "Kenali tautan palsu", 4: "Kata sandi yang kuat"},
    )
    school = school_create(name="SMP Negeri 1 Balikpapan", npsn="30402001", level="smp", actor=None)
    teacher = make_person("bu-rina", role=Role.TEACHER)
    school_staff_add(school=school, user=teacher, role=StaffRole.TEACHER, actor=None)
    classroom = classroom_create(
        teacher=teacher, name="VII-A", grade=7, academic_year="2026/2027", semester=1, school=school
    )
    names = ["ahmad-fauzi", "bunga-lestari", "citra-dewi", "dimas-pratama", "eka-saputri"]
    students = add_students(classroom, teacher, names)
    for student in students:
        student.full_name = student.username.replace("-", " ").title()
        User.objects.filter(pk=student.pk).update(full_name=student.full_name)
    return teacher, classroom, taught, students


def test_a_teacher_assigns_a_course_and_reads_the_gradebook(
    live_server: LiveServer, browser: Browser, world: tuple[User, Classroom, Taught, list[User]]
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    teacher, classroom, taught, students = world
    base = live_server.url
    context = signed_in_context(browser, base, teacher, viewport=LAPTOP)
    page = context.new_page()

    # Assign the course to the whole class, due in a week at 07:30 WITA.
    page.goto(f"{base}/id/kelas/{classroom.pk}/tugas/baru/")
    page.locator("select[name=target]").select_option(str(taught.course.pk))
    page.get_by_label(t("The whole class")).check()
    due = timezone.localdate() + timedelta(days=7)
    page.locator("input[name=due_date]").fill(due.isoformat())
    page.locator("input[name=due_time]").fill("07:30")
    shot(page, "assign")
    page.get_by_role("button", name=t("Assign"), exact=True).click()
    expect(page.locator(".notice--success")).to_contain_text("Aman di Internet")
    expect(page.locator(".assignment__due")).to_contain_text("07:30")
    shot(page, "assignments")

    # The students work; one is stuck on an activity.
    ahmad, bunga, citra, dimas, _eka = students
    scored(ahmad, taught, taught.activities[0], 0.4, 0.8)
    scored(bunga, taught, taught.activities[0], 1.0)
    for activity_id in taught.activities[1:8]:
        scored(bunga, taught, activity_id, 0.9)
    scored(citra, taught, taught.activities[4], 0.2, 0.3, 0.5)
    scored(dimas, taught, taught.activities[11], 0.9)

    page.goto(f"{base}/id/kelas/{classroom.pk}/dasbor/")
    expect(page.locator(".attention")).to_contain_text("Citra Dewi")
    expect(page.locator(".attention")).to_contain_text("Kata sandi yang kuat")
    shot(page, "dashboard")

    page.get_by_role("link", name=t("Grades"), exact=True).click()
    table = page.locator("table.gradebook")
    expect(table.locator("thead th").nth(1)).to_contain_text("Kenali tautan palsu")
    ahmad_row = table.locator("tbody tr", has_text="Ahmad Fauzi")
    expect(ahmad_row.locator("td").first).to_contain_text("80%")
    shot(page, "table")

    # Sorted by the first activity, best first.
    table.locator("thead th").nth(1).get_by_role("link").click()
    expect(table.locator("tbody tr").first).to_contain_text("Bunga Lestari")
    expect(table.locator("thead th").nth(1)).to_have_attribute("aria-sort", "descending")

    # The names stay in view while the activities scroll sideways.
    scroller = page.locator(".gradebook__scroll")
    scroller.evaluate("element => { element.scrollLeft = element.scrollWidth; }")
    name_cell = table.locator("tbody th").first
    box = name_cell.bounding_box()
    frame = scroller.bounding_box()
    assert box is not None
    assert frame is not None
    assert abs(box["x"] - frame["x"]) < 2
    shot(page, "scrolled")

    with page.expect_download() as download:
        page.get_by_role("link", name=t("Download Excel")).click()
    assert download.value.suggested_filename.endswith(".xlsx")

    page.get_by_role("link", name=t("Hard activities")).click()
    expect(page.locator("table.activity-results tbody tr").first).to_contain_text(
        "Kata sandi yang kuat"
    )
    shot(page, "activities")
    context.close()

    # A student reads their own results on a phone.
    phone = signed_in_context(browser, base, citra, viewport=PHONE, is_mobile=True, has_touch=True)
    own = phone.new_page()
    own.goto(f"{base}/id/kelas/{classroom.pk}/siswa/{citra.pk}/")
    expect(own.locator("table.attempts tbody tr")).to_have_count(3)
    own.screenshot(path=SCREENSHOTS / "gradebook-student-phone.png", full_page=True)
    assert own.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.close()
