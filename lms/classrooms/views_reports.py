"""What a teacher reads about a class and how they give it work: the dashboard, the gradebook
(page, CSV, XLSX), a student's history of attempts, the activities most students fail, and
assigning and withdrawing work. Each view parses, asks `permissions`, calls a service or a
selector of `reports`, and renders. A class the person may not see is a 404, so that nobody
learns which classes exist."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from lms.accounts.permissions import signed_in_user

from . import exports, permissions, reports, services
from .forms_assign import AssignForm
from .models import Assignment, Classroom, ClassStudent
from .views import managed_class as _managed_class


def _sort_url(request: HttpRequest, key: str, current: str, descending: bool) -> str:
    """The address that sorts by `key`: ascending first, then the other way round. Scores and
    dates read best from the highest, so they start descending."""
    if key == current:
        wanted = key if descending else f"-{key}"
    else:
        wanted = key if key == "name" else f"-{key}"
    return f"{request.path}?{urlencode({'sort': wanted})}"


def _aria_sort(key: str, current: str, descending: bool) -> str:
    if key != current:
        return ""
    return "descending" if descending else "ascending"


def _headers(
    request: HttpRequest, keys: list[str], current: str, descending: bool
) -> dict[str, Any]:
    return {
        key: {
            "url": _sort_url(request, key, current, descending),
            "aria": _aria_sort(key, current, descending),
        }
        for key in keys
    }


# --- The dashboard ---------------------------------------------------------------------------


@require_GET
def dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    board = reports.dashboard(classroom=classroom, sort=request.GET.get("sort", "name"))
    return render(
        request,
        "classrooms/reports/dashboard.html",
        {
            "classroom": classroom,
            "board": board,
            "headers": _headers(
                request, list(reports.DASHBOARD_SORTS), board.sort, board.descending
            ),
            "tab": "dashboard",
        },
    )


# --- The gradebook ---------------------------------------------------------------------------


@require_GET
def gradebook(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    book = reports.gradebook(classroom=classroom, sort=request.GET.get("sort", "name"))
    keys = ["name", *(column.key for column in book.columns)]
    headers = _headers(request, keys, book.sort, book.descending)
    return render(
        request,
        "classrooms/reports/gradebook.html",
        {
            "classroom": classroom,
            "book": book,
            "name_header": headers["name"],
            "columns": [(column, headers[column.key]) for column in book.columns],
            "rows": [(row, _cells_html(cells)) for row, cells in book.with_cells()],
            "tab": "gradebook",
        },
    )


def _cells_html(cells: list[tuple[reports.Column, reports.Score | None, int | None]]) -> str:
    """A student's cells of the gradebook. Written here rather than in the template: 2,000 cells
    through template tags took most of the page's time."""
    attempts: dict[int, str] = {}
    below, not_tried = _("(below the pass mark)"), _("not tried")
    parts = []
    for column, score, value in cells:
        if column.course is not None:
            parts.append(
                format_html('<td class="gradebook__total"><strong>{}%</strong></td>', value)
            )
        elif score is None:
            parts.append(
                format_html(
                    '<td class="gradebook__cell gradebook__cell--none"><span aria-hidden="true">'
                    '·</span><span class="visually-hidden">{}</span></td>',
                    not_tried,
                )
            )
        else:
            if score.attempts not in attempts:
                attempts[score.attempts] = ngettext(
                    "%(count)s attempt", "%(count)s attempts", score.attempts
                ) % {"count": score.attempts}
            parts.append(
                format_html(
                    '<td class="gradebook__cell{}">{}%<br><span class="gradebook__attempts">{}'
                    "</span>{}</td>",
                    "" if score.passed else " gradebook__cell--fail",
                    score.percent,
                    attempts[score.attempts],
                    ""
                    if score.passed
                    else format_html('<span class="visually-hidden"> {}</span>', below),
                )
            )
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped by format_html


def _download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def gradebook_csv(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    book = reports.gradebook(classroom=classroom, sort=request.GET.get("sort", "name"))
    return _download(exports.gradebook_csv(book), exports.CSV_TYPE, exports.file_name(book, "csv"))


@require_GET
def gradebook_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    book = reports.gradebook(classroom=classroom, sort=request.GET.get("sort", "name"))
    return _download(
        exports.gradebook_xlsx(book), exports.XLSX_TYPE, exports.file_name(book, "xlsx")
    )


@require_GET
def student(request: HttpRequest, pk: int, student_id: int) -> HttpResponse:
    """One student's results in the class: for its teachers and school admin, and for the
    student themself."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    classroom = get_object_or_404(Classroom.objects.select_related("school"), pk=pk)
    membership = get_object_or_404(
        ClassStudent.objects.select_related("user"), classroom=classroom, user_id=student_id
    )
    if not permissions.can_view_student(user, classroom, membership.user):
        raise Http404
    history = reports.student_history(classroom=classroom, membership=membership)
    return render(
        request,
        "classrooms/reports/student.html",
        {
            "classroom": classroom,
            "history": history,
            "managing": permissions.can_manage_class(user, classroom),
            "row": history.gradebook.with_cells()[0] if history.gradebook.rows else None,
            "columns": history.gradebook.columns,
            "tab": "gradebook",
        },
    )


@require_GET
def activities(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    return render(
        request,
        "classrooms/reports/activities.html",
        {
            "classroom": classroom,
            "results": reports.activity_results(classroom=classroom),
            "tab": "activities",
        },
    )


@require_GET
def certificates(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    return render(
        request,
        "classrooms/reports/certificates.html",
        {
            "classroom": classroom,
            "rows": reports.class_certificates(classroom),
            "tab": "certificates",
        },
    )


# --- Assignments -----------------------------------------------------------------------------


def _assignments_url(classroom: Classroom) -> str:
    return reverse("classrooms:assignments", args=[classroom.pk])


@require_GET
def assignments(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    work = reports.class_work(classroom)
    return render(
        request,
        "classrooms/reports/assignments.html",
        {"classroom": classroom, "works": work.works, "tab": "assignments"},
    )


@require_http_methods(["GET", "POST"])
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    if classroom.archived_at is not None:
        messages.error(request, _("This class is archived: it can no longer be given work."))
        return HttpResponseRedirect(_assignments_url(classroom))
    form = AssignForm(
        request.POST or None,
        catalog=reports.assignable_catalog(),
        students=reports.class_students(classroom),
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                _assignment, result = services.assignment_create(
                    classroom=classroom,
                    actor=user,
                    page=form.page,
                    students=form.chosen_students,
                    due_at=form.due_at,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _tell_result(request, form.page.title, result)
                return HttpResponseRedirect(_assignments_url(classroom))
        status = 400
    return render(
        request,
        "classrooms/reports/assign.html",
        {"classroom": classroom, "form": form, "tab": "assignments"},
        status=status,
    )


def _tell_result(request: HttpRequest, title: str, result: services.Enrolled) -> None:
    messages.success(
        request,
        ngettext(
            "“%(title)s” is assigned. %(count)s student is enrolled in it.",
            "“%(title)s” is assigned. %(count)s students are enrolled in it.",
            result.enrolled,
        )
        % {"title": title, "count": result.enrolled},
    )
    for student, reason in result.not_enrolled:
        messages.warning(
            request,
            _("%(name)s could not be enrolled yet: %(reason)s.")
            % {"name": student.get_full_name() or student.username, "reason": reason},
        )


@require_http_methods(["GET", "POST"])
def assignment_withdraw(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    found = _managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    assignment = get_object_or_404(Assignment, pk=assignment_id, classroom=classroom)
    work = next(
        (
            item
            for item in reports.class_work(classroom).works
            if item.assignment.pk == assignment.pk
        ),
        None,
    )
    title = work.title if work is not None else _("this work")
    if request.method == "GET":
        return render(
            request,
            "classrooms/reports/withdraw.html",
            {"classroom": classroom, "title": title, "tab": "assignments"},
        )
    services.assignment_delete(assignment=assignment, actor=user)
    messages.success(
        request,
        _("“%(title)s” is withdrawn. What the students did stays in their records.")
        % {"title": title},
    )
    return HttpResponseRedirect(_assignments_url(classroom))
