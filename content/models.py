"""What activities remember. Their content and settings are not here: they live in the lesson's
StreamField, and are handed to the runtime when a block is loaded."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class XBlockUserState(models.Model):
    """One learner's state in one activity (the XBlock `user_state` scope): every field of that
    scope, as JSON, in one row. `block_type` is the type that wrote it: if an editor changes the
    type of an activity, the old type's state is not read as the new one's."""

    # Content knows a learner by id only; the foreign key deletes a learner's answers with them.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    usage_id = models.CharField(_("activity"), max_length=255)
    block_type = models.CharField(_("activity type"), max_length=100)
    state = models.JSONField(_("state"), default=dict)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("activity state")
        verbose_name_plural = _("activity states")
        constraints = [
            models.UniqueConstraint(fields=["user", "usage_id"], name="xblockuserstate_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.usage_id} ({self.user_id})"


class XBlockStateSummary(models.Model):
    """What an activity shares across all its learners (the XBlock `user_state_summary` scope)."""

    usage_id = models.CharField(_("activity"), max_length=255, unique=True)
    block_type = models.CharField(_("activity type"), max_length=100)
    state = models.JSONField(_("state"), default=dict)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("activity summary")
        verbose_name_plural = _("activity summaries")

    def __str__(self) -> str:
        return self.usage_id
