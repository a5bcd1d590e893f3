"""The class pages: a teacher's classes, making one, its page with the code and the students,
adding students one at a time or from a roster, login cards, a guardian's paper consent; and a
student's "Gabung kelas" and "Tugas". Each view parses, asks `permissions`, calls a service or a
selector, and renders."""

from __future__ import annotations

import csv
import io
from typing import Any

import segno
from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.accounts.consent import CONSENT_STATUS_LABELS
from lms.accounts.models import User
from lms.accounts.permissions import signed_in_user
from lms.accounts.selectors import user_by_identifier
from lms.accounts.services import format_login_code

from . import permissions, roster, selectors, services
from .forms import (
    ClassroomForm,
    ConsentForm,
    ExistingStudentForm,
    JoinForm,
    NewStudentForm,
    RosterForm,
)
from .models import Classroom, ClassStudent, JoinedBy

# Login codes handed out on this device, until the teacher has printed their cards. Codes are
# never stored in clear text elsewhere.
CARDS_SESSION_KEY = "pandu_login_cards"


def managed_class(request: HttpRequest, pk: int) -> tuple[User, Classroom] | HttpResponse:
    """The class, for a person who may manage it; a 404 for everyone else, so that nobody learns
    which classes exist."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    classroom = get_object_or_404(Classroom.objects.select_related("school"), pk=pk)
    if not permissions.can_manage_class(user, classroom):
        raise Http404
    return user, classroom


def _confirm(
    request: HttpRequest,
    classroom: Classroom,
    *,
    title: str,
    text: str,
    button: str,
    danger: bool,
) -> HttpResponse:
    """The page that asks before a change to the class is made (the form posts back here)."""
    return render(
        request,
        "classrooms/confirm.html",
        {"classroom": classroom, "title": title, "text": text, "button": button, "danger": danger},
    )


def _class_url(classroom: Classroom) -> str:
    return reverse("classrooms:detail", args=[classroom.pk])


def _refuse_if_archived(request: HttpRequest, classroom: Classroom) -> HttpResponse | None:
    if classroom.archived_at is None:
        return None
    messages.error(request, _("This class is archived: it can no longer be changed."))
    return HttpResponseRedirect(_class_url(classroom))


def _student_of(classroom: Classroom, user_id: int) -> User:
    membership = get_object_or_404(
        ClassStudent.objects.select_related("user"), classroom=classroom, user_id=user_id
    )
    return membership.user


def _cards_keep(request: HttpRequest, classroom: Classroom, codes: list[tuple[User, str]]) -> None:
    cards: dict[str, dict[str, str]] = request.session.get(CARDS_SESSION_KEY, {})
    for_class = cards.setdefault(str(classroom.pk), {})
    for user, code in codes:
        for_class[str(user.pk)] = code
    request.session[CARDS_SESSION_KEY] = cards


def _cards_waiting(request: HttpRequest, classroom: Classroom) -> dict[str, str]:
    cards: dict[str, dict[str, str]] = request.session.get(CARDS_SESSION_KEY, {})
    return cards.get(str(classroom.pk), {})


# --- A teacher's classes ------------------------------------------------------------------------
@require_GET
def class_list(request: HttpRequest) -> HttpResponse:
    """ "Kelas saya": the classes a teacher teaches, or a school admin's school has. Anyone else
    is a student, whose class work is on "Tugas"."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    classes = selectors.classes_managed(user=user)
    can_create = permissions.can_create_class(user)
    if not classes and not can_create and not selectors.schools_of(user=user):
        return HttpResponseRedirect(reverse("classrooms:tasks"))
    return render(
        request,
        "classrooms/class_list.html",
        {
            "open_classes": [c for c in classes if c.classroom.archived_at is None],
            "archived_classes": [c for c in classes if c.classroom.archived_at is not None],
            "can_create": can_create,
        },
    )


@require_http_methods(["GET", "POST"])
def class_create(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_create_class(user):
        raise Http404
    form = ClassroomForm(request.POST or None, schools=selectors.schools_of(user=user))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                classroom = services.classroom_create(
                    teacher=user,
                    name=data["name"],
                    grade=data["grade"],
                    academic_year=data["academic_year"],
                    semester=data["semester"],
                    school=form.chosen_school(),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("The class %(name)s is ready. Give your students its code.")
                    % {"name": classroom.name},
                )
                return HttpResponseRedirect(_class_url(classroom))
        status = 400
    return render(request, "classrooms/class_form.html", {"form": form}, status=status)


@require_GET
def class_detail(request: HttpRequest, pk: int) -> HttpResponse:
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    students = selectors.class_students(classroom=classroom)
    join_url = settings.PANDU_BASE_URL + reverse("classrooms:join")
    join_qr = segno.make(f"{join_url}?kode={classroom.join_code}", error="m")
    return render(
        request,
        "classrooms/class_detail.html",
        {
            "classroom": classroom,
            "students": students,
            "teachers": selectors.class_teachers(classroom=classroom),
            "consent_labels": CONSENT_STATUS_LABELS,
            "consent_form": ConsentForm(),
            "cards_waiting": len(_cards_waiting(request, classroom)),
            "join_url": join_url,
            "join_qr": join_qr.svg_inline(scale=4, border=2, omitsize=False),
        },
    )


@require_http_methods(["GET", "POST"])
def code_reset(request: HttpRequest, pk: int) -> HttpResponse:
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    if refused := _refuse_if_archived(request, classroom):
        return refused
    if request.method == "GET":
        return _confirm(
            request,
            classroom,
            title=_("Make a new class code?"),
            text=_(
                "The code %(code)s stops working at once. Students already in the class "
                "stay in it; those who have not joined yet need the new code."
            )
            % {"code": classroom.join_code},
            button=_("Make a new code"),
            danger=False,
        )
    code = services.classroom_join_code_reset(classroom=classroom, actor=user)
    messages.success(request, _("The new class code is %(code)s.") % {"code": code})
    return HttpResponseRedirect(_class_url(classroom))


@require_http_methods(["GET", "POST"])
def class_archive(request: HttpRequest, pk: int) -> HttpResponse:
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    if refused := _refuse_if_archived(request, classroom):
        return refused
    if request.method == "GET":
        return _confirm(
            request,
            classroom,
            title=_("Archive the class %(name)s?") % {"name": classroom.name},
            text=_(
                "Nobody can join an archived class and its work leaves the students' "
                "“Assignments”. Everything the students did stays saved. Do this at the end of "
                "the school year."
            ),
            button=_("Archive the class"),
            danger=True,
        )
    services.classroom_archive(classroom=classroom, actor=user)
    messages.success(request, _("The class %(name)s is archived.") % {"name": classroom.name})
    return HttpResponseRedirect(reverse("classrooms:list"))


# --- Students -----------------------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
def student_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Two forms on one page: a pupil who has an account, and one who has none yet."""
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    if refused := _refuse_if_archived(request, classroom):
        return refused
    mode = request.POST.get("mode", "")
    existing = ExistingStudentForm(request.POST if mode == "existing" else None, prefix="existing")
    new = NewStudentForm(request.POST if mode == "new" else None, prefix="new")
    if request.method == "POST":
        if mode == "existing" and existing.is_valid():
            if done := _add_existing(request, user, classroom, existing):
                return done
        elif mode == "new" and new.is_valid():
            data = new.cleaned_data
            student, code = services.class_student_create(
                classroom=classroom,
                full_name=data["full_name"],
                birth_year=data["birth_year"],
                nisn=data["nisn"],
                actor=user,
            )
            _cards_keep(request, classroom, [(student, code)])
            messages.success(
                request,
                _(
                    "%(name)s is in the class. Their login code is %(code)s: print their login "
                    "card, or write the code down for them."
                )
                % {"name": student.get_full_name(), "code": format_login_code(code)},
            )
            return HttpResponseRedirect(_class_url(classroom))
    return render(
        request,
        "classrooms/student_add.html",
        {"classroom": classroom, "existing": existing, "new": new},
        status=400 if request.method == "POST" else 200,
    )


def _add_existing(
    request: HttpRequest, actor: User, classroom: Classroom, form: ExistingStudentForm
) -> HttpResponse | None:
    student = user_by_identifier(form.cleaned_data["identifier"])
    if student is None or not student.is_active:
        form.add_error(
            "identifier",
            _(
                "No account has this username, email or number. Check it, or make a new "
                "account for the pupil below."
            ),
        )
        return None
    if permissions.teaches(student, classroom):
        form.add_error("identifier", _("This person teaches the class."))
        return None
    _membership, created = services.class_student_add(
        classroom=classroom,
        student=student,
        actor=actor,
        joined_by=JoinedBy.TEACHER,
        nisn=form.cleaned_data["nisn"],
    )
    if created:
        messages.success(
            request, _("%(name)s is in the class.") % {"name": student.get_full_name()}
        )
    else:
        messages.info(
            request, _("%(name)s was already in the class.") % {"name": student.get_full_name()}
        )
    return HttpResponseRedirect(_class_url(classroom))


@require_http_methods(["GET", "POST"])
def student_remove(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    student = _student_of(classroom, user_id)
    if request.method == "GET":
        return _confirm(
            request,
            classroom,
            title=_("Remove %(name)s from the class?") % {"name": student.get_full_name()},
            text=_(
                "They no longer see the class's work. Their account and everything they "
                "learned stay theirs; you can add them again later."
            ),
            button=_("Remove from the class"),
            danger=True,
        )
    services.class_student_remove(classroom=classroom, student=student, actor=user)
    messages.success(
        request, _("%(name)s is no longer in the class.") % {"name": student.get_full_name()}
    )
    return HttpResponseRedirect(_class_url(classroom))


@require_http_methods(["GET", "POST"])
def login_reset(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    student = _student_of(classroom, user_id)
    if request.method == "GET":
        return _confirm(
            request,
            classroom,
            title=_("New login code for %(name)s?") % {"name": student.get_full_name()},
            text=_(
                "Their old login cards stop working. They sign in with the new code once; "
                "print a new card for them."
            ),
            button=_("Make a new login code"),
            danger=False,
        )
    try:
        code = services.class_student_login_reset(classroom=classroom, student=student, actor=user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(_class_url(classroom))
    _cards_keep(request, classroom, [(student, code)])
    messages.success(
        request,
        _("New login code for %(name)s: %(code)s. Print their card.")
        % {"name": student.get_full_name(), "code": format_login_code(code)},
    )
    return HttpResponseRedirect(_class_url(classroom))


@require_POST
def consent(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    """A guardian's consent from the paper form, entered on the student's row."""
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    student = _student_of(classroom, user_id)
    form = ConsentForm(request.POST)
    if form.is_valid():
        try:
            services.class_student_consent_record(
                classroom=classroom,
                student=student,
                guardian_name=form.cleaned_data["guardian_name"],
                relationship=form.cleaned_data["relationship"],
                actor=user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Consent recorded: %(name)s's learning is now saved.")
                % {"name": student.get_full_name()},
            )
            return HttpResponseRedirect(_class_url(classroom))
    else:
        messages.error(
            request,
            _("Consent not recorded: write the guardian's name and their relationship."),
        )
    return HttpResponseRedirect(_class_url(classroom) + f"#student-{student.pk}")


# --- Roster import ------------------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
def roster_import(request: HttpRequest, pk: int) -> HttpResponse:
    """Check the whole file and show every problem; import only a clean file, all at once."""
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    user, classroom = found
    if refused := _refuse_if_archived(request, classroom):
        return refused
    form = RosterForm(request.POST or None, request.FILES or None)
    check = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"].read()
        check = roster.roster_check(data=data, classroom=classroom)
        if check.clean:
            created = services.class_roster_import(classroom=classroom, rows=check.rows, actor=user)
            _cards_keep(request, classroom, created)
            messages.success(
                request,
                ngettext(
                    "%(count)s pupil was added to the class, with a login code.",
                    "%(count)s pupils were added to the class, each with a login code.",
                    len(created),
                )
                % {"count": len(created)},
            )
            return HttpResponseRedirect(_class_url(classroom))
    return render(
        request,
        "classrooms/roster_import.html",
        {
            "classroom": classroom,
            "form": form,
            "check": check,
            "max_rows": f"{roster.MAX_ROWS:,}".replace(",", "."),
            "columns": roster.TEMPLATE_HEADER,
        },
        status=400 if request.method == "POST" else 200,
    )


@require_GET
def roster_template(request: HttpRequest, pk: int) -> HttpResponse:
    """An example roster, as Excel in Indonesia reads it (semicolons, with a BOM)."""
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(roster.TEMPLATE_HEADER)
    writer.writerow(["Siti Aminah", "0081234567", "2014", ""])
    writer.writerow(["Budi Santoso", "", "2013", "0812 3456 7890"])
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="daftar-siswa.csv"'
    return response


# --- Login cards --------------------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
def login_cards(request: HttpRequest, pk: int) -> HttpResponse:
    """A printable A4 page, a card per pupil: name, class, login code and a QR code of the
    login address with the code. POST forgets the codes on this device once printed."""
    found = managed_class(request, pk)
    if isinstance(found, HttpResponse):
        return found
    _user, classroom = found
    if request.method == "POST":
        cards: dict[str, Any] = request.session.get(CARDS_SESSION_KEY, {})
        cards.pop(str(classroom.pk), None)
        request.session[CARDS_SESSION_KEY] = cards
        messages.info(request, _("The login codes are no longer kept on this device."))
        return HttpResponseRedirect(_class_url(classroom))
    waiting = _cards_waiting(request, classroom)
    students = {
        str(m.user_id): m.user
        for m in ClassStudent.objects.filter(
            classroom=classroom, user_id__in=[int(k) for k in waiting]
        ).select_related("user")
    }
    login_url = settings.PANDU_BASE_URL + reverse("accounts:login_code")
    rows = []
    for user_id, code in waiting.items():
        student = students.get(user_id)
        if student is None:
            continue
        url = f"{login_url}?kode={code}"
        qr = segno.make(url, error="m")
        rows.append(
            {
                "name": student.get_full_name(),
                "code": format_login_code(code),
                "qr": qr.svg_inline(scale=3, border=2, omitsize=False),
            }
        )
    rows.sort(key=lambda card: card["name"].casefold())
    return render(
        request,
        "classrooms/login_cards.html",
        {"classroom": classroom, "cards": rows, "login_url": login_url},
    )


# --- Students: join a class, see the work -------------------------------------------------------
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if user is None or not permissions.can_join_class(user):
        return redirect_to_login(request.get_full_path())
    form = JoinForm(request.POST or None, initial={"code": request.GET.get("kode", "")})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if not ratelimit.consume(request, action="class_join"):
                form.add_error(None, _("Too many tries. Wait a minute, then type the code again."))
            else:
                try:
                    membership, created = services.classroom_join(
                        user=user, code=form.cleaned_data["code"]
                    )
                except ValidationError as error:
                    form.add_error("code", error)
                else:
                    name = membership.classroom.name
                    if created:
                        messages.success(
                            request, _("You joined the class %(name)s.") % {"name": name}
                        )
                    else:
                        messages.info(
                            request, _("You are already in the class %(name)s.") % {"name": name}
                        )
                    return HttpResponseRedirect(reverse("classrooms:tasks"))
        status = 400
    return render(request, "classrooms/join.html", {"form": form}, status=status)


@require_GET
def tasks(request: HttpRequest) -> HttpResponse:
    """ "Tugas": a student's work from their classes: overdue, to do, done."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    items = selectors.student_assignments(user=user)
    classes = [c for c in selectors.classes_for(user=user) if not c.teaching]
    return render(
        request,
        "classrooms/tasks.html",
        {
            "overdue": [i for i in items if i.status == selectors.AssignmentStatus.OVERDUE],
            "todo": [i for i in items if i.status == selectors.AssignmentStatus.TODO],
            "done": [i for i in items if i.status == selectors.AssignmentStatus.DONE],
            "classes": classes,
        },
    )
