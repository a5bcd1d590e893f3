"""Celery tasks of notifications. Each is idempotent: every message goes through
`services.deliver`, whose unique record sends it once, whether a task runs twice, at once or one
after the other, or its message is delivered again (`acks_late`). Beat runs the two schedulers;
they split the work into batches of BATCH people, one task each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from uuid import UUID

from celery import shared_task
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import CoursePage
from lms.accounts.models import User
from lms.certificates.models import Certificate
from lms.learning.selectors import courses_in_language

from . import selectors, services
from .channels import Message
from .models import Kind, Preference

logger = logging.getLogger(__name__)

# People per task of a scheduler.
BATCH = 200

TASK_OPTIONS = {"acks_late": True, "reject_on_worker_lost": True}


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]


def _now(now: str | None) -> datetime:
    return datetime.fromisoformat(now) if now else timezone.now()


# --- Course completed, certificate issued -------------------------------------------------------


def _learner_and_parents(
    *,
    learner: User,
    kind: str,
    dedupe_key: str,
    for_learner: Callable[[], Message],
    for_parent: Callable[[], Message],
) -> int:
    """The learner and each linked parent, each by the channels they chose; what is kept in the
    app is marked as about the learner. Returns how many people were sent something now."""
    reached = int(
        bool(
            services.deliver(
                user=learner, kind=kind, dedupe_key=dedupe_key, build=for_learner, about=learner
            )
        )
    )
    for parent in selectors.parents_of(child=learner):
        sent = services.deliver(
            user=parent, kind=kind, dedupe_key=dedupe_key, build=for_parent, about=learner
        )
        reached += int(bool(sent))
    return reached


@shared_task(name="lms.notifications.tasks.notify_course_completed", **TASK_OPTIONS)
def notify_course_completed(*, user_id: int, course_key: str) -> int:
    """The learner (if they chose it) and their linked parents (if they chose it) hear that the
    course is finished. Returns how many people were sent something."""
    learner = User.objects.filter(pk=user_id).first()
    if learner is None:
        return 0
    dedupe = f"course:{course_key}:{learner.pk}"

    def course_title() -> str:
        course = courses_in_language([UUID(course_key)]).get(UUID(course_key))
        return course.title if course is not None else ""

    def for_learner() -> Message:
        return Message(
            title=_("You finished the course %(course)s") % {"course": course_title()},
            lines=[_("Well done! Keep learning on Pandu.")],
            url=reverse("learning:dashboard"),
        )

    def for_parent() -> Message:
        return Message(
            title=_("%(child)s finished the course %(course)s")
            % {"child": learner.get_full_name(), "course": course_title()},
            lines=[_("Congratulate them on their work!")],
        )

    return _learner_and_parents(
        learner=learner,
        kind=Kind.COURSE_COMPLETED,
        dedupe_key=dedupe,
        for_learner=for_learner,
        for_parent=for_parent,
    )


@shared_task(name="lms.notifications.tasks.notify_certificate_issued", **TASK_OPTIONS)
def notify_certificate_issued(*, certificate_id: int) -> int:
    certificate = (
        Certificate.objects.filter(pk=certificate_id, revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    if certificate is None:
        return 0
    learner = certificate.user
    dedupe = f"certificate:{certificate.pk}"
    url = reverse("certificates:verify", kwargs={"code": certificate.code})

    def for_learner() -> Message:
        return Message(
            title=_("Your certificate for %(course)s is ready")
            % {"course": certificate.course_title},
            lines=[_("You can download it and share it from your certificates page.")],
            url=url,
        )

    def for_parent() -> Message:
        return Message(
            title=_("%(child)s received a certificate for %(course)s")
            % {"child": learner.get_full_name(), "course": certificate.course_title},
            url=url,
        )

    return _learner_and_parents(
        learner=learner,
        kind=Kind.CERTIFICATE_ISSUED,
        dedupe_key=dedupe,
        for_learner=for_learner,
        for_parent=for_parent,
    )


# --- Reminders the day before a due date --------------------------------------------------------


@shared_task(name="lms.notifications.tasks.assignment_reminders", **TASK_OPTIONS)
def assignment_reminders(*, now: str | None = None) -> int:
    """Beat, daily: queue the reminders of the assignments due tomorrow (WITA), BATCH students a
    task. Returns the number of tasks queued."""
    moment = _now(now)
    ids = selectors.reminder_student_ids(now=moment)
    batches = _chunks(ids)
    for batch in batches:
        assignment_reminders_send.delay(student_ids=batch, now=moment.isoformat())
    return len(batches)


@shared_task(name="lms.notifications.tasks.assignment_reminders_send", **TASK_OPTIONS)
def assignment_reminders_send(*, student_ids: list[int], now: str) -> int:
    """One reminder per (student, assignment), sent once. Returns how many were sent now."""
    moment = _now(now)
    sent = 0
    for student in User.objects.filter(pk__in=student_ids, is_active=True).order_by("pk"):
        wanted = selectors.channels_of(user=student, kind=Kind.ASSIGNMENT_DUE)
        if not wanted:
            continue  # turned off since the scheduler ran
        for item in selectors.due_tomorrow(student=student, now=moment):
            due = timezone.localtime(item.assignment.due_at)

            def build(item=item, due=due) -> Message:  # type: ignore[no-untyped-def]
                return Message(
                    title=_("Due tomorrow: %(title)s") % {"title": item.title},
                    lines=[
                        _("Due %(when)s. You have finished %(done)s of %(total)s lessons.")
                        % {
                            "when": due.strftime("%d-%m-%Y %H:%M"),
                            "done": item.lessons_done,
                            "total": item.lessons_total,
                        }
                    ],
                    url=item.url,
                )

            key = f"assignment:{item.assignment.pk}:{due:%Y-%m-%d}"
            if services.deliver(
                user=student,
                kind=Kind.ASSIGNMENT_DUE,
                dedupe_key=key,
                build=build,
                enabled_channels=wanted,
                about=student,
            ):
                sent += 1
    return sent


# --- The weekly summary for parents -------------------------------------------------------------


def week_label(moment: datetime) -> str:
    year, week, _day = timezone.localtime(moment).isocalendar()
    return f"{year}-W{week:02d}"


@shared_task(name="lms.notifications.tasks.weekly_summaries", **TASK_OPTIONS)
def weekly_summaries(*, now: str | None = None) -> int:
    """Beat, weekly (PANDU_DIGEST_WEEKDAY at PANDU_DIGEST_HOUR, WITA): queue the summaries of
    the parents who chose them, BATCH parents a task. Returns the number of tasks queued."""
    moment = _now(now)
    batches = _chunks(selectors.digest_parent_ids())
    for batch in batches:
        weekly_summaries_send.delay(parent_ids=batch, now=moment.isoformat())
    return len(batches)


def summary_message(*, child: User, now: datetime) -> Message:
    """One child's week, in the active language, with only that child's records."""
    name = child.get_full_name() or child.username
    week = selectors.child_week(child=child, since=now - timedelta(days=7), now=now)
    lines = [_("What %(child)s did on Pandu in the last 7 days.") % {"child": name}]
    if week.finished:
        lines.append(
            ngettext(
                "Finished %(count)s lesson this week:",
                "Finished %(count)s lessons this week:",
                len(week.finished),
            )
            % {"count": len(week.finished)}
        )
        for lesson in week.finished:
            if lesson.percent is None:
                lines.append(f"- {lesson.title}")
            else:
                lines.append(
                    "- "
                    + _("%(lesson)s (score %(score)s%%)")
                    % {"lesson": lesson.title, "score": lesson.percent}
                )
    else:
        lines.append(_("No lessons finished this week."))
    if week.due:
        lines.append(_("Still to do:"))
        for item in week.due:
            due = timezone.localtime(item.assignment.due_at)
            lines.append(
                "- "
                + _("%(title)s, due %(when)s")
                % {"title": item.title, "when": due.strftime("%d-%m-%Y")}
            )
    if week.overdue:
        lines.append(_("Late (past the due date):"))
        for item in week.overdue:
            lines.append(f"- {item.title}")
    return Message(title=_("Weekly summary: %(child)s") % {"child": name}, lines=lines)


@shared_task(name="lms.notifications.tasks.weekly_summaries_send", **TASK_OPTIONS)
def weekly_summaries_send(*, parent_ids: list[int], now: str) -> int:
    """One summary per parent, child and week, sent once, in the parent's language, only to
    parents who still chose it. A summary per child, not one for all: each is about one
    learner, and goes with that learner's records when consent is withdrawn. Returns how many
    parents were sent something now."""
    moment = _now(now)
    label = week_label(moment)
    sent = 0
    for parent in User.objects.filter(pk__in=parent_ids, is_active=True).order_by("pk"):
        wanted = selectors.channels_of(user=parent, kind=Kind.WEEKLY_SUMMARY)
        if not wanted:
            continue
        reached = False
        for child in selectors.children_of(parent=parent):

            def build(child: User = child) -> Message:
                return summary_message(child=child, now=moment)

            reached |= bool(
                services.deliver(
                    user=parent,
                    kind=Kind.WEEKLY_SUMMARY,
                    dedupe_key=f"digest:{label}:child:{child.pk}",
                    build=build,
                    enabled_channels=wanted,
                    about=child,
                )
            )
        sent += int(reached)
    return sent


# --- New courses in a topic ----------------------------------------------------------------------


def new_course_audience(*, topic: str) -> list[int]:
    """Everyone who turned on "new courses" by some channel, for this topic or for every topic
    (no topic chosen). Read in Python: SQLite cannot search inside the JSON list."""
    audience: set[int] = set()
    for user_id, topics in Preference.objects.filter(
        kind=Kind.NEW_COURSES, enabled=True, user__is_active=True
    ).values_list("user_id", "topics"):
        if not topics or topic in topics:
            audience.add(user_id)
    return sorted(audience)


@shared_task(name="lms.notifications.tasks.notify_new_course", **TASK_OPTIONS)
def notify_new_course(*, course_id: int) -> int:
    """A course published for the first time: tell whoever asked for new courses in its topic,
    in batches. Each person hears of a course once, whatever its languages."""
    course = CoursePage.objects.live().filter(pk=course_id).select_related("topic").first()
    if course is None:
        return 0
    topic = course.topic.slug if course.topic else ""
    for batch in _chunks(new_course_audience(topic=topic)):
        notify_new_course_send.delay(course_id=course_id, user_ids=batch)
    return 1


@shared_task(name="lms.notifications.tasks.notify_new_course_send", **TASK_OPTIONS)
def notify_new_course_send(*, course_id: int, user_ids: list[int]) -> int:
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        return 0
    reached = 0
    for user in User.objects.filter(pk__in=user_ids, is_active=True).order_by("pk"):

        def build(course: CoursePage = course) -> Message:
            return Message(
                title=_("New course: %(course)s") % {"course": course.title},
                lines=[course.summary] if getattr(course, "summary", "") else [],
                url=course.url,
            )

        sent = services.deliver(
            user=user,
            kind=Kind.NEW_COURSES,
            dedupe_key=f"new_course:{course.translation_key}",
            build=build,
        )
        reached += int(bool(sent))
    return reached
