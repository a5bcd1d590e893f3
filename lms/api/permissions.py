"""Who may do what through the API. One function per resource, one condition per line; endpoints
and authentication ask here and never decide inline. Whether learning may be recorded at all (a
minor's guardian consent) is decided by `lms.accounts.consent`, through `lms.learning.services`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypeGuard

from django.utils.translation import gettext as _

from courses.models import CoursePage
from lms.accounts.models import User
from lms.accounts.stages import email_needs_verification

from .models import ApiToken


def can_use_token(token: ApiToken, *, at: datetime) -> bool:
    """A token opens the API until it is revoked or expires, and only for an active account."""
    if token.revoked_at is not None:
        return False
    if token.expires_at <= at:
        return False
    return token.user.is_active


@dataclass(frozen=True)
class Decision:
    allowed: bool
    code: str = ""
    message: str = ""


def can_get_token(user: User) -> Decision:
    """An app gets a token where the site's login form would let the person in: an active
    account whose email address or mobile number is confirmed where the site asks for it."""
    if not user.is_active:
        return Decision(
            False, "invalid_credentials", _("The login or the password is not correct.")
        )
    if email_needs_verification(user):
        return Decision(
            False,
            "email_unverified",
            _("Confirm your email address first: open the link we sent you, then try again."),
        )
    if user.phone and not user.phone_verified:
        return Decision(
            False,
            "phone_unverified",
            _(
                "Confirm your mobile number first: sign in once on the website and enter the "
                "code we send you by SMS."
            ),
        )
    return Decision(True)


def can_see_course(course: CoursePage | None) -> bool:
    """Published courses are open to everyone, with or without an account; drafts and pages
    behind a view restriction do not exist for the API (404). `course` comes from
    `courses.selectors.published_course`, which leaves out restricted pages."""
    return course is not None and course.live


def can_revoke_token(token: ApiToken | None) -> TypeGuard[ApiToken]:
    """Only the token in use can be revoked with it: a session has no token to revoke."""
    return token is not None
