"""The account pages on a cheap Android phone (360 px wide): signing up by mobile number with the
code from the SMS, the 18-year question as the year is typed, the header on one row."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from lms.accounts.models import User
from lms.accounts.sms import Sms
from tests.lms.accounts.flows import AMBIGUOUS_YEAR, PASSWORD, last_sms_code

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = Path(__file__).resolve().parents[3] / "var" / "screenshots"


def header_rows(page: Page) -> int:
    """Items whose tops lie within 2.75rem (a touch target) of the first share its row."""
    tops: list[float] = page.evaluate(
        "[...document.querySelectorAll('.site-header__inner > *')]"
        ".map(e => e.getBoundingClientRect().top)"
    )
    return 1 + sum(1 for top in tops if top - min(tops) >= 44)


def test_sign_up_by_mobile_number_on_a_phone(
    live_server: LiveServer, page: Page, sms_outbox: list[Sms]
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(live_server.url + "/id/akun/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    assert header_rows(page) == 1
    page.screenshot(path=SCREENSHOTS / "accounts-signup.png", full_page=True)

    question = page.locator("#turned-18")
    expect(question).to_be_hidden()
    page.locator("#id_birth_year").fill(str(AMBIGUOUS_YEAR))
    expect(question).to_be_visible()
    page.locator("#id_birth_year").fill("1990")
    expect(question).to_be_hidden()

    page.locator("#id_full_name").fill("Dewi Lestari")
    page.locator("#id_contact").fill("0812 7777 6666")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("main .form__actions .button").first.click()

    expect(page).to_have_url(live_server.url + "/id/akun/phone/verify/")
    expect(page.get_by_text("0812-7777-6666").first).to_be_visible()
    assert sms_outbox[-1].to == "+6281277776666"
    page.screenshot(path=SCREENSHOTS / "accounts-verify-phone.png", full_page=True)
    page.locator("#id_code").fill(last_sms_code())
    page.locator("main .form__actions .button").first.click()
    expect(page).to_have_url(live_server.url + "/id/saya/")
    assert User.objects.get(phone="+6281277776666").phone_verified

    page.locator(".user-menu__toggle").click()
    expect(page.locator(".user-menu__name")).to_have_text("Dewi Lestari")
    page.screenshot(path=SCREENSHOTS / "accounts-menu.png")
    page.locator(".user-menu__panel a[href='/id/akun/profil/']").click()
    expect(page.locator("h1")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=SCREENSHOTS / "accounts-profile.png", full_page=True)

    page.locator(".user-menu__toggle").click()
    page.locator(".user-menu__panel button[type=submit]").click()
    page.goto(live_server.url + "/id/akun/login/")
    assert header_rows(page) == 1
    page.locator("#id_login").fill("+62 812-7777-6666")
    page.locator("#id_password").fill(PASSWORD)
    page.screenshot(path=SCREENSHOTS / "accounts-login.png", full_page=True)
    page.locator("main .form__actions .button").first.click()
    expect(page).to_have_url(live_server.url + "/id/saya/")


def test_the_header_keeps_one_row_in_english_too(live_server: LiveServer, page: Page) -> None:
    page.goto(live_server.url + "/en/akun/login/")
    assert header_rows(page) == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
