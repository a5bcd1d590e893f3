"""Who may do what with notifications: each person reads and changes only their own (every query
is filtered by the person); the unsubscribe link is its own proof (a signed token)."""

from __future__ import annotations

from typing import Any

from lms.accounts.models import User


def can_use(user: Any) -> bool:
    """A signed-in, active person has a notification list and preferences."""
    return isinstance(user, User) and user.is_authenticated and user.is_active
