"""Wagtail admin screens for roles and for guardians' paper consents. Both write through the
services only: a role grant gives what the admin needs for the role; a consent is never edited
or deleted, only withdrawn."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormMixin
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from lms.core.services import child_record_viewed

from . import selectors, services
from .forms import ConsentWithdrawForm, PaperConsentForm, RoleGrantForm
from .models import ConsentMethod, ConsentRecord, Role, RoleGrant, User
from .permissions import (
    can_manage_consent,
    can_manage_consent_of,
    can_manage_roles,
    consent_children,
)


# --- Permission policies: the admin asks permissions.py ------------------------------------------
class RoleGrantPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in {"view", "add", "delete"} and can_manage_roles(user)


class ConsentPermissionPolicy(ModelPermissionPolicy):
    """Consents are recorded and withdrawn ("change"), never deleted: the history stays. A school
    admin's consents are those of their own pupils."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in {"view", "add", "change"} and can_manage_consent(user)

    def user_has_permission_for_instance(self, user: Any, action: str, instance: Model) -> bool:
        return (
            self.user_has_permission(user, action)
            and isinstance(instance, ConsentRecord)
            and can_manage_consent_of(user, instance.child)
        )

    def instances_user_has_any_permission_for(self, user: Any, actions: Any) -> QuerySet[Any]:
        if not self.user_has_any_permission(user, actions):
            return ConsentRecord.objects.none()
        return selectors.consents_managed_by(user=user)


class ServiceFormMixin:
    """Wagtail's generic create and edit views save a model form; these screens use a plain form
    and a service, and show a refusal from the service next to the form."""

    request: Any
    form: Form
    object: Any

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = FormMixin.get_form_kwargs(self)  # type: ignore[arg-type]
        return kwargs

    def form_valid(self, form: Form) -> HttpResponse:
        self.form = form
        try:
            self.object = self.save_instance()
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()  # type: ignore[attr-defined]
            response: HttpResponse = self.form_invalid(form)  # type: ignore[attr-defined]
            return response
        saved: HttpResponse = self.save_action()  # type: ignore[attr-defined]
        return saved

    def save_instance(self) -> Any:
        raise NotImplementedError


def _person(user: User | None) -> str:
    if user is None:
        return "—"
    name = user.get_full_name()
    return name if name == user.username else f"{name} ({user.username})"


# --- Roles -------------------------------------------------------------------------------------
class RoleGrantIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[RoleGrant]:
        queryset: QuerySet[RoleGrant] = super().get_base_queryset()
        return queryset.select_related("user", "granted_by")


class RoleGrantCreateView(ServiceFormMixin, generic.CreateView):
    page_title = _("Give a role")
    submit_button_label = _("Give the role")
    success_message = _("%(model_name)s given: %(object)s.")

    def save_instance(self) -> RoleGrant:
        data = self.form.cleaned_data
        return services.role_grant(
            user=data["person"], role=Role(data["role"]), granted_by=self.request.user
        )

    def get_success_buttons(self) -> list[Any]:
        return []


class RoleGrantRevokeView(generic.DeleteView):
    page_title = _("Take the role away")
    success_message = _("%(model_name)s taken away: %(object)s.")

    @property
    def confirmation_message(self) -> str:
        return gettext("Take the role “%(role)s” away from %(person)s?") % {
            "role": self.object.get_role_display(),
            "person": _person(self.object.user),
        }

    def delete_action(self) -> None:
        services.role_revoke(user=self.object.user, role=Role(self.object.role))


class RoleGrantViewSet(ModelViewSet):
    model = RoleGrant
    icon = "group"
    menu_label = _("Roles")
    add_to_settings_menu = True
    menu_order = 610
    copy_view_enabled = False
    list_filter = ["role"]
    search_fields = ["user__username", "user__full_name", "user__email", "user__phone"]
    search_backend_name = None
    index_view_class = RoleGrantIndexView
    add_view_class = RoleGrantCreateView
    delete_view_class = RoleGrantRevokeView
    edit_view_class = RoleGrantRevokeView
    list_display = [
        TitleColumn(
            "user",
            label=_("Person"),
            accessor=lambda grant: _person(grant.user),
            url_name="roles:delete",
        ),
        Column("role", label=_("Role"), accessor="get_role_display"),
        DateColumn("granted_at", label=_("Given")),
        Column("granted_by", label=_("Given by"), accessor=lambda grant: _person(grant.granted_by)),
    ]

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {"form_class": RoleGrantForm, "panel": None, **kwargs}

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        revoke_kwargs: dict[str, Any] = self.get_delete_view_kwargs(**kwargs)
        return revoke_kwargs


# --- Guardians' paper consents -----------------------------------------------------------------
def _consent_state(record: ConsentRecord) -> str:
    if record.withdrawn_at is None:
        return gettext("In force")
    return gettext("Withdrawn on %(date)s") % {
        "date": timezone.localtime(record.withdrawn_at).strftime("%d-%m-%Y")
    }


class ConsentIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[ConsentRecord]:
        return selectors.consents_managed_by(user=self.request.user)


class OwnConsentMixin:
    """The pages of one consent turn away an admin who does not manage it with Wagtail's "no
    permission". Not a 404: outside the language prefix, a 404 is redirected into the site."""

    request: Any

    def get_object(self, *args: Any, **kwargs: Any) -> ConsentRecord:
        record: ConsentRecord = super().get_object(*args, **kwargs)  # type: ignore[misc]
        if not can_manage_consent_of(self.request.user, record.child):
            raise PermissionDenied
        return record


class ConsentHistoryView(OwnConsentMixin, generic.HistoryView):
    pass


class ConsentUsageView(OwnConsentMixin, generic.UsageView):
    pass


class PaperConsentCreateView(ServiceFormMixin, generic.CreateView):
    page_title = _("Record a paper consent")
    submit_button_label = _("Record the consent")
    success_message = _("%(model_name)s recorded: %(object)s.")

    def save_instance(self) -> ConsentRecord:
        data = self.form.cleaned_data
        return services.consent_record(
            child=data["child"],
            guardian_name=data["guardian_name"],
            relationship=data["relationship"],
            method=ConsentMethod.PAPER,
            recorded_by=self.request.user,
        )

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = super().get_form_kwargs()
        return {**kwargs, "children": consent_children(self.request.user)}

    def get_success_buttons(self) -> list[Any]:
        return []


class ConsentWithdrawView(OwnConsentMixin, ServiceFormMixin, generic.EditView):
    """The page of one consent: what was given, by whom and how, and the button to withdraw it."""

    template_name = "accounts/admin/consent_withdraw.html"
    page_title = _("Guardian consent")
    submit_button_label = _("Withdraw the consent")
    success_message = _("%(model_name)s withdrawn: %(object)s.")

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = super().get_form_kwargs()
        return {**kwargs, "record": self.object}

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response: HttpResponse = super().get(request, *args, **kwargs)
        child_record_viewed(actor=request.user, child=self.object.child, target=self.object)
        return response

    def save_instance(self) -> ConsentRecord:
        record: ConsentRecord = self.object
        services.consent_withdraw(child=record.child, withdrawn_by=self.request.user)
        record.refresh_from_db()
        return record

    def get_success_message(self) -> str:
        return gettext("Consent withdrawn: nothing more of %(child)s's learning is stored.") % {
            "child": _person(self.object.child)
        }

    def get_success_buttons(self) -> list[Any]:
        return []

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        record = self.object
        context["details"] = [
            (_("Child"), _person(record.child)),
            (_("Guardian's name"), record.guardian_name),
            (_("Relationship to the child"), record.relationship),
            (_("How it was given"), record.get_method_display()),
            (_("Version of the consent text"), record.text_version),
            (_("Given at"), timezone.localtime(record.given_at).strftime("%d-%m-%Y %H:%M")),
            (_("Recorded by"), _person(record.recorded_by)),
            (_("State"), _consent_state(record)),
        ]
        context["withdrawn"] = record.withdrawn_at is not None
        return context


class ConsentViewSet(ModelViewSet):
    model = ConsentRecord
    icon = "doc-full"
    menu_label = _("Guardian consents")
    add_to_admin_menu = True
    menu_order = 250
    copy_view_enabled = False
    list_filter = ["method"]
    search_fields = ["child__username", "child__full_name", "guardian_name"]
    search_backend_name = None
    index_view_class = ConsentIndexView
    add_view_class = PaperConsentCreateView
    edit_view_class = ConsentWithdrawView
    history_view_class = ConsentHistoryView
    usage_view_class = ConsentUsageView
    list_display = [
        TitleColumn(
            "child",
            label=_("Child"),
            accessor=lambda record: _person(record.child),
            url_name="consents:edit",
        ),
        Column("guardian_name", label=_("Guardian")),
        Column("relationship", label=_("Relationship")),
        Column("method", label=_("How"), accessor="get_method_display"),
        DateColumn("given_at", label=_("Given")),
        Column("state", label=_("State"), accessor=_consent_state),
    ]

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {"form_class": PaperConsentForm, "panel": None, **kwargs}

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {
            "form_class": ConsentWithdrawForm,
            "panel": None,
            "template_name": ConsentWithdrawView.template_name,
            **kwargs,
        }
