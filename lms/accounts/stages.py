"""Login stages that differ from django-allauth's defaults."""

from __future__ import annotations

from typing import Any

from allauth.account import app_settings, stages
from allauth.account.models import EmailAddress

from .models import User


def email_needs_verification(user: User) -> bool:
    """Someone who signed up with an email address, and has no verified number to fall back on,
    verifies the address before they can use the account: otherwise a mistyped address leaves
    them without a way to reset their password. Accounts that an admin or a command made carry
    no unverified address and are not held up."""
    if user.phone and user.phone_verified:
        return False
    addresses = EmailAddress.objects.filter(user=user)
    return addresses.exists() and not addresses.filter(verified=True).exists()


class EmailVerificationStage(stages.EmailVerificationStage):
    def handle(self) -> tuple[Any, bool]:
        user = self.login.user
        if isinstance(user, User) and email_needs_verification(user):
            self.login.email_verification = app_settings.EmailVerificationMethod.MANDATORY
        response: tuple[Any, bool] = super().handle()
        return response
