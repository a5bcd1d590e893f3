"""The audit log in the Wagtail admin: read only, for admins."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import AuditEntry


class AuditPermissionPolicy(ModelPermissionPolicy):
    """Admins read the log; nobody writes, changes or deletes an entry through the admin."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action == "view" and bool(user.is_active and user.is_superuser)


def _person(user: Any) -> str:
    if user is None:
        return "—"
    return f"{user.get_full_name() or user.username} ({user.username})"


class AuditViewSet(ModelViewSet):
    model = AuditEntry
    icon = "history"
    menu_label = _("Audit log")
    add_to_admin_menu = True
    menu_order = 900
    inspect_view_enabled = True
    copy_view_enabled = False
    list_filter = ["action"]
    search_fields = ["action", "target", "actor__username", "subject__username"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "at",
            label=_("When"),
            accessor=lambda entry: entry.at.strftime("%Y-%m-%d %H:%M:%S"),
            url_name="audit:inspect",
        ),
        Column("action", label=_("Action")),
        Column("actor", label=_("Who"), accessor=lambda entry: _person(entry.actor)),
        Column("subject", label=_("About whom"), accessor=lambda entry: _person(entry.subject)),
        Column("target", label=_("About what")),
    ]
    # Wagtail asks for a form even though nobody may add or change an entry (the policy).
    form_fields = ["action"]
    inspect_view_fields = ["at", "action", "actor", "subject", "target", "data"]

    def get_index_view_kwargs(self, **kwargs: Any) -> Any:
        # The list names who acted and about whom: one join, not two queries per row.
        return super().get_index_view_kwargs(
            queryset=AuditEntry.objects.select_related("actor", "subject"), **kwargs
        )
