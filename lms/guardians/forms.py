"""Forms of the parents' pages: entering a pairing code, and giving consent online."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import PAIRING_CODE_LENGTH

RELATIONSHIP_CHOICES = [
    ("ibu", _("Mother")),
    ("ayah", _("Father")),
    ("wali", _("Legal guardian")),
    ("kakek", _("Grandfather")),
    ("nenek", _("Grandmother")),
    ("paman", _("Uncle")),
    ("bibi", _("Aunt")),
    ("kakak", _("Older brother or sister")),
]


class LinkForm(forms.Form):
    code = forms.CharField(
        label=_("The child's code"),
        max_length=20,
        help_text=_("6 letters and numbers, e.g. ABC-234. Capitals or not, it does not matter."),
        error_messages={"required": _("Type the code the child gave you.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
                "size": PAIRING_CODE_LENGTH + 2,
            }
        ),
    )


class ConsentForm(forms.Form):
    relationship = forms.ChoiceField(
        label=_("You are the child's"),
        choices=RELATIONSHIP_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you are related to the child.")},
    )
    agree = forms.BooleanField(
        label=_("I have read the text above and I agree."),
        error_messages={"required": _("Tick the box to show that you agree.")},
    )
