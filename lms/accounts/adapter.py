"""How django-allauth stores and reaches Pandu's people: the mobile number on the user, text
messages through Pandu's SMS backend, the profile asked at sign-up, where to go afterwards."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.forms import BaseForm
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from . import services
from .consent import ConsentStatus, consent_status
from .models import User
from .phone import PhoneNumberField, normalise_phone
from .sms import send_sms


def _as_user(user: AbstractBaseUser) -> User:
    assert isinstance(user, User)  # noqa: S101 - AUTH_USER_MODEL is User
    return user


def user_display(user: AbstractBaseUser) -> str:
    """How allauth names a person in its messages: by their name, not their user name."""
    return _as_user(user).get_full_name()


class AccountAdapter(DefaultAccountAdapter):
    # --- The mobile number, kept on the user ---------------------------------------------------
    def phone_form_field(self, **kwargs: Any) -> PhoneNumberField:
        kwargs.pop("label", None)
        return PhoneNumberField(**kwargs)

    def set_phone(self, user: AbstractBaseUser, phone: str, verified: bool) -> None:
        services.user_phone_set(user=_as_user(user), phone=phone, verified=verified)

    def get_phone(self, user: AbstractBaseUser) -> tuple[str, bool] | None:
        person = _as_user(user)
        if not person.phone:
            return None
        return person.phone, person.phone_verified

    def set_phone_verified(self, user: AbstractBaseUser, phone: str) -> None:
        services.user_phone_verify(user=_as_user(user), phone=phone)

    def get_user_by_phone(self, phone: str) -> User | None:
        number = normalise_phone(phone)
        if number is None:
            return None
        return User.objects.filter(phone=number).first()

    def send_verification_code_sms(
        self, user: AbstractBaseUser, phone: str, code: str, **kwargs: Any
    ) -> None:
        with translation.override(_as_user(user).preferred_language):
            body = _(
                "Your Pandu code: %(code)s. Never give it to anyone, not even to Pandu's staff."
            ) % {"code": code}
        send_sms(to=phone, body=body)

    def send_account_already_exists_sms(self, phone: str) -> None:
        # Someone tried to sign up with a number that already has an account. Saying so on
        # the page would tell strangers who uses Pandu; the owner of the number learns it here.
        body = _(
            "Someone tried to sign up on Pandu with this number, but it already has an account. "
            "Sign in with it, or reset your password on the sign-in page."
        )
        send_sms(to=phone, body=body)

    # --- Sign-up -------------------------------------------------------------------------------
    def populate_username(self, request: HttpRequest, user: AbstractBaseUser) -> None:
        """People sign in with their email address or mobile number; the user name, made from
        their name, is only a third way in."""
        person = _as_user(user)
        if not person.username:
            person.username = self.generate_unique_username(
                [person.full_name, person.email, "warga"]
            )

    def save_user(
        self, request: HttpRequest, user: AbstractBaseUser, form: BaseForm, commit: bool = True
    ) -> AbstractBaseUser:
        person = _as_user(user)
        data = form.cleaned_data
        person.full_name = data["full_name"]
        person.birth_year = data["birth_year"]
        person.adult_confirmed = data["adult_confirmed"]
        person.preferred_language = translation.get_language() or "id"
        saved = _as_user(super().save_user(request, person, form, commit=commit))
        if commit:
            services.user_signup_complete(user=saved)
        return saved

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        user = request.user
        if isinstance(user, User) and consent_status(user) == ConsentStatus.PENDING:
            messages.warning(
                request,
                _(
                    "Welcome to Pandu! You are under 18, so your learning is not saved until a "
                    "parent or guardian gives their consent. You can already read every lesson."
                ),
            )
            return reverse("accounts:profile")
        url: str = super().get_signup_redirect_url(request)
        return url

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Where a person lands after signing in: in the language they chose on their profile."""
        user = request.user
        language = user.preferred_language if isinstance(user, User) else None
        with translation.override(language):
            url: str = super().get_login_redirect_url(request)
        return url

    # --- Login stages ----------------------------------------------------------------------------
    def get_login_stages(self) -> list[str]:
        return [
            "lms.accounts.stages.EmailVerificationStage"
            if stage == "allauth.account.stages.EmailVerificationStage"
            else stage
            for stage in super().get_login_stages()
        ]
