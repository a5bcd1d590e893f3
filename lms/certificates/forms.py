from __future__ import annotations

import json
from typing import Any

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from lms.accounts.forms import PersonField
from lms.core.uploads import has_control_characters

from .models import Issuer

# A credential is a few kilobytes; a larger upload is not one.
MAX_UPLOAD_BYTES = 64 * 1024


class CheckForm(forms.Form):
    """The public check: a code from a printed certificate, or a credential (file or text)."""

    code = forms.CharField(
        label=_("Code on the certificate"),
        max_length=64,
        required=False,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9_-]+$",
                _("A code has only letters, digits, “-” and “_”: type it exactly as printed."),
            )
        ],
    )
    file = forms.FileField(label=_("Credential file (.jwt or .json)"), required=False)
    credential = forms.CharField(
        label=_("Or paste the credential"),
        required=False,
        max_length=MAX_UPLOAD_BYTES,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false", "autocomplete": "off"}),
    )

    def clean_file(self) -> str:
        upload = self.cleaned_data.get("file")
        if upload is None:
            return ""
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("This file is too large to be a credential."))
        refused = forms.ValidationError(_("This file is not a credential."))
        try:
            text = str(upload.read().decode("utf-8"))
        except UnicodeDecodeError:
            raise refused from None
        if has_control_characters(text):  # a binary file that happens to decode
            raise refused
        return text

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        if not (data.get("code") or data.get("file") or data.get("credential")) and not self.errors:
            raise forms.ValidationError(
                _("Enter the code on the certificate, or choose a credential file.")
            )
        return data

    def credential_value(self) -> Any:
        """The credential as handed in: a token, or the JSON object that holds it."""
        text = (self.cleaned_data.get("file") or self.cleaned_data.get("credential") or "").strip()
        if text.startswith("{"):
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                return text
        return text


# --- Admin ---------------------------------------------------------------------------------------


def _courses() -> Any:
    from courses.models import CoursePage

    return CoursePage.objects.live().filter(locale__language_code="id").order_by("title")


def _issuers() -> Any:
    from .models import Issuer

    return Issuer.objects.order_by("-is_default", "name")


class CourseChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.title} (id {obj.pk})"


class IssueForm(forms.Form):
    """One certificate by hand: a person who attended in-person training, or whose completion
    was recorded on paper."""

    person = PersonField(label=_("Person"))
    course = CourseChoiceField(label=_("Course"), queryset=None)
    issuer: forms.ModelChoiceField = forms.ModelChoiceField(  # type: ignore[type-arg]
        label=_("Issuer"), queryset=None, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("instance", None)
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = _courses()  # type: ignore[attr-defined]
        self.fields["issuer"].queryset = _issuers()  # type: ignore[attr-defined]
        self.fields["issuer"].help_text = _("Empty: the default issuer.")


class AttendeesForm(forms.Form):
    file = forms.FileField(
        label=_("Attendance list (CSV)"),
        help_text=_(
            "A header line, then one person per line: “peserta” (user name, e-mail address or "
            "mobile number) and “kursus” (the course's id, shown in the course list)."
        ),
    )
    issuer: forms.ModelChoiceField = forms.ModelChoiceField(  # type: ignore[type-arg]
        label=_("Issuer"), queryset=None, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["issuer"].queryset = _issuers()  # type: ignore[attr-defined]
        self.fields["issuer"].help_text = _("Empty: the default issuer.")

    def clean_file(self) -> str:
        upload = self.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            raise forms.ValidationError(_("The file is too large: at most 2 MB."))
        refused = forms.ValidationError(_("Save the list as CSV in UTF-8."))
        try:
            text = str(upload.read().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise refused from None
        if has_control_characters(text):  # a binary file that happens to decode
            raise refused
        return text


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        help_text=_("Shown to anyone who checks the certificate."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("instance", None)
        super().__init__(*args, **kwargs)


class IssuerForm(WagtailAdminModelForm):
    url = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Issuer
        fields = [
            "name",
            "url",
            "email",
            "logo",
            "signatory_name",
            "signatory_title",
            "is_default",
        ]
