"""A linked parent downloads their minor child's data (UU PDP): from the child's page and from the
API, in the shape of the child's own download, with nothing of another guardian or classmate and
no secret, and written to the audit log. Anyone else gets nothing."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext

from courses.models import CoursePage
from lms.accounts.models import ConsentMethod, LoginCode, User
from lms.accounts.services import consent_record
from lms.api import services as api_services
from lms.core.models import AuditEntry
from lms.guardians import services
from lms.guardians.models import GuardianLink, PairingCode
from lms.privacy.services import data_export

from .conftest import Family, learn

pytestmark = pytest.mark.django_db


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def link(family: Family, parent: User) -> GuardianLink:
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    return services.guardian_link_create(parent=parent, code=code)


def download_url(child: User) -> str:
    return f"/id/orang-tua/anak/{child.pk}/data.json"


@pytest.fixture
def learned(family: Family, course: CoursePage) -> Family:
    """The child, linked to their parent and to a second guardian (who gave the consent), has
    learned; so has a classmate (consent on paper). The child also has a login code."""
    link(family, family.parent)
    link(family, family.other_parent)
    services.guardian_consent_give(
        parent=family.other_parent, child=family.child, relationship="ayah"
    )
    consent_record(
        child=family.classmate,
        guardian_name="Wali Rudi",
        relationship="wali",
        method=ConsentMethod.PAPER,
        recorded_by=family.teacher,
    )
    learn(family.child, course)
    learn(family.classmate, course)
    LoginCode.objects.create(
        user=family.child,
        code_hash="0a1b2c3d" * 8,
        created_by=family.teacher,
        expires_at=timezone.now() + timedelta(days=30),
    )
    return family


def secrets_of(child: User) -> list[str]:
    return [
        child.password,
        *LoginCode.objects.filter(user=child).values_list("code_hash", flat=True),
        *PairingCode.objects.filter(child=child).values_list("code_hash", flat=True),
    ]


def test_a_linked_parent_downloads_the_childs_data_from_the_childs_page(
    learned: Family, course: CoursePage
) -> None:
    family = learned
    parent = client_for(family.parent)
    page = parent.get(f"/id/orang-tua/anak/{family.child.pk}/").content.decode()
    assert gettext("Download the child's data") in page
    assert download_url(family.child) in page

    response = parent.get(download_url(family.child))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Cache-Control"] == "no-store"
    stamp = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="pandu-data-siti-aminah-{stamp}.json"'
    )
    data = json.loads(response.content)
    assert set(data) == set(data_export(user=family.child))  # the child's own download's shape
    assert data["account"]["username"] == family.child.username
    assert [row["course"] for row in data["enrolments"]] == [str(course.translation_key)]
    assert [row["status"] for row in data["lessons"]] == ["completed"]
    [given] = data["consents"]
    assert (given["relationship"], given["guardian_name"]) == ("ayah", None)
    text = response.content.decode()
    for someone_else in (family.other_parent.full_name, family.classmate.full_name, "Wali Rudi"):
        assert someone_else not in text
    for secret in secrets_of(family.child):
        assert secret not in text
    [entry] = AuditEntry.objects.filter(action="privacy.child_export")
    assert (entry.actor, entry.subject) == (family.parent, family.child)


def test_the_guardian_who_gave_the_consent_sees_their_own_name_on_it(learned: Family) -> None:
    data = client_for(learned.other_parent).get(download_url(learned.child)).json()
    assert [row["guardian_name"] for row in data["consents"]] == [learned.other_parent.full_name]


def test_no_one_else_gets_the_childs_data(learned: Family) -> None:
    family = learned
    url = download_url(family.child)
    stranger = User.objects.create_user(username="orang-asing", password="x-panjang-sekali-1")
    for person in (stranger, family.teacher, family.classmate, family.child):
        assert client_for(person).get(url).status_code == 404, person
    visitor = Client().get(url)
    assert visitor.status_code == 302
    assert "/login/" in visitor["Location"]
    # Unlinked: the parent no longer has the right.
    link_row = GuardianLink.objects.get(parent=family.parent, child=family.child)
    services.guardian_unlink(link=link_row, actor=family.parent)
    assert client_for(family.parent).get(url).status_code == 404
    assert not AuditEntry.objects.filter(action="privacy.child_export").exists()


def test_a_child_of_18_or_older_downloads_their_own_data_not_their_parent(
    family: Family,
) -> None:
    link(family, family.parent)
    User.objects.filter(pk=family.child.pk).update(birth_year=timezone.localdate().year - 25)
    parent = client_for(family.parent)
    page = parent.get(f"/id/orang-tua/anak/{family.child.pk}/").content.decode()
    assert download_url(family.child) not in page
    assert parent.get(download_url(family.child)).status_code == 404


def api_get(user: User, url: str) -> Any:
    _token, key = api_services.token_create(user=user, name="test")
    return Client(headers={"Authorization": f"Bearer {key}"}).get(url)


def test_the_api_gives_a_linked_parent_the_same_file(learned: Family) -> None:
    family = learned
    url = f"/api/v1/children/{family.child.pk}/export"
    response = api_get(family.parent, url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="pandu-data-siti-')
    data = response.json()
    assert data["format"] == "pandu-data-export/1"
    assert data["account"]["username"] == family.child.username
    assert family.other_parent.full_name not in response.content.decode()
    assert AuditEntry.objects.filter(
        action="privacy.child_export", actor=family.parent, subject=family.child
    ).exists()
    refused = api_get(family.teacher, url)
    assert refused.status_code == 404
    assert refused.json()["code"] == "not_found"
