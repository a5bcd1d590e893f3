"""What every Celery task of Pandu promises, read from the tasks the app registers, so that a new
task is held to it at once: its message is acknowledged only once it has run, and given back when
its worker dies (acks_late, reject_on_worker_lost); and running it twice with the same arguments,
as a message delivered again does, has the effect of one run. The runs happen in this process;
test_worker_killed_mid_batch.py does it with a real worker and broker.

A new task fails here until SCENARIOS declares what running it twice must leave."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from celery import Task
from django.conf import settings
from django.core import mail
from django.utils import timezone
from pytest_django import Settings
from wagtail.models import PageLogEntry

from courses.models import CoursePage, InfoPage, LessonPage
from lms import celery_app
from lms.accounts.models import Role, User
from lms.accounts.services import consent_withdraw, role_grant
from lms.certificates import keys
from lms.certificates import services as certificate_services
from lms.certificates.models import Certificate, Source
from lms.classrooms.models import JoinedBy
from lms.classrooms.services import assignment_create, class_student_add, classroom_create
from lms.guardians.models import GuardianLink
from lms.guardians.services import guardian_consent_give
from lms.learning.services import EventIn, enrollment_create, progress_events_record
from lms.notifications import services as notification_services
from lms.notifications.models import Channel, Delivery, Kind, Notification
from lms.privacy.models import DeletionRequest, LearningTally
from lms.privacy.services import deletion_request_create
from tests.factories import Catalog, make_catalog, make_course

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-uji-panjang-9"


def pandu_tasks() -> dict[str, Task]:
    celery_app.loader.import_default_modules()  # the apps' tasks modules, as a worker does
    return {name: task for name, task in celery_app.tasks.items() if not name.startswith("celery.")}


def test_tasks_are_found() -> None:
    assert "lms.certificates.tasks.certificate_issue_for_completion" in pandu_tasks()


@pytest.mark.parametrize("name", sorted(pandu_tasks()))
def test_a_message_is_acknowledged_once_its_task_has_run(name: str) -> None:
    """Acknowledged late: a worker that dies in the middle leaves the message to the broker,
    which delivers it again; a task that raises is not run again (reject_on_worker_lost is about
    a dead worker only)."""
    task = pandu_tasks()[name]
    assert task.acks_late is True, f"{name}: acks_late is off"
    assert task.reject_on_worker_lost is True, f"{name}: reject_on_worker_lost is off"


def test_a_worker_holds_one_message_ahead_at_most() -> None:
    """Each pool process reserves one message: a worker that dies takes few back with it, and a
    long task does not hold others back past the visibility timeout."""
    assert celery_app.conf.worker_prefetch_multiplier == 1


def test_every_scheduled_task_exists() -> None:
    tasks = pandu_tasks()
    assert {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} <= set(tasks)


# --- Running a task twice -----------------------------------------------------------------------

# A scenario sets up what the task works on and returns the task's arguments and what a person
# would notice of its effect, read back from the database, the mail outbox or the media storage.
Scenario = Callable[[], tuple[dict[str, Any], Callable[[], object]]]
SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str) -> Callable[[Scenario], Scenario]:
    def register(function: Scenario) -> Scenario:
        SCENARIOS[name] = function
        return function

    return register


def person(username: str, **extra: Any) -> User:
    return User.objects.create_user(
        username=username,
        password=PASSWORD,
        full_name=username.replace("-", " ").title(),
        email=f"{username}@contoh.id",
        **extra,
    )


def opt_in(user: User, kind: str, **extra: Any) -> None:
    pairs = {(kind, Channel.EMAIL), (kind, Channel.IN_APP)}
    notification_services.preferences_save(user=user, chosen=pairs, only=pairs, **extra)


def finish(user: User, course: CoursePage) -> None:
    """Enrol and finish every lesson. The tasks this queues on commit are not run: the test
    runs the one under test itself."""
    enrollment_create(user=user, course=course)
    progress_events_record(
        user=user,
        events=[
            EventIn(id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=now())
            for lesson in LessonPage.objects.live().descendant_of(course)
        ],
        source="test",
    )


def now() -> datetime:
    return timezone.now()


def a_course() -> tuple[Catalog, CoursePage]:
    catalog = make_catalog()
    return catalog, make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)


def messages() -> tuple[int, int, int]:
    """Deliveries recorded, notifications in the app, emails sent."""
    return (
        Delivery.objects.filter(sent_at__isnull=False).count(),
        Notification.objects.count(),
        len(mail.outbox),
    )


def certificates() -> tuple[object, ...]:
    """Each certificate with its PDF, the PDF files stored, and the messages sent."""
    files = sorted(p.name for p in Path(settings.MEDIA_ROOT).rglob("*.pdf"))
    return (sorted(Certificate.objects.values_list("user__username", "pdf")), files, messages())


@scenario("lms.core.tasks.publish_scheduled_pages")
def _publish_scheduled_pages() -> tuple[dict[str, Any], Callable[[], object]]:
    catalog = make_catalog()
    page = InfoPage(title="Jadwal pelayanan", slug="jadwal", live=False, body="[]")
    catalog.home.add_child(instance=page)
    page.save_revision(approved_go_live_at=now() - timedelta(minutes=1))

    def effect() -> object:
        return (
            InfoPage.objects.get(pk=page.pk).live,
            PageLogEntry.objects.filter(page_id=page.pk).count(),
        )

    return {}, effect


@scenario("lms.certificates.tasks.certificate_issue_for_completion")
def _certificate_issue_for_completion() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    learner = person("wulan")
    opt_in(learner, Kind.CERTIFICATE_ISSUED)
    finish(learner, course)
    return {"user_id": learner.pk, "course_key": str(course.translation_key)}, certificates


@scenario("lms.certificates.tasks.certificate_pdf_render")
def _certificate_pdf_render() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    issued = certificate_services.certificate_issue(
        user=person("wulan"), course=course, source=Source.ADMIN, schedule_pdf=False
    )
    return {"certificate_id": issued.certificate.pk}, certificates


@scenario("lms.certificates.tasks.certificates_sweep")
def _certificates_sweep() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    finish(person("wulan"), course)  # its task lost: no certificate
    return {}, certificates


@scenario("lms.notifications.tasks.notify_course_completed")
def _notify_course_completed() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    learner, parent = person("sari"), person("ibu-sari")
    GuardianLink.objects.create(parent=parent, child=learner)
    opt_in(learner, Kind.COURSE_COMPLETED)
    opt_in(parent, Kind.COURSE_COMPLETED)
    finish(learner, course)
    return {"user_id": learner.pk, "course_key": str(course.translation_key)}, messages


@scenario("lms.notifications.tasks.notify_certificate_issued")
def _notify_certificate_issued() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    learner, parent = person("sari"), person("ibu-sari")
    GuardianLink.objects.create(parent=parent, child=learner)
    opt_in(learner, Kind.CERTIFICATE_ISSUED)
    opt_in(parent, Kind.CERTIFICATE_ISSUED)
    issued = certificate_services.certificate_issue(
        user=learner, course=course, source=Source.ADMIN, schedule_pdf=False
    )
    return {"certificate_id": issued.certificate.pk}, messages


def _student_with_work_due_tomorrow() -> User:
    _catalog, course = a_course()
    teacher, student = person("bu-guru"), person("sari")
    role_grant(user=teacher, role=Role.TEACHER, granted_by=None)
    role_grant(user=student, role=Role.STUDENT, granted_by=None)
    classroom = classroom_create(
        teacher=teacher, name="VII-A", grade=7, academic_year="2026/2027", semester=1
    )
    class_student_add(
        classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    tomorrow = timezone.localdate() + timedelta(days=1)
    due = datetime.combine(tomorrow, time(14), tzinfo=timezone.get_default_timezone())
    assignment_create(classroom=classroom, actor=teacher, page=course, due_at=due)
    opt_in(student, Kind.ASSIGNMENT_DUE)
    return student


@scenario("lms.notifications.tasks.assignment_reminders")
def _assignment_reminders() -> tuple[dict[str, Any], Callable[[], object]]:
    _student_with_work_due_tomorrow()
    return {"now": now().isoformat()}, messages


@scenario("lms.notifications.tasks.assignment_reminders_send")
def _assignment_reminders_send() -> tuple[dict[str, Any], Callable[[], object]]:
    student = _student_with_work_due_tomorrow()
    return {"student_ids": [student.pk], "now": now().isoformat()}, messages


def _parent_who_chose_the_summary() -> User:
    parent = person("ibu-sari")
    GuardianLink.objects.create(parent=parent, child=person("sari"))
    opt_in(parent, Kind.WEEKLY_SUMMARY)
    return parent


@scenario("lms.notifications.tasks.weekly_summaries")
def _weekly_summaries() -> tuple[dict[str, Any], Callable[[], object]]:
    _parent_who_chose_the_summary()
    return {"now": now().isoformat()}, messages


@scenario("lms.notifications.tasks.weekly_summaries_send")
def _weekly_summaries_send() -> tuple[dict[str, Any], Callable[[], object]]:
    parent = _parent_who_chose_the_summary()
    return {"parent_ids": [parent.pk], "now": now().isoformat()}, messages


@scenario("lms.notifications.tasks.notify_new_course")
def _notify_new_course() -> tuple[dict[str, Any], Callable[[], object]]:
    opt_in(person("warga"), Kind.NEW_COURSES, topics=[])
    _catalog, course = a_course()  # its announcement queued on commit, not run
    return {"course_id": course.pk}, messages


@scenario("lms.notifications.tasks.notify_new_course_send")
def _notify_new_course_send() -> tuple[dict[str, Any], Callable[[], object]]:
    reader = person("warga")
    opt_in(reader, Kind.NEW_COURSES, topics=[])
    _catalog, course = a_course()
    return {"course_id": course.pk, "user_ids": [reader.pk]}, messages


def _tally() -> list[tuple[int, int]]:
    return list(LearningTally.objects.order_by("pk").values_list("enrolments", "completions"))


@scenario("lms.guardians.tasks.learning_records_delete")
def _learning_records_delete() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    child = person("siti", birth_year=timezone.localdate().year - 12)
    parent = person("ibu-siti")
    GuardianLink.objects.create(parent=parent, child=child)
    guardian_consent_give(parent=parent, child=child, relationship="ibu")
    finish(child, course)
    consent_withdraw(child=child, withdrawn_by=parent)  # its task queued on commit, not run

    def effect() -> object:
        return (child.enrollments.count(), _tally())

    return {"child_id": child.pk}, effect


@scenario("lms.privacy.tasks.privacy_deletions_run")
def _privacy_deletions_run() -> tuple[dict[str, Any], Callable[[], object]]:
    _catalog, course = a_course()
    learner = person("warga")
    finish(learner, course)
    request = deletion_request_create(user=learner)
    DeletionRequest.objects.filter(pk=request.pk).update(due_at=now() - timedelta(minutes=1))
    mail.outbox.clear()

    def effect() -> object:
        return (User.objects.get(pk=learner.pk).username, _tally(), len(mail.outbox))

    return {}, effect


@scenario("lms.privacy.tasks.privacy_retention_sweep")
def _privacy_retention_sweep() -> tuple[dict[str, Any], Callable[[], object]]:
    long_ago = now() - timedelta(days=10 * 365)
    stale = person("lama")
    User.objects.filter(pk=stale.pk).update(date_joined=long_ago, last_login=long_ago)

    def effect() -> object:
        return (DeletionRequest.objects.filter(user=stale).count(), len(mail.outbox))

    return {}, effect


@pytest.fixture
def _isolated_media(settings: Settings, tmp_path: Path) -> Iterator[None]:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PANDU_CREDENTIAL_KEY_BITS = 2048  # the least allowed: quick to make
    yield
    keys._loaded.clear()


@pytest.mark.usefixtures("_isolated_media")
@pytest.mark.parametrize("name", sorted(set(pandu_tasks()) | set(SCENARIOS)))
def test_a_task_run_twice_has_the_effect_of_one_run(
    name: str, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    task = pandu_tasks().get(name)
    assert task is not None, f"{name} is no longer a task: remove its scenario"
    assert name in SCENARIOS, f"{name} is a new task: declare what running it twice must leave"
    kwargs, effect = SCENARIOS[name]()
    before = effect()

    def run() -> None:
        # What the task queues on commit runs too, as a worker would run it.
        with django_capture_on_commit_callbacks(execute=True):
            task.apply(kwargs=kwargs, throw=True)

    run()
    once = effect()
    assert once != before, "the first run changed nothing: the scenario shows nothing"
    run()
    assert effect() == once
