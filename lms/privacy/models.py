"""A person's rights over their data (UU PDP): deletion on request or after long inactivity, and
the anonymous figures that outlive it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class DeletionReason(models.TextChoices):
    REQUEST = "request", _("Asked by the person")
    RETENTION = "retention", _("Inactive for longer than the retention period")


class DeletionRequest(models.Model):
    """An account to anonymise and whose learning records to remove, once `due_at` has come
    (the person may cancel until then). The address to confirm to is kept here, since the
    account loses it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deletion_requests"
    )
    reason = models.CharField(_("reason"), max_length=10, choices=DeletionReason.choices)
    requested_at = models.DateTimeField(_("requested at"))
    due_at = models.DateTimeField(_("carried out from"))
    email = models.EmailField(_("confirm to"), blank=True)
    language = models.CharField(_("language"), max_length=8)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(cancelled_at__isnull=True, done_at__isnull=True),
                name="deletionrequest_one_open",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} ({self.get_reason_display()})"


class LearningTally(models.Model):
    """Anonymous figures per course and month, kept when a person's learning records are
    removed, so the city's statistics do not shrink."""

    course_key = models.UUIDField(_("course"))
    month = models.DateField(_("month"))
    enrolments = models.PositiveIntegerField(_("enrolments"), default=0)
    completions = models.PositiveIntegerField(_("completions"), default=0)

    class Meta:
        verbose_name = _("anonymous learning figures")
        verbose_name_plural = _("anonymous learning figures")
        constraints = [
            models.UniqueConstraint(fields=["course_key", "month"], name="learningtally_unique")
        ]

    def __str__(self) -> str:
        return f"{self.course_key} {self.month:%Y-%m}"
