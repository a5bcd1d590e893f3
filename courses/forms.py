from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Level, Pillar, Topic


class CatalogFilterForm(forms.Form):
    """The catalog's search and filters, read from the query string. An unknown value is reported
    and ignored, never an error page."""

    q = forms.CharField(label=_("Search"), max_length=100, required=False, strip=True)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *Level.choices]
    )
    pillar = forms.ChoiceField(
        label=_("Literacy pillar"),
        required=False,
        choices=[("", _("All pillars")), *Pillar.choices],
    )
    page = forms.IntegerField(min_value=1, required=False)

    def __init__(self, *args: Any, topics: Sequence[Topic], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        topic_field = self.fields["topic"]
        assert isinstance(topic_field, forms.ChoiceField)  # noqa: S101 - narrows the type
        topic_field.choices = [("", _("All topics")), *((t.slug, t.name) for t in topics)]

    def filters(self) -> dict[str, str]:
        """The valid filters; fields with a bad value are left out."""
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in ("q", "topic", "level", "pillar")
            if name not in self.errors and self.cleaned_data.get(name)
        }

    def page_number(self) -> int:
        self.is_valid()
        return int(self.cleaned_data.get("page") or 1) if "page" not in self.errors else 1
