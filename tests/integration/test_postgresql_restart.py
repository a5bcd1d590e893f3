"""Progress events sent over the API by several clients at once while PostgreSQL restarts, once
cleanly and once as in a crash: no event whose request was answered with 2xx is lost, the site
answers again as soon as the database is back, and sending every event again (as an app does
with what it could not confirm) records each one once.

A private cluster in a temporary directory is restarted, never the shared server the other tests
use; it needs the PostgreSQL server programs (/usr/lib/postgresql/*/bin, as in CI's PostgreSQL
stage) and runs only when the suite itself runs on PostgreSQL."""

from __future__ import annotations

import http.client
import json
import os
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.conf import settings
from django.utils import timezone

from lms.learning.models import ProgressEvent
from tests.integration.servers import ROOT, Gunicorn, PrivateCluster, postgresql_bin, wait_for

PG_PORT = 5499
WEB_PORT = 8901
SENDERS = 4
EVENTS_PER_REQUEST = 20
LEARNERS = 8
LESSONS = 6


def _postgres_user_exists() -> bool:
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="restarts a PostgreSQL cluster of its own: runs with the suite on PostgreSQL "
        "(DATABASE_URL=postgres://…, CI's PostgreSQL stage)",
    ),
    pytest.mark.skipif(
        postgresql_bin() is None,
        reason="needs the PostgreSQL server programs in /usr/lib/postgresql/*/bin "
        "(CI's PostgreSQL stage has them)",
    ),
    pytest.mark.skipif(
        os.geteuid() == 0 and not _postgres_user_exists(),
        reason="as root, the private PostgreSQL cluster runs as the user postgres, who is missing",
    ),
]

# Run in a process of its own on the private database: the tables, a catalog with one course,
# and learners enrolled in it, each with an API token.
SEED = f"""
import json
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from courses.models import LessonPage
from lms.accounts.services import user_ensure
from lms.api.services import token_create
from lms.learning.services import enrollment_create
from tests.factories import make_catalog, make_course

course = make_course(make_catalog(), title="Uji mulai ulang", slug="uji", lessons={LESSONS},
                     with_cover=False)
tokens = []
for n in range({LEARNERS}):
    user, _created = user_ensure(username=f"pelajar{{n}}", password="kata-sandi-uji-panjang",
                                 full_name=f"Pelajar {{n}}")
    enrollment_create(user=user, course=course)
    tokens.append(token_create(user=user, name="uji")[1])
lessons = list(LessonPage.objects.live().descendant_of(course).values_list("pk", flat=True))
print(json.dumps({{"tokens": tokens, "lessons": lessons}}))
"""


@dataclass
class Batch:
    token: str
    body: bytes
    ids: list[str]


@dataclass
class Sent:
    batch: Batch
    started: float
    finished: float
    status: int | None  # None: no answer (the connection failed)
    results: dict[str, str] = field(default_factory=dict)  # event id -> "recorded", …


@dataclass
class Site:
    port: int
    cluster: PrivateCluster
    database: str
    tokens: list[str]
    lessons: list[int]

    def event_ids(self) -> set[str]:
        with psycopg.connect(self.cluster.url(self.database)) as connection:
            rows = connection.execute(f"SELECT id FROM {ProgressEvent._meta.db_table}")  # noqa: S608
            return {str(row[0]) for row in rows}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    bin_dir = postgresql_bin()
    assert bin_dir is not None
    cluster = PrivateCluster(bin_dir=bin_dir, port=PG_PORT)
    server: Gunicorn | None = None
    try:
        cluster.start()
        with psycopg.connect(cluster.url("postgres"), autocommit=True) as connection:
            connection.execute("CREATE DATABASE pandu")
        (tmp_path / "static").mkdir()  # whitenoise warns when STATIC_ROOT is missing
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"REDIS_URL", "CELERY_BROKER_URL", "PANDU_BROKER_DIR"}
        }
        env.update(
            DJANGO_SETTINGS_MODULE="lms.settings.production",
            DATABASE_URL=cluster.url("pandu"),
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1",
            PANDU_VAR_DIR=str(tmp_path),
            LOG_LEVEL="WARNING",
            # Tasks a finished course queues stay in the web process: no worker is under test.
            CELERY_BROKER_URL="memory://",
        )
        # Setting up need not wait for the disk at each commit; the web processes do.
        setup_env = {**env, "PGOPTIONS": "-c synchronous_commit=off"}
        done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
            [sys.executable, "-c", SEED],
            cwd=ROOT,
            env=setup_env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        seeded = json.loads(done.stdout.strip().splitlines()[-1])
        server = Gunicorn(env=env, port=WEB_PORT, workers=2, log=tmp_path / "gunicorn.log")
        yield Site(
            port=WEB_PORT,
            cluster=cluster,
            database="pandu",
            tokens=seeded["tokens"],
            lessons=seeded["lessons"],
        )
    finally:
        if server is not None:
            server.stop()
            print(server.output())  # noqa: T201
        if cluster.log.exists():
            print(cluster.log.read_text(errors="replace")[-3000:])  # noqa: T201
        cluster.destroy()


def make_batch(site: Site, number: int) -> Batch:
    start = timezone.now() - timedelta(hours=1)
    ids = [str(uuid.uuid4()) for _n in range(EVENTS_PER_REQUEST)]
    events = [
        {
            "id": event_id,
            "lesson_id": site.lessons[(number + n) % len(site.lessons)],
            "type": "opened" if n % 3 else "completed",
            "occurred_at": (start + timedelta(seconds=n)).isoformat(),
        }
        for n, event_id in enumerate(ids)
    ]
    return Batch(
        token=site.tokens[number % len(site.tokens)],
        body=json.dumps({"events": events}).encode(),
        ids=ids,
    )


def send(port: int, batch: Batch) -> Sent:
    """One request, on a connection of its own (gunicorn's sync workers close each one)."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {
        "Authorization": f"Bearer {batch.token}",
        "Content-Type": "application/json",
        # Production settings redirect plain HTTP; this is what the TLS proxy adds.
        "X-Forwarded-Proto": "https",
    }
    try:
        connection.request("POST", "/api/v1/progress/events", batch.body, headers)
        response = connection.getresponse()
        payload = response.read()
    except (OSError, http.client.HTTPException):
        return Sent(batch=batch, started=started, finished=time.monotonic(), status=None)
    finally:
        connection.close()
    sent = Sent(batch=batch, started=started, finished=time.monotonic(), status=response.status)
    if 200 <= response.status < 300:
        body: dict[str, Any] = json.loads(payload)
        sent.results = {result["id"]: result["status"] for result in body["results"]}
    return sent


class Load:
    """SENDERS threads sending new batches until told to stop."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.sent: list[Sent] = []
        self.threads = [threading.Thread(target=self.run, args=(n,)) for n in range(SENDERS)]

    def run(self, sender: int) -> None:
        number = sender
        while not self.stopping.is_set():
            outcome = send(self.site.port, make_batch(self.site, number))
            with self.lock:
                self.sent.append(outcome)
            number += SENDERS
            if outcome.status != 200:
                self.stopping.wait(0.25)  # as an app backs off before its next try

    def __enter__(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def answered(self) -> int:
        with self.lock:
            return sum(1 for outcome in self.sent if outcome.status == 200)

    def more_answered(self, count: int) -> bool:
        """Waits until `count` more requests have been answered with 200."""
        target = self.answered() + count
        return wait_for(lambda: self.answered() >= target, 60)


def send_all(site: Site, batches: list[Batch]) -> list[Sent]:
    """Every batch once, SENDERS at a time."""
    with ThreadPoolExecutor(max_workers=SENDERS) as pool:
        return list(pool.map(lambda batch: send(site.port, batch), batches))


def test_no_acknowledged_event_is_lost_when_postgresql_restarts(site: Site) -> None:
    restarts: list[tuple[float, float]] = []  # when each began and when the server was back
    with Load(site) as load:
        for mode in ("fast", "immediate"):
            assert load.more_answered(10), "the site answers too few requests"
            began = time.monotonic()
            site.cluster.restart(mode=mode)
            restarts.append((began, time.monotonic()))
        assert load.more_answered(10), "the site answers too few requests after the restart"

    acknowledged = {
        event_id
        for outcome in load.sent
        for event_id, status in outcome.results.items()
        if status in {"recorded", "duplicate"}
    }
    unanswered = [outcome for outcome in load.sent if outcome.status != 200]
    stored = site.event_ids()
    assert acknowledged - stored == set(), (
        f"{len(acknowledged - stored)} acknowledged events lost "
        f"({len(load.sent)} requests, {len(unanswered)} not answered with 200)"
    )
    failed_up = [
        outcome.status
        for outcome in unanswered
        if all(outcome.finished < began or outcome.started > back for began, back in restarts)
    ]
    assert failed_up == [], f"requests failing while the database was up: {failed_up}"

    # A restart while the site is idle: every web process still holds a connection to the
    # server that went away, and must notice before its next request, not fail it.
    site.cluster.restart(mode="fast")
    quiet = [send(site.port, make_batch(site, n)) for n in range(4 * SENDERS)]
    assert [outcome.status for outcome in quiet] == [200] * len(quiet)

    # The app sends everything again, what failed included: each event is stored once, and what
    # was acknowledged comes back as a duplicate.
    batches = [outcome.batch for outcome in [*load.sent, *quiet]]
    again = send_all(site, batches)
    assert {outcome.status for outcome in again} == {200}
    statuses = {event_id: status for o in again for event_id, status in o.results.items()}
    assert {statuses[event_id] for event_id in acknowledged} == {"duplicate"}
    assert set(statuses.values()) <= {"recorded", "duplicate"}
    assert site.event_ids() == {event_id for batch in batches for event_id in batch.ids}
