"""Processes the reliability tests start and kill: Celery workers that die with their pool
children at once, a private PostgreSQL cluster a test may restart without disturbing anyone else's
database, and gunicorn with the production settings."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A worker that writes its emails to files (lms.settings.test keeps them in its own memory) and
# looks for unacknowledged messages to deliver again every second: kombu's Redis transport scans
# every 10 times 10 s by default, and the test need not wait minutes for it.
WORKER_SCRIPT = """
import os, sys
import django
django.setup()
from django.conf import settings
if os.environ.get("PANDU_TEST_MAIL_DIR"):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = os.environ["PANDU_TEST_MAIL_DIR"]
from lms import celery_app
options = dict(celery_app.conf.broker_transport_options or {})
if not celery_app.conf.broker_url.startswith("filesystem://"):
    options.update(unacked_restore_interval=1, unacked_restore_throttle=1)
celery_app.conf.broker_transport_options = options
celery_app.worker_main(sys.argv[1:])
"""


def wait_for(condition: Callable[[], bool], seconds: float = 90, step: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def port_is_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _stop_group(process: subprocess.Popen[bytes], *, timeout: float = 30) -> None:
    """SIGTERM to the process group a process leads, then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        process.wait(timeout=10)


class CeleryWorkers:
    """Worker processes, each leading its own process group: killing the group takes the pool's
    children with it, as a lost machine or the kernel's out-of-memory killer would."""

    def __init__(self, *, tmp_path: Path, env: dict[str, str]) -> None:
        self.tmp_path = tmp_path
        self.env = env
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, *, concurrency: int) -> subprocess.Popen[bytes]:
        log = (self.tmp_path / f"worker-{len(self.processes)}.log").open("wb")
        process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
            [
                sys.executable,
                "-c",
                WORKER_SCRIPT,
                "worker",
                "--pool=prefork",
                f"--concurrency={concurrency}",
                "--loglevel=INFO",
                "--without-mingle",
                "--without-gossip",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            _stop_group(process)
        for log in sorted(self.tmp_path.glob("worker-*.log")):
            print(log.name, log.read_text(errors="replace")[-2500:])  # noqa: T201


def postgresql_bin() -> Path | None:
    """The newest PostgreSQL server programs of a Debian-style installation, if any."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


class PrivateCluster:
    """A PostgreSQL cluster of its own in a temporary directory, listening on 127.0.0.1:`port`
    and on a socket in that directory, with fsync on (durability is what is tested). As root its
    files belong to the `postgres` user, who runs it: the server refuses to run as root."""

    def __init__(self, *, bin_dir: Path, port: int) -> None:
        self.bin_dir = bin_dir
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="pandu-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        if os.geteuid() == 0:
            shutil.chown(self.dir, user="postgres", group="postgres")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)  # noqa: S603

    def start(self) -> None:
        # initdb's own files need no fsync: only the server's durability is under test.
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync")
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=on -c synchronous_commit=on -c max_connections=50"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-o", options, "start")

    def restart(self, *, mode: str = "fast") -> None:
        """Stop (fast: sessions are ended; immediate: as in a crash, recovered from the WAL on
        start) and start again with the same options; returns once it accepts connections."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-m", mode, "restart")

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def destroy(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.CalledProcessError):  # it had stopped already
                self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class Gunicorn:
    """gunicorn with sync workers on 127.0.0.1:`port`, leading its own process group."""

    def __init__(self, *, env: dict[str, str], port: int, workers: int, log: Path) -> None:
        self.port = port
        self.log = log
        with log.open("wb") as output:
            self.process = subprocess.Popen(  # noqa: S603 - this environment's gunicorn
                [
                    str(Path(sys.executable).with_name("gunicorn")),
                    "lms.wsgi:application",
                    f"--bind=127.0.0.1:{port}",
                    f"--workers={workers}",
                    "--worker-class=sync",
                    "--log-level=warning",
                ],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if not wait_for(lambda: self.process.poll() is not None or port_is_open(port), 60):
            self.stop()
            raise RuntimeError(f"gunicorn did not start: {self.output()}")
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped while starting: {self.output()}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        _stop_group(self.process, timeout=20)
