"""Opt-in, idempotency, the triggers, the reminders, the weekly summary and its language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone, translation
from django.utils.translation import gettext
from pytest_django import Settings

from courses.models import LessonPage
from lms.accounts.sms import MemorySmsBackend
from lms.certificates import services as certificate_services
from lms.certificates.models import Source
from lms.classrooms.models import Assignment
from lms.guardians.models import GuardianLink
from lms.learning.models import Enrollment
from lms.learning.signals import course_completed
from lms.notifications import services, tasks
from lms.notifications.channels import MemoryWhatsAppBackend, Message
from lms.notifications.models import Channel, Delivery, Kind, Notification
from tests.factories import Catalog, make_course

from .conftest import School, finished_lesson, link, make_user, opt_in, tomorrow_at

pytestmark = pytest.mark.django_db

ALL_CHANNELS = [Channel.IN_APP, Channel.EMAIL, Channel.SMS, Channel.WHATSAPP]


def message() -> Message:
    return Message(title="Halo", lines=["Isi pesan."], url="/id/saya/")


# --- Opt-in -------------------------------------------------------------------------------------


def test_nothing_is_sent_to_a_person_who_did_not_opt_in(school: School) -> None:
    person = make_user("warga", phone="+6281234567890")
    for kind in Kind.values:
        assert services.deliver(user=person, kind=kind, dedupe_key="x", build=message) == []
    assert mail.outbox == []
    assert MemorySmsBackend.outbox == []
    assert MemoryWhatsAppBackend.outbox == []
    assert not Notification.objects.exists()
    assert not Delivery.objects.exists()


def test_only_the_chosen_kind_and_channel_is_sent(school: School) -> None:
    person = make_user("warga", phone="+6281234567890")
    opt_in(person, (Kind.COURSE_COMPLETED, Channel.WHATSAPP))
    assert services.deliver(
        user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="x", build=message
    ) == [Channel.WHATSAPP]
    assert (
        services.deliver(user=person, kind=Kind.CERTIFICATE_ISSUED, dedupe_key="x", build=message)
        == []
    )
    [sent] = MemoryWhatsAppBackend.outbox
    assert sent.to == "+6281234567890"
    assert "Halo" in sent.body
    assert mail.outbox == []
    assert MemorySmsBackend.outbox == []


def test_a_preference_turned_off_stops_the_messages(school: School) -> None:
    person = make_user("warga")
    opt_in(person, (Kind.COURSE_COMPLETED, Channel.EMAIL))
    services.preferences_save(user=person, chosen=set())
    assert (
        services.deliver(user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="x", build=message)
        == []
    )
    assert mail.outbox == []


def test_phone_channels_need_a_verified_number_and_email_an_address() -> None:
    person = make_user("tanpa-kontak", email="")
    with pytest.raises(services.Refused):
        opt_in(person, (Kind.COURSE_COMPLETED, Channel.SMS))
    with pytest.raises(services.Refused):
        opt_in(person, (Kind.COURSE_COMPLETED, Channel.EMAIL))
    opt_in(person, (Kind.COURSE_COMPLETED, Channel.IN_APP))


def test_an_inactive_account_gets_nothing(school: School) -> None:
    person = make_user("warga")
    opt_in(person, (Kind.COURSE_COMPLETED, Channel.EMAIL))
    person.is_active = False
    person.save()
    assert (
        services.deliver(user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="x", build=message)
        == []
    )


# --- Once only ----------------------------------------------------------------------------------


def test_each_message_is_sent_once_whatever_the_number_of_runs(school: School) -> None:
    person = make_user("warga", phone="+6281234567890")
    opt_in(person, *[(Kind.COURSE_COMPLETED, channel) for channel in ALL_CHANNELS])
    first = services.deliver(user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="k", build=message)
    again = services.deliver(user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="k", build=message)
    assert sorted(first) == sorted(ALL_CHANNELS)
    assert again == []
    assert len(mail.outbox) == 1
    assert len(MemorySmsBackend.outbox) == 1
    assert len(MemoryWhatsAppBackend.outbox) == 1
    assert Notification.objects.filter(user=person).count() == 1
    # Something else (another key) is a new message.
    services.deliver(user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="k2", build=message)
    assert len(mail.outbox) == 2


def test_a_failed_send_is_tried_again_by_the_next_run(school: School, settings: Settings) -> None:
    person = make_user("warga")
    opt_in(person, (Kind.COURSE_COMPLETED, Channel.EMAIL))
    settings.EMAIL_BACKEND = "tests.lms.notifications.test_delivery.BrokenBackend"
    assert (
        services.deliver(user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="k", build=message)
        == []
    )
    assert not Delivery.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert services.deliver(
        user=person, kind=Kind.COURSE_COMPLETED, dedupe_key="k", build=message
    ) == [Channel.EMAIL]
    assert len(mail.outbox) == 1


class BrokenBackend:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def send_messages(self, messages: Any) -> int:
        raise ConnectionError("SMTP down")


# --- Course completed, certificate issued -------------------------------------------------------


def test_course_completed_reaches_the_learner_and_their_opted_in_parent_only(
    school: School, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    opt_in(school.sari, (Kind.COURSE_COMPLETED, Channel.IN_APP))
    opt_in(school.ibu, (Kind.COURSE_COMPLETED, Channel.EMAIL))
    second_parent = make_user("ayah-sari")  # linked, did not opt in
    link(second_parent, school.sari)
    opt_in(school.ayah, (Kind.COURSE_COMPLETED, Channel.EMAIL))  # Budi's father
    enrollment = Enrollment.objects.get(user=school.sari, course_key=school.course.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        for _run in range(2):  # sent twice (a redelivered task): still once
            course_completed.send(
                sender=Enrollment,
                user=school.sari,
                course_key=school.course.translation_key,
                enrollment=enrollment,
            )
    [notification] = Notification.objects.filter(user=school.sari)
    assert "Aktivasi IKD" in notification.title
    [email] = mail.outbox
    assert email.to == [school.ibu.email]
    assert "Sari Rahma" in email.subject
    assert "Aktivasi IKD" in email.subject
    assert not Notification.objects.exclude(user=school.sari).exists()


def test_certificate_issued_is_announced_after_commit(
    school: School, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    opt_in(school.sari, (Kind.CERTIFICATE_ISSUED, Channel.EMAIL))
    opt_in(school.ibu, (Kind.CERTIFICATE_ISSUED, Channel.IN_APP))
    with django_capture_on_commit_callbacks(execute=True):
        issued = certificate_services.certificate_issue(
            user=school.sari, course=school.course, source=Source.ADMIN, schedule_pdf=False
        )
    with django_capture_on_commit_callbacks(execute=True):  # issued again: no new message
        certificate_services.certificate_issue(
            user=school.sari, course=school.course, source=Source.ADMIN, schedule_pdf=False
        )
    [email] = mail.outbox
    assert email.to == [school.sari.email]
    assert issued.certificate.code in email.body
    [notification] = Notification.objects.filter(user=school.ibu)
    assert "Sari Rahma" in notification.title


# --- Reminders the day before -------------------------------------------------------------------


def test_a_student_is_reminded_the_day_before_once(school: School) -> None:
    opt_in(school.sari, (Kind.ASSIGNMENT_DUE, Channel.EMAIL))
    now = timezone.now().isoformat()
    assert tasks.assignment_reminders(now=now) == 1
    assert tasks.assignment_reminders(now=now) == 1  # queued again: nothing more sent
    [email] = mail.outbox
    assert email.to == [school.sari.email]
    assert "Aktivasi IKD" in email.subject
    assert Delivery.objects.filter(kind=Kind.ASSIGNMENT_DUE).count() == 1  # Budi did not opt in


def test_no_reminder_two_days_before_or_for_work_due_today(school: School) -> None:
    opt_in(school.sari, (Kind.ASSIGNMENT_DUE, Channel.EMAIL))
    Assignment.objects.filter(pk=school.assignment.pk).update(
        due_at=tomorrow_at(14) + timedelta(days=1)
    )
    tasks.assignment_reminders(now=timezone.now().isoformat())
    day_after = tomorrow_at(10).isoformat()  # tomorrow: the work is due today
    Assignment.objects.filter(pk=school.assignment.pk).update(due_at=tomorrow_at(14))
    tasks.assignment_reminders(now=day_after)
    assert mail.outbox == []


def test_reminders_go_out_in_batches(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "BATCH", 1)
    for student in (school.sari, school.budi):
        opt_in(student, (Kind.ASSIGNMENT_DUE, Channel.IN_APP))
    assert tasks.assignment_reminders(now=timezone.now().isoformat()) == 2
    assert Notification.objects.filter(kind=Kind.ASSIGNMENT_DUE).count() == 2


# --- The weekly summary -------------------------------------------------------------------------


def lessons_of(school: School) -> list[LessonPage]:
    return list(LessonPage.objects.live().descendant_of(school.course).order_by("path"))


def test_the_summary_holds_each_childs_own_records_only(school: School) -> None:
    opt_in(school.ibu, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    opt_in(school.ayah, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    first, second, _third = lessons_of(school)
    yesterday = timezone.now() - timedelta(days=1)
    finished_lesson(school.sari, first, school.course, score=0.8, at=yesterday)
    finished_lesson(school.budi, second, school.course, score=0.3, at=yesterday)
    # Last month's lesson is not this week's.
    finished_lesson(
        school.sari, second, school.course, score=None, at=timezone.now() - timedelta(days=30)
    )
    assert tasks.weekly_summaries() == 1
    by_parent = {email.to[0]: email for email in mail.outbox}
    assert set(by_parent) == {school.ibu.email, school.ayah.email}
    for_ibu = by_parent[school.ibu.email].body
    assert "Sari Rahma" in for_ibu
    assert "Budi" not in for_ibu
    with translation.override("id"):
        scored = gettext("%(lesson)s (score %(score)s%%)") % {"lesson": first.title, "score": 80}
    assert scored in for_ibu
    assert second.title not in for_ibu
    assert "Aktivasi IKD" in for_ibu  # due tomorrow
    for_ayah = by_parent[school.ayah.email].body
    assert "Budi Santoso" in for_ayah
    assert "Sari" not in for_ayah
    assert "30%" in for_ayah


def test_the_summary_is_in_the_parents_language(school: School) -> None:
    """The message is made, and its links point, in the parent's chosen language (the words
    themselves come from the translation catalogue)."""
    opt_in(school.ibu, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    opt_in(school.ayah, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    tasks.weekly_summaries()
    by_parent = {email.to[0]: email for email in mail.outbox}
    for parent, language in ((school.ibu, "id"), (school.ayah, "en")):
        email = by_parent[parent.email]
        assert email.extra_headers["Content-Language"] == language
        assert f"/{language}/notifikasi/berhenti/" in email.extra_headers["List-Unsubscribe"]
        assert isinstance(email, EmailMultiAlternatives)
        html = str(email.alternatives[0][0])
        assert f'<html lang="{language}">' in html


def test_overdue_work_is_listed_as_late(school: School) -> None:
    opt_in(school.ayah, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    Assignment.objects.filter(pk=school.assignment.pk).update(
        due_at=timezone.now() - timedelta(days=2)
    )
    tasks.weekly_summaries()
    [email] = mail.outbox
    assert "Late (past the due date):\n- Aktivasi IKD" in email.body


def test_the_summary_goes_once_a_week_to_opted_in_parents_only(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "BATCH", 1)
    opt_in(school.ibu, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    opt_in(school.ayah, (Kind.WEEKLY_SUMMARY, Channel.IN_APP))
    unlinked = make_user("tanpa-anak")  # opted in, no child
    opt_in(unlinked, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    not_opted = make_user("ibu-lain")
    link(not_opted, school.sari)
    assert tasks.weekly_summaries() == 2  # two batches of one parent
    tasks.weekly_summaries()  # run again the same week, or redelivered
    assert [email.to for email in mail.outbox] == [[school.ibu.email]]
    assert Notification.objects.filter(user=school.ayah).count() == 1
    next_week = (timezone.now() + timedelta(days=7)).isoformat()
    tasks.weekly_summaries(now=next_week)
    assert len(mail.outbox) == 2


def test_an_unlinked_child_is_no_longer_in_the_summary(school: School) -> None:
    opt_in(school.ibu, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    link(school.ibu, school.budi)
    GuardianLink.objects.filter(parent=school.ibu, child=school.sari).update(
        unlinked_at=timezone.now()
    )
    tasks.weekly_summaries()
    [email] = mail.outbox
    assert "Budi Santoso" in email.body
    assert "Sari Rahma" not in email.body


def test_beat_runs_the_schedulers_at_the_configured_times() -> None:
    from django.conf import settings

    from lms import celery_app

    weekly = settings.CELERY_BEAT_SCHEDULE["notifications-weekly-summaries"]
    daily = settings.CELERY_BEAT_SCHEDULE["notifications-assignment-reminders"]
    assert weekly["task"] in celery_app.tasks
    assert daily["task"] in celery_app.tasks
    schedule: Any = weekly["schedule"]  # a celery crontab
    assert schedule.hour == {settings.PANDU_DIGEST_HOUR}
    assert schedule.day_of_week == {0}  # "sun" by default


# --- New courses in a topic ----------------------------------------------------------------------


def test_a_new_course_reaches_those_who_asked_for_its_topic_once(
    catalog: Catalog, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    health = make_user("peminat-kesehatan")
    services.preferences_save(
        user=health, chosen={(Kind.NEW_COURSES, Channel.IN_APP)}, topics=["kesehatan"]
    )
    everything = make_user("peminat-semua")
    opt_in(everything, (Kind.NEW_COURSES, Channel.IN_APP))
    other = make_user("peminat-kependudukan")
    services.preferences_save(
        user=other, chosen={(Kind.NEW_COURSES, Channel.IN_APP)}, topics=["kependudukan"]
    )
    make_user("tidak-memilih")

    with django_capture_on_commit_callbacks(execute=True):
        course = make_course(catalog, title="Mobile JKN", slug="jkn", topic="kesehatan")

    told = Notification.objects.filter(kind=Kind.NEW_COURSES)
    assert sorted(n.user.username for n in told) == ["peminat-kesehatan", "peminat-semua"]
    assert all("Mobile JKN" in n.title and n.url == course.url for n in told)
    # Publishing the course again is not news.
    with django_capture_on_commit_callbacks(execute=True):
        course.save_revision().publish()
    tasks.notify_new_course(course_id=course.pk)
    assert told.count() == 2
