"""A learner's enrolments and progress. Everything keys on the pages' translation keys: a course
and its translations are one course, so progress made in one language shows in every other."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    OPENED = "opened", _("opened")
    COMPLETED = "completed", _("completed")
    SCORED = "scored", _("scored")


class ProgressStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("in progress")
    COMPLETED = "completed", _("completed")


class Enrollment(models.Model):
    """A learner follows a course. Leaving sets `left_at` and keeps the row and the progress, so
    that enrolling again picks up where the learner stopped."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course_key = models.UUIDField(_("course"))
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="enrollment_unique")
        ]
        indexes = [
            models.Index(
                fields=["course_key"], condition=Q(left_at__isnull=True), name="enrollment_active"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.course_key}"

    @property
    def is_active(self) -> bool:
        return self.left_at is None


class ProgressEvent(models.Model):
    """One thing a learner did in a lesson, as it happened. The id is made by the client, so a
    retry or an offline replay is stored once. Never changed after it is written."""

    id = models.UUIDField(primary_key=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    type = models.CharField(_("type"), max_length=10, choices=EventType.choices)
    occurred_at = models.DateTimeField(_("happened at"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    score = models.FloatField(_("score"), null=True, blank=True)
    # Which graded activity a "scored" event is for (the XBlock usage id, later); blank otherwise.
    activity_id = models.CharField(_("activity"), max_length=255, blank=True)
    source = models.CharField(_("source"), max_length=20)

    class Meta:
        verbose_name = _("progress event")
        verbose_name_plural = _("progress events")
        indexes = [models.Index(fields=["user", "lesson_key", "occurred_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=1),
                name="progressevent_score_0_1",
            ),
            models.CheckConstraint(
                condition=Q(type=EventType.SCORED, score__isnull=False, activity_id__gt="")
                | (~Q(type=EventType.SCORED) & Q(score__isnull=True)),
                name="progressevent_score_only_when_scored",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.lesson_key} ({self.occurred_at:%Y-%m-%d %H:%M})"


class LessonProgress(models.Model):
    """A learner's progress in one lesson, folded from their events in the same transaction that
    stores them (see `services`). One row per (learner, lesson)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"))
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ProgressStatus.choices,
        default=ProgressStatus.IN_PROGRESS,
    )
    # The mean of the best score of each graded activity, from 0 to 1; null before any score.
    best_score = models.FloatField(_("best score"), null=True, blank=True)
    # Graded submissions made in the lesson ("scored" events).
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    time_spent_seconds = models.PositiveIntegerField(_("time spent (seconds)"), default=0)
    first_at = models.DateTimeField(_("first seen"))
    last_at = models.DateTimeField(_("last seen"))
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="lessonprogress_unique"),
            models.CheckConstraint(
                condition=Q(status=ProgressStatus.IN_PROGRESS)
                | Q(status=ProgressStatus.COMPLETED, completed_at__isnull=False),
                name="lessonprogress_completed_has_time",
            ),
        ]
        indexes = [models.Index(fields=["user", "course_key"])]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.lesson_key}: {self.status}"

    @property
    def is_completed(self) -> bool:
        return self.status == ProgressStatus.COMPLETED
