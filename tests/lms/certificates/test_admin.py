"""Editors and admins issue certificates by hand (one person, an attendance list, the command line)
and revoke them with a reason; learners cannot reach these screens."""

from __future__ import annotations

import io
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from courses.models import CoursePage
from lms.accounts.models import User
from lms.certificates.models import Certificate, Issuer, Source

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

INDEX = "/admin/certificates_admin/"


@pytest.fixture
def editor(db: None) -> User:
    user = make_user("editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def logged_in(user: User) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_a_learner_cannot_reach_the_screens(learner: User, finished: Certificate) -> None:
    client = logged_in(learner)
    for url in (INDEX, f"{INDEX}new/", f"{INDEX}attendees/", f"{INDEX}edit/{finished.pk}/"):
        assert client.get(url).status_code in {302, 403}, url


def test_an_editor_issues_one_by_hand(
    editor: User,
    learner: User,
    course: CoursePage,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    client = logged_in(editor)
    assert client.get(f"{INDEX}new/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INDEX}new/", {"person": "wulan@contoh.id", "course": course.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    certificate = Certificate.objects.get()
    assert certificate.user == learner
    assert certificate.source == Source.ADMIN
    assert certificate.issued_by == editor
    assert certificate.pdf_name  # made by the task after commit (eager in tests)
    # A second time: refused with a message, nothing changes.
    again = client.post(f"{INDEX}new/", {"person": "wulan", "course": course.pk})
    assert again.status_code == 200
    assert certificate.code in again.content.decode()
    assert Certificate.objects.count() == 1
    assert client.get(INDEX).status_code == 200


def test_an_attendance_list_is_issued_all_or_nothing(
    editor: User, learner: User, other: User, course: CoursePage
) -> None:
    client = logged_in(editor)
    bad = io.BytesIO(b"peserta,kursus\nwulan,%d\norang-tak-dikenal,%d\n" % (course.pk, course.pk))
    bad.name = "hadir.csv"
    response = client.post(f"{INDEX}attendees/", {"file": bad})
    assert response.status_code == 400
    assert "orang-tak-dikenal" in response.content.decode()
    assert not Certificate.objects.exists()

    good = io.BytesIO(
        f"\ufeffpeserta,kursus\nwulan,{course.pk}\n+6281299990001,{course.pk}\nbudi@contoh.id,{course.pk}\n".encode()
    )
    good.name = "hadir.csv"
    response = client.post(f"{INDEX}attendees/", {"file": good})
    assert response.status_code == 302
    assert set(Certificate.objects.values_list("user__username", flat=True)) == {"wulan", "budi"}
    assert set(Certificate.objects.values_list("source", flat=True)) == {Source.CSV}


def test_an_editor_revokes_with_a_reason(editor: User, finished: Certificate) -> None:
    client = logged_in(editor)
    url = f"{INDEX}edit/{finished.pk}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"reason": ""}).status_code == 200
    finished.refresh_from_db()
    assert finished.revoked_at is None
    response = client.post(url, {"reason": "Tidak mengikuti pelatihan"})
    assert response.status_code == 302
    finished.refresh_from_db()
    assert finished.revoked_reason == "Tidak mengikuti pelatihan"
    assert finished.revoked_by == editor


def test_only_admins_manage_issuers(editor: User) -> None:
    assert logged_in(editor).get("/admin/certificate_issuers/").status_code in {302, 403}
    admin = make_user("admin", is_superuser=True)
    assert logged_in(admin).get("/admin/certificate_issuers/").status_code == 200


def test_an_admin_adds_an_issuer_and_changes_it() -> None:
    admin = logged_in(make_user("admin", is_superuser=True))
    form = {
        "name": "Dinas Komunikasi dan Informatika Kota Balikpapan",
        "url": "diskominfo.balikpapan.go.id",
        "email": "",
        "signatory_name": "Rahmat Hidayat",
        "signatory_title": "Kepala Dinas",
    }
    response = admin.post("/admin/certificate_issuers/new/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    issuer = Issuer.objects.get(name=form["name"])
    assert issuer.url == "https://diskominfo.balikpapan.go.id"
    response = admin.post(
        f"/admin/certificate_issuers/edit/{issuer.pk}/", {**form, "signatory_title": "Plt. Kepala"}
    )
    assert response.status_code == 302
    issuer.refresh_from_db()
    assert issuer.signatory_title == "Plt. Kepala"


def test_issue_certificate_command(learner: User, course: CoursePage) -> None:
    out = StringIO()
    call_command("issue_certificate", "wulan", str(course.pk), stdout=out)
    certificate = Certificate.objects.get()
    assert certificate.code in out.getvalue()
    assert certificate.source == Source.COMMAND
    assert certificate.pdf_name
    out = StringIO()
    call_command("issue_certificate", "wulan", str(course.pk), stdout=out)
    assert "already issued" in out.getvalue()
    assert Certificate.objects.count() == 1
    with pytest.raises(CommandError):
        call_command("issue_certificate", "tidak-ada", str(course.pk), stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("issue_certificate", "wulan", "999999", stdout=StringIO())
