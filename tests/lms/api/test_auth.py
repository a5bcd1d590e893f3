"""Tokens for apps: log in with a login and password (and a TOTP code where MFA is on), use the
token as `Authorization: Bearer …`, revoke it. Failed logins count towards the same lockout as
the site's login form."""

from __future__ import annotations

import hashlib
import time
from datetime import timedelta
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from lms.accounts.models import User
from lms.api.models import ApiToken

from .conftest import ISO_WITH_OFFSET, PASSWORD, bearer, make_user

pytestmark = pytest.mark.django_db

TOKEN_URL = "/api/v1/auth/token"


def ask_token(client: Client, login: str, password: str = PASSWORD, **extra: Any) -> Any:
    return client.post(
        TOKEN_URL,
        {"login": login, "password": password, **extra},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )


def test_a_user_name_and_password_give_a_token(client: Client, learner: User) -> None:
    response = ask_token(client, "sari", name="Android Sari")
    assert response.status_code == 201
    answer = response.json()
    assert answer["token"].startswith("pandu_")
    assert answer["token_type"] == "bearer"
    assert ISO_WITH_OFFSET.match(answer["expires_at"])
    token = ApiToken.objects.get(user=learner)
    assert token.name == "Android Sari"
    # Only a hash is kept: the table alone cannot be used to call the API.
    assert token.key_hash == hashlib.sha256(answer["token"].encode()).hexdigest()
    assert answer["token"] not in token.key_hash
    # A token login opens no session.
    assert "sessionid" not in response.cookies


def test_an_email_address_gives_a_token(client: Client, learner: User) -> None:
    assert ask_token(client, "SARI@example.id").status_code == 201


def test_a_mobile_number_gives_a_token_however_it_is_written(client: Client) -> None:
    person = make_user("dewi")
    person.phone, person.phone_verified = "+6281234567890", True
    person.save(update_fields=["phone", "phone_verified"])
    assert ask_token(client, "0812-3456-7890").status_code == 201


def test_an_unconfirmed_mobile_number_gets_no_token_as_on_the_site(client: Client) -> None:
    person = make_user("dewi")
    person.phone = "+6281234567890"
    person.save(update_fields=["phone"])
    response = ask_token(client, "+6281234567890")
    assert response.status_code == 403
    assert response.json()["code"] == "phone_unverified"
    assert not ApiToken.objects.exists()


def test_an_unconfirmed_email_address_gets_no_token_as_on_the_site(
    client: Client, learner: User
) -> None:
    EmailAddress.objects.update_or_create(
        user=learner, email=learner.email, defaults={"verified": False, "primary": True}
    )
    response = ask_token(client, "sari@example.id")
    assert response.status_code == 403
    assert response.json()["code"] == "email_unverified"
    EmailAddress.objects.filter(user=learner).update(verified=True)
    assert ask_token(client, "sari@example.id").status_code == 201


@pytest.mark.parametrize(
    ("login", "password"), [("sari", "salah-sekali-kata-sandi"), ("nobody", PASSWORD)]
)
def test_a_wrong_login_or_password_gets_no_token(
    client: Client, learner: User, login: str, password: str
) -> None:
    response = ask_token(client, login, password)
    assert response.status_code == 401
    assert response.json() == {
        "detail": "The login or the password is not correct.",
        "code": "invalid_credentials",
    }
    assert not ApiToken.objects.exists()


def test_an_empty_login_or_password_is_named(client: Client) -> None:
    response = ask_token(client, " ", "")
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": "password", "detail": "This field is required."}]
    response = ask_token(client, "", "x")
    assert response.json()["errors"] == [{"field": "login", "detail": "This field is required."}]


def test_an_inactive_account_gets_no_token(client: Client, learner: User) -> None:
    learner.is_active = False
    learner.save(update_fields=["is_active"])
    assert ask_token(client, "sari").status_code == 401


def test_the_token_opens_the_api_until_it_is_revoked(client: Client, learner: User) -> None:
    key = ask_token(client, "sari").json()["token"]
    app = Client(HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE="en")
    assert app.get("/api/v1/me/enrollments").status_code == 200
    assert ApiToken.objects.get().last_used_at is not None

    assert app.delete(TOKEN_URL).status_code == 204
    assert ApiToken.objects.get().revoked_at is not None
    response = app.get("/api/v1/me/enrollments")
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"
    assert app.delete(TOKEN_URL).status_code == 401


def test_revoking_one_token_leaves_the_others(learner: User) -> None:
    phone, tablet = Client(headers=bearer(learner)), Client(headers=bearer(learner))
    assert phone.delete(TOKEN_URL).status_code == 204
    assert tablet.get("/api/v1/me/enrollments").status_code == 200


def test_an_expired_token_is_refused(learner: User) -> None:
    headers = bearer(learner)
    now = timezone.now()
    ApiToken.objects.update(created_at=now - timedelta(days=91), expires_at=now - timedelta(days=1))
    response = Client(headers=headers).get("/api/v1/me/enrollments")
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"


def test_a_token_of_a_deactivated_account_is_refused(learner: User) -> None:
    app = Client(headers=bearer(learner))
    learner.is_active = False
    learner.save(update_fields=["is_active"])
    assert app.get("/api/v1/me/enrollments").status_code == 401


@pytest.mark.parametrize("header", ["Bearer nonsense", "Bearer ", "Bearer pandu_" + "x" * 43])
def test_an_unknown_token_is_refused(client: Client, header: str) -> None:
    response = client.get("/api/v1/me/enrollments", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"


def test_revoking_needs_a_token_not_a_session(client: Client, learner: User) -> None:
    client.force_login(learner)
    response = client.delete(TOKEN_URL)
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


# --- Two-factor authentication -------------------------------------------------------------------


def current_code(secret: str) -> str:
    return str(format_hotp_value(hotp_value(secret, int(time.time()) // 30)))


@pytest.fixture
def secret(learner: User) -> str:
    from allauth.core import context
    from django.test import RequestFactory

    value = str(generate_totp_secret())
    with context.request_context(RequestFactory().get("/")):
        TOTP.activate(learner, value)
    return value


def test_with_mfa_on_a_password_alone_gets_no_token(
    client: Client, learner: User, secret: str
) -> None:
    response = ask_token(client, "sari")
    assert response.status_code == 401
    assert response.json()["code"] == "totp_required"
    assert not ApiToken.objects.exists()


def test_with_mfa_on_a_wrong_code_gets_no_token(client: Client, learner: User, secret: str) -> None:
    wrong = f"{(int(current_code(secret)) + 1) % 1_000_000:06d}"
    response = ask_token(client, "sari", totp=wrong)
    assert response.status_code == 401
    assert response.json()["code"] == "totp_invalid"
    assert not ApiToken.objects.exists()


def test_with_mfa_on_the_right_code_gives_a_token_once(
    client: Client, learner: User, secret: str
) -> None:
    code = current_code(secret)
    assert ask_token(client, "sari", totp=code).status_code == 201
    # A code that was used cannot be replayed by someone who saw it.
    assert ask_token(client, "sari", totp=code).json()["code"] == "totp_invalid"


def test_with_mfa_on_a_wrong_password_does_not_reveal_mfa(
    client: Client, learner: User, secret: str
) -> None:
    response = ask_token(client, "sari", "salah-sekali-kata-sandi")
    assert response.json()["code"] == "invalid_credentials"


# --- Lockout -------------------------------------------------------------------------------------


@pytest.fixture
def axes_on(settings: Settings) -> None:
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
    settings.AXES_COOLOFF_TIME = None
    settings.AXES_RESET_ON_SUCCESS = True


def ask_from(ip: str, login: str, password: str = PASSWORD) -> Any:
    return ask_token(Client(REMOTE_ADDR=ip), login, password)


def test_repeated_failures_lock_the_login_on_that_address_only(
    axes_on: None, learner: User, other: User
) -> None:
    for _attempt in range(2):
        assert ask_from("10.0.0.1", "sari", "salah-sekali-kata-sandi").status_code == 401
    locking = ask_from("10.0.0.1", "sari", "salah-sekali-kata-sandi")
    assert locking.status_code == 429
    assert locking.json()["code"] == "locked_out"
    assert locking["Content-Type"].startswith("application/json")

    # Even the right password is refused for that pair now…
    still = ask_from("10.0.0.1", "sari")
    assert still.status_code == 429
    assert still.json()["code"] == "locked_out"
    assert not ApiToken.objects.exists()
    # …but not for the same person elsewhere, nor for another person behind the same address
    # (a school or a mobile carrier shares one address among many).
    assert ask_from("10.0.0.2", "sari").status_code == 201
    assert ask_from("10.0.0.1", "budi").status_code == 201


def test_failures_on_the_site_and_through_the_api_count_together(
    axes_on: None, learner: User
) -> None:
    site = Client(REMOTE_ADDR="10.0.0.9")
    for _attempt in range(2):
        site.post("/id/akun/login/", {"login": "sari", "password": "salah-sekali-kata-sandi"})
    assert ask_from("10.0.0.9", "sari", "salah-sekali-kata-sandi").status_code == 429
    assert ask_from("10.0.0.9", "sari").status_code == 429


def test_wrong_two_factor_codes_count_towards_the_lockout(
    axes_on: None, learner: User, secret: str
) -> None:
    wrong = f"{(int(current_code(secret)) + 1) % 1_000_000:06d}"
    client = Client(REMOTE_ADDR="10.0.0.5")
    answers = [ask_token(client, "sari", totp=wrong).json()["code"] for _attempt in range(3)]
    assert answers == ["totp_invalid", "totp_invalid", "locked_out"]
    assert ask_token(client, "sari", totp=current_code(secret)).json()["code"] == "locked_out"
    assert not ApiToken.objects.exists()
