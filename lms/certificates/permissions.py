"""Who may see, download, issue and revoke certificates. Every view, admin screen and API call
asks here; each condition is one line."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from lms.accounts.models import User
from lms.accounts.permissions import is_signed_in
from lms.accounts.services import EDITOR_GROUPS

from .models import Certificate

AnyUser = AbstractBaseUser | AnonymousUser


def can_verify(user: AnyUser) -> bool:
    """Anyone, with or without an account: an employer or an office checks a certificate."""
    return True


def can_download(user: AnyUser, certificate: Certificate | None) -> bool:
    """The PDF and the signed credential: their owner only. Anyone else gets a 404, as if the
    certificate did not exist."""
    if certificate is None:
        return False
    if not isinstance(user, User) or not user.is_active:
        return False
    return certificate.user_id == user.pk


def can_list_own(user: AnyUser) -> bool:
    return is_signed_in(user)


def can_manage(user: AnyUser) -> bool:
    """Content editors and admins issue certificates by hand (in-person training) and revoke
    them; admins configure the issuers."""
    if not isinstance(user, User) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=EDITOR_GROUPS).exists()


def can_manage_issuers(user: AnyUser) -> bool:
    return isinstance(user, User) and user.is_active and user.is_superuser
