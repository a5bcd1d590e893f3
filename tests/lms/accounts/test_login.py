"""Signing in with a mobile number, an email address or a user name; and the lockout after
repeated wrong passwords, on the pair (login, IP address) only."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from lms.accounts.models import User
from lms.accounts.services import user_ensure
from tests.lms.accounts.flows import PASSWORD, logged_in_user_id, login

pytestmark = pytest.mark.django_db


@pytest.fixture
def siti() -> User:
    user, _created = user_ensure(
        username="siti",
        password=PASSWORD,
        full_name="Siti Aminah",
        email="siti@contoh.id",
        phone="+6281234567890",
    )
    return user


def dashboard_url() -> str:
    # In the language of the person's profile (Indonesian unless they chose otherwise).
    with translation.override("id"):
        return reverse("learning:dashboard")


@pytest.mark.parametrize(
    "typed",
    [
        "0812-3456-7890",
        "+6281234567890",
        "081234567890",
        "siti@contoh.id",
        "SITI@contoh.id",
        "siti",
    ],
)
def test_sign_in_with_mobile_number_email_or_user_name(
    client: Client, siti: User, typed: str
) -> None:
    response = login(client, typed)
    assert response.status_code == 302
    assert response["Location"] == dashboard_url()
    assert logged_in_user_id(client) == siti.pk


def test_sign_in_returns_to_the_page_asked_for(client: Client, siti: User) -> None:
    response = client.post(
        "/en/akun/login/?next=/en/akun/profil/", {"login": "siti", "password": PASSWORD}
    )
    assert response["Location"] == "/en/akun/profil/"


def test_a_wrong_password_says_so_and_signs_nobody_in(client: Client, siti: User) -> None:
    response = login(client, "0812 3456 7890", "kopi sore di Manggar")
    assert response.status_code == 200
    html = response.content.decode()
    assert "The phone number and/or password you specified are not correct." in html
    assert 'class="error-summary"' in html
    assert logged_in_user_id(client) is None


def test_the_sign_in_page_is_in_indonesian_with_its_labels(client: Client) -> None:
    html = client.get("/id/akun/login/").content.decode()
    assert '<html lang="id">' in html
    assert '<label for="id_login">' in html
    assert '<label for="id_password">' in html
    assert 'autocomplete="current-password"' in html


def test_signing_out_is_a_post_from_the_menu(client: Client, siti: User) -> None:
    client.force_login(siti)
    html = client.get("/en/akun/profil/").content.decode()
    assert '<form action="/en/akun/logout/" method="post">' in html
    response = client.post("/en/akun/logout/")
    assert response.status_code == 302
    assert logged_in_user_id(client) is None


# --- Lockout (django-axes) ---------------------------------------------------------------------
LIMIT = 5
SCHOOL = {"REMOTE_ADDR": "10.20.30.40"}
HOME = {"REMOTE_ADDR": "10.99.0.7"}


@pytest.fixture
def axes_on() -> object:
    # Tests log in without a request elsewhere; here the real sign-in form is used.
    with override_settings(AXES_ENABLED=True):
        yield


def fail(client: Client, typed: str, times: int, **extra: str) -> None:
    for _attempt in range(times):
        login(client, typed, "kata sandi yang salah", **extra)


@pytest.mark.usefixtures("axes_on")
def test_too_many_wrong_passwords_pause_this_login_from_this_address(
    client: Client, siti: User
) -> None:
    fail(client, "siti@contoh.id", LIMIT, **SCHOOL)

    # Even the right password waits now, and the page says what happened and what to do.
    response = login(client, "siti@contoh.id", PASSWORD, **SCHOOL)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Sign-in paused" in html
    assert "15 minutes" in html
    assert reverse("account_reset_password") in html
    assert logged_in_user_id(client) is None


@pytest.mark.usefixtures("axes_on")
def test_the_same_login_written_differently_counts_as_one(client: Client, siti: User) -> None:
    fail(client, "0812-3456-7890", 3, **SCHOOL)
    fail(client, "+62 812 3456 7890", 2, **SCHOOL)
    assert login(client, "081234567890", PASSWORD, **SCHOOL).status_code == 429


@pytest.mark.usefixtures("axes_on")
def test_another_person_at_the_same_school_address_can_still_sign_in(siti: User) -> None:
    budi, _created = user_ensure(
        username="budi", password=PASSWORD, full_name="Budi", email="budi@contoh.id"
    )
    attacker, classmate = Client(), Client()
    fail(attacker, "siti@contoh.id", LIMIT + 2, **SCHOOL)

    response = login(classmate, "budi@contoh.id", PASSWORD, **SCHOOL)
    assert response.status_code == 302
    assert logged_in_user_id(classmate) == budi.pk


@pytest.mark.usefixtures("axes_on")
def test_the_owner_can_still_sign_in_from_another_address(siti: User) -> None:
    attacker, owner = Client(), Client()
    fail(attacker, "siti@contoh.id", LIMIT + 2, **SCHOOL)

    response = login(owner, "siti@contoh.id", PASSWORD, **HOME)
    assert response.status_code == 302
    assert logged_in_user_id(owner) == siti.pk


@pytest.mark.usefixtures("axes_on")
def test_fewer_failures_than_the_limit_do_not_lock(client: Client, siti: User) -> None:
    fail(client, "siti", LIMIT - 1, **SCHOOL)
    assert login(client, "siti", PASSWORD, **SCHOOL).status_code == 302
    # A success starts the count again.
    client.logout()
    fail(client, "siti", LIMIT - 1, **SCHOOL)
    assert login(client, "siti", PASSWORD, **SCHOOL).status_code == 302


def test_signing_in_opens_the_app_in_the_language_of_the_profile(
    client: Client, siti: User
) -> None:
    siti.preferred_language = "en"
    siti.save()
    response = client.post("/id/akun/login/", {"login": "siti", "password": PASSWORD})
    with translation.override("en"):
        assert response["Location"] == reverse("learning:dashboard")
    assert response.cookies["django_language"].value == "en"
    assert client.get("/").headers["Location"] == "/en/"
