"""Who may open which lesson, enrol, and see their learning. Every view, the page-serving hook and
the API ask these functions; each condition is one line."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import CoursePage, LessonPage

from . import selectors
from .selectors import CourseState

AnyUser = AbstractBaseUser | AnonymousUser


@dataclass(frozen=True)
class Decision:
    allowed: bool
    code: str = ""  # lower-case ASCII, e.g. "login_required", "locked"
    message: str = ""  # in the active language, for the person
    first: Page | None = None  # what to do first: a course to finish or enrol in, a lesson


ALLOWED = Decision(allowed=True)


def _finish_prerequisite_first(state: CourseState) -> Decision:
    first = state.missing_prerequisites[0]
    return Decision(
        allowed=False,
        code="prerequisite_missing",
        message=_("Finish the course “%(title)s” first: this course builds on it.")
        % {"title": first.title},
        first=first,
    )


def can_open_lesson(
    user: AnyUser, lesson: LessonPage, *, state: CourseState | None = None
) -> Decision:
    """Anyone may read the first lesson of a course; the others need an account. Prerequisites
    and a course taken in order lock the rest until the learner has done what comes first. A
    minor without a guardian's consent reads freely: nothing of theirs is saved, so no lock could
    ever open. Pass the person's `state` in the course when it has been read already (a
    visitor's needs only the course's lessons)."""
    if not user.is_authenticated:
        if state is not None:
            first = state.first_lesson is not None and state.first_lesson.pk == lesson.pk
        else:
            first = selectors.is_first_lesson(lesson)
        if first:
            return ALLOWED
        return Decision(
            allowed=False,
            code="login_required",
            message=_(
                "Log in or create a free account to open this lesson. The first lesson of every "
                "course is open to everyone."
            ),
        )
    if state is None:
        course = selectors.course_of(lesson)
        if course is None:
            return ALLOWED
        state = selectors.course_state(user=user, course=course)
    if state.first_lesson is not None and lesson.pk == state.first_lesson.pk:
        return ALLOWED
    if not state.recording:
        return ALLOWED
    if state.missing_prerequisites:
        return _finish_prerequisite_first(state)
    if state.course.sequential and not state.enrolled:
        return Decision(
            allowed=False,
            code="not_enrolled",
            message=_("Enrol in this course first: its lessons open one after another."),
            first=state.course,
        )
    if (blocker := state.blocker(lesson)) is not None:
        return Decision(
            allowed=False,
            code="locked",
            message=_(
                "Finish the lesson “%(title)s” first: the lessons of this course open one after "
                "another."
            )
            % {"title": blocker.title},
            first=blocker,
        )
    return ALLOWED


def can_enroll(user: AnyUser, course: CoursePage) -> Decision:
    """A signed-in person whose learning may be recorded, in a published course whose
    prerequisites they have finished."""
    if not user.is_authenticated:
        return Decision(
            allowed=False,
            code="login_required",
            message=_("Log in or create a free account to enrol in a course."),
        )
    if not course.live:
        return Decision(allowed=False, code="not_found", message=_("This course is not published."))
    state = selectors.course_state(user=user, course=course, lessons=[])
    if not state.recording:
        return Decision(
            allowed=False,
            code="consent_required",
            message=_(
                "Your progress cannot be saved yet: a parent or guardian must first give their "
                "consent. You can still read every lesson."
            ),
        )
    if state.missing_prerequisites:
        return _finish_prerequisite_first(state)
    return ALLOWED


def can_view_own_learning(user: AnyUser) -> Decision:
    """ "Kursus saya" and the learner's own progress: any signed-in person, their own only."""
    if not user.is_authenticated:
        return Decision(
            allowed=False,
            code="login_required",
            message=_("Log in to see your courses."),
        )
    return ALLOWED
