"""`python manage.py restore FILE [--yes]`: put back the database and media of a backup."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lms.core.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Replace the database and the media files with those of a backup made by `backup`."
        " Stop the web server and the worker first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The archive (pandu-….tar.gz).")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask before replacing the data."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not options["yes"] and options.get("interactive", True):
            answer = input(
                f"This replaces ALL data (database and media) with the backup {path}.\n"
                "Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was changed.")
        try:
            files = backup_restore(path=path, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(f"{error} Nothing was changed.") from error
        self.stdout.write(self.style.SUCCESS(f"Restored {path} ({files} media files)."))
