"""A learner's own enrolments and progress. Every endpoint needs a login and reads or writes only
the caller's data: no id in a request can reach another person's."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from courses import selectors as course_selectors
from lms.learning import selectors as learning_selectors
from lms.learning import services as learning_services
from lms.learning.selectors import EnrollmentSummary

from .. import permissions
from ..auth import LOGIN_REQUIRED, caller
from ..errors import ApiError, Error, field_errors, not_found_message
from ..schemas import (
    EnrollmentIn,
    EnrollmentOut,
    EventResultOut,
    ListOf,
    MalformedEvent,
    Paging,
    ProgressBatchIn,
    ProgressBatchOut,
    ProgressEventIn,
)
from .pages import page_path

router = Router(tags=["learning"], auth=LOGIN_REQUIRED)

# How a refusal from lms.learning is answered.
REFUSAL_STATUS = {"not_found": 404, "consent_required": 403, "locked": 403, "not_enrolled": 403}
EVENT_SOURCE = "api"


class EnrollmentList(ListOf[EnrollmentOut]):
    pass


def enrollment_out(summary: EnrollmentSummary, request: HttpRequest) -> EnrollmentOut:
    return EnrollmentOut(
        course_id=summary.course.pk,
        title=summary.course.title,
        url=page_path(summary.course, request),
        progress=summary.progress,
        enrolled_at=summary.enrolled_at,
        completed_at=summary.completed_at,
        next_lesson_id=summary.next_lesson.pk if summary.next_lesson else None,
    )


@router.get(
    "/me/enrollments",
    response={200: EnrollmentList, 400: Error, 401: Error},
    summary="My enrolments, with progress and the next lesson",
)
def enrollment_list(request: HttpRequest, paging: Query[Paging]) -> EnrollmentList:
    summaries = learning_selectors.enrollments_for(user=caller(request).user)
    page = summaries[paging.offset : paging.offset + paging.limit]
    return EnrollmentList(
        items=[enrollment_out(summary, request) for summary in page], count=len(summaries)
    )


@router.post(
    "/me/enrollments",
    response={
        200: EnrollmentOut,
        201: EnrollmentOut,
        400: Error,
        401: Error,
        403: Error,
        404: Error,
    },
    summary="Enrol in a course",
)
def enrollment_create(request: HttpRequest, payload: EnrollmentIn) -> Status[EnrollmentOut]:
    """201 when the enrolment is new, 200 when the learner was already enrolled (nothing
    changes). A draft or unknown course is 404; `consent_required` (403) for a minor whose
    guardian has not consented yet."""
    user = caller(request).user
    course = course_selectors.published_course(course_id=payload.course_id)
    if course is None or not permissions.can_see_course(course):
        raise ApiError(404, "not_found", not_found_message())
    try:
        _enrollment, created = learning_services.enrollment_create(user=user, course=course)
    except learning_services.NotRecorded as refusal:
        raise ApiError(
            REFUSAL_STATUS.get(refusal.code, 403), refusal.code, refusal.message
        ) from None
    summary = next(
        (
            s
            for s in learning_selectors.enrollments_for(user=user)
            if s.course.translation_key == course.translation_key
        ),
        None,
    )
    if summary is None:
        raise LookupError(f"enrollments_for() leaves out the enrolment in {course.pk} just made")
    return Status(201 if created else 200, enrollment_out(summary, request))


def _malformed_result(event: MalformedEvent) -> EventResultOut:
    # Each detail is a sentence with its own full stop: join them as sentences.
    problems = " ".join(
        f"{error['field']}: {error['detail']}" if error["field"] else str(error["detail"])
        for error in field_errors(event.errors)
    )
    return EventResultOut(
        id=event.id,
        status="rejected",
        code="invalid",
        reason=_("This event is not valid: %(problems)s") % {"problems": problems},
    )


@router.post(
    "/progress/events",
    response={200: ProgressBatchOut, 400: Error, 401: Error, 403: Error, 413: Error},
    summary="Record what the learner did, in batches of up to 500 events",
)
def progress_events(request: HttpRequest, payload: ProgressBatchIn) -> ProgressBatchOut:
    """Each event is judged on its own: `recorded`, `duplicate` (an event with this id was
    recorded before: sending again is safe) or `rejected` with the reason. A rejected event never
    stops the others."""
    valid = [
        learning_services.EventIn(
            id=event.id, lesson_id=event.lesson_id, type=event.type, occurred_at=event.occurred_at
        )
        for event in payload.events
        if isinstance(event, ProgressEventIn)
    ]
    recorded = iter(
        learning_services.progress_events_record(
            user=caller(request).user, events=valid, source=EVENT_SOURCE
        )
    )
    results = []
    for event in payload.events:
        if isinstance(event, MalformedEvent):
            results.append(_malformed_result(event))
            continue
        result = next(recorded)
        results.append(
            EventResultOut(
                id=str(result.id),
                status=result.status,  # type: ignore[arg-type]
                code=result.reason,
                reason=learning_services.reason_message(result.reason) if result.reason else "",
            )
        )
    return ProgressBatchOut(results=results)
