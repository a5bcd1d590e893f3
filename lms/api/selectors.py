"""Every read of the API app."""

from __future__ import annotations

from .models import ApiToken, token_hash


def token_for_key(*, key: str) -> ApiToken | None:
    """The token with this key, with its user, in one query; None if there is none."""
    if not key:
        return None
    return ApiToken.objects.select_related("user").filter(key_hash=token_hash(key)).first()
