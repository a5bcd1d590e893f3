"""Every read of accounts that a page or a command needs."""

from __future__ import annotations

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.db.models import Q, QuerySet

from .consent import ConsentStatus, active_consent, consent_status, is_minor
from .models import ConsentRecord, Role, User
from .permissions import AnyUser, consent_children
from .phone import display_phone, normalise_phone


def user_by_identifier(identifier: str) -> User | None:
    """The account with this user name, email address or mobile number (in any common way of
    writing it), as a person would name it on the command line or in the admin."""
    text = identifier.strip()
    if not text:
        return None
    condition = Q(username__iexact=text)
    if "@" in text:
        condition |= Q(email__iexact=text) | Q(emailaddress__email__iexact=text)
    phone = normalise_phone(text)
    if phone is not None:
        condition |= Q(phone=phone)
    return User.objects.filter(condition).distinct().first()


@dataclass(frozen=True)
class ProfileSummary:
    user: User
    phone_display: str  # as written in Indonesia, 0812-3456-7890
    emails: list[EmailAddress]
    roles: list[str]  # their names, in the active language
    is_minor: bool
    consent_status: ConsentStatus
    consent: ConsentRecord | None
    mfa_enabled: bool


def profile_summary(*, user: User) -> ProfileSummary:
    grants = sorted(user.role_grants.values_list("role", flat=True))
    status = consent_status(user)
    return ProfileSummary(
        user=user,
        phone_display=display_phone(user.phone) if user.phone else "",
        emails=list(EmailAddress.objects.filter(user=user).order_by("-primary", "email")),
        roles=[str(Role(role).label) for role in grants],
        is_minor=is_minor(user),
        consent_status=status,
        consent=active_consent(user) if status == ConsentStatus.GIVEN else None,
        mfa_enabled=is_mfa_enabled(user),
    )


def consents_managed_by(*, user: AnyUser) -> QuerySet[ConsentRecord]:
    """The guardian consents `user` manages in the admin, with the people the list names.

    `child__in` rather than a join, so that a pupil in two of the school's classes is listed
    once."""
    return ConsentRecord.objects.filter(child__in=consent_children(user)).select_related(
        "child", "recorded_by"
    )
