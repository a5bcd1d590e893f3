"""Every write of the API app: tokens for apps."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from lms.accounts.models import User

from .models import ApiToken, token_hash

TOKEN_LIFETIME = timedelta(days=90)
TOKEN_PREFIX = "pandu_"  # noqa: S105 - tells a Pandu token apart in logs and secret scanners
# Writing "last used" on every request would turn each read into a write; this often is enough.
LAST_USED_PRECISION = timedelta(minutes=10)


@transaction.atomic
def token_create(*, user: User, name: str = "") -> tuple[ApiToken, str]:
    """A new token for the user. Returns the row and the token itself, which is not stored."""
    key = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = timezone.now()
    token = ApiToken.objects.create(
        user=user,
        key_hash=token_hash(key),
        name=name.strip(),
        created_at=now,
        expires_at=now + TOKEN_LIFETIME,
    )
    return token, key


@transaction.atomic
def token_revoke(*, token: ApiToken) -> bool:
    """Revoke the token; returns whether it was still in force."""
    now = timezone.now()
    updated = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=now)
    token.revoked_at = token.revoked_at or now
    return bool(updated)


def token_touch(*, token: ApiToken, at: datetime) -> None:
    """Note that the token was used, at most once per `LAST_USED_PRECISION`."""
    if token.last_used_at is not None and at - token.last_used_at < LAST_USED_PRECISION:
        return
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=at)
    token.last_used_at = at
