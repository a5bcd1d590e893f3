"""The load test: real use of Pandu by many people at once, against the production setup, with
the pages' response times against their budgets (issue #8).

    python -m bench.load --size S --users 60 --duration 120      # what `make bench` runs
    python -m bench.load --size M --users 200 --duration 180

Needs the local PostgreSQL and Redis (DATABASE_URL names the server; the run makes a throwaway
database on it and drops it at the end; the two Redis databases named by --redis-url and
--broker-url are emptied before and after). Steps: migrate; collect static files; seed the data
(`manage.py seed_scale --size …`); sign the seed's people in (sessions made directly, see
bench/prepare.py) and copy the lessons' bodies into bare pages (the floor); start gunicorn with
the production settings (bench/settings.py: production plus the floor's page) and a Celery
worker; run locust headless on 127.0.0.1 for --duration seconds (bench/locustfile.py); print
p50 / p95 / p99, requests per second and errors per page, the budgets, and the lesson page's p50
against the bare page's; write them to bench/results/latest.json; stop everything.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
RESULTS = ROOT / "bench" / "results" / "latest.json"
# Issue #8: p95 in milliseconds of these pages (at M, 200 people, 2 cores), and the lesson page
# within 1.5 times the bare page with the same body.
BUDGETS_MS = {
    "lesson": 120,
    "learner_dashboard": 150,
    "parent_dashboard": 150,
    "gradebook_40x50": 250,
}
RATIO_BUDGET = 1.5
# Pages in the order they are printed.
ORDER = [
    "catalog",
    "course",
    "lesson_visitor",
    "lesson",
    "bare_lesson",
    "activity_submit",
    "activity_retry",
    "learner_dashboard",
    "assignments",
    "class_dashboard",
    "gradebook",
    "gradebook_40x50",
    "parent_dashboard",
    "parent_child",
]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="S", help="seed_scale's size: S, M or L (default S)")
    parser.add_argument("--users", type=int, default=60, help="simulated people (default 60)")
    parser.add_argument("--duration", type=int, default=120, help="seconds of load (default 120)")
    parser.add_argument(
        "--warmup", type=int, default=20, help="first seconds not counted (default 20)"
    )
    parser.add_argument(
        "--workers", type=int, default=3, help="gunicorn worker processes (default 3)"
    )
    parser.add_argument("--threads", type=int, default=2, help="threads per worker (default 2)")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: a free one)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        help="a PostgreSQL server on this machine (a database on it to connect to)",
    )
    parser.add_argument("--database-name", default="", help="the throwaway database's name")
    parser.add_argument(
        "--keep",
        metavar="NAME",
        default="",
        help="use the database NAME and keep it (and its files, in var/bench/NAME) for the next "
        "run: seeded only once, which is what makes size L affordable to measure more than once",
    )
    parser.add_argument(
        "--seed-only", action="store_true", help="with --keep: seed and prepare, measure nothing"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/4", help="the cache")
    parser.add_argument("--broker-url", default="redis://127.0.0.1:6379/5", help="Celery's broker")
    parser.add_argument(
        "--demo", action="store_true", help="load_demo's data instead of seed_scale's"
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    parser.add_argument(
        "--samples", type=Path, help="also keep every request's time (JSON) in this file"
    )
    return parser.parse_args()


# --- Services ----------------------------------------------------------------------------------


def postgres_checked(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        sys.exit(
            "--database-url must be PostgreSQL, e.g. postgres://postgres@127.0.0.1:5432/postgres"
        )
    if parts.hostname not in LOOPBACK:
        sys.exit(f"The load test runs on this machine only, not on {parts.hostname}.")
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as error:
        sys.exit(
            f"The load test needs PostgreSQL on this machine ({parts.hostname}:"
            f"{parts.port or 5432}) and could not connect: {error}\n"
            "Start it, or name another server with DATABASE_URL=postgres://…"
        )


def redis_emptied(url: str) -> None:
    parts = urlsplit(url)
    if parts.hostname not in LOOPBACK:
        sys.exit(f"The load test runs on this machine only, not on {parts.hostname}.")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).flushdb()
    except redis.RedisError as error:
        sys.exit(
            f"The load test needs Redis on this machine ({url}) and could not use it: {error}\n"
            "Start it (redis-server), or name another database with --redis-url/--broker-url."
        )


def admin_sql(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def database_exists(url: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


@contextmanager
def throwaway_database(url: str, name: str) -> Iterator[str]:
    """A new, empty database on the server of `url`, dropped at the end: its URL."""
    admin_sql(url, f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    finally:
        admin_sql(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        print(f"Database {name} dropped.")


@contextmanager
def kept_database(url: str, name: str, var_dir: Path) -> Iterator[str]:
    """The database `name` on the server of `url`, made if missing and kept at the end: its URL.
    A new database forgets what `var_dir` held for an earlier one."""
    if not database_exists(url, name):
        shutil.rmtree(var_dir, ignore_errors=True)
        admin_sql(url, f'CREATE DATABASE "{name}"')
        print(f"Database {name} created; it is kept.")
    else:
        print(f"Database {name} reused.")
    var_dir.mkdir(parents=True, exist_ok=True)
    yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run(command: list[str], env: dict[str, str], what: str) -> None:
    print(f"{what}…", flush=True)
    began = time.perf_counter()
    # Fixed commands of this virtual environment's programs.
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:  # noqa: S603
        sys.exit(f"{what} failed; see its output above.")
    print(f"{what}: {time.perf_counter() - began:.0f} s", flush=True)


def start(
    command: list[str], env: dict[str, str], *, quiet: bool = False
) -> subprocess.Popen[bytes]:
    """Start a program in its own process group; `quiet`: without its standard output (its
    errors still show)."""
    output = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=env, start_new_session=True, stdout=output
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_port(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("gunicorn stopped while starting; see its output above.")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start within 60 seconds.")


def warm_up(port: int, plan: Path) -> None:
    """A few requests to every kind of page first: each gunicorn process loads the URLs, the
    templates and its database connection at its first requests, not when it starts."""
    paths = json.loads(plan.read_text())["visitor"]
    for path in [paths["catalog"], *paths["courses"][:3], *paths["lessons"][:3]] * 3:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        connection.getresponse().read()
        connection.close()


# --- Figures -----------------------------------------------------------------------------------


def percentile(ordered: list[float], fraction: float) -> float:
    """The nearest-rank percentile of sorted values."""
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def figures(raw: dict[str, Any], *, since: float, seconds: float) -> dict[str, dict[str, float]]:
    pages = {}
    for name, samples in raw["samples"].items():
        # Counted by when the request was sent (it is recorded when its answer came).
        counted = [(ms, ok) for at, ms, ok in samples if at - ms / 1000 >= since]
        times = sorted(ms for ms, ok in counted if ok)
        errors = sum(1 for _ms, ok in counted if not ok)
        if not counted:
            continue
        pages[name] = {
            "p50_ms": round(percentile(times, 0.50), 1) if times else 0.0,
            "p95_ms": round(percentile(times, 0.95), 1) if times else 0.0,
            "p99_ms": round(percentile(times, 0.99), 1) if times else 0.0,
            "rps": round(len(counted) / seconds, 2),
            "errors": errors,
            "requests": len(counted),
        }
    return dict(sorted(pages.items(), key=lambda item: _place(item[0])))


def _place(name: str) -> int:
    return ORDER.index(name) if name in ORDER else len(ORDER)


def slow_spells(raw: dict[str, Any], *, since: float, over_ms: float = 1000) -> str:
    """When the requests slower than `over_ms` were sent: spread over the run (one page's cost),
    or bunched into a few seconds for every page (the whole machine stalled)."""
    slow = sorted(
        (at - since, name)
        for name, samples in raw["samples"].items()
        for at, ms, _ok in samples
        if at - ms / 1000 >= since and ms > over_ms
    )
    if not slow:
        return f"No request took over {over_ms / 1000:.0f} s."
    names = sorted({name for _at, name in slow})
    return (
        f"{len(slow)} requests took over {over_ms / 1000:.0f} s, answered between "
        f"{slow[0][0]:.0f} s and {slow[-1][0]:.0f} s of the counted time, to {', '.join(names)}."
    )


def report(result: dict[str, Any], errors: dict[str, list[str]]) -> bool:
    """Print the table and the budgets; whether every budget was met."""
    pages = result["pages"]
    print()
    heading = ["requests", "p50 ms", "p95 ms", "p99 ms", "rps", "errors"]
    print(f"{'page':<18}" + "".join(f"{text:>9}" for text in heading) + "  budget")
    met = True
    for name in pages:
        page = pages[name]
        budget = ""
        if name in BUDGETS_MS:
            ok = page["p95_ms"] <= BUDGETS_MS[name]
            met &= ok
            budget = f"p95 <= {BUDGETS_MS[name]} ms: {'PASS' if ok else 'MISS'}"
        print(
            f"{name:<18}{page['requests']:>9}{page['p50_ms']:>9.0f}{page['p95_ms']:>9.0f}"
            f"{page['p99_ms']:>9.0f}{page['rps']:>9.1f}{page['errors']:>9}  {budget}"
        )
    missing = [name for name in BUDGETS_MS if name not in pages]
    for name in missing:
        print(f"{name:<18}  no requests: MISS")
    met &= not missing
    total_errors = sum(page["errors"] for page in pages.values())
    print(f"\nErrors: {total_errors}: {'PASS' if total_errors == 0 else 'MISS'} (budget: none)")
    for name, messages in errors.items():
        for message in messages[:3]:
            print(f"  {name}: {message}")
    ratio = result["lesson_vs_bare_p50_ratio"]
    ratio_ok = ratio is not None and ratio <= RATIO_BUDGET
    print(
        f"Lesson page p50 / bare page p50: {ratio if ratio is not None else 'n/a'}: "
        f"{'PASS' if ratio_ok else 'MISS'} (budget: <= {RATIO_BUDGET})"
    )
    return met and total_errors == 0 and ratio_ok


# --- The run -----------------------------------------------------------------------------------


def main() -> None:
    args = parse_args()
    postgres_checked(args.database_url)
    for url in (args.redis_url, args.broker_url):
        redis_emptied(url)
    if args.seed_only and not args.keep:
        sys.exit("--seed-only needs --keep NAME: a throwaway database would be dropped at once.")
    if args.keep and not args.keep.replace("_", "").isalnum():
        sys.exit("--keep takes a database name of letters, digits and _.")
    name = args.keep or args.database_name or f"pandu_bench_{secrets.token_hex(4)}"
    kept_files = ROOT / "var" / "bench" / name
    var_dir = kept_files if args.keep else Path(tempfile.mkdtemp(prefix="pandu-bench-"))
    port = args.port or free_port()
    processes: list[subprocess.Popen[bytes]] = []
    began = time.perf_counter()
    try:
        database = (
            kept_database(args.database_url, name, var_dir)
            if args.keep
            else throwaway_database(args.database_url, name)
        )
        with database as database_url:
            env = {
                **os.environ,
                "DATABASE_URL": database_url,
                "DJANGO_SETTINGS_MODULE": "bench.settings",
                "SECRET_KEY": secrets.token_urlsafe(50),
                "ALLOWED_HOSTS": "127.0.0.1",
                "PANDU_BASE_URL": f"https://127.0.0.1:{port}",
                "PANDU_VAR_DIR": str(var_dir),
                "REDIS_URL": args.redis_url,
                "CELERY_BROKER_URL": args.broker_url,
                "LOG_LEVEL": "WARNING",
                "PYTHONPATH": str(ROOT),
            }
            python = str(BIN / "python")
            manifest = var_dir / f"seed-{args.size}.json"
            plan = var_dir / "plan.json"
            if not args.keep:
                print(f"Database {name} created on {urlsplit(args.database_url).hostname}.")
            run([python, "manage.py", "migrate", "--noinput", "-v0"], env, "Migrating")
            # Before seeding: the production settings' static storage has to know every file.
            run(
                [python, "manage.py", "collectstatic", "--noinput", "-v0"],
                env,
                "Collecting static files",
            )
            if args.demo:
                if not (args.keep and (var_dir / "demo-loaded").exists()):
                    run([python, "manage.py", "load_demo"], env, "Loading the demo data")
                    (var_dir / "demo-loaded").touch()
                source = ["--demo"]
            elif args.keep and manifest.exists():
                print(f"Seeded earlier: {manifest}")
                source = ["--manifest", str(manifest)]
            else:
                run(
                    [
                        python,
                        "manage.py",
                        "seed_scale",
                        "--size",
                        args.size,
                        "--manifest",
                        str(manifest),
                    ],
                    env,
                    f"Seeding size {args.size}",
                )
                source = ["--manifest", str(manifest)]
            run(
                [python, "-m", "bench.prepare", *source, "--plan", str(plan)],
                env,
                "Signing people in, making the bare pages",
            )
            if args.seed_only:
                print(f"Seeded and kept: database {name}, files in {var_dir}.")
                return

            processes.append(
                start(
                    [
                        str(BIN / "gunicorn"),
                        "lms.wsgi:application",
                        f"--bind=127.0.0.1:{port}",
                        f"--workers={args.workers}",
                        f"--threads={args.threads}",
                        "--worker-class=gthread",
                        "--log-level=warning",
                        "--timeout=60",
                    ],
                    env,
                )
            )
            processes.append(
                start(
                    [
                        str(BIN / "celery"),
                        "-A",
                        "lms",
                        "worker",
                        "--concurrency=1",
                        "--loglevel=WARNING",
                    ],
                    env,
                    quiet=True,
                )
            )
            wait_for_port(port, processes[0])
            warm_up(port, plan)
            samples = var_dir / "samples.json"
            print(
                f"Running {args.users} people for {args.duration} s "
                f"(the first {args.warmup} s not counted)…",
                flush=True,
            )
            started = time.time()
            locust = start(
                [
                    str(BIN / "locust"),
                    "-f",
                    str(ROOT / "bench" / "locustfile.py"),
                    "--headless",
                    f"--users={args.users}",
                    f"--spawn-rate={max(1, args.users // 10)}",
                    f"--run-time={args.duration}s",
                    f"--host=http://127.0.0.1:{port}",
                    "--only-summary",
                    "--loglevel=WARNING",
                    "--stop-timeout=10",
                ],
                {**env, "PANDU_BENCH_PLAN": str(plan), "PANDU_BENCH_SAMPLES": str(samples)},
                # Its own summary rounds the times; the exact figures are printed below.
                quiet=True,
            )
            processes.append(locust)
            locust.wait(timeout=args.duration + 120)
            if not samples.exists():
                sys.exit("locust wrote no samples; see its output above.")
            raw = json.loads(samples.read_text())
            since = started + args.warmup
            pages = figures(raw, since=since, seconds=max(1.0, started + args.duration - since))
            lesson = pages.get("lesson", {}).get("p50_ms")
            bare = pages.get("bare_lesson", {}).get("p50_ms")
            result = {
                "size": "demo" if args.demo else args.size,
                "pages": pages,
                "lesson_vs_bare_p50_ratio": round(lesson / bare, 2) if lesson and bare else None,
                "budgets": {"p95_ms": BUDGETS_MS, "lesson_vs_bare_p50_ratio": RATIO_BUDGET},
                "users": args.users,
                "duration_s": args.duration,
                "warmup_s": args.warmup,
                "server": f"gunicorn gthread, {args.workers} workers x {args.threads} threads; "
                "1 Celery worker; PostgreSQL and Redis on the same machine",
                "machine": f"{os.cpu_count()} CPU cores, {platform.system()} {platform.machine()}, "
                f"Python {platform.python_version()}",
                "measured_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            met = report(result, raw.get("errors", {}))
            print(slow_spells(raw, since=since))
            if args.samples:
                shutil.copyfile(samples, args.samples)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(json.dumps(result, indent=2) + "\n")
            print(f"\nWritten to {args.output}")
            print("Every budget met." if met else "Some budgets missed (MISS above).")
            for process in reversed(processes):
                stop(process)
    finally:
        for process in reversed(processes):
            stop(process)
        for url in (args.redis_url, args.broker_url):
            redis_emptied(url)
        if not args.keep:
            shutil.rmtree(var_dir, ignore_errors=True)
        print(f"Everything stopped ({time.perf_counter() - began:.0f} s in all).")


if __name__ == "__main__":
    main()
