"""Notifications say which learner they are about, and go with that learner's records: when a
guardian withdraws consent, and when the account is deleted. A summary is about one child, so
what is said about another child stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from lms.accounts.models import User
from lms.guardians import services as guardian_services
from lms.learning.models import Enrollment
from lms.learning.signals import course_completed
from lms.notifications import tasks
from lms.notifications.models import Channel, Delivery, Kind, Notification, Preference
from lms.privacy import services as privacy_services

from .conftest import School, link, make_user, opt_in

pytestmark = pytest.mark.django_db

MINOR_BIRTH_YEAR = timezone.localdate().year - 12


def list_page(user: User) -> str:
    client = Client()
    client.force_login(user)
    response = client.get("/id/notifikasi/")
    assert response.status_code == 200
    return response.content.decode()


def complete_course(school: School, learner: User, run: Callable[..., Any]) -> None:
    enrollment = Enrollment.objects.get(user=learner, course_key=school.course.translation_key)
    with run(execute=True):
        course_completed.send(
            sender=Enrollment,
            user=learner,
            course_key=school.course.translation_key,
            enrollment=enrollment,
        )


@pytest.fixture
def family(school: School) -> School:
    """Ibu is the parent of both pupils (minors, with her consent); she and Sari get in-app
    notifications."""
    link(school.ibu, school.budi)
    for child in (school.sari, school.budi):
        User.objects.filter(pk=child.pk).update(birth_year=MINOR_BIRTH_YEAR)
        child.refresh_from_db()
        guardian_services.guardian_consent_give(parent=school.ibu, child=child, relationship="ibu")
    opt_in(
        school.ibu,
        (Kind.WEEKLY_SUMMARY, Channel.IN_APP),
        (Kind.COURSE_COMPLETED, Channel.IN_APP),
    )
    opt_in(school.sari, (Kind.COURSE_COMPLETED, Channel.IN_APP))
    return school


def test_each_child_has_their_own_summary_about_them(family: School) -> None:
    tasks.weekly_summaries()
    summaries = Notification.objects.filter(user=family.ibu, kind=Kind.WEEKLY_SUMMARY)
    by_child = {row.about: row for row in summaries}
    assert set(by_child) == {family.sari, family.budi}
    assert "Sari Rahma" in by_child[family.sari].title
    assert "Budi" not in by_child[family.sari].title + by_child[family.sari].body
    assert "Sari" not in by_child[family.budi].title + by_child[family.budi].body
    tasks.weekly_summaries()  # again the same week: nothing more
    assert summaries.count() == 2


def test_withdrawing_consent_removes_what_was_said_about_that_child_only(
    family: School, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    second_parent = make_user("ayah-sari")
    link(second_parent, family.sari)
    opt_in(second_parent, (Kind.COURSE_COMPLETED, Channel.IN_APP))
    tasks.weekly_summaries()
    complete_course(family, family.sari, django_capture_on_commit_callbacks)
    complete_course(family, family.budi, django_capture_on_commit_callbacks)
    before = list_page(family.ibu)
    assert "Sari Rahma" in before
    assert "Budi Santoso" in before
    assert Notification.objects.filter(user=second_parent, about=family.sari).exists()

    with django_capture_on_commit_callbacks(execute=True):
        assert guardian_services.guardian_consent_withdraw(parent=family.ibu, child=family.sari)

    after = list_page(family.ibu)
    assert "Sari Rahma" not in after
    assert "Budi Santoso" in after
    assert not Notification.objects.filter(about=family.sari).exists()  # every parent's, hers
    assert not Notification.objects.filter(user=family.sari, kind=Kind.COURSE_COMPLETED).exists()
    assert Notification.objects.filter(user=family.ibu, about=family.budi).count() == 2


def test_the_summary_and_course_news_are_not_sent_again_after_withdrawal(
    family: School, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    """What was sent is still recorded as sent (ids and times only), so a task that runs again
    does not bring a removed notification back."""
    tasks.weekly_summaries()
    complete_course(family, family.sari, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        guardian_services.guardian_consent_withdraw(parent=family.ibu, child=family.sari)
    tasks.weekly_summaries()
    tasks.notify_course_completed(
        user_id=family.sari.pk, course_key=str(family.course.translation_key)
    )
    assert not Notification.objects.filter(about=family.sari).exists()


def test_an_account_deletion_removes_its_notifications_and_those_about_it(
    family: School, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    tasks.weekly_summaries()
    complete_course(family, family.sari, django_capture_on_commit_callbacks)
    assert Notification.objects.filter(user=family.sari).exists()
    privacy_services.deletion_request_create(user=family.sari)
    mail.outbox.clear()

    assert privacy_services.deletions_run(now=timezone.now() + timedelta(hours=72)) == 1

    assert "Sari Rahma" not in list_page(family.ibu)
    assert not Notification.objects.filter(about=family.sari).exists()
    for model in (Notification, Delivery, Preference):
        assert not model.objects.filter(user=family.sari).exists(), model
    assert Notification.objects.filter(user=family.ibu, about=family.budi).exists()
