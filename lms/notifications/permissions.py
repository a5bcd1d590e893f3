"""Who may do what with notifications: each person reads and changes only their own (every query
is filtered by the person); the unsubscribe link is its own proof (a signed token)."""

from __future__ import annotations

from typing import Any

from lms.accounts.permissions import is_signed_in


def can_use(user: Any) -> bool:
    """A signed-in, active person has a notification list and preferences."""
    return is_signed_in(user)
