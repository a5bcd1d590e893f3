"""Is this credential one that Pandu issued, unchanged, and not revoked? The same checks for the
API, the public page (an uploaded file) and `manage.py verify_credential` (offline, with a JWKS
only: everything but the revocation status)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from django.conf import settings
from django.utils.translation import gettext as _

from . import credentials, jws, keys, selectors
from .models import Certificate

Status = Literal["valid", "revoked", "invalid"]


@dataclass(frozen=True)
class Result:
    status: Status
    reason: str  # for the person, in the active language
    code: str = ""  # lower-case ASCII: which check failed
    certificate: Certificate | None = None
    claims: Mapping[str, Any] | None = None

    @property
    def valid(self) -> bool:
        return self.status == "valid"

    @property
    def revoked_at(self) -> datetime | None:
        return self.certificate.revoked_at if self.certificate else None


def _invalid(code: str) -> Result:
    messages = {
        "empty": _("No credential was given."),
        "malformed": _("This is not a signed credential (a VC-JWT)."),
        "unsupported_alg": _("The credential is not signed with RS256, so it is refused."),
        "unknown_kid": _("The credential is signed with a key that is not Pandu's."),
        "bad_signature": _("The signature does not match: the credential was changed."),
        "unknown": _("Pandu has no record of this credential."),
        "changed": _("The credential differs from the one Pandu issued."),
    }
    return Result(
        status="invalid",
        code=code,
        reason=str(messages.get(code, _("A field of the credential is missing or was changed."))),
    )


def _check(token: str | None, *, jwks: Mapping[str, Any], issuer_prefix: str | None) -> Result:
    if not token:
        return _invalid("empty")
    try:
        claims = credentials.verify(
            token, keys=keys.keys_by_kid(dict(jwks)), issuer_prefix=issuer_prefix
        )
    except jws.JWSError as error:
        return _invalid(error.code)
    except (credentials.CredentialInvalid, KeyError, TypeError, ValueError) as error:
        return _invalid(getattr(error, "code", "fields"))
    return Result(
        status="valid", reason=_("The signature and every field are correct."), claims=claims
    )


def issuer_prefix() -> str:
    return f"{settings.PANDU_BASE_URL.rstrip('/')}/credentials/issuers/"


def verify_online(value: Any) -> Result:
    """Check a credential (a token or the JSON that holds it) against Pandu's keys and records:
    valid, revoked (with date and reason) or invalid."""
    token = credentials.extract_token(value)
    checked = _check(token, jwks=keys.jwks(), issuer_prefix=issuer_prefix())
    if checked.claims is None:
        return checked
    certificate = selectors.certificate_for_credential(credentials.credential_uuid(checked.claims))
    if certificate is None:
        return _invalid("unknown")
    if certificate.credential != (token or "").strip():
        return _invalid("changed")
    if certificate.revoked_at is not None:
        return Result(
            status="revoked",
            code="revoked",
            reason=_("Revoked: %(reason)s") % {"reason": certificate.revoked_reason},
            certificate=certificate,
            claims=checked.claims,
        )
    return Result(
        status="valid",
        reason=_("This certificate is valid: Pandu issued it and it has not been revoked."),
        certificate=certificate,
        claims=checked.claims,
    )


def verify_offline(value: Any, *, jwks: Mapping[str, Any]) -> Result:
    """Check the signature and every field with the issuer's JWKS alone, without Pandu's
    database: the revocation status is not known this way."""
    return _check(credentials.extract_token(value), jwks=jwks, issuer_prefix=None)
