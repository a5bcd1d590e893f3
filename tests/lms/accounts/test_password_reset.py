"""A forgotten password: a link by email, or a code by SMS for those who signed up with a number."""

import pytest
from django.core import mail
from django.test import Client, override_settings

from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.accounts.sms import Sms
from tests.lms.accounts.flows import PASSWORD, email_link, last_sms_code, logged_in_user_id, login

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "teluk balikpapan biru sekali"


@pytest.fixture
def siti() -> User:
    user, _created = user_ensure(
        username="siti", password=PASSWORD, full_name="Siti Aminah", email="siti@contoh.id"
    )
    return user


@pytest.fixture
def budi() -> User:
    user, _created = user_ensure(
        username="budi", password=PASSWORD, full_name="Budi Santoso", phone="+6281299990000"
    )
    user.preferred_language = "en"  # his text messages come in the language he chose
    user.save()
    return user


def test_reset_by_email_link(client: Client, siti: User) -> None:
    page = client.get("/en/akun/password/reset/").content.decode()
    assert "You signed up with a mobile number" in page
    assert "/en/akun/sandi/lupa-hp/" in page

    response = client.post("/en/akun/password/reset/", {"email": "siti@contoh.id"})
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["siti@contoh.id"]

    link = client.get(email_link())  # allauth moves the key out of the address, then asks
    form_page = link["Location"]
    changed = client.post(form_page, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert changed.status_code == 302
    siti.refresh_from_db()
    assert siti.check_password(NEW_PASSWORD)


def test_reset_by_sms_code(client: Client, budi: User, sms_outbox: list[Sms]) -> None:
    response = client.post("/en/akun/sandi/lupa-hp/", {"phone": "0812 9999 0000"})
    assert response["Location"] == "/en/akun/sandi/lupa-hp/kode/"
    assert [sms.to for sms in sms_outbox] == ["+6281299990000"]
    assert "new Pandu password" in sms_outbox[0].body

    page = client.get(response["Location"]).content.decode()
    assert "0812-9999-0000" in page
    done = client.post(
        response["Location"],
        {"code": last_sms_code(), "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        follow=True,
    )
    assert done.redirect_chain[-1][0] == "/en/akun/login/"
    assert "Your new password is saved. Sign in with it." in done.content.decode()
    budi.refresh_from_db()
    assert budi.check_password(NEW_PASSWORD)
    assert login(client, "081299990000", NEW_PASSWORD).status_code == 302
    assert logged_in_user_id(client) == budi.pk


def test_a_wrong_sms_code_changes_nothing_and_three_end_it(client: Client, budi: User) -> None:
    client.post("/en/akun/sandi/lupa-hp/", {"phone": "081299990000"})
    wrong = {"code": "000000", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    first = client.post("/en/akun/sandi/lupa-hp/kode/", wrong)
    assert first.status_code == 400
    assert "This code is not right" in first.content.decode()
    client.post("/en/akun/sandi/lupa-hp/kode/", wrong)
    third = client.post("/en/akun/sandi/lupa-hp/kode/", wrong, follow=True)
    assert third.redirect_chain[-1][0] == "/en/akun/sandi/lupa-hp/"
    assert "Too many wrong codes. Ask for a new one." in third.content.decode()
    # The right code no longer works either.
    late = client.post(
        "/en/akun/sandi/lupa-hp/kode/",
        {"code": last_sms_code(), "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert late.status_code == 302
    budi.refresh_from_db()
    assert budi.check_password(PASSWORD)


def test_the_new_password_must_be_strong(client: Client, budi: User) -> None:
    client.post("/en/akun/sandi/lupa-hp/", {"phone": "081299990000"})
    weak = client.post(
        "/en/akun/sandi/lupa-hp/kode/",
        {"code": last_sms_code(), "password1": "password123", "password2": "password123"},
    )
    assert weak.status_code == 400
    assert "too short" in weak.content.decode()
    budi.refresh_from_db()
    assert budi.check_password(PASSWORD)


def test_an_unknown_number_looks_the_same_but_gets_no_sms(
    client: Client, sms_outbox: list[Sms]
) -> None:
    response = client.post("/en/akun/sandi/lupa-hp/", {"phone": "081277778888"})
    assert response["Location"] == "/en/akun/sandi/lupa-hp/kode/"
    assert sms_outbox == []
    tried = client.post(
        response["Location"],
        {"code": "123456", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert tried.status_code == 400
    assert "This code is not right" in tried.content.decode()


def test_a_number_that_is_not_indonesian_is_refused(client: Client) -> None:
    response = client.post("/en/akun/sandi/lupa-hp/", {"phone": "12345"})
    assert response.status_code == 400
    assert "Enter an Indonesian mobile number, for example 0812 3456 7890." in (
        response.content.decode()
    )


def test_the_code_page_without_a_code_asked_sends_back(client: Client) -> None:
    response = client.get("/en/akun/sandi/lupa-hp/kode/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/akun/sandi/lupa-hp/"
    assert "That code has expired. Ask for a new one." in response.content.decode()


@override_settings(AXES_ENABLED=True)
def test_a_new_password_lifts_the_lockout(client: Client, budi: User) -> None:
    for _attempt in range(5):
        login(client, "081299990000", "kata sandi yang salah")
    assert login(client, "081299990000", PASSWORD).status_code == 429

    client.post("/en/akun/sandi/lupa-hp/", {"phone": "081299990000"})
    client.post(
        "/en/akun/sandi/lupa-hp/kode/",
        {"code": last_sms_code(), "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert login(client, "0812-9999-0000", NEW_PASSWORD).status_code == 302
