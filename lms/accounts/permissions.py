"""Who may do what with accounts. One function per resource; every view asks here."""

from __future__ import annotations

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from .models import User

AnyUser = AbstractBaseUser | AnonymousUser


def can_edit_profile(user: AnyUser) -> bool:
    """A signed-in person edits their own profile, and only their own."""
    return isinstance(user, User) and user.is_active


def can_manage_roles(user: AnyUser) -> bool:
    return isinstance(user, User) and user.is_active and user.is_superuser


def can_manage_consent(user: AnyUser) -> bool:
    """Admins and school admins record a guardian's paper consent and withdraw it (teachers get
    this with their classes)."""
    return isinstance(user, User) and user.is_active and user.has_perm("accounts.add_consentrecord")


def can_use_admin(user: AnyUser) -> bool:
    return isinstance(user, User) and user.is_active and user.has_perm("wagtailadmin.access_admin")


def must_set_up_mfa(user: AnyUser) -> bool:
    """With PANDU_REQUIRE_MFA_FOR_STAFF, whoever can enter the admin (editors, school admins,
    admins) needs a second factor before they do."""
    return settings.PANDU_REQUIRE_MFA_FOR_STAFF and can_use_admin(user) and not is_mfa_enabled(user)
