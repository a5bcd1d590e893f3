"""A batch of certificate and weekly-summary tasks on a real broker and a prefork worker: the
worker is killed with SIGKILL, pool children and all, half-way through; a new worker is started,
and every task completes exactly once: one certificate with its PDF for each learner, one summary
for each parent, none missing.

Needs PostgreSQL, and a broker that delivers an unacknowledged message again after a short
visibility timeout (Redis with CELERY_VISIBILITY_TIMEOUT=10, as CI sets it up): SQLite serialises
the pool's writes, and the file-system broker of `make run` loses a killed worker's messages (the
sweeps heal that: see test_certificates_worker.py)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db.models import Count
from django.utils import timezone
from pytest_django import Settings

from lms import celery_app
from lms.certificates import keys
from lms.certificates.models import Certificate
from lms.guardians.models import GuardianLink
from lms.notifications import services as notification_services
from lms.notifications import tasks as notification_tasks
from lms.notifications.models import Channel, Delivery, Kind
from tests.concurrency import needs_postgresql
from tests.factories import Catalog, make_course
from tests.integration.pools import reset_producer_pools
from tests.integration.servers import CeleryWorkers, wait_for
from tests.integration.test_worker import database_url
from tests.lms.certificates.conftest import finish, make_user

CONCURRENCY = 2
LEARNERS = 30


def redelivers_soon() -> bool:
    """Redis, whose queue and unacknowledged messages the test reads, with a short timeout."""
    if not settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
        return False
    timeout = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get("visibility_timeout", 3600)
    return isinstance(timeout, int) and timeout <= 30


pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    needs_postgresql,
    pytest.mark.skipif(
        not redelivers_soon(),
        reason="needs Redis as the broker, delivering unacknowledged messages again soon "
        "(CELERY_BROKER_URL=redis://…, CELERY_VISIBILITY_TIMEOUT=10)",
    ),
]


def broker_backlog() -> int:
    """Messages waiting in the queue plus those delivered and not yet acknowledged."""
    with celery_app.connection_for_write() as connection:
        client = connection.default_channel.client
        return int(client.llen(celery_app.conf.task_default_queue) + client.hlen("unacked"))


def unacknowledged() -> int:
    with celery_app.connection_for_write() as connection:
        return int(connection.default_channel.client.hlen("unacked"))


@pytest.fixture
def workers(tmp_path: Path, settings: Settings) -> Iterator[CeleryWorkers]:
    saved = {key: celery_app.conf[key] for key in ("task_always_eager",)}
    celery_app.conf.task_always_eager = False
    reset_producer_pools()
    celery_app.control.purge()
    # Messages a killed worker left unacknowledged in an earlier run would come back here.
    with celery_app.connection_for_write() as connection:
        connection.default_channel.client.delete("unacked", "unacked_index")
    settings.MEDIA_ROOT = str(tmp_path / "var" / "test-media")  # the workers' (lms.settings.test)
    settings.PANDU_CREDENTIAL_KEY_BITS = 2048
    (tmp_path / "mail").mkdir()
    found = CeleryWorkers(
        tmp_path=tmp_path,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "DATABASE_URL": database_url(),
            "PANDU_VAR_DIR": str(tmp_path / "var"),
            "PANDU_CREDENTIAL_KEY_BITS": "2048",
            "PANDU_TEST_MAIL_DIR": str(tmp_path / "mail"),
        },
    )
    try:
        yield found
    finally:
        found.stop_all()
        celery_app.conf.update(saved)
        reset_producer_pools()
        keys._loaded.clear()


def emails_to(mail_dir: Path) -> Counter[str]:
    """How many emails each address was sent."""
    found: Counter[str] = Counter()
    for path in mail_dir.glob("*.log"):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("To: "):
                found[line.removeprefix("To: ").strip()] += 1
    return found


def done() -> int:
    """Certificates with their PDF, plus summaries sent."""
    return (
        Certificate.objects.exclude(pdf="").count()
        + Delivery.objects.filter(kind=Kind.WEEKLY_SUMMARY, sent_at__isnull=False).count()
    )


def test_a_batch_survives_a_worker_killed_half_way(
    workers: CeleryWorkers, catalog: Catalog, tmp_path: Path
) -> None:
    keys.active_key()  # made once here, not raced for by the pool's processes
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=1)
    now = timezone.now().isoformat()
    learners, parents = [], []
    for number in range(LEARNERS):
        learner, parent = make_user(f"pelajar-{number}"), make_user(f"orang-tua-{number}")
        GuardianLink.objects.create(parent=parent, child=learner)
        pair = {(Kind.WEEKLY_SUMMARY, Channel.EMAIL)}
        notification_services.preferences_save(user=parent, chosen=pair, only=pair)
        finish(learner, course)  # commits: the certificate's task is queued
        notification_tasks.weekly_summaries_send.delay(parent_ids=[parent.pk], now=now)
        learners.append(learner)
        parents.append(parent)
    total = 2 * LEARNERS

    first = workers.start(concurrency=CONCURRENCY)
    assert wait_for(lambda: done() >= 8, 120), "the worker did not get going"
    workers.kill(first)
    at_kill = done()
    assert at_kill < total, "the batch was finished before the kill: nothing was tested"
    assert unacknowledged() > 0, "the killed worker had no message in hand"

    workers.start(concurrency=CONCURRENCY)
    assert wait_for(lambda: done() == total and broker_backlog() == 0, 180), (
        f"{done()} of {total} done, {broker_backlog()} messages left"
    )

    certificates = Certificate.objects.order_by("user_id")
    assert [c.user_id for c in certificates] == [learner.pk for learner in learners]
    media = Path(settings.MEDIA_ROOT)
    for certificate in certificates:
        assert (media / certificate.pdf_name).read_bytes().startswith(b"%PDF-")
    # A PDF written just before the kill, whose row was not yet updated, stays on disk unused:
    # at most one a pool process.
    assert len(list((media / "certificates").rglob("*.pdf"))) - LEARNERS <= CONCURRENCY

    sent = Delivery.objects.filter(kind=Kind.WEEKLY_SUMMARY, sent_at__isnull=False)
    per_parent = dict(sent.values_list("user_id").annotate(n=Count("id")))
    assert per_parent == {parent.pk: 1 for parent in parents}
    # An email handed over just before the kill, before its delivery was recorded, goes again:
    # at most one a pool process. What the app records and counts is exact.
    emails = emails_to(tmp_path / "mail")
    assert set(emails) == {parent.email for parent in parents}
    assert sum(emails.values()) - LEARNERS <= CONCURRENCY
