"""Reads of notifications: a person's preferences and list, the header's unread count, who gets
what, and the content of a weekly summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from uuid import UUID

from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language

from courses.models import LessonPage
from lms.accounts.models import User
from lms.classrooms.models import Assignment, ClassStudent
from lms.classrooms.selectors import AssignmentStatus, StudentAssignment, student_assignments
from lms.guardians.models import GuardianLink
from lms.learning.models import LessonProgress, ProgressStatus

from . import channels
from .models import Channel, Kind, Notification, Preference

PAGE_SIZE = 50


# --- A person's own -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    kind: str
    channel: str
    enabled: bool
    available: bool


@dataclass(frozen=True)
class PreferenceGrid:
    rows: list[tuple[str, str, list[Cell]]]  # (kind, label, cells in Channel order)
    topics: list[str]

    def cells(self) -> list[Cell]:
        return [cell for _kind, _label, cells in self.rows for cell in cells]


def preferences_of(*, user: User) -> PreferenceGrid:
    """Every (kind, channel), on or off, and whether the person can receive that channel. One
    query."""
    found = {(p.kind, p.channel): p for p in Preference.objects.filter(user=user)}
    available = {c: channels.channel_available(user, c) for c in Channel.values}
    rows = []
    for kind in Kind:
        cells = [
            Cell(
                kind=kind.value,
                channel=channel,
                enabled=bool(found.get((kind.value, channel)) and found[(kind, channel)].enabled),
                available=available[channel],
            )
            for channel in Channel.values
        ]
        rows.append((kind.value, str(kind.label), cells))
    topics_row = found.get((Kind.NEW_COURSES, Channel.IN_APP)) or next(
        (p for (k, _c), p in found.items() if k == Kind.NEW_COURSES), None
    )
    return PreferenceGrid(rows=rows, topics=list(topics_row.topics) if topics_row else [])


def notifications_for(*, user: User, limit: int = PAGE_SIZE) -> list[Notification]:
    """The person's newest notifications first. One query."""
    return list(Notification.objects.filter(user=user).order_by("-created_at", "-pk")[:limit])


def unread_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


@dataclass(frozen=True)
class NavState:
    roles: frozenset[str]
    unread: int


# The header's state of each person is kept in the cache until it changes (services.nav_forget:
# a notification made, read or deleted, a role granted or taken away), at most this long.
NAV_KEY = "pandu:nav:{}"
NAV_SECONDS = 10 * 60


def nav_state(*, user: User) -> NavState:
    """The header's needs: the person's roles and their unread count. Kept in the cache; else one
    query (the count is a subquery of the same query, so the header makes no second query)."""
    key = NAV_KEY.format(user.pk)
    kept = cache.get(key)
    if kept is not None:
        roles, unread = kept
        return NavState(roles=frozenset(roles), unread=unread)
    state = _nav_state_read(user=user)
    cache.set(key, (sorted(state.roles), state.unread), NAV_SECONDS)
    return state


def _nav_state_read(*, user: User) -> NavState:
    unread = (
        Notification.objects.filter(user=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = (
        User.objects.filter(pk=user.pk)
        .annotate(unread=Coalesce(Subquery(unread, output_field=IntegerField()), 0))
        .values_list("role_grants__role", "unread")
    )
    roles: set[str] = set()
    count = 0
    for role, n in rows:
        if role:
            roles.add(role)
        count = n
    return NavState(roles=frozenset(roles), unread=count)


# --- Who gets what ------------------------------------------------------------------------------


def opted_in(*, kind: str) -> QuerySet[Preference]:
    return Preference.objects.filter(kind=kind, enabled=True, user__is_active=True)


def channels_of(*, user: User, kind: str) -> list[str]:
    return list(opted_in(kind=kind).filter(user=user).values_list("channel", flat=True))


def parents_of(*, child: User) -> list[User]:
    """The child's guardians with an active link."""
    return list(
        User.objects.filter(
            pk__in=GuardianLink.objects.filter(child=child, unlinked_at__isnull=True).values(
                "parent"
            ),
            is_active=True,
        ).order_by("pk")
    )


def children_of(*, parent: User) -> list[User]:
    return list(
        User.objects.filter(
            pk__in=GuardianLink.objects.filter(parent=parent, unlinked_at__isnull=True).values(
                "child"
            )
        ).order_by("full_name", "username", "pk")
    )


def digest_parent_ids() -> list[int]:
    """Parents who chose the weekly summary and have at least one linked child, by id."""
    linked = GuardianLink.objects.filter(unlinked_at__isnull=True).values("parent")
    return sorted(
        set(
            opted_in(kind=Kind.WEEKLY_SUMMARY)
            .filter(user__in=linked)
            .values_list("user_id", flat=True)
        )
    )


def wita_day_bounds(day: date) -> tuple[datetime, datetime]:
    zone = timezone.get_default_timezone()  # Asia/Makassar (WITA)
    start = datetime.combine(day, time.min, tzinfo=zone)
    return start, start + timedelta(days=1)


def reminder_student_ids(*, now: datetime) -> list[int]:
    """Students who chose due-date reminders and have an assignment due tomorrow (WITA)."""
    tomorrow = timezone.localtime(now).date() + timedelta(days=1)
    start, end = wita_day_bounds(tomorrow)
    due = Assignment.objects.filter(
        due_at__gte=start, due_at__lt=end, classroom__archived_at__isnull=True
    )
    students = ClassStudent.objects.filter(classroom__assignments__in=due).values("user")
    return sorted(
        set(
            opted_in(kind=Kind.ASSIGNMENT_DUE)
            .filter(user__in=students)
            .values_list("user_id", flat=True)
        )
    )


def due_tomorrow(*, student: User, now: datetime) -> list[StudentAssignment]:
    """The student's unfinished assignments due tomorrow (WITA)."""
    tomorrow = timezone.localtime(now).date() + timedelta(days=1)
    return [
        item
        for item in student_assignments(user=student, now=now)
        if item.status != AssignmentStatus.DONE
        and item.assignment.due_at is not None
        and timezone.localtime(item.assignment.due_at).date() == tomorrow
    ]


# --- The weekly summary -------------------------------------------------------------------------


@dataclass
class FinishedLesson:
    title: str
    score: float | None  # 0..1

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)


@dataclass
class ChildWeek:
    child: User
    finished: list[FinishedLesson] = field(default_factory=list)
    due: list[StudentAssignment] = field(default_factory=list)
    overdue: list[StudentAssignment] = field(default_factory=list)


def _lesson_titles(keys: set[UUID]) -> dict[UUID, str]:
    """The title of each lesson in the active language where it is translated."""
    language = get_language()
    titles: dict[UUID, str] = {}
    rows = LessonPage.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, code in rows:
        if key not in titles or code == language:
            titles[key] = title
    return titles


def child_week(*, child: User, since: datetime, now: datetime) -> ChildWeek:
    """What the child did since `since` (lessons finished, with scores), what is due and what is
    overdue. Only this child's records are read."""
    progress = list(
        LessonProgress.objects.filter(
            user=child,
            status=ProgressStatus.COMPLETED,
            completed_at__gte=since,
            completed_at__lt=now,
        ).order_by("completed_at")
    )
    titles = _lesson_titles({p.lesson_key for p in progress})
    week = ChildWeek(child=child)
    week.finished = [
        FinishedLesson(title=titles.get(p.lesson_key, "—"), score=p.best_score) for p in progress
    ]
    for item in student_assignments(user=child, now=now):
        if item.status == AssignmentStatus.OVERDUE:
            week.overdue.append(item)
        elif item.status == AssignmentStatus.TODO and item.assignment.due_at is not None:
            week.due.append(item)
    return week
