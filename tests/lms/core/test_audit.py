"""Every staff view of a child's record is in the audit log, and admins (only) can read it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.accounts.models import ConsentMethod, Role
from lms.accounts.services import consent_record
from lms.core.models import AuditEntry
from lms.core.services import child_record_viewed
from tests.lms.accounts.schools import school_with_class
from tests.lms.accounts.test_admin import THIS_YEAR, admin_client, person

pytestmark = pytest.mark.django_db

# The session, the admin, their Wagtail profile, the locales, the count and the page of entries with
# who acted and about whom (one join), and Wagtail's two menu lookups.
AUDIT_LIST_QUERIES = 8


def test_a_school_admin_opening_a_childs_consent_is_logged() -> None:
    child = person("siswa", Role.STUDENT, birth_year=THIS_YEAR - 13)
    staff = person("adminsekolah", Role.SCHOOL_ADMIN)
    school_with_class(1, admin=staff).enrol(child)  # a school admin sees their own pupils only
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


def test_the_audit_log_list_reads_the_same_number_of_queries_for_5_and_60_entries() -> None:
    admin = person("admin", Role.ADMIN)
    admin.is_superuser = admin.is_staff = True
    admin.save()
    client = admin_client(admin)
    teachers = [person(f"guru{n}", Role.TEACHER) for n in range(3)]
    children = [person(f"siswa{n}", Role.STUDENT, birth_year=THIS_YEAR - 13) for n in range(4)]

    def log(count: int) -> None:
        for n in range(count):
            child_record_viewed(actor=teachers[n % 3], child=children[n % 4])

    def queries() -> tuple[int, str]:
        client.get("/admin/audit/")  # the first view warms Wagtail's caches
        with CaptureQueriesContext(connection) as captured:
            listing = client.get("/admin/audit/")
        assert listing.status_code == 200
        return len(captured), "\n".join(query["sql"] for query in captured.captured_queries)

    log(5)
    small, small_sql = queries()
    log(55)
    large, large_sql = queries()
    assert large == small, f"{small} then {large}:\n{large_sql}"
    assert small == AUDIT_LIST_QUERIES, small_sql
