import json
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lms.core.scale import SIZES, PlanError, remove, seed, seeded_users

PUBLIC_SIZES = ("S", "M", "L")


class Command(BaseCommand):
    help = (
        "Generate data at scale for load tests: S = 1,000 users, 10 courses, 200 lessons, "
        "200,000 progress rows; M = 10x; L = 100x. Refuses to run on a database that has scale "
        "data already (--reset replaces it, --remove only removes it); the demo data and "
        "anything else is left alone. Writes a manifest (JSON) for the load test."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        # XS is for the tests only.
        parser.add_argument("--size", choices=[*PUBLIC_SIZES, "XS"], default="S", metavar="S|M|L")
        parser.add_argument(
            "--manifest",
            type=Path,
            help="where to write the manifest (default: var/bench/seed-<size>.json)",
        )
        parser.add_argument(
            "--password",
            help="the password of every seeded user (default: a new random one, in the manifest)",
        )
        parser.add_argument("--reset", action="store_true", help="remove earlier scale data first")
        parser.add_argument(
            "--remove", action="store_true", help="only remove the scale data, make nothing"
        )

    def write(self, text: str) -> None:
        self.stdout.write(text, ending="")
        self.stdout.flush()

    def handle(self, *args: Any, **options: Any) -> None:
        present = seeded_users()
        if options["remove"] or (options["reset"] and present):
            removed = remove(write=self.write)
            self.stdout.write(f"Removed the scale data ({removed:,} users).")
            if options["remove"]:
                return
        elif present:
            raise CommandError(
                f"This database has scale data already ({present:,} users named skala-…). "
                "Run with --reset to replace it, or --remove to remove it."
            )
        size = SIZES[options["size"]]
        password = options["password"] or secrets.token_urlsafe(12)
        path = options["manifest"] or Path(settings.VAR_DIR) / "bench" / f"seed-{size.name}.json"
        self.stdout.write(f"Seeding size {size.name}:")
        try:
            manifest = seed(size=size, password=password, write=self.write)
        except PlanError as error:
            raise CommandError(str(error)) from error
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
        counts = manifest["counts"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded size {size.name} in {manifest['seconds']:,} s: {counts['users']:,} users, "
                f"{counts['courses']:,} courses, {counts['lessons']:,} lessons, "
                f"{counts['progress_rows']:,} progress rows, {counts['progress_events']:,} "
                f"events, {counts['certificates']:,} certificates."
            )
        )
        self.stdout.write(f"Manifest: {path}")
