"""Indonesian mobile numbers, as people write them (0812-3456-7890, +62 812 3456 7890,
62812…), stored one way: E.164, +628…"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

# After the country code: 8, then the operator's digit (never 0), then 7 to 10 more digits, so
# 10 to 13 digits when written with the leading 0.
_MOBILE = re.compile(r"^\+628[1-9]\d{7,10}$")
_SEPARATORS = re.compile(r"[\s\-.()/]")

INVALID_PHONE_MESSAGE = _("Enter an Indonesian mobile number, for example 0812 3456 7890.")


def normalise_phone(raw: str) -> str | None:
    """The number in E.164 (+628…), or None when it is not an Indonesian mobile number."""
    number = _SEPARATORS.sub("", raw.strip())
    if number.startswith("+62"):
        number = number[3:]
    elif number.startswith("0062"):
        number = number[4:]
    elif number.startswith("62"):
        number = number[2:]
    elif number.startswith("0"):
        number = number[1:]
    candidate = f"+62{number}"
    return candidate if _MOBILE.match(candidate) else None


def display_phone(e164: str) -> str:
    """+6281234567890 → 0812-3456-7890, the way it is written in Indonesia."""
    if not e164.startswith("+62"):
        return e164
    local = "0" + e164[3:]
    return "-".join(local[i : i + 4] for i in range(0, len(local), 4))


class PhoneNumberField(forms.CharField):
    """A form field that accepts an Indonesian mobile number in any common way of writing it and
    cleans it to E.164."""

    default_error_messages = {"invalid": INVALID_PHONE_MESSAGE}

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Mobile number"))
        kwargs.setdefault("max_length", 24)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"},
            ),
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        if not text:
            return ""
        number = normalise_phone(text)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number
