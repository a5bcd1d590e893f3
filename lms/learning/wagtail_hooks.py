"""Who may open a lesson is decided here, in `lms`, as Wagtail serves the page: the page models in
`courses` know nothing of learners."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page

from courses import selectors as course_selectors
from courses.models import LessonPage
from lms.accounts.consent import may_record_learning
from lms.accounts.models import User

from . import permissions, selectors, services
from .models import EventType

# The learner's state in the course of the lesson being served, for the page's template tags.
STATE_ATTRIBUTE = "_pandu_course_state"
# Whose answers the page's activities show and keep (content.templatetags.activities): a learner
# whose learning may be recorded, or None for a visitor's session.
ACTIVITY_USER_ATTRIBUTE = "pandu_activity_user_id"


def activity_user_id(user: Any, *, state: selectors.CourseState | None = None) -> int | None:
    """The id under which a person's answers to activities are kept, or None to keep them in
    their session: nobody's answers are stored with an account that may not record learning."""
    if not isinstance(user, User) or not user.is_authenticated:
        return None
    recording = state.recording if state is not None else may_record_learning(user)
    return int(user.pk) if recording else None


def _set_activity_user(
    request: HttpRequest, user: Any, *, state: selectors.CourseState | None
) -> None:
    setattr(request, ACTIVITY_USER_ATTRIBUTE, activity_user_id(user, state=state))


@hooks.register("before_serve_page")
def lesson_access(
    page: Page, request: HttpRequest, serve_args: Any, serve_kwargs: Any
) -> HttpResponse | None:
    """A visitor reads the first lesson of a course and is sent to log in for the others; a
    locked lesson shows why and what to do first. An enrolled learner's visit is recorded as
    an "opened" event."""
    user = request.user
    if not isinstance(page, LessonPage):
        _set_activity_user(request, user, state=None)
        return None
    signed_in = isinstance(user, User) and user.is_authenticated
    state = None
    # The page's context reads the same course and outline (kept on `page`), so a visitor's
    # state costs no query.
    course, outline = course_selectors.lesson_course(page)
    if course is not None:
        lessons = [lesson for part in outline for lesson in part.lessons]
        state = (
            selectors.course_state(user=user, course=course, lessons=lessons)
            if signed_in
            else selectors.CourseState(course=course, lessons=lessons)
        )
    _set_activity_user(request, user, state=state)
    decision = permissions.can_open_lesson(user, page, state=state)
    if not decision.allowed:
        if decision.code == "login_required":
            messages.info(request, decision.message)
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        return TemplateResponse(
            request,
            "learning/lesson_locked.html",
            {"page": page, "decision": decision, "state": state},
            status=403,
        )
    if (
        isinstance(user, User)
        and state is not None
        and state.enrolled
        and state.recording
        and request.method == "GET"
    ):
        state = _record_opened(user=user, lesson=page, state=state)
    # A visitor's page reads nothing of prerequisites (see learning.lesson_learning).
    setattr(request, STATE_ATTRIBUTE, state if signed_in else None)
    return None


def _record_opened(
    *, user: User, lesson: LessonPage, state: selectors.CourseState
) -> selectors.CourseState:
    """Record that the learner opened the lesson, and return their state with it. A full fold
    on every view was the page's largest cost, so:

    - a reload, or a return within `services.MAX_GAP` to the lesson the learner did something
      in last, records nothing: where they left off is this lesson already, and gaps up to
      MAX_GAP add up, so their next event counts the same time spent. A -> B -> A is recorded
      three times (on any device), so that resuming leads back to A;
    - a lesson the learner has a progress row in takes the short way
      (`services.lesson_reopened_record`); only the first visit takes the full one."""
    row = state.progress.get(lesson.translation_key)
    if row is not None:
        if (
            timezone.now() - row.last_at < services.MAX_GAP
            # Another lesson of this course is more recent: this is a new visit, whatever the
            # learner did in other courses, so their last lesson need not be read.
            and max(state.progress.values(), key=lambda other: other.last_at) is row
            and selectors.last_lesson_key(user=user) == row.lesson_key
        ):
            return state
        if services.lesson_reopened_record(user=user, lesson=lesson, row=row, source="page"):
            return state
    services.progress_events_record(
        user=user,
        events=[
            services.EventIn(
                id=uuid.uuid4(),
                lesson_id=lesson.pk,
                type=EventType.OPENED,
                occurred_at=timezone.now(),
            )
        ],
        source="page",
    )
    return selectors.with_fresh_progress(state, user=user)
