"""The parents' pages under /orang-tua/: "Anak saya", linking a child with a code, one page per
child (learning, consent, unlinking), and the student's "Kode untuk orang tua". Each view
parses, asks `permissions`, calls a service or a selector, and renders. A child a parent is not
linked to answers 404, as one that does not exist."""

from __future__ import annotations

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from lms.accounts.consent import CONSENT_STATUS_LABELS, ConsentStatus, is_minor
from lms.accounts.models import User
from lms.accounts.permissions import signed_in_user
from lms.classrooms.models import Classroom
from lms.privacy import permissions as privacy_permissions
from lms.privacy import services as privacy_services
from lms.privacy.downloads import child_filename, json_attachment

from . import permissions, selectors, services
from .forms import ConsentForm, LinkForm
from .models import GuardianLink

TOO_MANY = "Too many tries. Wait a few minutes, then type the code again."


def _linked_child(request: HttpRequest, child_id: int) -> tuple[User, GuardianLink] | HttpResponse:
    parent = signed_in_user(request)
    if parent is None:
        return redirect_to_login(request.get_full_path())
    link = selectors.active_link(parent=parent, child_id=child_id)
    if link is None:
        raise Http404
    return parent, link


def _share_url(request: HttpRequest, code: str) -> str:
    """The linking page with the code filled in, to send to a parent (e.g. by WhatsApp)."""
    return request.build_absolute_uri(f"{reverse('guardians:link')}?kode={code}")


@require_GET
def children(request: HttpRequest) -> HttpResponse:
    """ "Anak saya": the parent's linked children."""
    parent = signed_in_user(request)
    if parent is None:
        return redirect_to_login(request.get_full_path())
    links = list(selectors.active_links(parent=parent))
    return render(request, "guardians/children.html", {"child_links": links})


@require_http_methods(["GET", "POST"])
def link(request: HttpRequest) -> HttpResponse:
    """ "Tautkan anak": enter the child's code. Every try counts against the rate limit."""
    parent = signed_in_user(request)
    if parent is None or not permissions.can_link(parent):
        return redirect_to_login(request.get_full_path())
    form = LinkForm(request.POST or None, initial={"code": request.GET.get("kode", "")})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if not ratelimit.consume(request, action="guardian_link"):
                form.add_error(None, _(TOO_MANY))
                status = 429
            else:
                try:
                    made = services.guardian_link_create(
                        parent=parent, code=form.cleaned_data["code"]
                    )
                except ValidationError as error:
                    form.add_error("code", error)
                else:
                    name = made.child.get_full_name()
                    messages.success(request, _("You are now linked to %(name)s.") % {"name": name})
                    return HttpResponseRedirect(
                        reverse("guardians:child", kwargs={"child_id": made.child_id})
                    )
        if status == 200:
            status = 400
    return render(request, "guardians/link.html", {"form": form}, status=status)


@require_GET
def child(request: HttpRequest, child_id: int) -> HttpResponse:
    """One child's learning, for a linked parent: nothing about any other child."""
    found = _linked_child(request, child_id)
    if isinstance(found, HttpResponse):
        return found
    parent, active = found
    overview = selectors.child_overview(child=active.child)
    return render(
        request,
        "guardians/child.html",
        {
            "link": active,
            "child": active.child,
            "name": active.child.get_full_name(),
            "overview": overview,
            "consent_label": CONSENT_STATUS_LABELS[overview.consent],
            "consent_pending": overview.consent == ConsentStatus.PENDING,
            "consent_given": overview.consent == ConsentStatus.GIVEN,
            "overdue": [a for a in overview.assignments if a.status == "overdue"],
            "todo": [a for a in overview.assignments if a.status == "todo"],
            "may_download": privacy_permissions.can_download_child_data(parent, active.child),
        },
    )


@require_safe
def child_download(request: HttpRequest, child_id: int) -> HttpResponse:
    """ "Unduh data anak": everything Pandu keeps about a linked minor child, as the child's own
    download would have it (UU PDP); written to the audit log."""
    found = _linked_child(request, child_id)
    if isinstance(found, HttpResponse):
        return found
    parent, active = found
    if not privacy_permissions.can_download_child_data(parent, active.child):
        raise Http404
    data = privacy_services.child_data_export(parent=parent, child=active.child)
    return json_attachment(data, filename=child_filename(active.child))


@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest, child_id: int) -> HttpResponse:
    """Give consent online (UU PDP, Pasal 25), with the consent text and a checkbox."""
    found = _linked_child(request, child_id)
    if isinstance(found, HttpResponse):
        return found
    parent, active = found
    target = reverse("guardians:child", kwargs={"child_id": child_id})
    kid = active.child
    if not is_minor(kid):
        messages.info(request, _("This child is 18 or older: no consent is needed."))
        return HttpResponseRedirect(target)
    form = ConsentForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.guardian_consent_give(
                    parent=parent, child=kid, relationship=form.cleaned_data["relationship"]
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Thank you. %(name)s's learning is now saved.")
                    % {"name": kid.get_full_name()},
                )
                return HttpResponseRedirect(target)
        status = 400
    return render(
        request,
        "guardians/consent.html",
        {"form": form, "child": kid, "name": kid.get_full_name(), "parent": parent},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def consent_withdraw(request: HttpRequest, child_id: int) -> HttpResponse:
    found = _linked_child(request, child_id)
    if isinstance(found, HttpResponse):
        return found
    parent, active = found
    target = reverse("guardians:child", kwargs={"child_id": child_id})
    name = active.child.get_full_name()
    if request.method == "POST":
        if services.guardian_consent_withdraw(parent=parent, child=active.child):
            messages.success(
                request,
                _(
                    "Consent withdrawn. Nothing more of %(name)s's learning is saved, and what "
                    "was saved is being deleted."
                )
                % {"name": name},
            )
        return HttpResponseRedirect(target)
    return render(
        request,
        "guardians/confirm.html",
        {
            "title": _("Withdraw consent"),
            "text": _(
                "From now on nothing of %(name)s's learning is saved, and their courses, "
                "progress, answers and certificates are deleted. Their account and classes stay."
            )
            % {"name": name},
            "button": _("Withdraw consent"),
            "back": target,
            "danger": True,
        },
    )


@require_http_methods(["GET", "POST"])
def unlink(request: HttpRequest, link_id: int) -> HttpResponse:
    """End a link, by the parent or by the child (confirm first)."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    found = selectors.link_by_id(link_id=link_id)
    if found is None or not permissions.can_unlink(user, found):
        raise Http404
    by_parent = user.pk == found.parent_id
    back = (
        reverse("guardians:child", kwargs={"child_id": found.child_id})
        if by_parent
        else reverse("guardians:code")
    )
    if request.method == "POST":
        services.guardian_unlink(link=found, actor=user)
        messages.success(request, _("The link has been removed."))
        return HttpResponseRedirect(
            reverse("guardians:children" if by_parent else "guardians:code")
        )
    other = found.child if by_parent else found.parent
    return render(
        request,
        "guardians/confirm.html",
        {
            "title": _("Remove the link"),
            "text": _(
                "%(name)s and you will no longer be linked: the parent no longer sees the "
                "child's learning. A new code links you again."
            )
            % {"name": other.get_full_name()},
            "button": _("Remove the link"),
            "back": back,
            "danger": True,
        },
    )


@require_http_methods(["GET", "POST"])
def code(request: HttpRequest) -> HttpResponse:
    """ "Kode untuk orang tua": a student makes a fresh code to give to a parent, and sees who
    is linked to them."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    issued = None
    if request.method == "POST":
        issued = services.pairing_code_create(child=user, actor=user)
    return render(
        request,
        "guardians/code.html",
        {
            "issued": issued,
            "formatted": services.format_pairing_code(issued.code) if issued else "",
            "share_url": _share_url(request, issued.code) if issued else "",
            "guardians": list(selectors.guardians_of(child=user)),
            "student": user,
            "for_self": True,
        },
    )


@require_http_methods(["POST"])
def code_for_student(request: HttpRequest, class_id: int, student_id: int) -> HttpResponse:
    """A teacher makes a code for a pupil of a class they teach (from the class page)."""
    user = signed_in_user(request)
    if user is None:
        return redirect_to_login(request.get_full_path())
    classroom = Classroom.objects.filter(pk=class_id).first()
    student = User.objects.filter(
        pk=student_id, classes_joined__classroom_id=class_id, is_active=True
    ).first()
    if (
        classroom is None
        or student is None
        or not permissions.can_make_code_in(user, classroom, student)
    ):
        raise Http404
    issued = services.pairing_code_create(child=student, actor=user)
    return render(
        request,
        "guardians/code.html",
        {
            "issued": issued,
            "formatted": services.format_pairing_code(issued.code),
            "share_url": _share_url(request, issued.code),
            "student": student,
            "student_name": student.get_full_name(),
            "classroom": classroom,
            "for_self": False,
        },
    )
