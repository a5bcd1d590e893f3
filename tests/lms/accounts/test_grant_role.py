"""`python manage.py grant_role PERSON ROLE [--revoke]`."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import translation

from lms.accounts.models import User
from lms.accounts.services import user_ensure

pytestmark = pytest.mark.django_db


@pytest.fixture
def budi() -> User:
    user, _created = user_ensure(
        username="budi",
        password="kopi pagi di Klandasan",
        full_name="Budi Santoso",
        email="budi@contoh.id",
        phone="+6281299990000",
    )
    return user


def grant_role(*args: str) -> str:
    out = StringIO()
    with translation.override("en"):
        call_command("grant_role", *args, stdout=out)
    return out.getvalue()


def roles(user: User) -> set[str]:
    return set(user.role_grants.values_list("role", flat=True))


def test_grant_and_revoke(budi: User) -> None:
    assert "budi now has the role teacher." in grant_role("budi", "teacher")
    assert roles(budi) == {"teacher"}
    assert "budi already has the role teacher; nothing changed." in grant_role("budi", "teacher")
    assert roles(budi) == {"teacher"}

    assert "budi no longer has the role teacher." in grant_role("budi", "teacher", "--revoke")
    assert roles(budi) == set()
    assert "did not have the role teacher" in grant_role("budi", "teacher", "--revoke")


@pytest.mark.parametrize("name", ["budi@contoh.id", "0812-9999-0000", "+6281299990000", "BUDI"])
def test_the_person_can_be_named_by_email_or_mobile_number(budi: User, name: str) -> None:
    grant_role(name, "parent")
    assert roles(budi) == {"parent"}


def test_an_editor_can_then_open_the_admin(budi: User, client: Client) -> None:
    client.force_login(budi)
    assert client.get("/admin/").status_code == 302
    grant_role("budi", "editor")
    assert client.get("/admin/").status_code == 200
    grant_role("budi", "editor", "--revoke")
    assert client.get("/admin/").status_code == 302


def test_school_admin_role_opens_the_consent_screens(budi: User, client: Client) -> None:
    client.force_login(budi)
    grant_role("budi", "school_admin")
    assert client.get("/admin/consents/").status_code == 200
    grant_role("budi", "school-admin", "--revoke")
    assert client.get("/admin/consents/").status_code == 302


def test_admin_role_makes_a_superuser_and_back(budi: User) -> None:
    grant_role("budi", "admin")
    budi.refresh_from_db()
    assert budi.is_superuser
    assert budi.is_staff
    grant_role("budi", "admin", "--revoke")
    budi.refresh_from_db()
    assert not budi.is_superuser


def test_an_unknown_person_is_a_clear_error(budi: User) -> None:
    with pytest.raises(CommandError, match="No account found for “nobody”"):
        grant_role("nobody", "teacher")


def test_an_unknown_role_lists_the_roles(budi: User) -> None:
    with pytest.raises(CommandError) as error:
        grant_role("budi", "principal")
    assert "Unknown role “principal”" in str(error.value)
    assert "resident, student, teacher, parent, school_admin, editor, admin" in str(error.value)
    assert roles(budi) == set()
