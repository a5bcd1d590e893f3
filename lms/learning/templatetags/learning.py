"""What a course or lesson page shows of the reader's own learning. Templates are where the
layers meet: the pages in `courses` load these tags, and never import `lms`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django import template
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext

from courses.models import CompletionRule, CoursePage, LessonPage

from .. import selectors
from ..models import LessonProgress
from ..selectors import CourseState
from ..wagtail_hooks import STATE_ATTRIBUTE

register = template.Library()


def _lessons(outline: Any) -> list[LessonPage] | None:
    if not outline:
        return None
    return [lesson for part in outline for lesson in part.lessons]


@register.simple_tag(takes_context=True)
def course_learning(
    context: dict[str, Any], course: CoursePage, outline: Any = None
) -> CourseState:
    """The reader's state in this course; reuses what the page-serving hook read, and the
    outline the page has already."""
    request: HttpRequest | None = context.get("request")
    cached = getattr(request, STATE_ATTRIBUTE, None)
    if isinstance(cached, CourseState) and cached.course.pk == course.pk:
        return cached
    user = request.user if request is not None else AnonymousUser()
    state = selectors.course_state(user=user, course=course, lessons=_lessons(outline))
    if request is not None:
        setattr(request, STATE_ATTRIBUTE, state)
    return state


@dataclass(frozen=True)
class LessonLearning:
    state: CourseState
    lesson: LessonPage
    row: LessonProgress | None
    # A fresh id for the "mark as done" form: sending the form twice records it once.
    event_id: str

    @property
    def done(self) -> bool:
        return self.row is not None and self.row.is_completed

    @property
    def records(self) -> bool:
        """The learner's progress in this lesson is saved."""
        return self.state.enrolled and self.state.recording

    @property
    def can_mark_done(self) -> bool:
        return (
            self.records
            and not self.done
            and self.lesson.completion_rule == CompletionRule.MARKED_DONE
        )

    @property
    def rule(self) -> str:
        return str(self.lesson.completion_rule)

    @property
    def score_percent(self) -> int | None:
        if self.row is None or self.row.best_score is None:
            return None
        return round(self.row.best_score * 100)


@register.simple_tag(takes_context=True)
def lesson_learning(
    context: dict[str, Any], lesson: LessonPage, course: CoursePage | None, outline: Any = None
) -> LessonLearning | None:
    if course is None:
        return None
    request: HttpRequest | None = context.get("request")
    if request is None or not request.user.is_authenticated:
        # A visitor's lesson page shows nothing of prerequisites: no need to read them.
        state = CourseState(course=course, lessons=_lessons(outline) or [])
    else:
        state = course_learning(context, course, outline)
    return LessonLearning(
        state=state,
        lesson=lesson,
        row=state.progress.get(lesson.translation_key),
        event_id=str(uuid.uuid4()),
    )


@register.filter
def lesson_status(state: CourseState | None, lesson: LessonPage) -> str:
    """ "done", "locked", "started" or "" for a lesson in the outline."""
    if state is None:
        return ""
    return state.status_of(lesson)


@register.filter
def status_label(status: str) -> str:
    """What an outline shows after a lesson's title for its status (`lesson_status`): "finished"
    and "locked" for everyone to see, "started" for screen readers only. A filter, not an
    include: an outline has a line per lesson."""
    if status == "done":
        return format_html('<span class="status-label"> · {}</span>', gettext("finished"))
    if status == "locked":
        return format_html('<span class="status-label"> · {}</span>', gettext("locked"))
    if status == "started":
        return format_html('<span class="visually-hidden"> · {}</span>', gettext("started"))
    return ""
