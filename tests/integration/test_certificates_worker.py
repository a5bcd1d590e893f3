"""Certificates with a real Celery worker process and broker (the file-system broker of `make run`,
or the broker CELERY_BROKER_URL names: Redis in CI), on the test's database: a worker killed with
SIGKILL in the middle of the task still leaves exactly one certificate, with its PDF."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from pytest_django import Settings

from courses.models import CoursePage
from lms import celery_app
from lms.accounts.models import User
from lms.certificates import keys, tasks
from lms.certificates.models import Certificate
from tests.factories import Catalog, make_course
from tests.integration.pools import reset_producer_pools
from tests.integration.test_worker import ROOT, database_url
from tests.lms.certificates.conftest import finish, make_user

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

# A worker whose PDF rendering stops for two minutes once the certificate's row is written, after
# leaving a marker file: the test kills it there, in the middle of the task.
SLOW_WORKER = """
import os, sys, time
from pathlib import Path
import django
django.setup()
from lms.certificates import pdf
from lms import celery_app

real_render = pdf.render

def stalled_render(certificate):
    Path(os.environ["PANDU_TEST_MARKER"]).write_text(str(certificate.pk))
    time.sleep(120)
    return real_render(certificate)

pdf.render = stalled_render
celery_app.worker_main(sys.argv[1:])
"""


# A worker that looks for unacknowledged messages to deliver again every second (kombu's Redis
# transport scans every 10 times 10 s by default), so that the test need not wait minutes.
RESTORING_WORKER = """
import sys
import django
django.setup()
from lms import celery_app

options = dict(celery_app.conf.broker_transport_options or {})
if not celery_app.conf.broker_url.startswith("filesystem://"):
    options.update(unacked_restore_interval=1, unacked_restore_throttle=1)
celery_app.conf.broker_transport_options = options
celery_app.worker_main(sys.argv[1:])
"""


class Workers:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "DATABASE_URL": database_url(),
            "PANDU_BROKER_DIR": str(tmp_path / "broker"),
            # The worker's MEDIA_ROOT is PANDU_VAR_DIR/test-media (lms.settings.test).
            "PANDU_VAR_DIR": str(tmp_path / "var"),
            "PANDU_CREDENTIAL_KEY_BITS": "2048",
            "PANDU_TEST_MARKER": str(tmp_path / "stalled"),
        }

    def start(self, *, stalled: bool = False) -> subprocess.Popen[bytes]:
        number = len(self.processes)
        log = (self.tmp_path / f"worker-{number}.log").open("wb")
        command = [sys.executable, "-c", SLOW_WORKER if stalled else RESTORING_WORKER]
        process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
            [*command, *WORKER_ARGS],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.processes.append(process)
        return process

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)
        for log in sorted(self.tmp_path.glob("worker-*.log")):
            print(log.name, log.read_text(errors="replace")[-2500:])  # noqa: T201


@pytest.fixture
def workers(tmp_path: Path, settings: Settings) -> Iterator[Workers]:
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
        # Messages a killed worker left unacknowledged in an earlier run would come back here.
        with celery_app.connection_for_write() as connection:
            connection.default_channel.client.delete("unacked", "unacked_index")
    # A pool made earlier in the session still points at the broker of the settings.
    reset_producer_pools()
    settings.MEDIA_ROOT = str(tmp_path / "var" / "test-media")
    settings.PANDU_CREDENTIAL_KEY_BITS = 2048
    found = Workers(tmp_path)
    try:
        yield found
    finally:
        found.stop_all()
        celery_app.conf.update(saved)
        reset_producer_pools()
        keys._loaded.clear()


def redelivers_soon() -> bool:
    """Redis (as CI sets it up) delivers an unacknowledged message again after a short
    visibility timeout; the file-system broker never does."""
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        return False
    timeout = settings.CELERY_BROKER_TRANSPORT_OPTIONS.get("visibility_timeout", 3600)
    return isinstance(timeout, int) and timeout <= 30


def wait_for(condition: Callable[[], bool], seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def pdf_ready() -> bool:
    certificate = Certificate.objects.first()
    return certificate is not None and bool(certificate.pdf_name)


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)


@pytest.fixture
def learner(db: None) -> User:
    return make_user("wulan")


def test_a_worker_killed_mid_task_still_leaves_one_certificate(
    workers: Workers, learner: User, course: CoursePage, tmp_path: Path
) -> None:
    keys.active_key()
    stalled = workers.start(stalled=True)

    finish(learner, course)  # commits: course_completed queues the task

    marker = tmp_path / "stalled"
    assert wait_for(marker.exists), "the worker never reached the PDF"
    certificate = Certificate.objects.get()
    assert not certificate.pdf_name
    os.kill(stalled.pid, signal.SIGKILL)
    stalled.wait(timeout=10)
    assert stalled.returncode == -signal.SIGKILL

    # A new worker: Redis delivers the unacknowledged message again (acks_late,
    # reject_on_worker_lost); the file-system broker lost it, and beat's sweep heals that.
    workers.start()
    if redelivers_soon():
        assert wait_for(pdf_ready), "the broker did not deliver the killed task again"
    else:
        tasks.certificates_sweep.delay()
        assert wait_for(pdf_ready), "the sweep did not finish the killed task's work"

    # The same task once more, as a duplicated message: nothing changes.
    tasks.certificate_issue_for_completion.delay(
        user_id=learner.pk, course_key=str(course.translation_key)
    )
    tasks.certificates_sweep.delay()
    time.sleep(3)
    certificate = Certificate.objects.get()
    assert certificate.pk == Certificate.objects.get(user=learner).pk
    media = Path(settings.MEDIA_ROOT)
    assert (media / certificate.pdf_name).read_bytes().startswith(b"%PDF-")
    assert [p.name for p in (media / "certificates").rglob("*.pdf")] == [
        Path(certificate.pdf_name).name
    ]


def test_duplicated_messages_on_a_real_worker_issue_one_certificate(
    workers: Workers, learner: User, course: CoursePage
) -> None:
    keys.active_key()
    finish(learner, course)
    for _copy in range(3):
        tasks.certificate_issue_for_completion.delay(
            user_id=learner.pk, course_key=str(course.translation_key)
        )
    workers.start()
    assert wait_for(pdf_ready), "the worker issued nothing"
    time.sleep(3)
    assert Certificate.objects.count() == 1
