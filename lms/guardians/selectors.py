"""What a parent reads: their linked children and, per child, the child's own learning only
(never another pupil's, not even a classmate's name). A fixed number of queries per page."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.db.models import QuerySet

from courses.models import LessonPage
from lms.accounts.consent import ConsentStatus, active_consent, consent_status
from lms.accounts.models import ConsentRecord, User
from lms.certificates.models import Certificate
from lms.certificates.selectors import certificates_of
from lms.classrooms.selectors import StudentAssignment, student_assignments
from lms.learning.models import LessonProgress, ProgressEvent
from lms.learning.selectors import EnrollmentSummary, enrollments_for, live_lessons_by_key

from .models import GuardianLink

RECENT_ACTIVITY = 10
RESULTS = 20


def active_links(*, parent: User) -> QuerySet[GuardianLink]:
    """The parent's active links with their children, by the child's name: one query."""
    return (
        GuardianLink.objects.filter(parent=parent, unlinked_at__isnull=True)
        .select_related("child")
        .order_by("child__full_name", "child__username", "pk")
    )


def active_link(*, parent: User, child_id: int) -> GuardianLink | None:
    return (
        GuardianLink.objects.filter(parent=parent, child_id=child_id, unlinked_at__isnull=True)
        .select_related("child")
        .first()
    )


def link_by_id(*, link_id: int) -> GuardianLink | None:
    return GuardianLink.objects.select_related("child", "parent").filter(pk=link_id).first()


def guardians_of(*, child: User) -> QuerySet[GuardianLink]:
    """The child's linked parents (the child sees who can read their learning): one query."""
    return (
        GuardianLink.objects.filter(child=child, unlinked_at__isnull=True)
        .select_related("parent")
        .order_by("linked_at")
    )


@dataclass(frozen=True)
class ActivityItem:
    lesson: LessonPage | None
    type: str
    occurred_at: object
    score: float | None


@dataclass(frozen=True)
class ResultItem:
    lesson: LessonPage | None
    best_score: int  # per cent
    attempts: int


@dataclass(frozen=True)
class ChildOverview:
    child: User
    consent: ConsentStatus
    consent_record: ConsentRecord | None
    enrollments: list[EnrollmentSummary]
    assignments: list[StudentAssignment]
    activity: list[ActivityItem]
    results: list[ResultItem]
    certificates: list[Certificate]

    @property
    def due(self) -> list[StudentAssignment]:
        return [item for item in self.assignments if item.status != "done"]


def child_overview(*, child: User) -> ChildOverview:
    """Everything a linked parent sees about one child. Every query is filtered by the child."""
    events = list(
        ProgressEvent.objects.filter(user=child).order_by("-occurred_at")[:RECENT_ACTIVITY]
    )
    scored = list(
        LessonProgress.objects.filter(user=child, best_score__isnull=False).order_by("-last_at")[
            :RESULTS
        ]
    )
    keys: set[UUID] = {e.lesson_key for e in events} | {row.lesson_key for row in scored}
    lessons = live_lessons_by_key(keys) if keys else {}
    consent = consent_status(child)
    return ChildOverview(
        child=child,
        consent=consent,
        consent_record=active_consent(child) if consent == ConsentStatus.GIVEN else None,
        enrollments=enrollments_for(user=child),
        assignments=student_assignments(user=child),
        activity=[
            ActivityItem(
                lesson=lessons.get(e.lesson_key),
                type=e.get_type_display(),
                occurred_at=e.occurred_at,
                score=e.score,
            )
            for e in events
        ],
        results=[
            ResultItem(
                lesson=lessons.get(row.lesson_key),
                best_score=round(100 * (row.best_score or 0)),
                attempts=row.attempts,
            )
            for row in scored
        ],
        certificates=[c for c in certificates_of(user=child) if c.revoked_at is None],
    )
