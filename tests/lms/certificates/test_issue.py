"""A finished course gives one certificate, issued by a task after commit; running the task again,
twice at once, or the sweep, changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.storage import default_storage

from courses.models import CoursePage
from lms.accounts.models import User
from lms.certificates import services, tasks
from lms.certificates.models import Certificate, Issuer, SigningKey, Source
from lms.core.models import AuditEntry
from lms.learning.models import Enrollment

from .conftest import finish, make_user

pytestmark = pytest.mark.django_db


def test_finishing_a_course_issues_one_certificate_with_its_pdf(
    finished: Certificate, learner: User, course: CoursePage
) -> None:
    assert finished.course_key == course.translation_key
    assert finished.recipient_name == "Wulan Lestari"
    assert finished.course_title == "Aktivasi IKD"
    assert finished.duration_minutes == 30
    assert finished.source == Source.COMPLETION
    assert finished.issuer == Issuer.objects.get(is_default=True)
    assert finished.issuer.name == "Pemerintah Kota Balikpapan"
    assert len(finished.code) >= 22  # at least 128 random bits, base64url
    assert finished.pdf
    assert default_storage.exists(finished.pdf_name)
    assert default_storage.open(finished.pdf_name).read(5) == b"%PDF-"
    [entry] = AuditEntry.objects.filter(action="certificate.issue")
    assert entry.subject == learner
    assert entry.target == f"certificates.certificate:{finished.pk}"


def test_no_certificate_before_the_course_is_finished(
    learner: User, course: CoursePage, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        services_result = tasks.certificate_issue_for_completion(
            user_id=learner.pk, course_key=str(course.translation_key)
        )
    assert services_result is None
    assert not Certificate.objects.exists()


def test_the_task_run_again_changes_nothing(finished: Certificate, learner: User) -> None:
    before = Certificate.objects.values().get()
    for _run in range(3):
        tasks.certificate_issue_for_completion(
            user_id=learner.pk, course_key=str(finished.course_key)
        )
        tasks.certificates_sweep()
    assert Certificate.objects.values().get() == before


def test_a_missing_pdf_is_made_again_once(finished: Certificate) -> None:
    default_storage.delete(finished.pdf_name)
    assert tasks.certificate_pdf_render(certificate_id=finished.pk) is True
    finished.refresh_from_db()
    assert default_storage.exists(finished.pdf_name)
    assert tasks.certificate_pdf_render(certificate_id=finished.pk) is False


def test_the_sweep_issues_what_a_lost_task_left_missing(learner: User, course: CoursePage) -> None:
    # Without running the on-commit callbacks: the task was never queued (a lost message).
    finish(learner, course)
    assert Enrollment.objects.get(user=learner).completed_at is not None
    assert not Certificate.objects.exists()

    assert tasks.certificates_sweep() == {"issued": 1, "rendered": 1}
    certificate = Certificate.objects.get()
    assert certificate.pdf
    assert tasks.certificates_sweep() == {"issued": 0, "rendered": 0}


def test_a_second_issue_returns_the_first_certificate(
    finished: Certificate, learner: User, course: CoursePage
) -> None:
    again = services.certificate_issue(user=learner, course=course, source=Source.ADMIN)
    assert not again.created
    assert again.certificate.pk == finished.pk
    assert Certificate.objects.count() == 1


def test_a_concurrent_duplicate_insert_is_tolerated(
    learner: User, course: CoursePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row another task inserted between the read and the insert wins; no error."""
    from lms.certificates import selectors

    first = services.certificate_issue(user=learner, course=course, source=Source.ADMIN)
    real = selectors.certificate_for
    calls: list[dict[str, Any]] = []

    def stale_then_real(**kwargs: Any) -> Certificate | None:
        calls.append(kwargs)
        return None if len(calls) == 1 else real(**kwargs)

    monkeypatch.setattr(selectors, "certificate_for", stale_then_real)
    second = services.certificate_issue(user=learner, course=course, source=Source.ADMIN)
    assert not second.created
    assert second.certificate.pk == first.certificate.pk
    assert Certificate.objects.count() == 1


def test_a_key_is_made_on_first_use_and_logged(
    learner: User, course: CoursePage, caplog: pytest.LogCaptureFixture
) -> None:
    assert not SigningKey.objects.exists()
    services.certificate_issue(user=learner, course=course, source=Source.COMMAND)
    assert SigningKey.objects.filter(retired_at__isnull=True).count() == 1
    assert "No credential signing key yet" in caplog.text


def test_a_minor_without_consent_gets_no_certificate(course: CoursePage) -> None:
    from django.utils import timezone

    child = make_user("anak", birth_year=timezone.localdate().year - 12)
    with pytest.raises(services.Refused):
        services.certificate_issue(user=child, course=course, source=Source.ADMIN)
    assert not Certificate.objects.exists()


def test_revoking_keeps_the_first_date_and_reason(finished: Certificate) -> None:
    editor = make_user("editor")
    assert services.certificate_revoke(certificate=finished, reason="Data salah", revoked_by=editor)
    assert not services.certificate_revoke(certificate=finished, reason="Lain", revoked_by=None)
    finished.refresh_from_db()
    assert finished.revoked_reason == "Data salah"
    assert finished.revoked_by == editor
    [entry] = AuditEntry.objects.filter(action="certificate.revoke")
    assert entry.actor == editor
    assert entry.subject == finished.user
    assert entry.data == {"reason": "Data salah"}
    with pytest.raises(services.Refused):
        services.certificate_revoke(certificate=finished, reason="  ", revoked_by=editor)


def test_a_broker_that_cannot_be_reached_never_fails_the_learner(
    learner: User,
    course: CoursePage,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    def broker_down(**kwargs: Any) -> None:
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.certificate_issue_for_completion, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        finish(learner, course)
    assert Enrollment.objects.get(user=learner).completed_at is not None
    assert not Certificate.objects.exists()
    assert tasks.certificates_sweep()["issued"] == 1
