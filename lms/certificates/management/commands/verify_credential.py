from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lms.certificates import keys, verification


class Command(BaseCommand):
    help = (
        "Check a credential file (a .jwt, or JSON holding it) offline: the RS256 signature with "
        "the issuer's JWKS (--jwks FILE, else the keys in this database) and every field. The "
        "revocation status needs Pandu: see the verification page or POST "
        "/api/v1/credentials/verify. Exits 1 when the credential is not valid."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--jwks", type=Path, default=None, help="The issuer's jwks.json.")

    def handle(self, *args: Any, file: Path, jwks: Path | None, **options: Any) -> None:
        try:
            text = file.read_text(encoding="utf-8").strip()
            key_set = json.loads(jwks.read_text(encoding="utf-8")) if jwks else keys.jwks()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(str(error)) from None
        value: Any = text
        if text.startswith("{"):
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                value = text
        result = verification.verify_offline(
            value, jwks=key_set if isinstance(key_set, dict) else {}
        )
        if not result.valid:
            self.stdout.write(self.style.ERROR(f"invalid ({result.code}): {result.reason}"))
            raise SystemExit(1)
        claims = result.claims or {}
        vc = claims.get("vc", {})
        subject = vc.get("credentialSubject", {})
        name = subject.get("identifier", [{}])[0].get("identityHash", "")
        self.stdout.write(self.style.SUCCESS(f"valid signature and fields: {result.reason}"))
        self.stdout.write(f"  recipient: {name}")
        self.stdout.write(f"  achievement: {subject.get('achievement', {}).get('name', '')}")
        self.stdout.write(f"  issuer: {vc.get('issuer', {}).get('name', '')} ({claims.get('iss')})")
        self.stdout.write(f"  valid from: {vc.get('validFrom', '')}")
        self.stdout.write("  revocation status: not checked offline")
