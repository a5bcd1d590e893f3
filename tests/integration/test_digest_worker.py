"""The parents' weekly summary with a real Celery worker process and broker (the file-system broker
of `make run`, or the broker CELERY_BROKER_URL names: Redis in CI), on the test's database: the
scheduler, run twice, and a duplicated batch message still send exactly one email to each parent
who chose it, and none to a parent who did not."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.utils import timezone
from pytest_django import Settings

from lms import celery_app
from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.guardians.models import GuardianLink
from lms.notifications import services, tasks
from lms.notifications.models import Channel, Delivery, Kind
from tests.integration.pools import reset_producer_pools
from tests.integration.test_worker import ROOT, database_url

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WORKER_ARGS = [
    "worker",
    "--pool=solo",
    "--loglevel=INFO",
    "--without-mingle",
    "--without-gossip",
    "--without-heartbeat",
]

# A worker whose emails are written to files (lms.settings.test keeps them in memory, where this
# test cannot see them).
MAILING_WORKER = """
import os, sys
import django
django.setup()
from django.conf import settings
settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
settings.EMAIL_FILE_PATH = os.environ["PANDU_TEST_MAIL_DIR"]
from lms import celery_app
celery_app.worker_main(sys.argv[1:])
"""


class Worker:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.mail_dir = tmp_path / "mail"
        self.mail_dir.mkdir()
        self.process: subprocess.Popen[bytes] | None = None
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "DATABASE_URL": database_url(),
            "PANDU_BROKER_DIR": str(tmp_path / "broker"),
            "PANDU_VAR_DIR": str(tmp_path / "var"),
            "PANDU_TEST_MAIL_DIR": str(self.mail_dir),
        }

    def start(self) -> None:
        log = (self.tmp_path / "worker.log").open("wb")
        self.process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
            [sys.executable, "-c", MAILING_WORKER, *WORKER_ARGS],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        log = self.tmp_path / "worker.log"
        if log.exists():
            print(log.read_text(errors="replace")[-2500:])  # noqa: T201

    def recipients(self) -> list[str]:
        """The To: of every email written, one entry per email."""
        found = []
        for path in sorted(self.mail_dir.glob("*.log")):
            for line in path.read_text(errors="replace").splitlines():
                if line.startswith("To: "):
                    found.append(line.removeprefix("To: ").strip())
        return sorted(found)


@pytest.fixture
def worker(tmp_path: Path, settings: Settings) -> Iterator[Worker]:
    saved = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_transport_options")}
    celery_app.conf.task_always_eager = False
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        broker = tmp_path / "broker"
        for folder in ("queue", "processed", "control"):
            (broker / folder).mkdir(parents=True)
        celery_app.conf.broker_transport_options = {
            "data_folder_in": str(broker / "queue"),
            "data_folder_out": str(broker / "queue"),
            "processed_folder": str(broker / "processed"),
            "control_folder": str(broker / "control"),
            "store_processed": False,
        }
    else:
        celery_app.control.purge()
    reset_producer_pools()
    found = Worker(tmp_path)
    try:
        yield found
    finally:
        found.stop()
        celery_app.conf.update(saved)
        reset_producer_pools()


def wait_for(condition: Callable[[], bool], seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def person(username: str) -> User:
    user, _created = user_ensure(
        username=username,
        password="kata-sandi-yang-panjang-42",
        full_name=username.title(),
        email=f"{username}@contoh.id",
    )
    return user


def test_the_weekly_summary_sends_one_email_per_opted_in_parent(worker: Worker) -> None:
    opted_in = []
    for number in range(3):
        parent, child = person(f"orang-tua-{number}"), person(f"anak-{number}")
        GuardianLink.objects.create(parent=parent, child=child)
        pair = {(Kind.WEEKLY_SUMMARY, Channel.EMAIL)}
        services.preferences_save(user=parent, chosen=pair, only=pair)
        opted_in.append(parent.email)
    silent = person("orang-tua-diam")  # linked, did not opt in
    GuardianLink.objects.create(parent=silent, child=person("anak-diam"))

    now = timezone.now().isoformat()
    tasks.weekly_summaries.delay(now=now)
    tasks.weekly_summaries.delay(now=now)  # beat fired twice, or the message came twice
    ids = [User.objects.get(email=email).pk for email in opted_in]
    tasks.weekly_summaries_send.delay(parent_ids=ids, now=now)  # a duplicated batch
    worker.start()

    assert wait_for(lambda: len(worker.recipients()) >= len(opted_in)), "no summaries were sent"
    assert wait_for(lambda: Delivery.objects.filter(sent_at__isnull=False).count() == 3)
    time.sleep(5)  # the remaining messages are worked off: they send nothing more
    assert worker.recipients() == sorted(opted_in)
    assert Delivery.objects.filter(kind=Kind.WEEKLY_SUMMARY).count() == 3
