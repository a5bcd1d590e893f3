"""How a caller proves who they are: the site's session (with CSRF for writes) or, for apps, a token
from `POST /api/v1/auth/token` sent as `Authorization: Bearer …`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from allauth.account.forms import LoginForm
from allauth.mfa.adapter import get_adapter as get_mfa_adapter
from allauth.mfa.base.forms import AuthenticateForm
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from lms.accounts.models import User

from . import permissions, selectors, services
from .errors import ApiError, csrf_message
from .models import ApiToken

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


@dataclass(frozen=True)
class Caller:
    """Who is calling, and with which token (None for the site's session)."""

    user: User
    token: ApiToken | None = None


def caller(request: HttpRequest) -> Caller:
    """The caller of an endpoint that requires a login (ninja sets `request.auth`)."""
    found = getattr(request, "auth", None)
    if not isinstance(found, Caller):
        raise TypeError("caller() is for endpoints declared with auth=LOGIN_REQUIRED")
    return found


class BearerTokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Caller:
        now = timezone.now()
        found = selectors.token_for_key(key=token.strip())
        if found is None or not permissions.can_use_token(found, at=now):
            raise ApiError(
                401,
                "invalid_token",
                _("This token is not valid: it is unknown, revoked or expired. Log in again."),
            )
        services.token_touch(token=found, at=now)
        request.user = found.user
        return Caller(user=found.user, token=found)


class SessionAuth(APIKeyCookie):
    """The site's login. Writes need the CSRF token, as on the site's forms; an anonymous caller
    gets 401, not a CSRF failure."""

    param_name = settings.SESSION_COOKIE_NAME

    def __call__(self, request: HttpRequest) -> Caller | None:
        return self.authenticate(request, request.COOKIES.get(self.param_name))

    def authenticate(self, request: HttpRequest, key: str | None) -> Caller | None:
        user = request.user
        if not isinstance(user, User) or not user.is_authenticated:
            return None
        if request.method not in SAFE_METHODS and check_csrf(request) is not None:
            raise ApiError(403, "csrf_failed", csrf_message())
        return Caller(user=user)


# Endpoints that need a login: a bearer token first (apps), else the site's session.
LOGIN_REQUIRED: list[Any] = [BearerTokenAuth(), SessionAuth()]
TOKEN_REQUIRED: list[Any] = [BearerTokenAuth()]


def _error_codes(form: Any) -> set[str]:
    return {
        str(error.code)
        for errors in form.errors.as_data().values()
        for error in errors
        if error.code
    }


def _locked_out(request: HttpRequest) -> ApiError | None:
    """The lockout error if django-axes has just locked this (login, IP address) pair out."""
    if not getattr(request, "axes_locked_out", False):
        return None
    # Answered in the API's shape; axes's middleware would otherwise replace the answer with its
    # HTML lockout page.
    request.axes_locked_out = False  # type: ignore[attr-defined]
    return ApiError(
        429,
        "locked_out",
        _(
            "Too many failed attempts: this account is locked for now on this connection. "
            "Try again later, or reset your password."
        ),
    )


def user_for_credentials(request: HttpRequest, *, login: str, password: str, totp: str) -> User:
    """The user with this login and password (and TOTP code where MFA is on), or ApiError.

    The password goes through allauth's own login form, as on the site: the same login methods
    (email, mobile number, user name), the same rate limits, and django-axes's lockout of the
    (login, IP address) pair, which counts failures here and on the site alike. A wrong TOTP code
    counts as a failure too, so that the code cannot be guessed by trying them all."""
    form = LoginForm(data={"login": login, "password": password}, request=request)
    if not form.is_valid():
        if locked := _locked_out(request):
            raise locked
        if "too_many_login_attempts" in _error_codes(form):
            raise ApiError(429, "too_many_attempts", _("Too many failed attempts. Wait a little."))
        raise ApiError(401, "invalid_credentials", _("The login or the password is not correct."))
    user = form.user
    if not isinstance(user, User):
        raise ApiError(401, "invalid_credentials", _("The login or the password is not correct."))
    decision = permissions.can_get_token(user)
    if not decision.allowed:
        status = 401 if decision.code == "invalid_credentials" else 403
        raise ApiError(status, decision.code, decision.message)
    if get_mfa_adapter().is_mfa_enabled(user):
        _check_second_factor(request, user, code=totp.strip(), login=login)
    return user


def _check_second_factor(request: HttpRequest, user: User, *, code: str, login: str) -> None:
    if not code:
        raise ApiError(
            401,
            "totp_required",
            _("This account uses two-factor authentication: send the code from your app."),
        )
    form = AuthenticateForm(data={"code": code}, user=user)
    if not form.is_valid():
        if "too_many_login_attempts" in _error_codes(form):
            raise ApiError(429, "too_many_attempts", _("Too many failed attempts. Wait a little."))
        # Django's signal for a failed login: django-axes counts it for this (login, IP) pair.
        user_login_failed.send(sender=__name__, credentials={"login": login}, request=request)
        if locked := _locked_out(request):
            raise locked
        raise ApiError(401, "totp_invalid", _("The two-factor code is not correct."))
    # Not form.save(): that records the login in a session, and a token login has none.
    form.authenticator.record_usage()
