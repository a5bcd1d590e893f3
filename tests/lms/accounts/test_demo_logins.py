"""One demo login per role from `load_demo`, safe to run again."""

import pytest
from django.test import Client

from lms.accounts.consent import is_minor, may_record_learning
from lms.accounts.models import ConsentRecord, Role, User
from lms.core.management.commands.load_demo import DEMO_USERS, demo_accounts_ensure
from tests.lms.accounts.flows import logged_in_user_id

pytestmark = pytest.mark.django_db

EXPECTED_ROLES = {
    "warga": {Role.RESIDENT},
    "siswa": {Role.STUDENT},
    "guru": {Role.TEACHER},
    "orangtua": {Role.PARENT},
    "adminsekolah": {Role.SCHOOL_ADMIN},
    "editor": set(),  # Wagtail's Editors group: the demo shows moderation by someone else
    "admin": {Role.ADMIN},
}


def test_one_login_per_role_each_signs_in_through_the_form() -> None:
    created = demo_accounts_ensure()
    assert all(was_created for _user, was_created in created)
    for demo in DEMO_USERS:
        user = User.objects.get(username=demo["username"])
        assert set(user.role_grants.values_list("role", flat=True)) == EXPECTED_ROLES[user.username]
        client = Client()
        response = client.post(
            "/id/akun/login/", {"login": demo["username"], "password": demo["password"]}
        )
        assert response.status_code == 302, demo["username"]
        assert logged_in_user_id(client) == user.pk


def test_the_resident_signs_in_with_a_mobile_number() -> None:
    demo_accounts_ensure()
    client = Client()
    client.post("/id/akun/login/", {"login": "0812-0000-0001", "password": "pandu-warga-demo"})
    assert logged_in_user_id(client) == User.objects.get(username="warga").pk


def test_the_student_is_a_minor_whose_learning_is_recorded() -> None:
    demo_accounts_ensure()
    student = User.objects.get(username="siswa")
    assert is_minor(student)
    assert may_record_learning(student)
    consent = ConsentRecord.objects.get(child=student)
    assert consent.recorded_by == User.objects.get(username="adminsekolah")


def test_running_it_again_changes_nothing() -> None:
    demo_accounts_ensure()
    student = User.objects.get(username="siswa")
    ConsentRecord.objects.filter(child=student).update(withdrawn_at="2026-11-20T10:00:00+08:00")
    again = demo_accounts_ensure()
    assert not any(was_created for _user, was_created in again)
    assert User.objects.count() == len(DEMO_USERS)
    # A consent withdrawn since is not recorded again behind the school's back.
    assert not may_record_learning(student)


def test_the_school_admin_and_the_editor_reach_the_admin() -> None:
    demo_accounts_ensure()
    for username in ("adminsekolah", "editor", "admin"):
        client = Client()
        client.force_login(User.objects.get(username=username))
        assert client.get("/admin/").status_code == 200, username
