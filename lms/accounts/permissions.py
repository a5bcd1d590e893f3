"""Who may do what with accounts. One function per resource; every view asks here."""

from __future__ import annotations

from typing import TypeGuard

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.http import HttpRequest

from lms.classrooms.models import StaffRole

from .models import User

AnyUser = AbstractBaseUser | AnonymousUser


def is_signed_in(user: object) -> TypeGuard[User]:
    """A person signed in with an active account: what every page for members asks first."""
    return isinstance(user, User) and user.is_authenticated and user.is_active


def signed_in_user(request: HttpRequest) -> User | None:
    """The person making the request, if `is_signed_in`."""
    user = request.user
    return user if is_signed_in(user) else None


def can_edit_profile(user: AnyUser) -> bool:
    """A signed-in person edits their own profile, and only their own."""
    return isinstance(user, User) and user.is_active


def can_manage_roles(user: AnyUser) -> bool:
    return isinstance(user, User) and user.is_active and user.is_superuser


def can_manage_consent(user: AnyUser) -> bool:
    """Admins and school admins open the admin's consent screens (teachers get this with their
    classes). Which children's consents they see there is `consent_children`."""
    return isinstance(user, User) and user.is_active and user.has_perm("accounts.add_consentrecord")


def sees_every_consent(user: AnyUser) -> bool:
    """The city's admin (the admin role makes a superuser)."""
    return can_manage_consent(user) and isinstance(user, User) and user.is_superuser


def consent_children(user: AnyUser) -> QuerySet[User]:
    """The children whose guardian consents `user` sees, records and withdraws in the admin.

    A school admin: the pupils of their school's current classes. A pupil in classes of two
    schools is in either admin's care; last year's (archived) classes do not count, so a school
    no longer sees a pupil who moved away. The city's admin: every child. Anyone else: nobody."""
    if sees_every_consent(user):
        return User.objects.all()
    if not can_manage_consent(user) or not isinstance(user, User):
        return User.objects.none()
    return User.objects.filter(
        classes_joined__classroom__archived_at__isnull=True,
        classes_joined__classroom__school__staff__user=user,
        classes_joined__classroom__school__staff__role=StaffRole.ADMIN,
    )


def can_manage_consent_of(user: AnyUser, child: User) -> bool:
    return consent_children(user).filter(pk=child.pk).exists()


def can_use_admin(user: AnyUser) -> bool:
    return isinstance(user, User) and user.is_active and user.has_perm("wagtailadmin.access_admin")


def must_set_up_mfa(user: AnyUser) -> bool:
    """With PANDU_REQUIRE_MFA_FOR_STAFF, whoever can enter the admin (editors, school admins,
    admins) needs a second factor before they do."""
    return settings.PANDU_REQUIRE_MFA_FOR_STAFF and can_use_admin(user) and not is_mfa_enabled(user)
