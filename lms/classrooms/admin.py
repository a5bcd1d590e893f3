"""Wagtail admin screens for the city's admins: schools, and who teaches or administers at each.
Both write through the services (lms/classrooms/services.py), which leave an audit entry."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from lms.accounts.admin_views import ServiceFormMixin
from lms.accounts.forms import PersonField
from lms.accounts.models import KECAMATAN

from . import permissions, services
from .models import School, SchoolLevel, SchoolStaff, StaffRole


class CityAdminPolicy(ModelPermissionPolicy):
    """Only the city's admins manage schools and their staff; schools are never deleted (their
    classes keep them)."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        allowed = {"view", "add", "change"} if self.model is School else {"view", "add", "delete"}
        return action in allowed and permissions.is_city_admin(user)


class SchoolForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    npsn = forms.RegexField(
        label=_("NPSN"),
        regex=r"^\d{8}$",
        error_messages={"invalid": _("An NPSN has 8 digits.")},
        help_text=_("The school's national number (Nomor Pokok Sekolah Nasional), 8 digits."),
    )
    level = forms.ChoiceField(label=_("Level"), choices=SchoolLevel.choices)
    kecamatan = forms.ChoiceField(
        label=_("Kecamatan"), choices=[("", "—"), *KECAMATAN], required=False
    )

    def __init__(self, *args: Any, instance: School | None = None, **kwargs: Any) -> None:
        if instance is not None:
            kwargs.setdefault(
                "initial",
                {
                    "name": instance.name,
                    "npsn": instance.npsn,
                    "level": instance.level,
                    "kecamatan": instance.kecamatan,
                },
            )
        super().__init__(*args, **kwargs)


class SchoolStaffForm(forms.Form):
    person = PersonField(label=_("Person"))
    school = forms.ModelChoiceField(label=_("School"), queryset=School.objects.order_by("name"))
    role = forms.ChoiceField(label=_("Role"), choices=StaffRole.choices)


class SchoolCreateView(ServiceFormMixin, generic.CreateView):
    page_title = _("Add a school")

    def save_instance(self) -> School:
        data = self.form.cleaned_data
        return services.school_create(
            name=data["name"],
            npsn=data["npsn"],
            level=data["level"],
            kecamatan=data["kecamatan"],
            actor=self.request.user,
        )

    def get_success_buttons(self) -> list[Any]:
        return []


class SchoolEditView(ServiceFormMixin, generic.EditView):
    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = super().get_form_kwargs()
        return {**kwargs, "instance": self.object}

    def save_instance(self) -> School:
        data = self.form.cleaned_data
        return services.school_update(
            school=self.object,
            name=data["name"],
            npsn=data["npsn"],
            level=data["level"],
            kecamatan=data["kecamatan"],
            actor=self.request.user,
        )

    def get_success_buttons(self) -> list[Any]:
        return []


class SchoolViewSet(ModelViewSet):
    model = School
    icon = "home"
    menu_label = _("Schools")
    add_to_admin_menu = True
    menu_order = 260
    copy_view_enabled = False
    inspect_view_enabled = False
    list_filter = ["level", "kecamatan"]
    search_fields = ["name", "npsn"]
    search_backend_name = None
    add_view_class = SchoolCreateView
    edit_view_class = SchoolEditView
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="schools:edit"),
        Column("npsn", label=_("NPSN")),
        Column("level", label=_("Level"), accessor="get_level_display"),
        Column("kecamatan", label=_("Kecamatan"), accessor="get_kecamatan_display"),
    ]

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {"form_class": SchoolForm, "panel": None, **kwargs}

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {"form_class": SchoolForm, "panel": None, **kwargs}


class StaffIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[SchoolStaff]:
        queryset: QuerySet[SchoolStaff] = super().get_base_queryset()
        return queryset.select_related("user", "school")


class StaffCreateView(ServiceFormMixin, generic.CreateView):
    page_title = _("Add a teacher or school admin")

    def save_instance(self) -> SchoolStaff:
        data = self.form.cleaned_data
        services.school_staff_add(
            school=data["school"],
            user=data["person"],
            role=StaffRole(data["role"]),
            actor=self.request.user,
        )
        return SchoolStaff.objects.get(
            school=data["school"], user=data["person"], role=data["role"]
        )

    def get_success_buttons(self) -> list[Any]:
        return []


class StaffRemoveView(generic.DeleteView):
    page_title = _("Remove from the school")

    @property
    def confirmation_message(self) -> str:
        staff: SchoolStaff = self.object
        return gettext("%(person)s no longer works at %(school)s as %(role)s?") % {
            "person": staff.user.get_full_name(),
            "school": staff.school.name,
            "role": staff.get_role_display(),
        }

    def delete_action(self) -> None:
        services.school_staff_remove(staff=self.object, actor=self.request.user)


class SchoolStaffViewSet(ModelViewSet):
    model = SchoolStaff
    icon = "group"
    menu_label = _("School staff")
    add_to_admin_menu = True
    menu_order = 261
    copy_view_enabled = False
    inspect_view_enabled = False
    list_filter = ["role", "school"]
    search_fields = ["user__username", "user__full_name", "user__email", "school__name"]
    search_backend_name = None
    index_view_class = StaffIndexView
    add_view_class = StaffCreateView
    delete_view_class = StaffRemoveView
    edit_view_class = StaffRemoveView
    list_display = [
        TitleColumn(
            "user",
            label=_("Person"),
            accessor=lambda staff: staff.user.get_full_name(),
            url_name="school_staff:delete",
        ),
        Column("school", label=_("School"), accessor=lambda staff: staff.school.name),
        Column("role", label=_("Role"), accessor="get_role_display"),
        DateColumn("added_at", label=_("Added")),
    ]

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return {"form_class": SchoolStaffForm, "panel": None, **kwargs}

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        remove_kwargs: dict[str, Any] = self.get_delete_view_kwargs(**kwargs)
        return remove_kwargs
