"""Backups of the database and the uploaded media, in one archive, and their restoration.

An archive (``pandu-<UTC time>.tar.gz``) holds:
- ``manifest.json``: format version, when it was made, the database engine, the applied
  migrations, and the size and SHA-256 of every other member;
- ``database.sqlite3`` (SQLite, copied with SQLite's online backup API, so a running server and
  worker do not have to stop) or ``database.pgdump`` (PostgreSQL, ``pg_dump --format=custom``);
- ``media/…``: every file under MEDIA_ROOT (images, documents, certificates).

Restoring checks the archive before it changes anything: only the members above, no absolute
paths, no ``..``, no links or devices, sizes and checksums as the manifest says, the same database
engine. Then the database is replaced (SQLite's backup API into the live file; ``pg_restore
--clean``) and the media folder is swapped for the archive's in one rename.

Media kept in object storage (S3) is not copied: the bucket's own versioning is its backup.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.db import connection, connections
from django.db.migrations.recorder import MigrationRecorder

from courses.treecache import tree_changed

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
POSTGRES_MEMBER = "database.pgdump"
MEDIA_PREFIX = "media/"

Progress = Callable[[str], None]


class BackupError(Exception):
    """The backup or restore could not be done; nothing was changed. The message says why."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    size: int


def _quiet(_message: str) -> None:
    return None


def _engine() -> str:
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _media_files(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


def _postgres_env() -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore from the Django settings."""
    db = connection.settings_dict
    args = ["--dbname", str(db["NAME"])]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} was not found: install PostgreSQL's client tools"
            " (Debian: postgresql-client) of the server's version."
        ) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()[:500]}") from error


def backup_make(*, directory: Path, progress: Progress = _quiet) -> BackupResult:
    """Write a new archive into `directory` and return where it is. Written under a temporary
    name and renamed at the end, so a half-written archive never looks like a backup."""
    engine = _engine()
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = directory / f"pandu-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory(dir=directory) as scratch:
        work = Path(scratch)
        progress("Copying the database…")
        if engine == "sqlite":
            database = work / SQLITE_MEMBER
            connection.ensure_connection()
            with sqlite3.connect(database) as copy:
                connection.connection.backup(copy)
            copy.close()
        else:
            database = work / POSTGRES_MEMBER
            args, env = _postgres_env()
            _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(database), *args], env)
        media_root = Path(settings.MEDIA_ROOT)
        media = list(_media_files(media_root))
        members: dict[str, dict[str, Any]] = {
            database.name: {"size": database.stat().st_size, "sha256": _sha256(database)}
        }
        for number, path in enumerate(media, start=1):
            name = MEDIA_PREFIX + path.relative_to(media_root).as_posix()
            members[name] = {"size": path.stat().st_size, "sha256": _sha256(path)}
            if number % 200 == 0:
                progress(f"Checked {number} of {len(media)} media files…")
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(),
            "engine": engine,
            "migrations": sorted(
                f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()
            ),
            "members": members,
        }
        partial = work / "archive.tar.gz"
        progress(f"Writing the archive ({len(media)} media files)…")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(database, arcname=database.name)
            for path in media:
                archive.add(path, arcname=MEDIA_PREFIX + path.relative_to(media_root).as_posix())
        os.replace(partial, target)
    return BackupResult(path=target, files=len(media), size=target.stat().st_size)


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def _read_manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = archive.getmember(MANIFEST)
        handle = archive.extractfile(member)
        if handle is None:
            raise KeyError(MANIFEST)
        manifest: dict[str, Any] = json.loads(handle.read(1 << 22))
    except (KeyError, ValueError) as error:
        raise BackupError(
            "This file is not a Pandu backup: it has no readable manifest."
        ) from error
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("members"), dict):
        raise BackupError("This backup was made by another version of Pandu's backup format.")
    return manifest


def _check_room(manifest: dict[str, Any], into: Path) -> None:
    """Refuse an archive that would unpack to more than the free disk space (a small .tar.gz can
    declare terabytes): extraction writes exactly the sizes the manifest lists, checked member by
    member, so their sum is what it needs."""
    sizes = [
        entry.get("size") if isinstance(entry, dict) else None
        for entry in manifest["members"].values()
    ]
    if not all(isinstance(size, int) and size >= 0 for size in sizes):
        raise BackupError("The backup's manifest is damaged: a member has no valid size.")
    needed = sum(size for size in sizes if isinstance(size, int))
    free = shutil.disk_usage(into).free
    if needed > free:
        raise BackupError(
            f"The backup would unpack to {needed:,} bytes, more than the {free:,} free on the disk."
        )


def _extract_checked(archive: tarfile.TarFile, manifest: dict[str, Any], into: Path) -> None:
    """Extract every member into `into`, refusing anything the manifest does not describe."""
    expected: dict[str, dict[str, Any]] = manifest["members"]
    seen: set[str] = set()
    for member in archive:
        name = member.name
        if name == MANIFEST:
            continue
        if not _safe_name(name) or not member.isfile():
            raise BackupError(f"The backup holds an entry that is not allowed: {name!r}.")
        if name not in expected or name in seen:
            raise BackupError(f"The backup holds an entry its manifest does not list: {name!r}.")
        if member.size != expected[name]["size"]:
            raise BackupError(f"{name} does not have the size the manifest says.")
        seen.add(name)
        archive.extract(member, into, filter="data")
        if _sha256(into / name) != expected[name]["sha256"]:
            raise BackupError(f"{name} is damaged: its checksum does not match the manifest.")
    missing = sorted(set(expected) - seen)
    if missing:
        raise BackupError(f"The backup is incomplete: {', '.join(missing[:5])} missing.")


def backup_restore(*, path: Path, progress: Progress = _quiet) -> int:
    """Replace the database and the media with the archive's. Returns the number of media files.
    Everything is checked first; on any problem nothing is changed."""
    engine = _engine()
    if not path.is_file():
        raise BackupError(f"There is no file {path}.")
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent) as scratch:
        work = Path(scratch)
        progress("Checking the backup…")
        try:
            with tarfile.open(path, "r:gz") as archive:
                manifest = _read_manifest(archive)
                if manifest.get("engine") != engine:
                    raise BackupError(
                        f"This backup is of a {manifest.get('engine')} database; this Pandu runs"
                        f" on {engine}."
                    )
                _check_room(manifest, work)
                _extract_checked(archive, manifest, work)
        except (tarfile.TarError, OSError, EOFError) as error:
            raise BackupError(f"The backup could not be read: {error}") from error
        member = SQLITE_MEMBER if engine == "sqlite" else POSTGRES_MEMBER
        if not (work / member).is_file():
            raise BackupError("The backup holds no database.")
        progress("Restoring the database…")
        if engine == "sqlite":
            connection.ensure_connection()
            with sqlite3.connect(work / member) as source:
                source.backup(connection.connection)
            source.close()
        else:
            for alias in connections:
                connections[alias].close()
            args, env = _postgres_env()
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    *args,
                    str(work / member),
                ],
                env,
            )
        progress("Restoring the media files…")
        restored = work / "media"
        restored.mkdir(exist_ok=True)
        old = work / "media-before-restore"
        if media_root.exists():
            os.replace(media_root, old)
        os.replace(restored, media_root)
        shutil.rmtree(old, ignore_errors=True)
        # The restored pages are not those the cache kept.
        tree_changed()
        return sum(1 for name in manifest["members"] if name.startswith(MEDIA_PREFIX))
