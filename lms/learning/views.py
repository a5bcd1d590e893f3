"""Enrol, leave, mark a lesson as done (the form that works without JavaScript) and "Kursus
saya". Each view parses, asks `permissions`, calls a service or selector, and renders."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import CoursePage, LessonPage
from lms.accounts.consent import may_record_learning
from lms.accounts.models import User

from . import permissions, selectors, services
from .models import EventType
from .permissions import Decision

# The HTTP status for each reason a write was refused.
STATUS_FOR = {"bad_request": 400, "not_found": 404, "completion_needs_pass": 409}


def _login(request: HttpRequest, next_url: str) -> HttpResponseRedirect:
    return redirect_to_login(next_url, reverse("account_login"))


def _refused(request: HttpRequest, *, code: str, message: str, back: str) -> HttpResponse:
    return render(
        request,
        "learning/not_recorded.html",
        {"code": code, "message": message, "back": back},
        status=STATUS_FOR.get(code, 403),
    )


def _next_or(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    decision = permissions.can_view_own_learning(request.user)
    if not decision.allowed:
        return _login(request, request.get_full_path())
    summaries = selectors.enrollments_for(user=request.user)  # type: ignore[arg-type]
    return render(
        request,
        "learning/dashboard.html",
        {
            "current": [s for s in summaries if s.completed_at is None],
            "completed": [s for s in summaries if s.completed_at is not None],
            "recording": may_record_learning(request.user),
        },
    )


@require_POST
def enroll(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    course_url = str(course.get_url(request) or "/")
    decision = permissions.can_enroll(request.user, course)
    if decision.code == "login_required":
        messages.info(request, decision.message)
        return _login(request, course_url)
    if not decision.allowed or not isinstance(request.user, User):
        return _refused(request, code=decision.code, message=decision.message, back=course_url)
    try:
        _enrollment, created = services.enrollment_create(user=request.user, course=course)
    except services.NotRecorded as refusal:
        return _refused(request, code=refusal.code, message=refusal.message, back=course_url)
    if created:
        messages.success(request, _("You are enrolled in this course. Your progress is now saved."))
    else:
        messages.info(request, _("You are already enrolled in this course."))
    return redirect(_next_or(request, course_url))


@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, course_id: int) -> HttpResponse:
    """A confirmation page (GET), then leaving (POST)."""
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    course_url = str(course.get_url(request) or "/")
    decision = permissions.can_view_own_learning(request.user)
    if not decision.allowed or not isinstance(request.user, User):
        return _login(request, request.get_full_path())
    if request.method == "GET":
        state = selectors.course_state(user=request.user, course=course)
        return render(request, "learning/leave_confirm.html", {"course": course, "state": state})
    if services.enrollment_leave(user=request.user, course=course):
        messages.success(
            request,
            _(
                "You left the course. Your progress is kept: enrol again at any time to "
                "continue where you stopped."
            ),
        )
    else:
        messages.info(request, _("You were not enrolled in this course."))
    return redirect(course_url)


@require_POST
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """ "Mark as done" without JavaScript. The form carries an event id made when the page was
    shown, so sending it twice records it once."""
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    lesson_url = str(lesson.get_url(request) or "/")
    decision: Decision = permissions.can_open_lesson(request.user, lesson)
    if decision.code == "login_required" or not isinstance(request.user, User):
        return _login(request, lesson_url)
    if not decision.allowed:
        return _refused(request, code=decision.code, message=decision.message, back=lesson_url)
    try:
        event_id = uuid.UUID(request.POST.get("event_id", ""))
    except ValueError:
        return _refused(
            request,
            code="bad_request",
            message=_("The form was incomplete. Open the lesson again and try once more."),
            back=lesson_url,
        )
    (result,) = services.progress_events_record(
        user=request.user,
        events=[
            services.EventIn(
                id=event_id,
                lesson_id=lesson.pk,
                type=EventType.COMPLETED,
                occurred_at=timezone.now(),
            )
        ],
        source="form",
    )
    if result.status == services.REJECTED:
        return _refused(
            request,
            code=result.reason,
            message=services.reason_message(result.reason),
            back=lesson_url,
        )
    messages.success(request, _("Saved: this lesson is marked as done."))
    return redirect(lesson_url + "#progress")
