"""Form fields rendered accessibly: the hint and the error are linked to the input, a field
with an error says so to screen readers, and a group of choices is a fieldset."""

from __future__ import annotations

from django import forms, template
from django.forms import BoundField
from django.utils.safestring import SafeString

from lms.accounts.phone import display_phone

register = template.Library()


@register.simple_tag
def field_widget(field: BoundField) -> SafeString:
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
    attrs: dict[str, str | bool] = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_choice_group(field: BoundField) -> bool:
    return isinstance(field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)


@register.filter
def is_checkbox(field: BoundField) -> bool:
    return isinstance(field.field.widget, forms.CheckboxInput)


@register.filter
def local_phone(e164: str) -> str:
    """+6281234567890 → 0812-3456-7890."""
    return display_phone(e164) if e164 else ""


@register.filter
def in_fours(secret: str) -> str:
    """A long key, easier to copy by hand: ABCD EFGH IJKL …"""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
