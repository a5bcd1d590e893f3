"""Wagtail admin screens: the list of certificates, issuing one by hand or from an attendance list
(in-person training), revoking with a reason; the issuers. Every write goes through the services;
every screen asks `permissions`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from lms.accounts.admin_views import ServiceFormMixin
from lms.accounts.models import User

from . import permissions, services
from .forms import AttendeesForm, IssueForm, IssuerForm, RevokeForm
from .models import Certificate, Issuer, Source


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Issued ("add") and revoked ("change"), never deleted: a certificate someone holds stays
    checkable."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in {"view", "add", "change"} and permissions.can_manage(user)


class IssuerPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in {"view", "add", "change"} and permissions.can_manage_issuers(user)


def _state(certificate: Certificate) -> str:
    if certificate.revoked_at is None:
        return gettext("Valid")
    return gettext("Revoked on %(date)s") % {
        "date": timezone.localtime(certificate.revoked_at).strftime("%d-%m-%Y")
    }


class CertificateIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[Certificate]:
        queryset: QuerySet[Certificate] = super().get_base_queryset()
        return queryset.select_related("user", "issuer").order_by("-issued_at", "-pk")

    @property
    def header_buttons(self) -> list[Any]:
        buttons: list[Any] = list(super().header_buttons)
        buttons.append(
            HeaderButton(
                gettext("Issue from an attendance list"),
                url=reverse("certificates_admin:attendees"),
                icon_name="upload",
            )
        )
        return buttons


class CertificateIssueView(ServiceFormMixin, generic.CreateView):
    page_title = _("Issue a certificate")
    submit_button_label = _("Issue the certificate")
    success_message = _("%(model_name)s issued: %(object)s.")

    def save_instance(self) -> Certificate:
        data = self.form.cleaned_data
        issued = services.certificate_issue(
            user=data["person"],
            course=data["course"],
            source=Source.ADMIN,
            issuer=data["issuer"],
            issued_by=self.request.user,
        )
        if not issued.created:
            raise ValidationError(
                gettext("This person already has a certificate of this course (code %(code)s).")
                % {"code": issued.certificate.code}
            )
        return issued.certificate

    def get_success_buttons(self) -> list[Any]:
        return []


class CertificateRevokeView(ServiceFormMixin, generic.EditView):
    template_name = "certificates/admin/revoke.html"
    page_title = _("Certificate")
    submit_button_label = _("Revoke the certificate")
    success_message = _("%(model_name)s revoked: %(object)s.")

    def save_instance(self) -> Certificate:
        certificate: Certificate = self.object
        if not services.certificate_revoke(
            certificate=certificate,
            reason=self.form.cleaned_data["reason"],
            revoked_by=self.request.user,
        ):
            raise ValidationError(gettext("This certificate was already revoked."))
        return certificate

    def get_success_buttons(self) -> list[Any]:
        return []

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        certificate: Certificate = self.object
        context["details"] = [
            (_("Name on the certificate"), certificate.recipient_name),
            (_("Account"), certificate.user.username),
            (_("Course"), certificate.course_title),
            (_("Issuer"), certificate.issuer.name),
            (_("Issued at"), timezone.localtime(certificate.issued_at).strftime("%d-%m-%Y %H:%M")),
            (_("How it was issued"), certificate.get_source_display()),
            (_("Code"), certificate.code),
            (_("State"), _state(certificate)),
        ]
        if certificate.revoked_at:
            context["details"].append((_("Reason for revoking"), certificate.revoked_reason))
        context["revoked"] = certificate.revoked_at is not None
        context["verify_path"] = reverse("certificates:verify", kwargs={"code": certificate.code})
        return context


def attendees_view(request: HttpRequest) -> HttpResponse:
    """Issue the certificates of an in-person session from its attendance list (CSV)."""
    user = request.user
    if not permissions.can_manage(user) or not isinstance(user, User):
        raise PermissionDenied
    form = AttendeesForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        rows, errors = services.attendees_parse(form.cleaned_data["file"])
        if not errors and not rows:
            errors = [gettext("The list has no one in it.")]
        if not errors:
            try:
                issued = services.certificates_issue_from_attendees(
                    rows=rows, issuer=form.cleaned_data["issuer"], issued_by=user
                )
            except services.Refused as refusal:
                errors = list(refusal.messages)
            else:
                new = sum(1 for item in issued if item.created)
                messages.success(
                    request,
                    ngettext("%(count)s certificate issued", "%(count)s certificates issued", new)
                    % {"count": new}
                    + gettext(" (%(already)s already had one).") % {"already": len(issued) - new},
                )
                return redirect("certificates_admin:index")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "certificates/admin/attendees.html",
        {"form": form, "errors": errors, "page_title": gettext("Issue from an attendance list")},
        status=status,
    )


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 260
    copy_view_enabled = False
    list_filter = ["source"]
    search_fields = ["code", "recipient_name", "course_title", "user__username"]
    search_backend_name = None
    index_view_class = CertificateIndexView
    add_view_class = CertificateIssueView
    edit_view_class = CertificateRevokeView
    list_display = [
        TitleColumn(
            "recipient_name", label=_("Name on the certificate"), url_name="certificates_admin:edit"
        ),
        Column("course_title", label=_("Course")),
        DateColumn("issued_at", label=_("Issued")),
        Column("source", label=_("How"), accessor="get_source_display"),
        Column("state", label=_("State"), accessor=_state),
    ]

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {"form_class": IssueForm, "panel": None, **kwargs}

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {
            "form_class": RevokeForm,
            "panel": None,
            "template_name": CertificateRevokeView.template_name,
            **kwargs,
        }

    def get_urlpatterns(self) -> list[Any]:
        patterns: list[Any] = list(super().get_urlpatterns())
        return [*patterns, path("attendees/", attendees_view, name="attendees")]


class IssuerViewSet(ModelViewSet):
    model = Issuer
    icon = "site"
    menu_label = _("Certificate issuers")
    add_to_settings_menu = True
    menu_order = 620
    copy_view_enabled = False
    list_display = ["name", "signatory_name", "is_default"]

    def get_form_class(self, for_update: bool = False) -> type[IssuerForm]:
        return IssuerForm
