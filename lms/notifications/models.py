"""Notifications people opt into: their preferences per (kind, channel), the in-app notifications,
and a record of each message sent, so that each is sent once.

Nothing is sent unless the person turned it on: a preference row exists only when they chose it
(`enabled`), and no row means off."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ASSIGNMENT_DUE = "assignment_due", _("Assignment due tomorrow")
    COURSE_COMPLETED = "course_completed", _("Course completed")
    CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
    WEEKLY_SUMMARY = "weekly_summary", _("Weekly summary of my children")
    NEW_COURSES = "new_courses", _("New courses in a topic")


class Channel(models.TextChoices):
    IN_APP = "in_app", _("In the app")
    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")


class Preference(models.Model):
    """The person wants `kind` by `channel` (when `enabled`). For new courses, `topics` holds the
    keys of the chosen topics (empty: every topic)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    enabled = models.BooleanField(_("on"), default=False)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "channel"], name="notificationpreference_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}/{self.channel}: {self.enabled}"


class Notification(models.Model):
    """A notification in the app's list ("Notifikasi"). `about` is the learner whose learning it
    reports (the recipient themself, or a parent's child), so that it can be removed with that
    learner's records."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    # CASCADE, not SET_NULL: the title and text name the learner and their results, so a
    # notification that outlived its learner's account would keep their data with nothing left
    # to find it by.
    about = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("about whom"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notification_user_created"),
            models.Index(
                fields=["user"],
                condition=models.Q(read_at__isnull=True),
                name="notification_user_unread",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.title}"


class Delivery(models.Model):
    """One message sent (or being sent) to a person by a channel. `dedupe_key` names what it is
    about (e.g. "digest:2026-W48:child:12"): the unique key makes each message go out once, even
    when a task runs twice or its message is delivered again."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_deliveries"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    dedupe_key = models.CharField(_("about"), max_length=200)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification sent")
        verbose_name_plural = _("notifications sent")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "channel", "dedupe_key"], name="delivery_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}/{self.channel} {self.dedupe_key}"
