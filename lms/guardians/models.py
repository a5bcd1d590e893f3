"""Parents and guardians linked to children, and the codes that link them.

A student (or their teacher) makes a pairing code; a parent enters it to link to the child. A
parent may link several children and a child may have several guardians. A link is never
deleted: unlinking sets `unlinked_at`, so the history stays (and the audit log has who did it).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Readable on a phone and typed by a parent: no 0/O, 1/I/L.
PAIRING_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PAIRING_CODE_LENGTH = 6


class PairingCode(models.Model):
    """A single-use code that links a parent to `child`, valid until `expires_at`. Only a hash of
    the code is kept."""

    child = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("child"),
        on_delete=models.CASCADE,
        related_name="pairing_codes",
    )
    code_hash = models.CharField(_("code (hashed)"), max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("used by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("pairing code")
        verbose_name_plural = _("pairing codes")

    def __str__(self) -> str:
        return f"{self.child_id} ({self.expires_at:%Y-%m-%d})"


class GuardianLink(models.Model):
    parent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("parent or guardian"),
        on_delete=models.CASCADE,
        related_name="children_links",
    )
    child = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("child"),
        on_delete=models.CASCADE,
        related_name="guardian_links",
    )
    linked_at = models.DateTimeField(_("linked at"), auto_now_add=True)
    unlinked_at = models.DateTimeField(_("unlinked at"), null=True, blank=True)
    unlinked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("unlinked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("guardian link")
        verbose_name_plural = _("guardian links")
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "child"],
                condition=Q(unlinked_at__isnull=True),
                name="guardianlink_one_active",
            ),
            models.CheckConstraint(
                condition=~Q(parent=models.F("child")), name="guardianlink_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.parent_id} → {self.child_id}"
