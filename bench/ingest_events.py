"""Progress events ingested per second through the API, on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/ingest_events.py

Makes a throwaway database next to the one named (and drops it at the end), migrates it, creates a
course and learners with tokens, starts gunicorn with the production settings on 127.0.0.1, and
sends batches of events with a real HTTP client (several keep-alive connections at once), each
batch for one learner. Prints events per second and batch latencies. Loopback only; stops after
--max-seconds. Target: at least 1,000 events per second on 2 cores.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
WITA = ZoneInfo("Asia/Makassar")


def parse_args() -> argparse.Namespace:
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=100, help="batches to send (default 100)")
    parser.add_argument("--batch-size", type=int, default=500, help="events per batch (max 500)")
    parser.add_argument("--learners", type=int, default=20, help="learners the batches rotate over")
    parser.add_argument("--lessons", type=int, default=20, help="lessons in the course")
    parser.add_argument(
        "--workers", type=int, default=2 * cores, help=f"gunicorn workers (default {2 * cores})"
    )
    parser.add_argument(
        "--concurrency", type=int, default=2 * cores, help="HTTP connections sending at once"
    )
    parser.add_argument("--max-seconds", type=float, default=300, help="stop sending after this")
    return parser.parse_args()


def throwaway_database(url: str) -> tuple[str, str]:
    """The URL of a new, empty database on the same server, and its name."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        sys.exit(
            "DATABASE_URL must point to PostgreSQL, e.g. postgres://postgres@127.0.0.1:5432/postgres"
        )
    if parts.hostname not in LOOPBACK:
        sys.exit(f"The benchmark runs on this machine only, not on {parts.hostname}.")
    name = f"pandu_bench_{secrets.token_hex(4)}"
    return urlunsplit(parts._replace(path=f"/{name}")), name


def admin_sql(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def prepare(args: argparse.Namespace) -> tuple[list[str], list[int]]:
    """Migrate and create the course, the learners (enrolled) and their tokens."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from courses import services as course_services
    from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
    from lms.accounts.services import user_ensure
    from lms.api.services import token_create
    from lms.learning.services import enrollment_create

    call_command("migrate", verbosity=0, interactive=False)
    home = course_services.site_home_ensure(title="Beranda", intro="Benchmark.")
    catalog = course_services.page_publish_child(
        parent=home, page=CatalogPage(title="Kursus", slug="kursus")
    )
    from wagtail.models import Locale

    topic = course_services.topic_ensure(
        slug="umum", name="Umum", sort_order=0, locale=Locale.get_default()
    )
    course = course_services.page_publish_child(
        parent=catalog,
        page=CoursePage(
            title="Kursus uji beban",
            slug="uji-beban",
            summary="Untuk benchmark.",
            level="dasar",
            pillar="cakap",
            topic=topic,
            estimated_minutes=60,
            steps_checked_on=datetime.now(WITA).date(),
        ),
    )
    module = course_services.page_publish_child(
        parent=course, page=ModulePage(title="Modul", slug="modul")
    )
    lessons = [
        course_services.page_publish_child(
            parent=module,
            page=LessonPage(
                title=f"Pelajaran {n}",
                slug=f"pelajaran-{n}",
                body=json.dumps([{"type": "text", "value": "<p>Isi.</p>", "id": str(n)}]),
            ),
        )
        for n in range(1, args.lessons + 1)
    ]
    tokens = []
    for n in range(args.learners):
        user, _created = user_ensure(
            username=f"bench{n}", password=secrets.token_urlsafe(16), full_name=f"Bench {n}"
        )
        enrollment_create(user=user, course=course)
        tokens.append(token_create(user=user, name="bench")[1])
    connections.close_all()
    return tokens, [lesson.pk for lesson in lessons]


def start_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen[bytes]:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    # The command is this virtual environment's gunicorn with fixed arguments.
    server = subprocess.Popen(  # noqa: S603
        [
            str(gunicorn),
            "lms.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--worker-class=sync",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn stopped while starting; see its output above.")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    sys.exit("gunicorn did not start within 60 seconds.")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def make_batch(lesson_ids: list[int], size: int, start: datetime) -> bytes:
    events = [
        {
            "id": str(uuid.uuid4()),
            "lesson_id": lesson_ids[n % len(lesson_ids)],
            "type": "opened" if n % 2 == 0 else "completed",
            "occurred_at": (start + timedelta(seconds=n)).isoformat(),
        }
        for n in range(size)
    ]
    return json.dumps({"events": events}).encode()


class Sender:
    """Sends the prepared batches over several keep-alive connections at once."""

    def __init__(self, port: int, tokens: list[str], bodies: list[bytes], stop_at: float) -> None:
        self.port = port
        self.tokens = tokens
        self.bodies = bodies
        self.stop_at = stop_at
        self.lock = threading.Lock()
        self.next = 0
        self.latencies: list[float] = []
        self.statuses: Counter[str] = Counter()
        self.errors: list[str] = []

    def take(self) -> int | None:
        with self.lock:
            if self.next >= len(self.bodies) or time.monotonic() > self.stop_at:
                return None
            self.next += 1
            return self.next - 1

    def run(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        while (index := self.take()) is not None:
            headers = {
                "Authorization": f"Bearer {self.tokens[index % len(self.tokens)]}",
                "Content-Type": "application/json",
                # Production settings redirect plain HTTP; this is what the TLS proxy would add.
                "X-Forwarded-Proto": "https",
            }
            began = time.perf_counter()
            connection.request("POST", "/api/v1/progress/events", self.bodies[index], headers)
            response = connection.getresponse()
            payload = response.read()
            elapsed = time.perf_counter() - began
            with self.lock:
                if response.status != 200:
                    self.errors.append(f"{response.status}: {payload[:200]!r}")
                    continue
                self.latencies.append(elapsed)
                self.statuses.update(r["status"] for r in json.loads(payload)["results"])
        connection.close()


def main() -> None:
    args = parse_args()
    if not 1 <= args.batch_size <= 500:
        sys.exit("--batch-size must be from 1 to 500 (the API's limit).")
    source_url = os.environ.get("DATABASE_URL", "")
    if not source_url:
        sys.exit("Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres")
    bench_url, name = throwaway_database(source_url)
    var_dir = tempfile.mkdtemp(prefix="pandu-bench-")
    (Path(var_dir) / "static").mkdir()  # whitenoise warns when STATIC_ROOT is missing
    env = {
        **os.environ,
        "DATABASE_URL": bench_url,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "PANDU_VAR_DIR": var_dir,
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    admin_sql(source_url, f'CREATE DATABASE "{name}"')
    server: subprocess.Popen[bytes] | None = None
    try:
        print(f"Database {name} created; migrating and creating {args.learners} learners…")
        tokens, lesson_ids = prepare(args)
        port = free_port()
        server = start_server(env, port, args.workers)

        start = datetime.now(WITA) - timedelta(days=1)
        warm_up = [make_batch(lesson_ids, 10, start) for _ in range(len(tokens))]
        Sender(port, tokens, warm_up, time.monotonic() + 60).run()

        bodies = [
            make_batch(lesson_ids, args.batch_size, start + timedelta(minutes=n))
            for n in range(args.batches)
        ]
        sender = Sender(port, tokens, bodies, time.monotonic() + args.max_seconds)
        threads = [threading.Thread(target=sender.run) for _ in range(args.concurrency)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began

        events = sum(sender.statuses.values())
        latencies = sorted(sender.latencies)
        print()
        print("Client: real HTTP (http.client, keep-alive) to gunicorn on 127.0.0.1")
        print(
            f"Server: gunicorn, {args.workers} sync workers, lms.settings.production, "
            f"PostgreSQL at {urlsplit(source_url).hostname}; {os.cpu_count()} CPU cores"
        )
        print(
            f"Sent {len(latencies)} batches of {args.batch_size} events for {len(tokens)} "
            f"learners over {args.concurrency} connections in {elapsed:.1f} s"
        )
        print(f"Results: {dict(sender.statuses)}")
        if latencies:
            p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
            print(
                f"Batch latency: median {statistics.median(latencies) * 1000:.0f} ms, "
                f"95th percentile {p95 * 1000:.0f} ms"
            )
        for error in sender.errors[:5]:
            print(f"Error: {error}")
        rate = events / elapsed if elapsed else 0.0
        verdict = "meets" if rate >= 1000 else "BELOW"
        print(f"\n{rate:,.0f} events ingested per second ({verdict} the target of 1,000/s)")
    finally:
        if server is not None:
            stop_server(server)
        from django.db import connections

        connections.close_all()
        admin_sql(source_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(var_dir, ignore_errors=True)
        print(f"Database {name} dropped.")


if __name__ == "__main__":
    main()
