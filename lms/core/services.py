"""Writes of the core app: the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
