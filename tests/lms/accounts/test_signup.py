"""Signing up with an email address or an Indonesian mobile number, a birth year and a password."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms.accounts.models import Role, User
from lms.accounts.sms import Sms
from tests.lms.accounts.flows import (
    ADULT_YEAR,
    AMBIGUOUS_YEAR,
    MINOR_YEAR,
    email_link,
    last_sms_code,
    logged_in_user_id,
    signup,
)

pytestmark = pytest.mark.django_db


def dashboard_url(lang: str = "en") -> str:
    with translation.override(lang):
        return reverse("learning:dashboard")


def test_sign_up_by_email_needs_the_link_in_the_email(client: Client) -> None:
    response = signup(client, contact="Siti.Aminah@Contoh.ID")

    assert response.status_code == 302
    assert response["Location"] == "/en/akun/confirm-email/"
    assert logged_in_user_id(client) is None
    page = client.get(response["Location"]).content.decode()
    assert "Check your email" in page
    user = User.objects.get(email="siti.aminah@contoh.id")
    assert user.full_name == "Siti Aminah"
    assert user.birth_year == ADULT_YEAR
    assert user.phone == ""
    assert list(user.role_grants.values_list("role", flat=True)) == [Role.RESIDENT]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["siti.aminah@contoh.id"]

    # Signing in before confirming only sends them back to their inbox.
    again = client.post(
        "/en/akun/login/",
        {"login": "siti.aminah@contoh.id", "password": "kopi pagi di Klandasan"},
    )
    assert again["Location"] == "/en/akun/confirm-email/"
    assert logged_in_user_id(client) is None

    link = email_link()
    assert "Confirm" in client.get(link).content.decode()
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert logged_in_user_id(client) == user.pk
    assert client.get(confirmed["Location"], follow=True).status_code == 200


def test_sign_up_by_mobile_number_with_the_code_from_the_sms(
    client: Client, sms_outbox: list[Sms]
) -> None:
    response = signup(client, contact="0812-3456-7890")

    assert response["Location"] == "/en/akun/phone/verify/"
    user = User.objects.get(phone="+6281234567890")
    assert not user.phone_verified
    assert user.email == ""
    assert [sms.to for sms in sms_outbox] == ["+6281234567890"]
    page = client.get(response["Location"]).content.decode()
    assert "Enter the code from the SMS" in page
    assert "0812-3456-7890" in page

    wrong = client.post(response["Location"], {"code": "000000"})
    assert wrong.status_code == 200
    assert logged_in_user_id(client) is None

    verified = client.post(response["Location"], {"code": last_sms_code()})
    assert verified["Location"] == dashboard_url()
    user.refresh_from_db()
    assert user.phone_verified
    assert logged_in_user_id(client) == user.pk
    assert list(user.role_grants.values_list("role", flat=True)) == [Role.RESIDENT]


@pytest.mark.parametrize("written", ["+62 812 3456 7890", "6281234567890", "(0812) 3456.7890"])
def test_a_mobile_number_is_stored_the_same_however_it_is_written(
    client: Client, written: str
) -> None:
    signup(client, contact=written)
    assert User.objects.filter(phone="+6281234567890").count() == 1


@pytest.mark.parametrize("contact", ["12345", "0212345678", "siti@", "+1 415 555 0100"])
def test_something_that_is_neither_a_mobile_number_nor_an_email_is_refused(
    client: Client, contact: str
) -> None:
    response = signup(client, contact=contact)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "e.g. 0812 3456 7890" in html or "e.g. nama@gmail.com" in html
    assert not User.objects.exists()


def test_a_number_that_already_has_an_account_makes_no_second_one(
    client: Client, sms_outbox: list[Sms]
) -> None:
    signup(client, contact="081234567890")
    client.logout()
    sms_outbox.clear()
    cache.clear()  # a while later: one code per number every 30 seconds

    other = Client()
    response = signup(other, contact="+6281234567890", full_name="Someone Else")

    # The page does not tell a stranger that the number is taken; its owner hears by SMS.
    assert response["Location"] == "/en/akun/phone/verify/"
    assert User.objects.count() == 1
    assert len(sms_outbox) == 1
    assert "already has an account" in sms_outbox[0].body


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kopi pagi", "too short"),
        ("password12345", "too common"),
        ("123456789012", "entirely numeric"),
    ],
)
def test_weak_passwords_are_refused(client: Client, password: str, message: str) -> None:
    response = signup(client, contact="siti@contoh.id", password1=password, password2=password)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.exists()


def test_the_two_passwords_must_match(client: Client) -> None:
    response = signup(client, contact="siti@contoh.id", password2="kopi sore di Klandasan")
    assert response.status_code == 200
    assert not User.objects.exists()


def test_full_name_and_birth_year_are_asked(client: Client) -> None:
    response = signup(client, contact="siti@contoh.id", full_name="", birth_year="")
    html = response.content.decode()
    assert "Enter your full name." in html
    assert "Enter the year you were born, for example 1990." in html
    assert not User.objects.exists()


@pytest.mark.parametrize("year", ["1890", str(ADULT_YEAR + 40), "20x0"])
def test_an_implausible_birth_year_is_refused(client: Client, year: str) -> None:
    response = signup(client, contact="siti@contoh.id", birth_year=year)
    assert response.status_code == 200
    assert 'id="id_birth_year_error"' in response.content.decode()
    assert not User.objects.exists()


def test_the_year_that_leaves_it_open_asks_whether_they_are_18_yet(client: Client) -> None:
    response = signup(client, contact="siti@contoh.id", birth_year=str(AMBIGUOUS_YEAR))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"You were born in {AMBIGUOUS_YEAR}, so you may or may not be 18 yet" in html
    assert f'<div id="turned-18" data-ambiguous-year="{AMBIGUOUS_YEAR}">' in html
    assert not User.objects.exists()

    signup(client, contact="siti@contoh.id", birth_year=str(AMBIGUOUS_YEAR), turned_18="yes")
    user = User.objects.get()
    assert user.adult_confirmed


def test_the_question_is_hidden_for_other_years(client: Client) -> None:
    html = client.get("/en/akun/signup/").content.decode()
    assert f'<div id="turned-18" data-ambiguous-year="{AMBIGUOUS_YEAR}" hidden>' in html


def test_not_yet_18_makes_a_minor(client: Client) -> None:
    signup(client, contact="081234567890", birth_year=str(AMBIGUOUS_YEAR), turned_18="no")
    user = User.objects.get()
    assert not user.adult_confirmed
    client.post("/en/akun/phone/verify/", {"code": last_sms_code()})
    html = client.get("/en/akun/profil/").content.decode()
    assert "Waiting for a parent's consent" in html


def test_the_sign_up_page_tells_minors_before_they_start(client: Client) -> None:
    html = client.get("/en/akun/signup/").content.decode()
    assert "Under 18?" in html
    assert "your progress is only saved once a parent or guardian has given their consent" in html


def test_a_minor_is_told_after_signing_up_that_nothing_is_saved_yet(client: Client) -> None:
    signup(client, contact="081234567890", birth_year=str(MINOR_YEAR))
    response = client.post("/en/akun/phone/verify/", {"code": last_sms_code()}, follow=True)

    assert response.redirect_chain[-1][0] == "/en/akun/profil/"
    html = response.content.decode()
    assert "You are under 18, so your learning is not saved until a parent or guardian" in html
    assert "Waiting for a parent's consent" in html
    assert "ask your parent or guardian to sign Pandu's consent form at your school" in html


def test_the_sign_up_form_is_in_indonesian_by_default(client: Client) -> None:
    html = client.get("/id/akun/signup/").content.decode()
    assert '<html lang="id">' in html
    # allauth's own messages come with its Indonesian translation.
    signup(client, contact="siti@contoh.id", lang="id")
    client.logout()
    wrong = client.post("/id/akun/login/", {"login": "siti@contoh.id", "password": "salah sekali"})
    assert "Alamat e-mail dan/atau kata sandi yang anda masukkan tidak benar." in (
        wrong.content.decode()
    )


def test_the_language_of_the_sign_up_is_remembered(client: Client) -> None:
    signup(client, contact="siti@contoh.id", lang="id")
    assert User.objects.get().preferred_language == "id"
    other = Client()
    signup(other, contact="budi@contoh.id", lang="en")
    assert User.objects.get(email="budi@contoh.id").preferred_language == "en"


def test_asking_for_codes_too_fast_gets_a_page_that_says_to_wait(client: Client) -> None:
    signup(client, contact="081234567890")
    other = Client()
    response = signup(other, contact="081234567890", full_name="Someone Else")
    assert response.status_code == 429
    assert "Please wait a moment" in response.content.decode()
