"""A teacher on a laptop makes a class and imports its roster; a pupil signs in with the code on
their login card and a student joins with the class code, each on a phone, and sees "Tugas".

Each step is a function taking the `Flow`, so that later steps (assigning a course, reading the
gradebook) can be added between them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from django.utils.translation import gettext, override
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from lms.accounts.models import Role, User
from lms.accounts.services import user_ensure
from lms.classrooms.models import Classroom, StaffRole
from lms.classrooms.services import school_create, school_staff_add
from tests.e2e.conftest import PHONE
from tests.factories import make_catalog
from tests.lms.classrooms.reporting import Taught, course_with_activities, scored

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
LAPTOP = ViewportSize(width=1280, height=800)
PHONE_SIZE = ViewportSize(width=PHONE["width"], height=PHONE["height"])
PASSWORD = "Balikpapan-Beriman-2026"
PUPIL_YEAR = timezone.localdate().year - 12
ROSTER = (
    "Nama;NISN;Tahun lahir;Email atau HP\r\n"
    f"Budi Santoso;0081234567;{PUPIL_YEAR};\r\n"
    f"Citra Lestari;0081234568;{PUPIL_YEAR};\r\n"
    f"Dewi Anggraini;;{PUPIL_YEAR};\r\n"
)

BAD_ROSTER = (
    "Nama;NISN;Tahun lahir;Email atau HP\r\n"
    f"Budi Santoso;81234567;{PUPIL_YEAR};\r\n"
    f"Citra Lestari;0081234568;12-05-{PUPIL_YEAR};\r\n"
    f"Budi Santoso;81234567;{PUPIL_YEAR};\r\n"
)


def t(text: str) -> str:
    """What an Indonesian reader sees for an interface text."""
    with override("id"):
        return gettext(text)


def shot(page: Page, name: str) -> None:
    page.screenshot(path=SCREENSHOTS / f"teacher-{name}.png", full_page=True)
    width = page.viewport_size["width"] if page.viewport_size else PHONE["width"]
    # Nothing sticks out sideways (a wide table scrolls inside its own box).
    assert page.evaluate("document.documentElement.scrollWidth") <= width, name


def shot_both(page: Page, name: str) -> None:
    """The same page on a laptop and on a phone."""
    shot(page, f"{name}-laptop")
    page.set_viewport_size(PHONE_SIZE)
    shot(page, f"{name}-phone")
    page.set_viewport_size(LAPTOP)


@dataclass
class Flow:
    base: str
    browser: Browser
    phone_args: dict[str, Any]
    teacher: Page
    classroom: Classroom | None = None
    login_codes: dict[str, str] = field(default_factory=dict)  # pupil's name -> code
    taught: Taught | None = None  # the course with graded activities the class is given

    def phone(self) -> Page:
        context: BrowserContext = self.browser.new_context(**self.phone_args)
        return context.new_page()


def sign_in(page: Page, base: str, login: str) -> None:
    page.goto(f"{base}/id/akun/login/")
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def teacher_makes_a_class(flow: Flow) -> None:
    page = flow.teacher
    page.get_by_role("link", name=t("Classes"), exact=True).click()
    expect(page.get_by_text(t("You have no class yet."))).to_be_visible()
    shot_both(page, "1-no-class")
    page.get_by_role("link", name=t("Make your first class")).click()
    page.locator("input[name=name]").fill("VII-A")
    page.locator("select[name=grade]").select_option("7")
    page.get_by_role("button", name=t("Make the class")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("VII-A")
    flow.classroom = Classroom.objects.get(name="VII-A")
    expect(page.locator(".join-box__code")).to_have_text(flow.classroom.join_code)
    shot_both(page, "2-new-class")


def teacher_imports_the_roster(flow: Flow) -> None:
    page = flow.teacher
    page.get_by_role("link", name=t("Import a list (CSV or Excel)")).click()
    # A file with mistakes first: every problem is shown, and nobody is imported.
    page.locator("input[type=file]").set_input_files(
        {"name": "VII-A.csv", "mimeType": "text/csv", "buffer": BAD_ROSTER.encode("cp1252")}
    )
    page.get_by_role("button", name=t("Check and import")).click()
    expect(page.locator(".roster-problems tbody tr")).to_have_count(3)
    shot_both(page, "3-roster-problems")
    assert flow.classroom is not None
    assert not flow.classroom.students.exists()

    page.locator("input[type=file]").set_input_files(
        {"name": "VII-A.csv", "mimeType": "text/csv", "buffer": ROSTER.encode("cp1252")}
    )
    page.get_by_role("button", name=t("Check and import")).click()
    rows = page.locator("table.students tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("Budi Santoso")
    expect(rows.first).to_contain_text("0081234567")
    shot_both(page, "4-roster-imported")

    page.get_by_role("link", name=t("Print the login cards")).click()
    cards = page.locator(".login-card")
    expect(cards).to_have_count(3)
    for index in range(3):
        card = cards.nth(index)
        name = card.locator(".login-card__name").inner_text()
        flow.login_codes[name] = card.locator(".login-card__code").inner_text()
    shot(page, "5-login-cards")
    page.emulate_media(media="print")
    page.pdf(path=SCREENSHOTS / "teacher-5-login-cards.pdf", format="A4")
    page.emulate_media(media="screen")


def pupil_signs_in_with_the_card(flow: Flow) -> None:
    page = flow.phone()
    page.goto(f"{flow.base}/id/akun/kode/")
    page.locator("input[name=code]").fill(flow.login_codes["Citra Lestari"].lower())
    shot(page, "6-pupil-code")
    page.get_by_role("button", name=t("Sign in")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Assignments"))
    expect(page.get_by_text("VII-A")).to_be_visible()
    shot(page, "7-pupil-tasks")
    page.context.close()


def student_joins_with_the_class_code(flow: Flow) -> None:
    assert flow.classroom is not None
    user_ensure(
        username="rina",
        password=PASSWORD,
        full_name="Rina Wulandari",
        email="rina@contoh.id",
        birth_year=2000,
    )
    page = flow.phone()
    sign_in(page, flow.base, "rina@contoh.id")
    page.locator("summary.user-menu__toggle").click()
    page.get_by_role("link", name=t("Join a class")).click()
    page.locator("input[name=code]").fill(flow.classroom.join_code.lower())
    shot(page, "8-join")
    page.get_by_role("button", name=t("Join the class")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Assignments"))
    expect(page.get_by_text(t("You have no assignments yet."))).to_be_visible()
    expect(page.get_by_role("link", name=t("Assignments"), exact=True)).to_be_visible()
    shot(page, "9-student-tasks")
    page.context.close()


def teacher_assigns_a_course(flow: Flow) -> None:
    """The whole class gets the course; the pupils without a parent's consent are named."""
    assert flow.classroom is not None
    assert flow.taught is not None
    page = flow.teacher
    page.goto(f"{flow.base}/id/kelas/{flow.classroom.pk}/tugas/baru/")
    page.locator("select[name=target]").select_option(str(flow.taught.course.pk))
    page.get_by_label(t("The whole class")).check()
    due = timezone.localdate() + timedelta(days=7)
    page.locator("input[name=due_date]").fill(due.isoformat())
    page.locator("input[name=due_time]").fill("07:30")
    page.get_by_role("button", name=t("Assign"), exact=True).click()
    expect(page.locator(".notice--success")).to_contain_text(flow.taught.course.title)
    # The pupils of the roster are 12: they wait for a parent's consent.
    expect(page.locator(".notice--warning")).to_have_count(3)
    expect(page.locator(".assignment__due")).to_contain_text("07:30")
    shot_both(page, "9-assigned")


def teacher_reads_the_gradebook(flow: Flow) -> None:
    assert flow.classroom is not None
    assert flow.taught is not None
    rina = User.objects.get(username="rina")
    scored(rina, flow.taught, flow.taught.activities[0], 0.4, 0.9)
    scored(rina, flow.taught, flow.taught.activities[1], 0.5)
    page = flow.teacher
    page.goto(f"{flow.base}/id/kelas/{flow.classroom.pk}/nilai/")
    table = page.locator("table.gradebook")
    expect(table.locator("tbody tr")).to_have_count(4)
    row = table.locator("tbody tr", has_text="Rina Wulandari")
    expect(row.locator("td").nth(0)).to_contain_text("90%")
    expect(row.locator("td.gradebook__cell--fail")).to_contain_text("50%")
    shot_both(page, "10-gradebook")


def test_a_teacher_makes_a_class_and_students_come_in(
    live_server: LiveServer, browser: Browser, browser_context_args: dict[str, Any]
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    school = school_create(name="SMP Negeri 1 Balikpapan", npsn="30402001", level="smp", actor=None)
    teacher, _created = user_ensure(
        username="bu-sari",
        password=PASSWORD,
        full_name="Sari Rahayu",
        email="sari@smpn1.sch.id",
        roles=(Role.TEACHER,),
    )
    school_staff_add(school=school, user=teacher, role=StaffRole.TEACHER, actor=None)
    taught = course_with_activities(
        make_catalog(), title="Aman di Internet", titles={0: "Tautan palsu"}
    )
    laptop = browser.new_context(viewport=LAPTOP, locale="id-ID")
    flow = Flow(
        base=live_server.url,
        browser=browser,
        phone_args=browser_context_args,
        teacher=laptop.new_page(),
        taught=taught,
    )
    sign_in(flow.teacher, flow.base, "sari@smpn1.sch.id")

    teacher_makes_a_class(flow)
    teacher_imports_the_roster(flow)
    pupil_signs_in_with_the_card(flow)
    student_joins_with_the_class_code(flow)
    teacher_assigns_a_course(flow)
    teacher_reads_the_gradebook(flow)

    assert flow.classroom is not None
    assert flow.classroom.students.count() == 4
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", flow.login_codes["Budi Santoso"])
    laptop.close()
