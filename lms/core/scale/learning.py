"""The learners' records: enrolments, the events of each lesson (opened, answered, marked as
done), the progress rows folded from them, the activities' states, and the certificates of the
courses finished.

Progress rows come from the real folding (`lms.learning.services.fold_events`) of event
patterns: a pattern is a lesson's kind (its completion rule, pass mark and activities) with the
learner's way through each activity, folded once and then replayed for every learner who takes
it, at their own time. So the rows agree with their events as if they had been recorded one by
one."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from content.models import XBlockUserState
from courses.models import CompletionRule
from lms.certificates import credentials, keys
from lms.certificates.models import Certificate, Source
from lms.certificates.services import award_of, issuer_default_ensure, new_code
from lms.learning.models import (
    Enrollment,
    EventType,
    LessonProgress,
    ProgressEvent,
    ProgressStatus,
)
from lms.learning.services import FoldEvent, fold_events

from .catalog import Course, Lesson
from .people import People
from .plan import GRADEBOOK_CLASS_SIZE, spread
from .sink import Meter, Table, Write

# Of the courses a learner went all through, the share they finished.
FINISHED = 0.2
# Of the lessons a learner did not finish that have activities, the share they tried and failed.
STUCK = 0.5
# Of the activities in a lesson finished, the share answered right at once (else at the second
# attempt).
RIGHT_AT_ONCE = 0.7
EPOCH = datetime(2000, 1, 1)


@dataclass(frozen=True)
class Pattern:
    """A lesson's events and the progress folded from them, with times in seconds after the
    lesson was opened; numbers already written as text."""

    # (seconds, type, score, activity index or -1, source)
    events: tuple[tuple[int, str, str | None, int, str], ...]
    status: str
    completed: int | None
    best_score: str | None
    attempts: str
    time_spent: str
    last: int
    # (activity index, way, seconds of the first and the last answer)
    states: tuple[tuple[int, str, int, int], ...]


def _pattern(lesson: Lesson, ways: tuple[str, ...], marked_done: bool) -> Pattern:
    events: list[tuple[int, str, float | None, int]] = [(0, EventType.OPENED, None, -1)]
    states = []
    moment = 60
    for index, ((_usage, activity), way) in enumerate(zip(lesson.activities, ways, strict=True)):
        if not way:
            continue
        first = moment + 120
        for score in activity.variants[way].scores:
            moment += 120
            events.append((moment, EventType.SCORED, score, index))
        states.append((index, way, first, moment))
    if marked_done:
        moment += 60
        events.append((moment, EventType.COMPLETED, None, -1))
    folded = fold_events(
        [
            FoldEvent(kind, EPOCH + timedelta(seconds=at), score, f"a{index}" if index >= 0 else "")
            for at, kind, score, index in events
        ],
        rule=lesson.rule,
        threshold=lesson.threshold,
        graded=frozenset(f"a{n}" for n in range(len(lesson.activities)))
        if lesson.rule == CompletionRule.PASSED
        else frozenset(),
    )
    completed = (
        int((folded.completed_at - EPOCH).total_seconds())
        if folded.completed_at is not None
        else None
    )
    return Pattern(
        events=tuple(
            (at, kind, None if score is None else repr(score), index, SOURCES[kind])
            for at, kind, score, index in events
        ),
        status=ProgressStatus.COMPLETED if completed is not None else ProgressStatus.IN_PROGRESS,
        completed=completed,
        best_score=None if folded.best_score is None else repr(folded.best_score),
        attempts=str(folded.attempts),
        time_spent=str(folded.time_spent_seconds),
        last=moment,
        states=tuple(states),
    )


# Where each kind of event comes from in Pandu: the page view, the "done" form, the activity.
SOURCES: dict[str, str] = {
    EventType.OPENED: "page",
    EventType.COMPLETED: "form",
    EventType.SCORED: "activity",
}


@dataclass
class Learning:
    progress_rows: int = 0
    events: int = 0
    states: int = 0
    enrollments: int = 0
    completed: int = 0
    certificates: int = 0
    # user id -> indexes of the courses they are enrolled in, for the manifest
    enrolled: dict[int, list[int]] = field(default_factory=dict)


def make_learning(
    *,
    people: People,
    courses: list[Course],
    target: int,
    rng: random.Random,
    now: datetime,
    write: Write,
    remember: Callable[[int], bool],
) -> Learning:
    learners = people.learners
    per_course = len(courses[0].lessons)
    cap = per_course * len(courses)
    assigned: dict[int, list[int]] = {}
    for group in people.groups:
        for student in group.students:
            assigned[student] = group.courses
    gradebook = set(people.groups[0].students[:GRADEBOOK_CLASS_SIZE])
    # Students learn more than others (their work is assigned); the gradebook's class has done
    # at least the whole assigned course.
    weights = [rng.lognormvariate(0, 0.8) * (1.5 if user in assigned else 1.0) for user in learners]
    low = [min(cap, per_course) if user in gradebook else 1 for user in learners]
    shares = spread(total=target, weights=weights, low=low, cap=cap)

    progress = Table(
        LessonProgress,
        (
            "user_id",
            "lesson_key",
            "course_key",
            "status",
            "best_score",
            "attempts",
            "time_spent_seconds",
            "first_at",
            "last_at",
            "completed_at",
        ),
    )
    events = Table(
        ProgressEvent,
        (
            "id",
            "user_id",
            "lesson_key",
            "course_key",
            "type",
            "occurred_at",
            "received_at",
            "score",
            "activity_id",
            "source",
        ),
    )
    states = Table(
        XBlockUserState,
        ("user_id", "usage_id", "block_type", "state", "created_at", "updated_at"),
    )
    enrollments = Table(Enrollment, ("user_id", "course_key", "enrolled_at", "completed_at"))
    null, stamp = progress.null, progress.stamp
    activities = {
        activity.key: activity
        for course in courses
        for lesson in course.lessons
        for _usage, activity in lesson.activities
    }
    state_text = {
        (key, way): states.text(variant.state)
        for key, activity in activities.items()
        for way, variant in activity.variants.items()
    }
    patterns: dict[tuple[Any, ...], Pattern] = {}
    result = Learning()
    finished: list[tuple[int, int, datetime]] = []
    meter = Meter(write, "progress rows", target, "rows")
    # Event ids in increasing order after a random start: the primary key's index grows at its
    # end, which is far faster to load than random ids.
    prefix = f"{rng.getrandbits(64):016x}"
    serial = 0
    for user, share in zip(learners, shares, strict=True):
        user_text = str(user)
        mine = list(assigned.get(user, ()))
        wanted = -(-share // per_course)
        if wanted > len(mine):
            sample = rng.sample(range(len(courses)), min(len(courses), wanted + len(mine)))
            mine += [index for index in sample if index not in mine]
        left = share
        enrolled: list[int] = []
        for index in mine:
            course = courses[index]
            touched = min(left, per_course)
            if touched == 0 and index not in assigned.get(user, ()):
                break
            left -= touched
            enrolled.append(index)
            start = now - timedelta(days=rng.uniform(25, 180))
            spacing = timedelta(hours=rng.uniform(1, 24))
            finish = touched == per_course and rng.random() < FINISHED
            done_at: datetime | None = start
            for number, lesson in enumerate(course.lessons[:touched]):
                done = finish or number < touched - 1
                if done:
                    ways = tuple(
                        "right" if rng.random() < RIGHT_AT_ONCE else "retry"
                        for _ in lesson.activities
                    )
                elif lesson.activities and rng.random() < STUCK:
                    ways = ("stuck",) * len(lesson.activities)
                else:
                    ways = ("",) * len(lesson.activities)
                marked = done and lesson.rule == CompletionRule.MARKED_DONE
                key = (lesson.signature, ways, marked)
                pattern = patterns.get(key)
                if pattern is None:
                    pattern = patterns[key] = _pattern(lesson, ways, marked)
                opened = start + spacing * number
                for at, kind, score, activity, source in pattern.events:
                    moment = stamp(opened + timedelta(seconds=at))
                    serial += 1
                    events.add(
                        (
                            f"{prefix}{serial:016x}",
                            user_text,
                            lesson.key,
                            course.key,
                            kind,
                            moment,
                            moment,
                            null if score is None else score,
                            lesson.activities[activity][0] if activity >= 0 else "",
                            source,
                        )
                    )
                for activity, way, first, last in pattern.states:
                    usage, template = lesson.activities[activity]
                    states.add(
                        (
                            user_text,
                            usage,
                            template.block_type,
                            state_text[(template.key, way)],
                            stamp(opened + timedelta(seconds=first)),
                            stamp(opened + timedelta(seconds=last)),
                        )
                    )
                completed_at = (
                    opened + timedelta(seconds=pattern.completed)
                    if pattern.completed is not None
                    else None
                )
                progress.add(
                    (
                        user_text,
                        lesson.key,
                        course.key,
                        pattern.status,
                        null if pattern.best_score is None else pattern.best_score,
                        pattern.attempts,
                        pattern.time_spent,
                        stamp(opened),
                        stamp(opened + timedelta(seconds=pattern.last)),
                        null if completed_at is None else stamp(completed_at),
                    )
                )
                result.events += len(pattern.events)
                result.states += len(pattern.states)
                if done_at is not None:
                    done_at = None if completed_at is None else max(done_at, completed_at)
            meter.advance(touched)
            course_done = touched == per_course and done_at is not None
            if course_done and done_at is not None:
                finished.append((user, index, done_at))
            enrollments.add(
                (
                    user_text,
                    course.key,
                    stamp(start - timedelta(minutes=1)),
                    stamp(done_at) if course_done and done_at is not None else null,
                )
            )
        if remember(user):
            result.enrolled[user] = enrolled
        result.enrollments += len(enrolled)
    for table in (progress, events, states, enrollments):
        table.flush()
    meter.finish()
    result.progress_rows = progress.written
    result.completed = len(finished)
    result.certificates = make_certificates(
        finished=finished, people=people, courses=courses, write=write
    )
    return result


def make_certificates(
    *,
    finished: list[tuple[int, int, datetime]],
    people: People,
    courses: list[Course],
    write: Write,
) -> int:
    """A certificate for every course finished, each with its own signed credential (about 2 ms
    of signing each); the PDFs are made when first downloaded, or by the sweep."""
    if not finished:
        return 0
    issuer = issuer_default_ensure()
    key = keys.active_key()
    private = keys.private_key(key)
    meter = Meter(write, "certificates", len(finished), "signed")
    batch: list[Certificate] = []
    for user, index, at in finished:
        course = courses[index]
        certificate = Certificate(
            user_id=user,
            course_key=uuid.UUID(course.key),
            issuer=issuer,
            code=new_code(),
            recipient_name=people.names[user][:150],
            course_title=course.title[:255],
            course_description=course.summary,
            duration_minutes=course.minutes,
            issued_at=(at + timedelta(minutes=1)).replace(microsecond=0),
            source=Source.COMPLETION,
            signing_key=key,
        )
        certificate.credential = credentials.sign(award_of(certificate), key=private, kid=key.kid)
        batch.append(certificate)
        meter.advance()
        if len(batch) >= 2000:
            Certificate.objects.bulk_create(batch)
            batch = []
    Certificate.objects.bulk_create(batch)
    meter.finish()
    return len(finished)
