"""With a real Celery worker process and broker: the file-system broker of `make run`, or the
broker CELERY_BROKER_URL names (Redis in CI), on the same database as the test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from courses.models import InfoPage
from lms import celery_app
from lms.core.tasks import publish_scheduled_pages
from tests.factories import Catalog
from tests.integration.pools import reset_producer_pools

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": database_url(),
        "PANDU_BROKER_DIR": str(tmp_path / "broker"),
    }
    saved = {key: celery_app.conf[key] for key in ("task_always_eager", "broker_transport_options")}
    celery_app.conf.task_always_eager = False
    reset_producer_pools()
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        queue = tmp_path / "broker" / "queue"
        queue.mkdir(parents=True)
        (tmp_path / "broker" / "processed").mkdir()
        celery_app.conf.broker_transport_options = {
            "data_folder_in": str(queue),
            "data_folder_out": str(queue),
            "processed_folder": str(tmp_path / "broker" / "processed"),
            "control_folder": str(tmp_path / "broker" / "control"),
            "store_processed": False,
        }
    else:
        celery_app.control.purge()
    log = (tmp_path / "worker.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool=solo",
            "--loglevel=INFO",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
        celery_app.conf.update(saved)
        reset_producer_pools()
        print((tmp_path / "worker.log").read_text(errors="replace")[-3000:])  # noqa: T201


def wait_for(condition, seconds: float = 60) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def test_the_worker_publishes_a_scheduled_page(
    catalog: Catalog, worker: subprocess.Popen[bytes]
) -> None:
    page = InfoPage(title="Jadwal pelayanan", slug="jadwal", live=False, body="[]")
    catalog.home.add_child(instance=page)
    page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    assert not InfoPage.objects.get(pk=page.pk).live

    publish_scheduled_pages.delay()

    assert wait_for(lambda: InfoPage.objects.get(pk=page.pk).live), "the worker did not publish"
    assert worker.poll() is None, "the worker died"
