"""Pairing codes (expiry, reuse, guessing), links and unlinks, and consent given and withdrawn
online by a linked parent, with the child's learning records deleted by a task."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from content.models import XBlockUserState
from courses.models import CoursePage
from lms.accounts.consent import ConsentStatus, consent_status, may_record_learning
from lms.accounts.models import ConsentMethod, Role
from lms.certificates import services as certificate_services
from lms.certificates.models import Certificate, Source
from lms.classrooms.models import ClassStudent
from lms.core.models import AuditEntry
from lms.guardians import services
from lms.guardians.models import PAIRING_CODE_ALPHABET, GuardianLink, PairingCode
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.learning.services import NotRecorded, enrollment_create

from .conftest import Family, learn

pytestmark = pytest.mark.django_db


def test_a_code_is_six_readable_characters_stored_only_as_a_hash(family: Family) -> None:
    issued = services.pairing_code_create(child=family.child, actor=family.child)
    assert len(issued.code) == 6
    assert set(issued.code) <= set(PAIRING_CODE_ALPHABET)
    row = PairingCode.objects.get(child=family.child)
    assert issued.code not in row.code_hash
    assert abs(row.expires_at - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)
    assert AuditEntry.objects.filter(action="guardians.code_create", subject=family.child).exists()


def test_the_childs_teacher_makes_a_code_but_no_one_else(family: Family) -> None:
    services.pairing_code_create(child=family.child, actor=family.teacher)
    for stranger in (family.other_teacher, family.parent, family.classmate):
        with pytest.raises(PermissionDenied):
            services.pairing_code_create(child=family.child, actor=stranger)


def test_a_parent_links_with_the_code_once_and_becomes_a_parent(family: Family) -> None:
    issued = services.pairing_code_create(child=family.child, actor=family.child)
    typed = f" {issued.code[:3].lower()}-{issued.code[3:]} "
    link = services.guardian_link_create(parent=family.parent, code=typed)
    assert (link.parent, link.child) == (family.parent, family.child)
    assert family.parent.role_grants.filter(role=Role.PARENT).exists()
    assert AuditEntry.objects.filter(action="guardians.link", subject=family.child).exists()
    with pytest.raises(ValidationError) as used:
        services.guardian_link_create(parent=family.other_parent, code=issued.code)
    assert used.value.code == "used"
    assert not GuardianLink.objects.filter(parent=family.other_parent).exists()


def test_expired_unknown_own_and_voided_codes_are_refused(family: Family) -> None:
    issued = services.pairing_code_create(child=family.child, actor=family.child)
    PairingCode.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(ValidationError) as expired:
        services.guardian_link_create(parent=family.parent, code=issued.code)
    assert expired.value.code == "expired"
    for wrong in ("", "ABC", "ZZZZZZ", "ABCDEFG"):
        with pytest.raises(ValidationError) as unknown:
            services.guardian_link_create(parent=family.parent, code=wrong)
        assert unknown.value.code == "unknown"
    own = services.pairing_code_create(child=family.child, actor=family.child)
    with pytest.raises(ValidationError) as self_link:
        services.guardian_link_create(parent=family.child, code=own.code)
    assert self_link.value.code == "self"
    newer = services.pairing_code_create(child=family.child, actor=family.teacher)
    with pytest.raises(ValidationError):  # a new code voids the unused one
        services.guardian_link_create(parent=family.parent, code=own.code)
    services.guardian_link_create(parent=family.parent, code=newer.code)
    assert not GuardianLink.objects.filter(child=family.child).exclude(parent=family.parent)


def test_either_side_unlinks_and_the_history_stays(family: Family) -> None:
    link = services.guardian_link_create(
        parent=family.parent,
        code=services.pairing_code_create(child=family.child, actor=family.child).code,
    )
    with pytest.raises(PermissionDenied):
        services.guardian_unlink(link=link, actor=family.other_parent)
    assert services.guardian_unlink(link=link, actor=family.child)
    link.refresh_from_db()
    assert link.unlinked_at is not None
    assert link.unlinked_by == family.child
    assert AuditEntry.objects.filter(action="guardians.unlink", subject=family.child).exists()
    again = services.guardian_link_create(
        parent=family.parent,
        code=services.pairing_code_create(child=family.child, actor=family.child).code,
    )
    assert services.guardian_unlink(link=again, actor=family.parent)
    assert GuardianLink.objects.filter(child=family.child).count() == 2


def _linked(family: Family) -> GuardianLink:
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    return services.guardian_link_create(parent=family.parent, code=code)


def test_consent_gates_recording_and_withdrawal_deletes_the_records(
    family: Family, course: CoursePage, django_capture_on_commit_callbacks: Any
) -> None:
    child = family.child
    _linked(family)
    # Before consent: nothing is recorded.
    assert consent_status(child) == ConsentStatus.PENDING
    with pytest.raises(NotRecorded):
        enrollment_create(user=child, course=course)
    assert not Enrollment.objects.filter(user=child).exists()
    # Only a linked parent, with a relationship offered, may consent.
    with pytest.raises(PermissionDenied):
        services.guardian_consent_give(parent=family.other_parent, child=child, relationship="ibu")
    with pytest.raises(ValidationError):
        services.guardian_consent_give(parent=family.parent, child=child, relationship="tetangga")
    record = services.guardian_consent_give(parent=family.parent, child=child, relationship="ibu")
    assert record.method == ConsentMethod.ONLINE
    assert record.guardian_name == family.parent.full_name
    assert record.recorded_by == family.parent
    # After consent: recorded.
    assert learn(child, course) == ["recorded"]
    certificate_services.certificate_issue(
        user=child, course=course, source=Source.ADMIN, schedule_pdf=False
    )
    assert Enrollment.objects.filter(user=child).exists()
    # Withdrawn: the task (run eagerly on commit) deletes the learning records, not the
    # account nor the class membership; nothing more is recorded.
    with pytest.raises(PermissionDenied):
        services.guardian_consent_withdraw(parent=family.other_parent, child=child)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.guardian_consent_withdraw(parent=family.parent, child=child)
    assert not may_record_learning(child)
    for model in (Enrollment, LessonProgress, ProgressEvent, XBlockUserState, Certificate):
        assert not model.objects.filter(user=child).exists(), model
    assert ClassStudent.objects.filter(user=child, classroom=family.classroom).exists()
    child.refresh_from_db()
    assert child.is_active
    assert child.full_name
    for action in ("guardians.consent_withdraw", "guardians.learning_records_delete"):
        assert AuditEntry.objects.filter(action=action, subject=child).exists(), action
    with pytest.raises(NotRecorded):
        enrollment_create(user=child, course=course)
    assert not services.guardian_consent_withdraw(parent=family.parent, child=child)


def test_the_deletion_keeps_records_when_consent_was_given_again(
    family: Family, course: CoursePage
) -> None:
    _linked(family)
    services.guardian_consent_give(parent=family.parent, child=family.child, relationship="ayah")
    learn(family.child, course)
    from lms.accounts.services import consent_withdraw

    consent_withdraw(child=family.child, withdrawn_by=family.parent)
    services.guardian_consent_give(parent=family.parent, child=family.child, relationship="ayah")
    assert not services.learning_records_delete(child=family.child)
    assert Enrollment.objects.filter(user=family.child).exists()
