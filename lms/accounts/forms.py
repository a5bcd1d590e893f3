"""Forms for signing up, signing in, the profile, resetting a password by SMS, and the admin's
roles and paper consents. Every message is in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from allauth.account import forms as allauth_forms
from allauth.account.adapter import get_adapter
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.core.validators import validate_email
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from .consent import birth_year_is_ambiguous
from .models import KECAMATAN, ConsentRecord, Role, User
from .phone import PhoneNumberField, normalise_phone
from .selectors import user_by_identifier

YES, NO = "yes", "no"
# The youngest learners are primary-school children; nobody is older than this.
YOUNGEST_AGE, OLDEST_AGE = 5, 120


class BirthYearMixin(forms.Form):
    """The birth year and, when that year leaves it open, whether the person is 18 yet."""

    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        help_text=_("For example 1990. Only the year, to know whether you are under 18."),
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "pattern": "[0-9]*",
                "maxlength": "4",
                "autocomplete": "bday-year",
                "class": "input--short",
            }
        ),
        error_messages={
            "required": _("Enter the year you were born, for example 1990."),
            "invalid": _("Enter the year as four digits, for example 1990."),
        },
    )
    turned_18 = forms.ChoiceField(
        label=_("Have you had your 18th birthday yet?"),
        choices=[(YES, _("Yes, I am 18 or older")), (NO, _("Not yet"))],
        widget=forms.RadioSelect,
        required=False,
    )

    def ambiguous_year(self) -> int:
        """The birth year for which the question is asked (this year minus 18)."""
        return timezone.localdate().year - 18

    def asks_turned_18(self) -> bool:
        """Whether the page shows the question now (it can also appear as the year is typed)."""
        value = self["birth_year"].value()
        try:
            return int(value) == self.ambiguous_year()
        except (TypeError, ValueError):
            return False

    def clean_birth_year(self) -> int | None:
        year: int | None = self.cleaned_data.get("birth_year")
        if year is None:
            return None
        this_year = timezone.localdate().year
        if year > this_year - YOUNGEST_AGE or year < this_year - OLDEST_AGE:
            raise forms.ValidationError(
                gettext("Check the year: %(year)s cannot be the year you were born.")
                % {"year": year},
                code="implausible",
            )
        return year

    def clean_adult_confirmation(self) -> None:
        year = self.cleaned_data.get("birth_year")
        answer = self.cleaned_data.get("turned_18")
        self.cleaned_data["adult_confirmed"] = False
        if year is None or not birth_year_is_ambiguous(year):
            return
        if answer not in (YES, NO):
            self.add_error(
                "turned_18",
                gettext(
                    "You were born in %(year)s, so you may or may not be 18 yet: choose one answer."
                )
                % {"year": year},
            )
            return
        self.cleaned_data["adult_confirmed"] = answer == YES


def _drop_placeholders(form: forms.Form) -> None:
    """Every field has a visible label; a placeholder repeating it only adds noise."""
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)


class SignupForm(BirthYearMixin, allauth_forms.SignupForm):
    """Sign up with a full name, an email address or a mobile number, a birth year and a
    password. The email or number is one field: people write what they have."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("As it should be printed on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name", "autocapitalize": "words"}),
        error_messages={"required": _("Enter your full name.")},
    )
    contact = forms.CharField(
        label=_("Mobile number or email"),
        max_length=254,
        help_text=_("We send a code or a link there to check that it is yours."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
        error_messages={"required": _("Enter your mobile number or your email address.")},
    )
    field_order = ["full_name", "contact", "birth_year", "turned_18", "password1", "password2"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The one contact field stands for allauth's separate email and phone fields.
        self.fields.pop("email", None)
        self.fields.pop("phone", None)
        self.order_fields(self.field_order)
        self.fields["password1"].label = _("Password")
        self.fields["password2"].label = _("Password (again)")
        self.fields["password1"].help_text = _(
            "At least 12 characters. A short sentence is easy to remember, e.g. "
            "“kopi pagi di Klandasan”."
        )
        _drop_placeholders(self)

    def clean_contact(self) -> str:
        value: str = self.cleaned_data["contact"].strip()
        self.cleaned_data["email"] = ""
        self.cleaned_data["phone"] = ""
        if "@" in value:
            try:
                validate_email(value)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("This email address looks incomplete, e.g. nama@gmail.com."),
                    code="invalid_email",
                ) from None
            email = get_adapter().clean_email(value.lower())
            self.cleaned_data["email"] = self.validate_unique_email(email)
            return value
        phone = normalise_phone(value)
        if phone is None:
            raise forms.ValidationError(
                _(
                    "Enter an Indonesian mobile number (e.g. 0812 3456 7890) or an email "
                    "address (e.g. nama@gmail.com)."
                ),
                code="invalid_contact",
            )
        self.cleaned_data["phone"] = phone
        return value

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        self.clean_adult_confirmation()
        return cleaned


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        login = self.fields["login"]
        login.label = _("Mobile number, email or user name")
        login.widget.attrs.update({"autocomplete": "username", "autocapitalize": "none"})
        self.fields["password"].label = _("Password")
        self.fields["password"].help_text = ""
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in on this device")
        _drop_placeholders(self)


def _numeric_code(form: forms.Form, label: StrOrPromise) -> None:
    """A code typed on a phone: the number pad, and the SMS's code offered by the keyboard."""
    field = form.fields["code"]
    field.label = label
    field.widget.attrs.pop("placeholder", None)
    field.widget.attrs.update(
        {"inputmode": "numeric", "autocomplete": "one-time-code", "class": "input--short"}
    )


class VerifyPhoneForm(allauth_forms.VerifyPhoneForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _numeric_code(self, _("Code from the SMS"))


class ActivateTOTPForm(totp_forms.ActivateTOTPForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _numeric_code(self, _("Code from the app"))


class AuthenticateForm(mfa_forms.AuthenticateForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _numeric_code(self, _("Code from the app, or a recovery code"))


class ReauthenticateForm(mfa_forms.ReauthenticateForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _numeric_code(self, _("Code from the app, or a recovery code"))


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _drop_placeholders(self)


class ProfileForm(BirthYearMixin):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("As it should be printed on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name", "autocapitalize": "words"}),
        error_messages={"required": _("Enter your full name.")},
    )
    kecamatan = forms.ChoiceField(
        label=_("Kecamatan (district)"),
        choices=[("", _("— I'd rather not say —")), *KECAMATAN],
        required=False,
        help_text=_("Optional. Helps the city see which parts of Balikpapan are learning."),
    )
    kelurahan = forms.CharField(
        label=_("Kelurahan (optional)"),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-level3"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Language of the app"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
    field_order = [
        "full_name",
        "birth_year",
        "turned_18",
        "kecamatan",
        "kelurahan",
        "preferred_language",
    ]

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        kwargs.setdefault(
            "initial",
            {
                "full_name": user.full_name,
                "birth_year": user.birth_year,
                "turned_18": YES if user.adult_confirmed else "",
                "kecamatan": user.kecamatan,
                "kelurahan": user.kelurahan,
                "preferred_language": user.preferred_language,
            },
        )
        super().__init__(*args, **kwargs)
        # A birth year once given stays: clearing it would make anyone count as an adult.
        self.fields["birth_year"].required = user.birth_year is not None

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        self.clean_adult_confirmation()
        return cleaned


class PhoneResetRequestForm(forms.Form):
    phone = PhoneNumberField(
        help_text=_("The number you signed up with. We send a code to it."),
        error_messages={"required": _("Enter your mobile number.")},
    )


class PhoneResetForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the SMS"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "class": "input--short"}
        ),
        error_messages={"required": _("Enter the code from the SMS.")},
    )
    password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        help_text=_("At least 12 characters."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("New password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(
        self, *args: Any, user: User | None, code_is_valid: Callable[[str], bool], **kwargs: Any
    ) -> None:
        self.user = user
        self.code_is_valid = code_is_valid
        super().__init__(*args, **kwargs)

    def clean_code(self) -> str:
        code: str = self.cleaned_data["code"].strip().upper()
        if self.user is None or not self.code_is_valid(code):
            raise forms.ValidationError(_("This code is not right. Check the SMS and try again."))
        return code

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first and "code" in cleaned:
            try:
                password_validation.validate_password(first, user=self.user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


# --- The admin -----------------------------------------------------------------------------------
class PersonField(forms.CharField):
    """An account named by its user name, email address or mobile number."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", _("User name, email address or mobile number."))
        super().__init__(max_length=254, **kwargs)

    def clean(self, value: Any) -> User:
        text = super().clean(value)
        user = user_by_identifier(text)
        if user is None:
            raise forms.ValidationError(
                gettext("No account found for “%(name)s”.") % {"name": text}, code="unknown"
            )
        return user


class RoleGrantForm(forms.Form):
    person = PersonField(label=_("Person"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class PaperConsentForm(forms.Form):
    """`children`: those whose consent this admin may record (a school admin, their pupils)."""

    child = PersonField(label=_("Child"))
    guardian_name = forms.CharField(label=_("Guardian's name"), max_length=150)
    relationship = forms.CharField(
        label=_("Relationship to the child"),
        max_length=60,
        help_text=_("e.g. mother, father, uncle"),
    )
    form_received = forms.BooleanField(
        label=_("I hold the consent form, signed by this guardian"),
        help_text=_("Keep the paper form at the school."),
        error_messages={"required": _("A paper consent needs the signed form.")},
    )

    def __init__(self, *args: Any, children: QuerySet[User], **kwargs: Any) -> None:
        self.children = children
        super().__init__(*args, **kwargs)

    def clean_child(self) -> User:
        child: User = self.cleaned_data["child"]
        if not self.children.filter(pk=child.pk).exists():
            raise forms.ValidationError(
                gettext(
                    "“%(name)s” is not a pupil in a class of your school. The consent is "
                    "recorded by the child's own school, or by the city's admin."
                )
                # As typed: the name of another school's pupil is not this admin's to read.
                % {"name": self.data.get(self.add_prefix("child"), "").strip()},
                code="not_your_pupil",
            )
        return child


class ConsentWithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Withdraw this consent: from now on nothing of the child's learning is stored"),
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def __init__(self, *args: Any, record: ConsentRecord, **kwargs: Any) -> None:
        self.record = record
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if self.record.withdrawn_at is not None:
            raise forms.ValidationError(_("This consent was already withdrawn."))
        return cleaned


class LoginCodeForm(forms.Form):
    """The code on a login card that a teacher printed."""

    code = forms.CharField(
        label=_("Login code"),
        help_text=_("8 letters and digits, from the card your teacher gave you, e.g. ABCD-2345."),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "class": "input--code",
            }
        ),
        error_messages={"required": _("Type the code from your login card.")},
    )
