"""Linking parents to children with a pairing code, unlinking, and a linked parent's consent
for a minor child (UU PDP, Pasal 25). Every change is audited."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from lms.accounts import services as account_services
from lms.accounts.consent import is_minor
from lms.accounts.models import ConsentMethod, ConsentRecord, Role, User
from lms.core.services import audit_log
from lms.privacy import services as privacy_services

from . import permissions
from .models import PAIRING_CODE_ALPHABET, PAIRING_CODE_LENGTH, GuardianLink, PairingCode

PAIRING_CODE_VALID_FOR = timedelta(days=7)

# How a parent is related to the child; the value is stored in the consent record as shown.
RELATIONSHIPS = ("ibu", "ayah", "wali", "kakek", "nenek", "paman", "bibi", "kakak")


def normalize_pairing_code(code: str) -> str:
    """What a parent typed, as a code: capitals, without spaces or dashes."""
    return "".join(code.split()).replace("-", "").upper()


def format_pairing_code(code: str) -> str:
    """ABC-DEF: two groups of three are easier to read out over the phone."""
    half = PAIRING_CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


def _code_hash(code: str) -> str:
    # Keyed: a copy of the database alone does not let anyone test codes.
    return salted_hmac("pandu.guardians.pairing_code", code, algorithm="sha256").hexdigest()


@dataclass(frozen=True)
class IssuedCode:
    code: str  # in clear text, shown once
    expires_at: datetime


@transaction.atomic
def pairing_code_create(*, child: User, actor: User) -> IssuedCode:
    """A new pairing code for `child`, made by the child or by their teacher. The child's unused
    codes stop working. Returns the code in clear text: only its hash is stored."""
    if not permissions.can_make_code(actor, child):
        raise PermissionDenied
    now = timezone.now()
    PairingCode.objects.filter(child=child, used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    for _attempt in range(10):
        code = "".join(secrets.choice(PAIRING_CODE_ALPHABET) for _ in range(PAIRING_CODE_LENGTH))
        try:
            with transaction.atomic():
                row = PairingCode.objects.create(
                    child=child,
                    code_hash=_code_hash(code),
                    created_by=actor,
                    expires_at=now + PAIRING_CODE_VALID_FOR,
                )
        except IntegrityError:  # the same code made before (used or not): draw again
            continue
        audit_log(actor=actor, action="guardians.code_create", subject=child, target=row)
        return IssuedCode(code=code, expires_at=row.expires_at)
    raise RuntimeError("Could not draw a free pairing code.")


@transaction.atomic
def guardian_link_create(*, parent: User, code: str) -> GuardianLink:
    """Link `parent` to the child whose code this is; the code is used up. Refuses an unknown,
    used or expired code, and a code of one's own. The parent gets the parent role."""
    normalized = normalize_pairing_code(code)
    unknown = ValidationError(
        _("This code is not right. Check the 6 letters and numbers and type them again."),
        code="unknown",
    )
    if len(normalized) != PAIRING_CODE_LENGTH:
        raise unknown
    found = (
        PairingCode.objects.select_for_update()
        .select_related("child")
        .filter(code_hash=_code_hash(normalized))
        .first()
    )
    if found is None or not found.child.is_active:
        raise unknown
    if found.used_at is not None:
        raise ValidationError(
            _("This code has already been used. Ask the child for a new code."), code="used"
        )
    now = timezone.now()
    if found.expires_at <= now:
        raise ValidationError(
            _("This code is no longer valid (a code works for 7 days). Ask for a new code."),
            code="expired",
        )
    child = found.child
    if child.pk == parent.pk:
        raise ValidationError(
            _("This is your own code. Give it to your parent to enter on their phone."),
            code="self",
        )
    existing = GuardianLink.objects.filter(
        parent=parent, child=child, unlinked_at__isnull=True
    ).first()
    found.used_at = now
    found.used_by = parent
    found.save(update_fields=["used_at", "used_by"])
    if existing is not None:
        return existing
    link = GuardianLink.objects.create(parent=parent, child=child)
    account_services.role_grant(user=parent, role=Role.PARENT, granted_by=None)
    audit_log(actor=parent, action="guardians.link", subject=child, target=link)
    return link


@transaction.atomic
def guardian_unlink(*, link: GuardianLink, actor: User) -> bool:
    """End the link, by the parent or by the child. Returns whether it was still active."""
    if not permissions.can_unlink(actor, link):
        raise PermissionDenied
    updated = GuardianLink.objects.filter(pk=link.pk, unlinked_at__isnull=True).update(
        unlinked_at=timezone.now(), unlinked_by=actor
    )
    if updated:
        link.refresh_from_db()
        audit_log(actor=actor, action="guardians.unlink", subject=link.child, target=link)
    return bool(updated)


# --- Consent given online by a linked parent ----------------------------------------------------


@transaction.atomic
def guardian_consent_give(*, parent: User, child: User, relationship: str) -> ConsentRecord:
    """A linked parent's consent for their minor child, recorded online under the parent's own
    name. Refused for an adult, while a consent is in force, or for a relationship not offered."""
    if not permissions.is_linked(parent, child.pk):
        raise PermissionDenied
    if relationship not in RELATIONSHIPS:
        raise ValidationError(_("Choose how you are related to the child."), code="relationship")
    name = parent.get_full_name() or parent.username
    record = account_services.consent_record(
        child=child,
        guardian_name=name,
        relationship=relationship,
        method=ConsentMethod.ONLINE,
        recorded_by=parent,
    )
    audit_log(
        actor=parent,
        action="guardians.consent_give",
        subject=child,
        target=record,
        data={"relationship": relationship, "text_version": record.text_version},
    )
    return record


@transaction.atomic
def guardian_consent_withdraw(*, parent: User, child: User) -> bool:
    """Withdraw the consent in force: nothing more of the child's learning is recorded from now,
    and the learning records are deleted by a task once this transaction is committed. Returns
    whether a consent was in force."""
    if not permissions.is_linked(parent, child.pk):
        raise PermissionDenied
    withdrawn = account_services.consent_withdraw(child=child, withdrawn_by=parent)
    if not withdrawn:
        return False
    audit_log(actor=parent, action="guardians.consent_withdraw", subject=child)
    from . import tasks  # the task module imports these services

    child_id = child.pk
    transaction.on_commit(lambda: tasks.learning_records_delete.delay(child_id))
    return True


@transaction.atomic
def learning_records_delete(*, child: User) -> bool:
    """Delete the child's learning records (enrolments, progress, activity answers,
    certificates, and the notifications about them, each parent's included) after adding them
    to the anonymous per-course figures, as an account deletion does; the account and its class
    memberships stay. Only while no consent is in force (a parent may have given it again
    since): idempotent. Returns whether it deleted."""
    child = User.objects.select_for_update().get(pk=child.pk)
    if not is_minor(child) or child.consents.filter(withdrawn_at__isnull=True).exists():
        return False
    deleted = privacy_services.learning_records_delete(user=child)
    if not deleted:
        return False
    audit_log(
        actor=None,
        action="guardians.learning_records_delete",
        subject=child,
        data={"rows": deleted},
    )
    return True
