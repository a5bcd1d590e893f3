"""A person downloads all their data, and can have their account deleted (UU PDP): anonymised,
learning records removed, figures kept, done within 72 hours and confirmed by email."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext

from content.models import XBlockUserState
from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.learning.services import EventIn, enrollment_create, progress_events_record
from lms.notifications import channels
from lms.notifications.models import Channel, Kind
from lms.privacy import services
from lms.privacy.models import DeletionRequest, LearningTally
from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db
PASSWORD = "kata-sandi-uji-panjang"


def make_learner(username: str, **extra: object) -> User:
    user, _created = user_ensure(
        username=username,
        password=PASSWORD,
        full_name=username.title(),
        email=f"{username}@contoh.id",
        **extra,  # type: ignore[arg-type]
    )
    return user


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=1)


def learn(user: User, course: CoursePage) -> None:
    enrollment_create(user=user, course=course)
    lesson = LessonPage.objects.descendant_of(course).get()
    progress_events_record(
        user=user,
        events=[
            EventIn(
                id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=timezone.now()
            )
        ],
        source="test",
    )
    XBlockUserState.objects.create(
        user=user,
        usage_id=f"pandu:{lesson.translation_key}:kuis",
        block_type="pandu_multiple_choice",
        state={"best_score": 1.0},
    )


def test_a_person_downloads_everything_pandu_keeps_about_them(
    client: Client, course: CoursePage
) -> None:
    warga, other = make_learner("warga", phone="+6281234567890"), make_learner("lain")
    learn(warga, course)
    learn(other, course)
    client.force_login(warga)
    response = client.get("/id/akun/privasi/data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="pandu-data-')
    data = json.loads(response.content)
    assert data["account"]["username"] == "warga"
    assert data["account"]["phone"] == "+6281234567890"
    assert [row["course"] for row in data["enrolments"]] == [str(course.translation_key)]
    assert [row["status"] for row in data["lessons"]] == ["completed"]
    assert [row["type"] for row in data["progress_events"]] == ["completed"]
    assert data["activity_answers"][0]["state"] == {"best_score": 1.0}
    assert "lain" not in response.content.decode()


def test_a_visitor_is_sent_to_log_in(client: Client) -> None:
    response = client.get("/id/akun/privasi/data.json")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_wrong_password_deletes_nothing(client: Client, course: CoursePage) -> None:
    warga = make_learner("warga")
    client.force_login(warga)
    response = client.post("/id/akun/privasi/", {"password": "salah", "confirm": "on"})
    assert gettext("That is not your password.") in response.content.decode()
    assert not DeletionRequest.objects.exists()


def test_asking_for_deletion_warns_by_email_and_can_be_cancelled(
    client: Client, course: CoursePage
) -> None:
    warga = make_learner("warga")
    learn(warga, course)
    client.force_login(warga)
    response = client.post(
        "/id/akun/privasi/", {"password": PASSWORD, "confirm": "on"}, follow=True
    )
    request = DeletionRequest.objects.get(user=warga)
    assert request.due_at - request.requested_at <= timedelta(hours=72)
    assert [m.to for m in mail.outbox] == [["warga@contoh.id"]]
    assert gettext("Cancel the deletion") in response.content.decode()

    client.post("/id/akun/privasi/batal-hapus/")
    assert services.deletions_run(now=timezone.now() + timedelta(days=4)) == 0
    warga.refresh_from_db()
    assert warga.is_active
    assert Enrollment.objects.filter(user=warga).exists()


def test_a_deletion_anonymises_removes_keeps_the_figures_and_confirms(
    course: CoursePage,
) -> None:
    warga, other = make_learner("warga", phone="+6281234567890"), make_learner("lain")
    learn(warga, course)
    learn(other, course)
    services.deletion_request_create(user=warga)
    mail.outbox.clear()
    assert services.deletions_run(now=timezone.now() + timedelta(hours=1)) == 0  # grace period

    assert services.deletions_run(now=timezone.now() + timedelta(hours=72)) == 1

    warga.refresh_from_db()
    assert warga.username == f"dihapus-{warga.pk}"
    assert (warga.full_name, warga.email, warga.phone, warga.birth_year) == ("", "", "", None)
    assert not warga.is_active
    assert not warga.has_usable_password()
    for model in (Enrollment, LessonProgress, ProgressEvent, XBlockUserState):
        assert not model.objects.filter(user=warga).exists(), model
        assert model.objects.filter(user=other).exists(), model
    tally = LearningTally.objects.get(course_key=course.translation_key)
    assert (tally.enrolments, tally.completions) == (1, 1)
    assert [m.to for m in mail.outbox] == [["warga@contoh.id"]]
    assert not DeletionRequest.objects.get(user=warga).email  # the address is not kept either
    # A second run, or a re-delivered task, changes nothing.
    assert services.deletions_run(now=timezone.now() + timedelta(days=5)) == 0


def test_accounts_unused_beyond_the_retention_period_are_asked_for_deletion(
    settings: object,
) -> None:
    long_ago = timezone.now() - timedelta(days=4 * 365)
    stale = make_learner("lama")
    User.objects.filter(pk=stale.pk).update(date_joined=long_ago, last_login=long_ago)
    recent = make_learner("baru")
    staff = make_learner("editor")
    User.objects.filter(pk=staff.pk).update(date_joined=long_ago, is_staff=True)

    assert services.retention_sweep() == 1
    assert list(DeletionRequest.objects.values_list("user__username", "reason")) == [
        ("lama", "retention")
    ]
    assert services.retention_sweep() == 0  # asked once
    assert recent.is_active


def test_staff_cannot_delete_themselves_here(client: Client) -> None:
    editor = make_learner("editor")
    User.objects.filter(pk=editor.pk).update(is_staff=True)
    client.force_login(editor)
    assert (
        client.post("/id/akun/privasi/", {"password": PASSWORD, "confirm": "on"}).status_code == 403
    )
    assert not DeletionRequest.objects.exists()


def test_the_download_holds_the_persons_notifications_not_those_sent_about_them(
    client: Client, course: CoursePage
) -> None:
    """A parent's notification about their child is the parent's: in the parent's file, not in
    the child's."""
    child, parent = make_learner("anak"), make_learner("ibu")
    for person, title in ((child, "Kursus selesai untuk anak"), (parent, "Ringkasan untuk ibu")):
        channels.send(
            user=person,
            kind=Kind.COURSE_COMPLETED,
            channel=Channel.IN_APP,
            message=channels.Message(title=title),
            about=child,
        )
    client.force_login(child)
    data = json.loads(client.get("/id/akun/privasi/data.json").content)
    assert [row["title"] for row in data["notifications"]] == ["Kursus selesai untuk anak"]
    client.force_login(parent)
    data = json.loads(client.get("/id/akun/privasi/data.json").content)
    assert [row["title"] for row in data["notifications"]] == ["Ringkasan untuk ibu"]
