from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lms.certificates import jws, keys
from lms.certificates.models import SigningKey


class Command(BaseCommand):
    help = (
        "The keys that sign certificates' credentials. create: the first key (refused if one is "
        "active); rotate: a new key, the old one retired but kept in the JWKS so that what it "
        "signed still verifies; list: every key."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["create", "rotate", "list"])
        parser.add_argument(
            "--bits",
            type=int,
            default=None,
            help=f"RSA key size (at least {jws.MIN_RSA_BITS}; default PANDU_CREDENTIAL_KEY_BITS).",
        )

    def handle(self, *args: Any, action: str, bits: int | None, **options: Any) -> None:
        if bits is not None and bits < jws.MIN_RSA_BITS:
            raise CommandError(f"An RSA key needs at least {jws.MIN_RSA_BITS} bits.")
        if action == "create":
            active = SigningKey.objects.filter(retired_at__isnull=True).first()
            if active is not None:
                raise CommandError(
                    f"A key is active already ({active.kid}): use `rotate` to replace it."
                )
            key = keys.key_create(bits=bits)
            self.stdout.write(self.style.SUCCESS(f"Created key {key.kid}"))
        elif action == "rotate":
            key = keys.key_create(bits=bits)
            self.stdout.write(
                self.style.SUCCESS(f"Created key {key.kid}; the previous key is retired.")
            )
        for key in SigningKey.objects.order_by("created_at", "pk"):
            state = "active" if key.is_active else f"retired {key.retired_at:%Y-%m-%d %H:%M}"
            self.stdout.write(f"{key.kid}  {key.created_at:%Y-%m-%d %H:%M}  {state}")
