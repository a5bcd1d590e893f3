from typing import Any

from django.core.management.base import BaseCommand

from courses.demo.loader import load_catalog
from lms.accounts.services import user_ensure

# Demo logins, printed by `make run`. Only ever created by this command, for a local machine.
DEMO_USERS = (
    {
        "username": "editor",
        "password": "pandu-editor-demo",
        "full_name": "Eka Editor",
        "email": "editor@contoh.id",
        "groups": ("Editors",),
        "role": "Editor konten",
    },
    {
        "username": "admin",
        "password": "pandu-admin-demo",
        "full_name": "Ayu Admin",
        "email": "admin@contoh.id",
        "is_superuser": True,
        "role": "Admin",
    },
)


class Command(BaseCommand):
    help = "Load the demo catalog and demo users. Safe to run again: nothing is duplicated."

    def handle(self, *args: Any, **options: Any) -> None:
        report = load_catalog(progress=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Katalog: {len(report.created)} kursus dibuat, {len(report.present)} sudah ada, "
                f"{len(report.translated)} terjemahan dibuat."
            )
        )
        if report.untranslated_strings:
            self.stdout.write(
                self.style.WARNING(
                    f"  {report.untranslated_strings} teks belum diterjemahkan (tampil dalam "
                    "bahasa aslinya)."
                )
            )
        for user in DEMO_USERS:
            fields = {k: v for k, v in user.items() if k != "role"}
            _account, created = user_ensure(**fields)  # type: ignore[arg-type]
            state = "dibuat" if created else "sudah ada"
            self.stdout.write(f"  Akun {user['username']} ({user['role']}): {state}")
        self.stdout.write("\nLogin demo (hanya untuk komputer ini):")
        for user in DEMO_USERS:
            self.stdout.write(f"  {user['role']:<15} {user['username']:<8} / {user['password']}")
