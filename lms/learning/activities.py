"""Activities in the lms: the endpoint that runs an activity's handlers, the scores that become
progress, and a visitor's answers that become their account's.

The endpoint, ``POST /api/v1/xblock/<language>/<usage_id>/handler/<handler>``, trusts nothing but
the session: the person is `request.user` (a learner whose learning may be recorded, else a visitor
whose answers stay in the session), the CSRF token is checked as for any form, the activity must
be in a published lesson that this person may open, and its content comes from that lesson, never
from the request. Errors answer as the API does: ``{"detail": "…", "code": "…"}`` in the language
of the URL.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _

from content.activities import ActivityUnavailable, find_activity, load_activity
from content.xblocks.ids import InvalidUsageId, parse_usage_id
from content.xblocks.runtime import NoSuchHandler, handle_django_request
from courses.models import LessonPage
from lms.accounts.models import User

from . import permissions, selectors, services
from .wagtail_hooks import activity_user_id

logger = logging.getLogger(__name__)

# A visitor's answers, in their session: usage id -> {"block_type": …, "state": {…}}.
SESSION_KEY = "xblock_state"


def _error(status: int, code: str, detail: str) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code}, status=status)


def _not_found() -> JsonResponse:
    return _error(404, "not_found", _("This activity does not exist or is not published."))


def xblock_handler(
    request: HttpRequest, language: str, usage_id: str, handler: str, suffix: str = ""
) -> HttpResponse:
    """Run handler `handler` of the activity `usage_id`, as shown in `language`, for the person
    of this session."""
    if request.method != "POST":
        with translation.override(_language_or_default(language)):
            response = _error(
                405, "method_not_allowed", _("Answers are sent to this address with POST only.")
            )
        response["Allow"] = "POST"
        return response
    if language not in dict(settings.LANGUAGES):
        with translation.override(settings.LANGUAGE_CODE):
            return _not_found()
    with translation.override(language):
        return _run(request, language=language, usage_id=usage_id, handler=handler, suffix=suffix)


def _language_or_default(language: str) -> str:
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _run(
    request: HttpRequest, *, language: str, usage_id: str, handler: str, suffix: str
) -> HttpResponse:
    try:
        key = parse_usage_id(usage_id)
    except InvalidUsageId:
        return _error(400, "invalid_activity", _("This is not the address of an activity."))
    lesson = selectors.live_lesson(translation_key=key.translation_key, language=language)
    if lesson is None:
        return _not_found()
    placed = find_activity(lesson.body, key.block_id)
    if placed is None:
        return _not_found()
    decision = permissions.can_open_lesson(request.user, lesson)
    if not decision.allowed:
        return _error(403, decision.code or "forbidden", decision.message)
    user_id = activity_user_id(request.user)
    answers = _session_answers(request) if user_id is None else None
    try:
        block = load_activity(
            placed.value,
            usage_id=str(key),
            user_id=user_id,
            language=lesson.locale.language_code,
            visitor_state=answers,
        )
    except ActivityUnavailable:
        logger.exception("Activity %s of lesson %s could not be loaded", key, lesson.pk)
        return _error(409, "unavailable", _("This activity is not available right now."))
    try:
        response = handle_django_request(block, handler, request, suffix)
    except NoSuchHandler:
        return _error(404, "not_found", _("This activity cannot do that."))
    if answers is not None:
        request.session[SESSION_KEY] = answers
    return response


def _session_answers(request: HttpRequest) -> dict[str, Any]:
    answers = request.session.get(SESSION_KEY)
    return answers if isinstance(answers, dict) else {}


# --- Scores become progress ----------------------------------------------------------------------


def record_activity_score(
    sender: Any,
    *,
    user_id: int,
    usage_id: str,
    lesson_key: uuid.UUID,
    score: float,
    event_id: uuid.UUID,
    **kwargs: Any,
) -> None:
    """Receiver of `content.signals.activity_scored`: the learner's score in the activity is a
    "scored" event of its lesson (any language's copy: progress keys on the lesson's translation
    key). Runs in the handler's transaction: if it fails, the submission is not saved either."""
    user = User.objects.filter(pk=user_id).first()
    lesson: LessonPage | None = selectors.live_lessons_by_key([lesson_key]).get(lesson_key)
    if user is None or lesson is None:
        logger.warning("Score of %s for %s has no learner or live lesson", user_id, usage_id)
        return
    result = services.activity_score_record(
        user=user, lesson=lesson, activity_id=usage_id, score=score, event_id=event_id
    )
    if result.status == services.REJECTED:
        logger.info("Score of %s in %s not recorded: %s", user_id, usage_id, result.reason)


# --- A visitor's answers become their account's --------------------------------------------------


def adopt_visitor_answers(
    sender: Any, *, request: HttpRequest | None, user: Any, **kwargs: Any
) -> None:
    """Receiver of allauth's `user_signed_up` and Django's `user_logged_in`: what a visitor
    answered in this browser becomes the account's (if the account may record learning)."""
    if request is None or not isinstance(user, User) or not hasattr(request, "session"):
        return
    answers = request.session.get(SESSION_KEY)
    if not isinstance(answers, dict) or not answers:
        return
    if activity_user_id(user) is None:
        return
    services.visitor_answers_adopt(user=user, answers=answers)
    del request.session[SESSION_KEY]
