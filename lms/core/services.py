"""Writes of the core app: the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AnonymousUser
from django.db import models

from .models import AuditEntry

if TYPE_CHECKING:
    from lms.accounts.models import User


def audit_log(
    *,
    actor: User | None,
    action: str,
    subject: User | None = None,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit entry. Call it inside the transaction of the action it records, so that
    both are kept or neither."""
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.pk else None,
        action=action,
        subject=subject,
        target=f"{target._meta.label_lower}:{target.pk}" if target is not None else "",
        data=data or {},
    )


def child_record_viewed(
    *, actor: User | AnonymousUser, child: User, target: models.Model | None = None
) -> None:
    """Note that a member of staff (a teacher, a school admin, an admin) looked at a minor's
    record (UU PDP): admins can read who saw what in the audit log. A person looking at their own
    record is not noted."""
    from lms.accounts.consent import is_minor  # accounts' models import nothing of core

    if isinstance(actor, AnonymousUser) or actor.pk == child.pk:
        return
    if is_minor(child):
        audit_log(actor=actor, action="child_record.view", subject=child, target=target)
