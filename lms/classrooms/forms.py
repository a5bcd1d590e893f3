"""Forms of the class pages: make a class, join one, add students one at a time or from a
roster, a guardian's paper consent. Every message is in the user's language."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.forms import OLDEST_AGE, YOUNGEST_AGE

from . import roster
from .models import JOIN_CODE_LENGTH, School, Semester

COMMUNITY = ""  # the school choice of a community group


def current_academic_year(today: datetime.date | None = None) -> str:
    """Indonesia's school year starts in July: "2026/2027" from July 2026 to June 2027."""
    today = today or timezone.localdate()
    start = today.year if today.month >= 7 else today.year - 1
    return f"{start}/{start + 1}"


def current_semester(today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    return Semester.GANJIL if today.month >= 7 else Semester.GENAP


class ClassroomForm(forms.Form):
    name = forms.CharField(
        label=_("Class name"),
        max_length=100,
        help_text=_("As the school calls it, e.g. VII-A, or the group's name."),
        error_messages={"required": _("Give the class a name, e.g. VII-A.")},
    )
    grade = forms.TypedChoiceField(
        label=_("Grade"),
        choices=[("", _("No grade (community group)"))]
        + [(str(n), _("Grade %(n)s") % {"n": n}) for n in range(1, 13)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    academic_year = forms.RegexField(
        label=_("Academic year"),
        regex=r"^\d{4}/\d{4}$",
        max_length=9,
        error_messages={"invalid": _("Write the year as 2026/2027.")},
        widget=forms.TextInput(attrs={"class": "input--short", "inputmode": "numeric"}),
    )
    semester = forms.TypedChoiceField(
        label=_("Semester"),
        choices=Semester.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    school = forms.ChoiceField(label=_("School"), required=False)

    def __init__(self, *args: Any, schools: list[School], **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {
                "academic_year": current_academic_year(),
                "semester": current_semester(),
                "school": str(schools[0].pk) if schools else COMMUNITY,
            },
        )
        super().__init__(*args, **kwargs)
        self.schools = {str(school.pk): school for school in schools}
        field = self.fields["school"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 - declared above
        field.choices = [(key, school.name) for key, school in self.schools.items()] + [
            (COMMUNITY, _("Community learning group (no school)"))
        ]

    def clean_academic_year(self) -> str:
        value: str = self.cleaned_data["academic_year"]
        first, second = (int(part) for part in value.split("/"))
        if second != first + 1:
            raise forms.ValidationError(_("The second year follows the first, e.g. 2026/2027."))
        return value

    def chosen_school(self) -> School | None:
        return self.schools.get(self.cleaned_data.get("school") or COMMUNITY)


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Class code"),
        help_text=_("6 letters and digits, from your teacher."),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "class": "input--code",
                "size": JOIN_CODE_LENGTH + 4,
            }
        ),
        error_messages={"required": _("Type the class code from your teacher.")},
    )


def _nisn_field() -> forms.RegexField:
    return forms.RegexField(
        label=_("NISN (optional)"),
        regex=r"^\d{10}$",
        required=False,
        max_length=10,
        error_messages={"invalid": _("An NISN has 10 digits.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "input--short"}),
    )


class ExistingStudentForm(forms.Form):
    """A pupil who already has an account."""

    identifier = forms.CharField(
        label=_("Username, email address or mobile number"),
        max_length=150,
        error_messages={"required": _("Write the pupil's username, email or mobile number.")},
    )
    nisn = _nisn_field()


class NewStudentForm(forms.Form):
    """A pupil without an account: Pandu makes one, with a login code for a printed card."""

    full_name = forms.CharField(
        label=_("Pupil's full name"),
        max_length=150,
        error_messages={"required": _("Write the pupil's full name.")},
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "maxlength": "4", "class": "input--short"}
        ),
        error_messages={
            "required": _("Write the pupil's year of birth, e.g. 2014."),
            "invalid": _("Write the year as four digits, e.g. 2014."),
        },
    )
    nisn = _nisn_field()

    def clean_birth_year(self) -> int:
        year: int = self.cleaned_data["birth_year"]
        this_year = timezone.localdate().year
        if not this_year - OLDEST_AGE <= year <= this_year - YOUNGEST_AGE:
            raise forms.ValidationError(
                _("The birth year %(year)s cannot be right for a pupil.") % {"year": year}
            )
        return year


class RosterForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file (CSV or Excel .xlsx)"),
        error_messages={
            "required": _("Choose the roster file."),
            "empty": _("The file is empty."),
        },
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > roster.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 2 MB. Split the roster into smaller files.")
            )
        return upload


class ConsentForm(forms.Form):
    guardian_name = forms.CharField(
        label=_("Guardian's name"),
        max_length=150,
        error_messages={"required": _("Write the guardian's name as on the form.")},
    )
    relationship = forms.CharField(
        label=_("Relationship to the pupil"),
        max_length=60,
        help_text=_("e.g. mother, father, uncle"),
        error_messages={"required": _("Write how the guardian is related to the pupil.")},
    )
