"""django-axes locks out a (login, IP address) pair after repeated failures. A person may sign
in as 0812-3456-7890 one time and +6281234567890 the next; both count as the same login."""

from __future__ import annotations

from typing import Any

from axes.utils import reset
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import User
from .phone import normalise_phone


def normalise_login(text: str) -> str:
    text = text.strip()
    if "@" in text:
        return text.lower()
    return normalise_phone(text) or text.lower()


def login_identity(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """AXES_USERNAME_CALLABLE: what the person typed in the sign-in form's one login field,
    normalised. allauth hands the backends that text as `username` (and as `email` or `phone`);
    another caller may use any of these keys."""
    if credentials:
        for key in ("login", "username", "email", "phone"):
            value = credentials.get(key)
            if value:
                return normalise_login(str(value))
    value = request.POST.get("login") if request is not None else None
    return normalise_login(value) if value else None


def lockouts_clear(*, user: User) -> None:
    """After a password reset the owner of the account may sign in again at once, whichever
    way they write their login."""
    for identity in {user.username, user.email, user.phone} - {""}:
        reset(username=normalise_login(identity))


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict[str, Any] | None
) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: a page that says what happened and what to do, not an error."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "account/lockout.html", {"minutes": minutes}, status=429)
