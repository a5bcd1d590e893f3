"""Who may see and delete whose data."""

from django.contrib.auth.models import AnonymousUser

from lms.accounts.consent import is_minor
from lms.accounts.models import User
from lms.accounts.permissions import can_use_admin
from lms.guardians.permissions import is_linked


def can_download_own_data(user: User | AnonymousUser) -> bool:
    return isinstance(user, User) and user.is_authenticated


def can_request_own_deletion(user: User | AnonymousUser) -> bool:
    """Accounts that can enter the admin (editors, school admins, admins: by group, not only
    Django's staff flag) are closed by another admin, not from this page: their work must be
    handed over first."""
    return (
        can_download_own_data(user)
        and not (user.is_staff or user.is_superuser)
        and not can_use_admin(user)
    )


def can_download_child_data(parent: User | AnonymousUser, child: User) -> bool:
    """A parent with an active link to the child, while the child is a minor: from 18 the data
    is the child's alone to ask for."""
    return is_linked(parent, child.pk) and is_minor(child)
