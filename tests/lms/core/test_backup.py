"""`make backup` and `make restore`: a round trip gives back the database and the media as they
were, and a damaged or foreign archive changes nothing."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pytest_django import Settings

from lms.accounts.models import User
from lms.core.backup import BackupError, backup_make, backup_restore

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def media(settings: Settings, tmp_path: Path) -> Path:
    root = tmp_path / "media"
    (root / "documents").mkdir(parents=True)
    (root / "documents" / "panduan.txt").write_text("Langkah aktivasi IKD", encoding="utf-8")
    settings.MEDIA_ROOT = str(root)
    return root


def test_a_restore_brings_back_the_database_and_media_as_they_were(
    media: Path, tmp_path: Path
) -> None:
    User.objects.create_user(username="sebelum", password="x")
    result = backup_make(directory=tmp_path / "backups")
    assert result.path.name.startswith("pandu-")
    assert result.path.name.endswith(".tar.gz")
    assert result.files == 1

    # Life goes on after the backup...
    User.objects.filter(username="sebelum").delete()
    User.objects.create_user(username="sesudah", password="x")
    (media / "documents" / "panduan.txt").write_text("diubah", encoding="utf-8")
    (media / "baru.txt").write_text("baru", encoding="utf-8")

    assert backup_restore(path=result.path) == 1

    assert User.objects.filter(username="sebelum").exists()
    assert not User.objects.filter(username="sesudah").exists()
    assert (media / "documents" / "panduan.txt").read_text(encoding="utf-8") == (
        "Langkah aktivasi IKD"
    )
    assert not (media / "baru.txt").exists()


def test_the_commands_report_what_they_did(media: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    call_command("backup", "--dir", str(tmp_path / "b"), stdout=out)
    assert "Backup written:" in out.getvalue()
    archive = next((tmp_path / "b").glob("pandu-*.tar.gz"))
    out = io.StringIO()
    call_command("restore", str(archive), "--yes", stdout=out)
    assert "Restored" in out.getvalue()
    assert "1 media files" in out.getvalue()


def _rewrite(source: Path, target: Path, change: str) -> None:
    """A copy of the archive `source` with one kind of damage."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = old.extractfile(member).read() if member.isfile() else b""  # type: ignore[union-attr]
            if change == "checksum" and member.name.startswith("media/"):
                data = b"X" + data[1:]
            if change == "engine" and member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["engine"] = "mysql"
                data = json.dumps(manifest).encode()
                member.size = len(data)
            new.addfile(member, io.BytesIO(data))
        if change == "traversal":
            evil = tarfile.TarInfo("../../etc/pandu-evil")
            evil.size = 4
            new.addfile(evil, io.BytesIO(b"evil"))
        if change == "unlisted":
            extra = tarfile.TarInfo("media/unlisted.txt")
            extra.size = 4
            new.addfile(extra, io.BytesIO(b"data"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("checksum", "damaged"),
        ("engine", "this Pandu runs on"),
        ("traversal", "not allowed"),
        ("unlisted", "does not list"),
    ],
)
def test_a_damaged_or_foreign_archive_changes_nothing(
    media: Path, tmp_path: Path, change: str, message: str
) -> None:
    good = backup_make(directory=tmp_path / "backups").path
    bad = tmp_path / f"{change}.tar.gz"
    _rewrite(good, bad, change)
    User.objects.create_user(username="sesudah", password="x")
    (media / "baru.txt").write_text("baru", encoding="utf-8")

    with pytest.raises(BackupError, match=message):
        backup_restore(path=bad)

    assert User.objects.filter(username="sesudah").exists()
    assert (media / "baru.txt").exists()
    assert not Path("/etc/pandu-evil").exists()


def test_a_file_that_is_not_a_backup_is_refused_in_words(tmp_path: Path) -> None:
    junk = tmp_path / "foto.tar.gz"
    junk.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="Nothing was changed"):
        call_command("restore", str(junk), "--yes")
