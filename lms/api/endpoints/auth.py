"""Tokens for apps: log in to get one, revoke the one in use."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Status

from .. import permissions, services
from ..auth import TOKEN_REQUIRED, caller, user_for_credentials
from ..errors import ApiError, Error, not_authenticated_message
from ..schemas import TokenIn, TokenOut

router = Router(tags=["auth"])


@router.post(
    "/auth/token",
    response={201: TokenOut, 400: Error, 401: Error, 403: Error, 429: Error},
    auth=None,
    summary="Log in and get a token for an app",
)
def token_create(request: HttpRequest, payload: TokenIn) -> Status[TokenOut]:
    """With `login` (email address, mobile number or user name) and `password`, and `totp` where
    the account has two-factor authentication on. Failed attempts count towards the same lockout
    as the site's login form."""
    user = user_for_credentials(
        request, login=payload.login, password=payload.password, totp=payload.totp
    )
    token, key = services.token_create(user=user, name=payload.name)
    return Status(201, TokenOut(token=key, expires_at=token.expires_at))


@router.delete(
    "/auth/token",
    response={204: None, 401: Error},
    auth=TOKEN_REQUIRED,
    summary="Revoke the token in use",
)
def token_revoke(request: HttpRequest) -> Status[None]:
    token = caller(request).token
    if not permissions.can_revoke_token(token):
        raise ApiError(401, "not_authenticated", not_authenticated_message())
    services.token_revoke(token=token)
    return Status(204, None)
