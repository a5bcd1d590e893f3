from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses.models import Topic
from lms.accounts.models import User

from .models import Channel, Kind
from .selectors import PreferenceGrid


def field_name(kind: str, channel: str) -> str:
    return f"{kind}__{channel}"


class PreferencesForm(forms.Form):
    """One checkbox per (kind, channel); the channels the person cannot receive are disabled (a
    disabled field keeps its current value whatever is posted)."""

    def __init__(self, *args: Any, user: User, grid: PreferenceGrid, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.grid = grid
        for cell in grid.cells():
            self.fields[field_name(cell.kind, cell.channel)] = forms.BooleanField(
                required=False,
                initial=cell.enabled,
                disabled=not cell.available,
                label=f"{Kind(cell.kind).label}: {Channel(cell.channel).label}",
            )

        topics = Topic.objects.filter(locale=Locale.get_default()).order_by("sort_order", "name")
        self.fields["topics"] = forms.MultipleChoiceField(
            required=False,
            initial=grid.topics,
            widget=forms.CheckboxSelectMultiple,
            choices=[(topic.slug, topic.name) for topic in topics],
            label=_("New courses: which topics? (none ticked: every topic)"),
        )

    def chosen(self) -> set[tuple[str, str]]:
        return {
            (cell.kind, cell.channel)
            for cell in self.grid.cells()
            if cell.available and self.cleaned_data.get(field_name(cell.kind, cell.channel))
        }

    def editable(self) -> set[tuple[str, str]]:
        return {(cell.kind, cell.channel) for cell in self.grid.cells() if cell.available}
