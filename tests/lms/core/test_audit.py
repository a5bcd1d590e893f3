"""Every staff view of a child's record is in the audit log, and admins (only) can read it."""

from __future__ import annotations

import pytest

from lms.accounts.models import ConsentMethod, Role
from lms.accounts.services import consent_record
from lms.core.models import AuditEntry
from lms.core.services import child_record_viewed
from tests.lms.accounts.test_admin import THIS_YEAR, admin_client, person

pytestmark = pytest.mark.django_db


def test_a_school_admin_opening_a_childs_consent_is_logged() -> None:
    child = person("siswa", Role.STUDENT, birth_year=THIS_YEAR - 13)
    staff = person("adminsekolah", Role.SCHOOL_ADMIN)
    record = consent_record(
        child=child,
        guardian_name="Rina Wati",
        relationship="ibu",
        method=ConsentMethod.PAPER,
        recorded_by=staff,
    )
    response = admin_client(staff).get(f"/admin/consents/edit/{record.pk}/")
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action="child_record.view")
    assert (entry.actor, entry.subject) == (staff, child)
    assert entry.target == f"accounts.consentrecord:{record.pk}"


def test_only_views_of_a_minor_by_someone_else_are_logged() -> None:
    adult = person("warga", Role.RESIDENT)
    child = person("siswa", Role.STUDENT, birth_year=THIS_YEAR - 13)
    teacher = person("guru", Role.TEACHER)
    child_record_viewed(actor=teacher, child=adult)
    child_record_viewed(actor=child, child=child)
    assert not AuditEntry.objects.filter(action="child_record.view").exists()
    child_record_viewed(actor=teacher, child=child)
    assert AuditEntry.objects.filter(action="child_record.view").count() == 1


def test_admins_read_the_audit_log_and_nobody_else_does() -> None:
    child = person("siswa", Role.STUDENT, birth_year=THIS_YEAR - 13)
    teacher = person("guru", Role.TEACHER)
    child_record_viewed(actor=teacher, child=child)
    admin = person("admin", Role.ADMIN)
    admin.is_superuser = admin.is_staff = True
    admin.save()
    listing = admin_client(admin).get("/admin/audit/")
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "child_record.view" in page
    assert "siswa" in page
    entry = AuditEntry.objects.get()
    assert admin_client(admin).get(f"/admin/audit/inspect/{entry.pk}/").status_code == 200
    assert admin_client(admin).get("/admin/audit/new/").status_code != 200

    editor = person("editor", Role.EDITOR)
    response = admin_client(editor).get("/admin/audit/")
    assert response.status_code in (302, 403)
