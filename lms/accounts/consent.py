"""Whether a person's learning may be recorded (UU PDP, Pasal 25: a child's data needs a
guardian's consent). Every write of learning data asks `may_record_learning` first."""

from __future__ import annotations

import datetime
from enum import StrEnum

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ConsentRecord, User

ADULT_AGE = 18
# The consent text a guardian agrees to; a new wording gets a new version.
CONSENT_TEXT_VERSION = "2026-11"


class ConsentStatus(StrEnum):
    NOT_NEEDED = "not_needed"  # an adult
    GIVEN = "given"
    PENDING = "pending"  # a minor without a guardian's consent


CONSENT_STATUS_LABELS = {
    ConsentStatus.NOT_NEEDED: _("not needed"),
    ConsentStatus.GIVEN: _("guardian's consent given"),
    ConsentStatus.PENDING: _("waiting for a parent's consent"),
}


def is_minor(user: User, *, today: datetime.date | None = None) -> bool:
    """Under 18 by the birth year given at sign-up. Someone turning 18 this year counts as an
    adult only once they confirmed it. Accounts without a birth year (made by an admin or a
    command) count as adults."""
    if user.birth_year is None:
        return False
    year = (today or timezone.localdate()).year
    age_this_year = year - user.birth_year
    if age_this_year > ADULT_AGE:
        return False
    if age_this_year == ADULT_AGE:
        return not user.adult_confirmed
    return True


def birth_year_is_ambiguous(birth_year: int, *, today: datetime.date | None = None) -> bool:
    """True when this birth year leaves open whether the person is 18 yet."""
    return (today or timezone.localdate()).year - birth_year == ADULT_AGE


def active_consent(user: User) -> ConsentRecord | None:
    return user.consents.filter(withdrawn_at__isnull=True).first()


def consent_status(user: User) -> ConsentStatus:
    if not is_minor(user):
        return ConsentStatus.NOT_NEEDED
    if active_consent(user) is not None:
        return ConsentStatus.GIVEN
    return ConsentStatus.PENDING


def may_record_learning(user: AbstractBaseUser | AnonymousUser) -> bool:
    """The one gate for every write of learning data: yes for adults; for a minor, only while a
    guardian's consent is on record. Nobody's learning is recorded without an account."""
    if not isinstance(user, User) or not user.is_active:
        return False
    return consent_status(user) != ConsentStatus.PENDING
