"""Duplicated tasks at the same moment leave one certificate with one PDF, and the first signing
key is made once. Needs PostgreSQL: SQLite runs one write transaction at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from courses.models import CoursePage
from lms.accounts.models import User
from lms.certificates import keys, tasks
from lms.certificates.models import Certificate, SigningKey
from tests.concurrency import at_once, needs_postgresql

from .conftest import finish

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    needs_postgresql,
]


def pdf_files() -> set[str]:
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in (root / "certificates").rglob("*.pdf")}


def test_three_tasks_at_once_issue_one_certificate_with_one_pdf(
    learner: User, course: CoursePage
) -> None:
    finish(learner, course)  # on_commit ran: the certificate is issued already
    keys.active_key()
    for _attempt in range(3):
        Certificate.objects.all().delete()
        before = pdf_files()

        def run() -> int | None:
            issued: int | None = tasks.certificate_issue_for_completion(
                user_id=learner.pk, course_key=str(course.translation_key)
            )
            return issued

        ids = at_once(run, run, run)
        certificate = Certificate.objects.get()
        assert ids == [certificate.pk] * 3
        # One new file: the renders that lost the race deleted their own.
        assert pdf_files() - before == {certificate.pdf_name}


def test_the_first_key_is_made_once_when_three_issue_at_once(db: None) -> None:
    assert not SigningKey.objects.exists()
    made = at_once(keys.active_key, keys.active_key, keys.active_key)
    assert SigningKey.objects.count() == 1
    assert {key.kid for key in made} == {SigningKey.objects.get().kid}
