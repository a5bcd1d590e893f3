from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def token_hash(key: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough to make a stolen table useless."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiToken(models.Model):
    """A token an app got with `POST /api/v1/auth/token`. Only its SHA-256 hash is stored: the
    token itself is shown once, to the app that asked for it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="app_tokens",
    )
    key_hash = models.CharField(_("hash of the token"), max_length=64, unique=True)
    name = models.CharField(
        _("device"), max_length=100, blank=True, help_text=_("The app or device it was made for.")
    )
    created_at = models.DateTimeField(_("created at"))
    expires_at = models.DateTimeField(_("expires at"))
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")),
                name="apitoken_expires_after_creation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.name or self.pk}"
