"""Two-step sign-in (TOTP and recovery codes): open to everyone, compulsory for whoever can enter
the admin when PANDU_REQUIRE_MFA_FOR_STAFF is on. The admin signs in through the same pages."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.test import Client
from pytest_django import Settings

from lms.accounts.models import Role, User
from lms.accounts.services import user_ensure
from tests.lms.accounts.flows import PASSWORD, logged_in_user_id, login

pytestmark = pytest.mark.django_db


def totp_now(secret: str) -> str:
    code: str = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    return code


def make(username: str, *roles: Role) -> User:
    user, _created = user_ensure(
        username=username, password=PASSWORD, full_name=username.title(), roles=roles
    )
    user.preferred_language = "en"
    user.save()
    return user


@pytest.fixture
def editor() -> User:
    return make("eka", Role.EDITOR)


@pytest.fixture
def mfa_required(settings: Settings) -> None:
    settings.PANDU_REQUIRE_MFA_FOR_STAFF = True


@pytest.mark.usefixtures("mfa_required")
@pytest.mark.parametrize("role", [Role.EDITOR, Role.SCHOOL_ADMIN, Role.ADMIN])
def test_staff_without_two_step_sign_in_are_sent_to_set_it_up(client: Client, role: Role) -> None:
    make("staf", role)
    login(client, "staf")

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/akun/2fa/totp/activate/"
    # allauth asks for the password once more before a second factor is added.
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0].startswith("/en/akun/reauthenticate/")
    assert "The admin holds people&#x27;s personal data, so it needs two-step sign-in" in (
        page.content.decode()
    )
    assert client.get("/admin/pages/")["Location"] == "/en/akun/2fa/totp/activate/"


@pytest.mark.usefixtures("mfa_required")
def test_once_set_up_the_editor_enters_the_admin(client: Client, editor: User) -> None:
    login(client, "eka")
    reauthenticated = client.post(
        "/en/akun/reauthenticate/?next=/en/akun/2fa/totp/activate/", {"password": PASSWORD}
    )
    assert reauthenticated["Location"] == "/en/akun/2fa/totp/activate/"
    activate = client.get("/en/akun/2fa/totp/activate/")
    assert activate.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    assert secret in activate.content.decode()  # for typing into the app by hand

    done = client.post("/en/akun/2fa/totp/activate/", {"code": totp_now(secret)})
    assert done["Location"] == "/en/akun/2fa/recovery-codes/"
    codes_page = client.get(done["Location"]).content.decode()
    assert "/admin/" in codes_page
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()

    assert client.get("/admin/").status_code == 200


def test_without_the_setting_the_editor_enters_the_admin_directly(
    client: Client, editor: User, settings: Settings
) -> None:
    settings.PANDU_REQUIRE_MFA_FOR_STAFF = False
    login(client, "eka")
    assert client.get("/admin/").status_code == 200


@pytest.mark.usefixtures("mfa_required")
def test_a_resident_is_not_asked_to_set_it_up(client: Client) -> None:
    make("warga", Role.RESIDENT)
    login(client, "warga")
    response = client.get("/admin/")
    assert "2fa" not in response.get("Location", "")
    assert client.get("/en/akun/profil/").status_code == 200


def test_signing_in_with_two_step_asks_for_the_code(client: Client, editor: User) -> None:
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)

    response = login(client, "eka")
    assert response["Location"] == "/en/akun/2fa/authenticate/"
    assert logged_in_user_id(client) is None

    wrong = client.post(response["Location"], {"code": "000000"})
    assert wrong.status_code == 200
    assert logged_in_user_id(client) is None

    right = client.post(response["Location"], {"code": totp_now(secret)})
    assert right.status_code == 302
    assert logged_in_user_id(client) == editor.pk


def test_the_admin_signs_in_through_pandus_login_page(client: Client) -> None:
    anonymous = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert anonymous.status_code == 302
    assert anonymous["Location"] == "/en/akun/login/?next=/admin/"

    # Wagtail's own form would skip the second factor: it is not reachable.
    old = client.get("/admin/login/?next=/admin/pages/", HTTP_ACCEPT_LANGUAGE="en")
    assert old["Location"] == "/en/akun/login/?next=%2Fadmin%2Fpages%2F"
    posted = client.post("/admin/login/", {"username": "eka", "password": PASSWORD})
    assert posted.status_code == 302
    assert logged_in_user_id(client) is None


def test_anyone_can_turn_it_on_from_the_profile(client: Client) -> None:
    make("warga", Role.RESIDENT)
    login(client, "warga")
    profile = client.get("/en/akun/profil/").content.decode()
    assert "Turn on two-step sign-in" in profile
    assert "/en/akun/2fa/totp/activate/" in profile
