"""The audit log: who did what to whom, for the records a person (or a child's guardian) may ask
about, and for staff access to a child's data (UU PDP)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """One action. `actor` is who did it (None: the system, or an account since deleted);
    `subject` is the person whose data it concerns. Never edited after it is written."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=60)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("about whom"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # What the action was about, e.g. "classrooms.classroom:12".
    target = models.CharField(_("about what"), max_length=120, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["subject", "-at"], name="audit_subject_at")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"
