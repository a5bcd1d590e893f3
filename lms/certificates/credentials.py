"""The Open Badges 3.0 credential of a certificate: an `OpenBadgeCredential` signed as a VC-JWT
(OB 3.0, "JSON Web Token Proof Format"), and the checks that a credential is what Pandu issued.

The payload carries the registered claims that OB 3.0 maps from the credential (`iss` the
issuer's id, `jti` the credential's id, `sub` the subject's id, `nbf` its validFrom) and the
credential itself in `vc`. Verifying checks the signature with the key the header's `kid` names in
the issuer's JWKS, then that every field is the one Pandu writes and that the claims agree with
the credential: a credential changed anywhere is invalid, even when re-signed by someone else's
key (the kid would not be in the JWKS)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.utils import timezone

from . import jws

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
STATUS_TYPE = "1EdTechRevocationList"
SUBJECT_NAMESPACE = uuid.UUID("6f1d3c52-9a0e-4f55-8b3e-2d7c1a4e9b60")


@dataclass(frozen=True)
class IssuerProfile:
    id: str  # the URL of the issuer's profile
    name: str
    url: str = ""

    def as_json(self) -> dict[str, Any]:
        profile: dict[str, Any] = {"id": self.id, "type": ["Profile"], "name": self.name}
        if self.url:
            profile["url"] = self.url
        return profile


@dataclass(frozen=True)
class Award:
    """Everything a credential says, as issued."""

    credential_id: uuid.UUID
    course_key: uuid.UUID
    recipient_name: str
    course_title: str
    course_description: str
    duration_minutes: int
    issued_at: datetime
    issuer: IssuerProfile
    status_url: str


def subject_id(credential_id: uuid.UUID) -> str:
    """The subject's id: derived from the credential, so it names nobody and links nothing."""
    return f"urn:uuid:{uuid.uuid5(SUBJECT_NAMESPACE, str(credential_id))}"


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}" if not rest else f"{minutes / 60:.1f}".replace(".", ",")


def duration_text(minutes: int) -> str:
    """A course's length as the printed certificate says it: minutes under an hour ("35 menit"),
    hours from an hour on ("1,5 jam")."""
    if minutes < 60:
        return f"{minutes} menit"
    return f"{hours_text(minutes)} jam"


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def credential_json(award: Award) -> dict[str, Any]:
    hours = hours_text(award.duration_minutes)
    return {
        "@context": list(CONTEXT),
        "id": f"urn:uuid:{award.credential_id}",
        "type": list(CREDENTIAL_TYPE),
        "name": f"Sertifikat: {award.course_title}",
        "issuer": award.issuer.as_json(),
        "validFrom": _timestamp(award.issued_at),
        "credentialSubject": {
            "id": subject_id(award.credential_id),
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": award.recipient_name,
                }
            ],
            "achievement": {
                "id": f"urn:uuid:{award.course_key}",
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": award.course_title,
                "description": award.course_description or award.course_title,
                "criteria": {
                    "narrative": (
                        f"Menyelesaikan semua pelajaran wajib kursus “{award.course_title}” "
                        f"({hours} jam) di Pandu."
                    )
                },
            },
        },
        "credentialStatus": {"id": award.status_url, "type": STATUS_TYPE},
    }


def claims(award: Award) -> dict[str, Any]:
    vc = credential_json(award)
    return {
        "iss": vc["issuer"]["id"],
        "jti": vc["id"],
        "sub": vc["credentialSubject"]["id"],
        "nbf": int(award.issued_at.timestamp()),
        "vc": vc,
    }


def sign(award: Award, *, key: Any, kid: str) -> str:
    return jws.sign(claims(award), key=key, kid=kid)


class CredentialInvalid(ValueError):
    """`code` (lower-case ASCII) says which check failed."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


def _expect(condition: bool, code: str) -> None:
    if not condition:
        raise CredentialInvalid(code)


def _is_str(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


_TOP_KEYS = {"iss", "jti", "sub", "nbf", "vc"}
_VC_KEYS = {
    "@context",
    "id",
    "type",
    "name",
    "issuer",
    "validFrom",
    "credentialSubject",
    "credentialStatus",
}


def check_claims(payload: Mapping[str, Any], *, issuer_prefix: str | None = None) -> None:
    """Every field is present, of its type and in agreement with the others; nothing else is
    there. `issuer_prefix`: the issuer's id must start with it (Pandu's own issuers, online)."""
    _expect(set(payload) == _TOP_KEYS, "claims")
    vc = payload["vc"]
    _expect(isinstance(vc, dict) and set(vc) == _VC_KEYS, "vc")
    _expect(vc["@context"] == CONTEXT, "context")
    _expect(vc["type"] == CREDENTIAL_TYPE, "type")
    _expect(_is_str(vc["id"]) and vc["id"].startswith("urn:uuid:"), "id")
    _expect(_is_str(vc["name"]), "name")
    issuer = vc["issuer"]
    _expect(isinstance(issuer, dict) and set(issuer) <= {"id", "type", "name", "url"}, "issuer")
    _expect(_is_str(issuer.get("id")) and issuer.get("type") == ["Profile"], "issuer")
    _expect(_is_str(issuer.get("name")), "issuer")
    if issuer_prefix is not None:
        _expect(issuer["id"].startswith(issuer_prefix), "issuer")
    subject = vc["credentialSubject"]
    _expect(isinstance(subject, dict), "subject")
    _expect(set(subject) == {"id", "type", "identifier", "achievement"}, "subject")
    _expect(subject["type"] == ["AchievementSubject"], "subject")
    _expect(subject["id"] == subject_id(uuid.UUID(vc["id"].removeprefix("urn:uuid:"))), "subject")
    identifier = subject["identifier"]
    _expect(isinstance(identifier, list) and len(identifier) == 1, "identifier")
    _expect(
        isinstance(identifier[0], dict)
        and identifier[0].get("type") == "IdentityObject"
        and identifier[0].get("identityType") == "name"
        and identifier[0].get("hashed") is False
        and _is_str(identifier[0].get("identityHash"))
        and len(identifier[0]) == 4,
        "identifier",
    )
    achievement = subject["achievement"]
    _expect(isinstance(achievement, dict), "achievement")
    _expect(
        set(achievement) == {"id", "type", "achievementType", "name", "description", "criteria"},
        "achievement",
    )
    _expect(achievement["type"] == ["Achievement"], "achievement")
    _expect(achievement["achievementType"] == "Certificate", "achievement")
    _expect(_is_str(achievement["id"]) and achievement["id"].startswith("urn:uuid:"), "achievement")
    _expect(_is_str(achievement["name"]) and _is_str(achievement["description"]), "achievement")
    criteria = achievement["criteria"]
    _expect(
        isinstance(criteria, dict)
        and set(criteria) == {"narrative"}
        and _is_str(criteria["narrative"]),
        "criteria",
    )
    status = vc["credentialStatus"]
    _expect(
        isinstance(status, dict)
        and set(status) == {"id", "type"}
        and status["type"] == STATUS_TYPE
        and _is_str(status["id"]),
        "status",
    )
    _expect(payload["iss"] == issuer["id"], "iss")
    _expect(payload["jti"] == vc["id"], "jti")
    _expect(payload["sub"] == subject["id"], "sub")
    nbf = payload["nbf"]
    _expect(isinstance(nbf, int) and not isinstance(nbf, bool), "nbf")
    _expect(_is_str(vc["validFrom"]), "valid_from")
    try:
        valid_from = datetime.fromisoformat(vc["validFrom"])
    except ValueError:
        raise CredentialInvalid("valid_from") from None
    _expect(valid_from.tzinfo is not None and int(valid_from.timestamp()) == nbf, "nbf")
    _expect(nbf <= int(timezone.now().timestamp()) + 300, "nbf")


def credential_uuid(payload: Mapping[str, Any]) -> uuid.UUID:
    return uuid.UUID(str(payload["jti"]).removeprefix("urn:uuid:"))


def verify(
    token: str, *, keys: Mapping[str, Mapping[str, Any]], issuer_prefix: str | None = None
) -> dict[str, Any]:
    """The claims of a credential whose signature and fields are right. Raises
    jws.JWSError or CredentialInvalid."""
    verified = jws.verify(token, keys=keys)
    check_claims(verified.claims, issuer_prefix=issuer_prefix)
    return verified.claims


def extract_token(value: Any) -> str | None:
    """A compact JWS from what a person may hand in: the token itself, a `data:application/
    vc+jwt,` URL, a JSON object with it under "credential", or an EnvelopedVerifiableCredential
    (VC 2.0) whose id is that URL."""
    if isinstance(value, str):
        text = value.strip()
        text = text.removeprefix("data:application/vc+jwt,")
        return text or None
    if isinstance(value, Mapping):
        if "credential" in value:
            return extract_token(value["credential"])
        if value.get("type") == "EnvelopedVerifiableCredential" or (
            isinstance(value.get("type"), list) and "EnvelopedVerifiableCredential" in value["type"]
        ):
            found = value.get("id")
            if isinstance(found, str) and found.startswith("data:application/vc+jwt,"):
                return extract_token(found)
    return None
