"""Every write of a learner's enrolments and progress. Each asks `may_record_learning` first: a
minor without a guardian's consent leaves no record at all.

Progress arrives as events (a lesson opened, a lesson marked as done, an activity scored), each
with an id made by the client, so that a retry or an offline replay is stored once. In the same
transaction the events are folded into one `LessonProgress` row per (learner, lesson), and a course
whose required lessons are all finished is marked complete, once.

Concurrency: the learner's enrolment row is locked (`SELECT … FOR UPDATE`) for the length of the
transaction, so two requests for the same learner and course take turns; events are inserted with
`ON CONFLICT DO NOTHING`, so the same event sent twice at once is stored once and reported once as
"recorded", once as "duplicate". SQLite runs write transactions one at a time (IMMEDIATE mode).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.db import connection, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from content.services import xblock_user_state_update
from content.xblocks.ids import InvalidUsageId, parse_usage_id
from content.xblocks.runtime import EVENT_NAMESPACE
from courses.models import CompletionRule, CoursePage, CoursePrerequisite, LessonPage
from lms.accounts.consent import may_record_learning

from . import selectors
from .models import Enrollment, EventType, LessonProgress, ProgressEvent, ProgressStatus
from .signals import course_completed

if TYPE_CHECKING:
    from lms.accounts.models import User

RECORDED = "recorded"
DUPLICATE = "duplicate"
REJECTED = "rejected"

# Why an event or an enrolment was not recorded: the code (lower-case ASCII, for programs) and
# what the person reads.
REASONS: dict[str, Promise] = {
    "consent_required": _(
        "Your progress is not saved until a parent or guardian gives their consent."
    ),
    "not_enrolled": _("Enrol in this course first, so that your progress can be saved."),
    "not_found": _("This lesson or course does not exist or is not published."),
    "completion_needs_pass": _(
        "This lesson is finished by passing its activities, not by marking it as done."
    ),
    "locked": _("This lesson is still locked: finish what comes before it first."),
    "invalid_type": _("This kind of progress cannot be sent here."),
    "invalid_score": _("A score must be a number from 0 to 1."),
    "id_taken": _("This event id is already used. Send the event again under a new id."),
}

# The kinds of event a client may send. Scores come from the server's own grading only.
CLIENT_EVENT_TYPES = frozenset({EventType.OPENED, EventType.COMPLETED})

# The longest gap between two events that counts as time spent in a lesson (see `time_spent`).
MAX_GAP = timedelta(minutes=30)


class NotRecorded(Exception):
    """Nothing was written. `code` says why (a key of REASONS), `message` says it to the
    person, in the active language."""

    def __init__(self, code: str, message: str | None = None) -> None:
        self.code = code
        self.message = message or reason_message(code)
        super().__init__(self.message)


def reason_message(code: str) -> str:
    return str(REASONS.get(code, code))


@dataclass(frozen=True)
class EventIn:
    id: UUID
    lesson_id: int
    type: str
    occurred_at: datetime


@dataclass(frozen=True)
class EventResult:
    id: UUID
    status: str  # "recorded" | "duplicate" | "rejected"
    reason: str = ""  # for "rejected": a code of REASONS


# --- Enrolment -----------------------------------------------------------------------------------


@transaction.atomic
def enrollment_create(*, user: User, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enrol in a course (the same course in every language). Enrolling twice changes nothing;
    enrolling again after leaving restores the enrolment with its progress and counts as created.
    Raises NotRecorded: consent_required, not_found (a course that is not published), locked
    (prerequisites not finished)."""
    if not may_record_learning(user):
        raise NotRecorded("consent_required")
    if not course.live:
        raise NotRecorded("not_found")
    state = selectors.course_state(user=user, course=course, lessons=[])
    if state.missing_prerequisites:
        raise NotRecorded(
            "locked",
            str(_("Finish the course “%(title)s” first: this course builds on it."))
            % {"title": state.missing_prerequisites[0].title},
        )
    # get_or_create inserts in a savepoint and reads again after an IntegrityError: two requests
    # at once leave one row.
    enrollment, created = Enrollment.objects.get_or_create(
        user=user, course_key=course.translation_key
    )
    if not created and enrollment.left_at is not None:
        created = bool(
            Enrollment.objects.filter(pk=enrollment.pk, left_at__isnull=False).update(left_at=None)
        )
        enrollment.left_at = None
    if created:
        # Activities answered before enrolling (or while away) count towards the course.
        activity_scores_carry(
            user=user, lessons=LessonPage.objects.live().filter(path__startswith=course.path)
        )
    return enrollment, created


@transaction.atomic
def enrollment_leave(*, user: User, course: CoursePage) -> bool:
    """Leave a course. The progress stays, so enrolling again picks up where the learner left
    off. Returns whether the learner was enrolled. While learning may not be recorded (a minor
    whose consent was withdrawn) nothing is written and the answer is False."""
    if not may_record_learning(user):
        return False
    updated = Enrollment.objects.filter(
        user=user, course_key=course.translation_key, left_at__isnull=True
    ).update(left_at=timezone.now())
    return bool(updated)


# --- Progress ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Event:
    """An event ready to be judged: its lesson found, its time on the server's clock."""

    index: int
    id: UUID
    lesson: LessonPage
    type: str
    occurred_at: datetime
    score: float | None = None
    activity_id: str = ""


def progress_events_record(
    *, user: User, events: Sequence[EventIn], source: str
) -> list[EventResult]:
    """Record a learner's events ("opened", "completed"), in one transaction. Each event is
    judged on its own and gets a result in the order given; one bad event never stops the others
    and never raises. Reasons for "rejected": consent_required, invalid_type, not_found,
    not_enrolled, completion_needs_pass (a "completed" for a lesson that must be passed), locked.
    An id seen before is a "duplicate" and changes nothing."""
    results: list[EventResult | None] = [None] * len(events)
    if not may_record_learning(user):
        return [EventResult(id=e.id, status=REJECTED, reason="consent_required") for e in events]
    wanted = {e.lesson_id for e in events if e.type in CLIENT_EVENT_TYPES}
    lessons = {
        lesson.pk: lesson
        for lesson in LessonPage.objects.live().filter(pk__in=wanted).defer("body")
    }
    now = timezone.now()
    items: list[_Event] = []
    for index, event in enumerate(events):
        if event.type not in CLIENT_EVENT_TYPES:
            results[index] = EventResult(id=event.id, status=REJECTED, reason="invalid_type")
        elif (lesson := lessons.get(event.lesson_id)) is None:
            results[index] = EventResult(id=event.id, status=REJECTED, reason="not_found")
        else:
            items.append(
                _Event(
                    index=index,
                    id=event.id,
                    lesson=lesson,
                    type=event.type,
                    occurred_at=_server_time(event.occurred_at, now),
                )
            )
    for index, result in _record(user=user, items=items, source=source, now=now).items():
        results[index] = result
    return [r for r in results if r is not None]


def lesson_reopened_record(
    *, user: User, lesson: LessonPage, row: LessonProgress, source: str
) -> bool:
    """Record an "opened" event of a lesson the learner has a progress row in, and fold it into
    the row without reading the lesson's events again: the event is the newest (it happens now),
    so folding it only moves `last_at` and adds the gap since the row's last event to the time
    spent, as `time_spent` counts it (to the second). Two statements instead of a full fold;
    `row` is updated in place. The caller has checked that the learner may open the lesson and
    is enrolled with their learning recorded.

    Returns False, having written nothing, where the shortcut does not hold: the lesson is
    finished by being opened and its row is not finished yet, or another request has changed
    the row since it was read. Record the event with `progress_events_record` then."""
    if lesson.completion_rule == CompletionRule.OPENED and not row.is_completed:
        return False
    now = timezone.now()
    gap = now - row.last_at
    if gap < timedelta():
        return False
    spent = row.time_spent_seconds + int(
        counted_gap(gap, ends_with=EventType.OPENED).total_seconds()
    )
    with transaction.atomic():
        _insert_events(
            [
                ProgressEvent(
                    id=uuid.uuid4(),
                    user=user,
                    lesson_key=row.lesson_key,
                    course_key=row.course_key,
                    type=EventType.OPENED,
                    occurred_at=now,
                    received_at=now,
                    source=source[:20],
                )
            ]
        )
        updated = LessonProgress.objects.filter(
            pk=row.pk, last_at=row.last_at, time_spent_seconds=row.time_spent_seconds
        ).update(last_at=now, time_spent_seconds=spent)
        if not updated:
            transaction.set_rollback(True)
            return False
    row.last_at = now
    row.time_spent_seconds = spent
    return True


def activity_score_record(
    *,
    user: User,
    lesson: LessonPage,
    activity_id: str,
    score: float,
    event_id: UUID | None = None,
    occurred_at: datetime | None = None,
    source: str = "activity",
) -> EventResult:
    """Record the score (0 to 1) the server gave a learner in one graded activity of a lesson:
    called by the activity runtime, never by a client. A lesson that must be passed is finished
    when the mean of the best score of each of its graded activities reaches its pass mark."""
    event_id = event_id or uuid.uuid4()
    if not may_record_learning(user):
        return EventResult(id=event_id, status=REJECTED, reason="consent_required")
    if not (0 <= score <= 1) or not activity_id:
        return EventResult(id=event_id, status=REJECTED, reason="invalid_score")
    now = timezone.now()
    item = _Event(
        index=0,
        id=event_id,
        lesson=lesson,
        type=EventType.SCORED,
        occurred_at=_server_time(occurred_at or now, now),
        score=float(score),
        activity_id=activity_id[:255],
    )
    return _record(user=user, items=[item], source=source, now=now)[0]


def activity_scores_carry(*, user: User, lessons: Iterable[LessonPage]) -> list[EventResult]:
    """Record as progress the best score the learner already has in each activity of these
    lessons (answered before enrolling, or as a visitor before signing up), each as a "scored"
    event whose id is made from the learner and the activity, so carrying twice records once.
    Scores in courses the learner is not enrolled in are rejected, as any other score is."""
    if not may_record_learning(user):
        return []
    by_activity = {
        activity: lesson
        for lesson in lessons
        for activity in sorted(selectors.graded_activity_ids(lesson))
    }
    best = selectors.activity_best_scores(user=user, usage_ids=by_activity)
    # A score already recorded (while enrolled) is not counted as a second attempt.
    for activity in selectors.scored_activity_ids(user=user, usage_ids=best):
        del best[activity]
    if not best:
        return []
    now = timezone.now()
    items = [
        _Event(
            index=index,
            id=uuid.uuid5(EVENT_NAMESPACE, f"{user.pk}:{activity}:carried"),
            lesson=by_activity[activity],
            type=EventType.SCORED,
            occurred_at=_server_time(answered_at, now),
            score=score,
            activity_id=activity,
        )
        for index, (activity, (score, answered_at)) in enumerate(sorted(best.items()))
    ]
    return list(_record(user=user, items=items, source="carried", now=now).values())


@transaction.atomic
def visitor_answers_adopt(*, user: User, answers: Mapping[str, Any]) -> list[str]:
    """Make a visitor's answers (kept in their session: usage id -> {"block_type", "state"})
    the answers of the account they signed up for or logged in to, in the same browser. An
    activity the account has answers for already keeps them. Scores in courses the learner is
    enrolled in become progress. Returns the usage ids adopted; nothing when the account may not
    record learning."""
    if not may_record_learning(user):
        return []
    valid: dict[str, tuple[str, dict[str, Any]]] = {}
    for usage_id, entry in answers.items():
        if not isinstance(entry, dict):
            continue
        block_type, state = entry.get("block_type"), entry.get("state")
        try:
            parse_usage_id(usage_id)
        except InvalidUsageId:
            continue
        if isinstance(block_type, str) and block_type and isinstance(state, dict) and state:
            valid[usage_id] = (block_type, state)
    kept = selectors.answered_activity_ids(user=user, usage_ids=valid)
    adopted = [usage_id for usage_id in sorted(valid) if usage_id not in kept]
    for usage_id in adopted:
        block_type, state = valid[usage_id]
        xblock_user_state_update(
            user_id=user.pk, usage_id=usage_id, block_type=block_type, changes=state
        )
    if adopted:
        lessons = selectors.live_lessons_by_key(
            parse_usage_id(usage_id).translation_key for usage_id in adopted
        )
        activity_scores_carry(user=user, lessons=lessons.values())
    return adopted


def _server_time(moment: datetime, now: datetime) -> datetime:
    """A client's clock may be wrong: a naive time is read in Balikpapan's time zone, and a time
    in the future becomes now."""
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return min(moment, now)


@transaction.atomic
def _record(
    *, user: User, items: list[_Event], source: str, now: datetime
) -> dict[int, EventResult]:
    results: dict[int, EventResult] = {}

    def reject(item: _Event, reason: str) -> None:
        results[item.index] = EventResult(id=item.id, status=REJECTED, reason=reason)

    if not items:
        return results
    course_paths = {selectors.course_path_of(item.lesson) for item in items}
    courses = {c.path: c for c in CoursePage.objects.live().filter(path__in=course_paths)}
    enrollments = {
        e.course_key: e
        for e in Enrollment.objects.select_for_update()
        .filter(
            user=user,
            course_key__in=[c.translation_key for c in courses.values()],
            left_at__isnull=True,
        )
        .order_by("course_key")
    }
    # Ids already stored, with whose they are: another learner's id is not this learner's retry.
    seen = dict(
        ProgressEvent.objects.filter(id__in=[item.id for item in items]).values_list(
            "id", "user_id"
        )
    )
    lessons = selectors.lessons_of(courses.values())
    done: dict[UUID, set[UUID]] = defaultdict(set)
    for key, lesson_key in LessonProgress.objects.filter(
        user=user, course_key__in=list(enrollments), status=ProgressStatus.COMPLETED
    ).values_list("course_key", "lesson_key"):
        done[key].add(lesson_key)
    blocked = _courses_with_missing_prerequisites(user=user, courses=courses.values())

    accepted: list[tuple[_Event, CoursePage]] = []
    # In the order they happened, so that a lesson finished earlier in a replayed batch opens the
    # next one of a course taken in order.
    for item in sorted(items, key=lambda i: (i.occurred_at, i.index)):
        if item.id in seen:
            if seen[item.id] != user.pk:
                reject(item, "id_taken")
                continue
            results[item.index] = EventResult(id=item.id, status=DUPLICATE)
            continue
        course = courses.get(selectors.course_path_of(item.lesson))
        if course is None:
            reject(item, "not_found")
            continue
        if course.translation_key not in enrollments:
            reject(item, "not_enrolled")
            continue
        rule = item.lesson.completion_rule
        if item.type == EventType.COMPLETED and rule == CompletionRule.PASSED:
            reject(item, "completion_needs_pass")
            continue
        course_lessons = lessons[course.path]
        first = course_lessons[0] if course_lessons else None
        is_first = first is not None and first.pk == item.lesson.pk
        if not is_first and course.translation_key in blocked:
            reject(item, "locked")
            continue
        finished = done[course.translation_key]
        if course.sequential and selectors.sequential_blocker(
            course_lessons, finished, item.lesson
        ):
            reject(item, "locked")
            continue
        seen[item.id] = user.pk
        accepted.append((item, course))
        if (rule == CompletionRule.OPENED) or (
            rule == CompletionRule.MARKED_DONE and item.type == EventType.COMPLETED
        ):
            finished.add(item.lesson.translation_key)

    inserted = _insert_events(
        [
            ProgressEvent(
                id=item.id,
                user=user,
                lesson_key=item.lesson.translation_key,
                course_key=course.translation_key,
                type=item.type,
                occurred_at=item.occurred_at,
                received_at=now,
                score=item.score,
                activity_id=item.activity_id,
                source=source[:20],
            )
            for item, course in accepted
        ]
    )
    # An id another request stored at the same moment: this learner's retry, or someone else's.
    raced = [item.id for item, _course in accepted if item.id not in inserted]
    owners = (
        dict(ProgressEvent.objects.filter(id__in=raced).values_list("id", "user_id"))
        if raced
        else {}
    )
    for item, _course in accepted:
        if item.id in inserted:
            results[item.index] = EventResult(id=item.id, status=RECORDED)
        elif owners.get(item.id, user.pk) != user.pk:
            reject(item, "id_taken")
        else:
            results[item.index] = EventResult(id=item.id, status=DUPLICATE)

    recorded = [(item, course) for item, course in accepted if item.id in inserted]
    if recorded:
        newly_done = _fold(user=user, recorded=recorded, now=now)
        for course in {course.path: course for _item, course in recorded}.values():
            if course.translation_key in newly_done:
                _course_completion_check(
                    user=user,
                    course=course,
                    lessons=lessons[course.path],
                    enrollment=enrollments[course.translation_key],
                )
    return results


def _courses_with_missing_prerequisites(*, user: User, courses: Iterable[CoursePage]) -> set[UUID]:
    """The keys of the courses whose prerequisites the learner has not all finished."""
    rows = list(
        CoursePrerequisite.objects.filter(
            course__translation_key__in=[c.translation_key for c in courses]
        ).values_list("course__translation_key", "required_course__translation_key")
    )
    if not rows:
        return set()
    finished = selectors.completed_course_keys(user=user, keys={req for _c, req in rows})
    return {course for course, required in rows if required not in finished}


def _insert_events(events: list[ProgressEvent]) -> set[UUID]:
    """Insert the events whose id is new, in one statement per 500, and return the ids actually
    inserted: `INSERT … ON CONFLICT DO NOTHING RETURNING id` (PostgreSQL, and SQLite from 3.35),
    so that an event sent twice at once is inserted by one request only."""
    if not events:
        return set()
    meta = ProgressEvent._meta
    fields = list(meta.concrete_fields)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    inserted: set[UUID] = set()
    for start in range(0, len(events), 500):
        chunk = events[start : start + 500]
        params = [
            f.get_db_prep_save(getattr(event, f.attname), connection)
            for event in chunk
            for f in fields
        ]
        # Only quoted names of this model's own table and columns are formatted into the SQL;
        # every value is a parameter.
        sql = (
            f"INSERT INTO {quote(meta.db_table)} ({columns}) "  # noqa: S608
            f"VALUES {', '.join([row] * len(chunk))} "
            f"ON CONFLICT DO NOTHING RETURNING {quote(str(meta.pk.column))}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for (value,) in cursor.fetchall():
                inserted.add(value if isinstance(value, UUID) else UUID(str(value)))
    return inserted


@dataclass(frozen=True)
class FoldEvent:
    type: str
    occurred_at: datetime
    score: float | None = None
    activity_id: str = ""


@dataclass(frozen=True)
class Folded:
    first_at: datetime
    last_at: datetime
    completed_at: datetime | None
    best_score: float | None
    attempts: int
    time_spent_seconds: int


def time_spent(events: Sequence[FoldEvent]) -> int:
    """Seconds a learner spent in a lesson, from their events on it alone (the client sends no
    durations): the sum of the gaps between consecutive events, in the order they happened.

    - A gap of up to MAX_GAP (30 minutes) counts in full: the learner was reading.
    - A longer gap that ends with the lesson being opened again counts nothing: the learner had
      left, and this is a new visit.
    - A longer gap that ends otherwise (marked as done, scored) counts MAX_GAP: the learner was
      probably reading slowly, and the cap bounds the error of a phone left on the table.
    - Time after the last event is unknown and counts nothing (a lone "opened" is 0 seconds).
    """
    total = timedelta()
    for before, after in pairwise(events):
        total += counted_gap(after.occurred_at - before.occurred_at, ends_with=after.type)
    return int(total.total_seconds())


def counted_gap(gap: timedelta, *, ends_with: str) -> timedelta:
    """How much of the `gap` between two events counts as time spent, by the rules of
    `time_spent`; `ends_with` is the type of the later event."""
    if gap <= MAX_GAP:
        return gap
    return MAX_GAP if ends_with != EventType.OPENED else timedelta()


def fold_events(
    events: Sequence[FoldEvent],
    *,
    rule: str,
    threshold: int,
    graded: frozenset[str] = frozenset(),
) -> Folded:
    """A lesson's progress from all of a learner's events on it, in the order they happened.

    Finished: for "opened", at the first event; for "marked_done", at the first "completed";
    for "passed", at the first score that brings the mean of the best score of each graded
    activity to the pass mark (`threshold`, in percent). `graded` names the lesson's graded
    activities, an unscored one counting 0; while lessons declare none, the mean is over the
    activities the learner has a score in."""
    best: dict[str, float] = {}
    completed_at: datetime | None = None
    attempts = 0
    mean: float | None = None
    for event in events:
        if event.type == EventType.SCORED and event.score is not None:
            attempts += 1
            best[event.activity_id] = max(event.score, best.get(event.activity_id, 0.0))
            activities = graded or frozenset(best)
            mean = sum(best.get(a, 0.0) for a in activities) / len(activities)
        if completed_at is not None:
            continue
        if _completes(rule=rule, event=event, mean=mean, threshold=threshold):
            completed_at = event.occurred_at
    return Folded(
        first_at=events[0].occurred_at,
        last_at=events[-1].occurred_at,
        completed_at=completed_at,
        best_score=mean,
        attempts=attempts,
        time_spent_seconds=time_spent(events),
    )


def _completes(*, rule: str, event: FoldEvent, mean: float | None, threshold: int) -> bool:
    if rule == CompletionRule.OPENED:
        return True
    if rule == CompletionRule.MARKED_DONE:
        return event.type == EventType.COMPLETED
    # A small tolerance: 0.7 * 100 is 70.00000000000001 in floating point, and the reverse can
    # happen too.
    return rule == CompletionRule.PASSED and mean is not None and mean * 100 >= threshold - 1e-9


def _fold(*, user: User, recorded: list[tuple[_Event, CoursePage]], now: datetime) -> set[UUID]:
    """Fold every event of the lessons just written into their LessonProgress rows. Returns the
    keys of the courses in which a lesson was newly finished."""
    lessons: dict[UUID, tuple[LessonPage, CoursePage]] = {
        item.lesson.translation_key: (item.lesson, course) for item, course in recorded
    }
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(
                user=user,
                lesson_key=key,
                course_key=course.translation_key,
                first_at=now,
                last_at=now,
            )
            for key, (_lesson, course) in lessons.items()
        ],
        ignore_conflicts=True,
    )
    rows = {
        row.lesson_key: row
        for row in LessonProgress.objects.select_for_update()
        .filter(user=user, lesson_key__in=list(lessons))
        .order_by("lesson_key")
    }
    history: dict[UUID, list[FoldEvent]] = defaultdict(list)
    for key, kind, occurred_at, score, activity_id in (
        ProgressEvent.objects.filter(user=user, lesson_key__in=list(lessons))
        .order_by("occurred_at", "received_at", "id")
        .values_list("lesson_key", "type", "occurred_at", "score", "activity_id")
    ):
        history[key].append(FoldEvent(kind, occurred_at, score, activity_id))
    newly_done: set[UUID] = set()
    for key, row in rows.items():
        lesson, course = lessons[key]
        folded = fold_events(
            history[key],
            rule=lesson.completion_rule,
            threshold=lesson.pass_threshold,
            # Only a lesson that must be passed needs its activities (and so its body).
            graded=selectors.graded_activity_ids(lesson)
            if lesson.completion_rule == CompletionRule.PASSED
            else frozenset(),
        )
        row.first_at = folded.first_at
        row.last_at = folded.last_at
        row.best_score = folded.best_score
        row.attempts = folded.attempts
        row.time_spent_seconds = folded.time_spent_seconds
        # Once finished, a lesson stays finished, even if an editor changes its rule later.
        moments = [m for m in (row.completed_at, folded.completed_at) if m is not None]
        if moments:
            if row.status != ProgressStatus.COMPLETED:
                newly_done.add(course.translation_key)
            row.status = ProgressStatus.COMPLETED
            row.completed_at = min(moments)
    LessonProgress.objects.bulk_update(
        list(rows.values()),
        [
            "status",
            "first_at",
            "last_at",
            "best_score",
            "attempts",
            "time_spent_seconds",
            "completed_at",
        ],
    )
    return newly_done


def _course_completion_check(
    *, user: User, course: CoursePage, lessons: list[LessonPage], enrollment: Enrollment
) -> None:
    """A course is complete when all its required lessons are. Its enrolment gets
    `completed_at` once, and `course_completed` is sent once, after the transaction commits."""
    if enrollment.completed_at is not None:
        return
    required = {lesson.translation_key for lesson in selectors.required_lessons(lessons)}
    if not required:
        return
    finished = dict(
        LessonProgress.objects.filter(
            user=user,
            lesson_key__in=list(required),
            status=ProgressStatus.COMPLETED,
        ).values_list("lesson_key", "completed_at")
    )
    if set(finished) != required:
        return
    completed_at = max(moment for moment in finished.values() if moment is not None)
    updated = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
        completed_at=completed_at
    )
    if not updated:
        return
    enrollment.completed_at = completed_at

    def announce() -> None:
        course_completed.send(
            sender=Enrollment, user=user, course_key=course.translation_key, enrollment=enrollment
        )

    # A named function: when a receiver fails, Django logs the callback by its __qualname__.
    transaction.on_commit(announce, robust=True)
