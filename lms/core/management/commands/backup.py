"""`python manage.py backup [--dir DIR]`: one archive of the database and the media files."""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lms.core.backup import BackupError, backup_make


class Command(BaseCommand):
    help = "Back up the database and the uploaded media into one archive (see lms/core/backup.py)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dir",
            type=Path,
            default=None,
            help="Where to write the archive (default: var/backups, or PANDU_BACKUP_DIR).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        directory = options["dir"] or Path(settings.PANDU_BACKUP_DIR)
        try:
            result = backup_make(directory=directory, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written: {result.path} ({result.size / 1e6:.1f} MB, "
                f"{result.files} media files)"
            )
        )
