"""The signed Open Badges 3.0 credential: what it says, that any change to any part of it makes it
invalid, that only RS256 is accepted, and that rotated keys still verify what they signed."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from django.core.management import call_command
from django.test import Client

from courses.models import CoursePage
from lms.accounts.models import User
from lms.certificates import jws, keys, services, verification
from lms.certificates.models import Certificate, SigningKey, Source

from .conftest import make_user

pytestmark = pytest.mark.django_db


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def part(value: Any) -> str:
    return b64(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


def decode(token: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    header, payload, signature = token.split(".")

    def pad(text: str) -> str:
        return text + "=" * (-len(text) % 4)

    return (
        json.loads(base64.urlsafe_b64decode(pad(header))),
        json.loads(base64.urlsafe_b64decode(pad(payload))),
        signature,
    )


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value in a JSON document, containers included."""
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from leaves(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from leaves(inner, (*path, index))


def changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return [*value, "x"]
    if isinstance(value, dict):
        return {**value, "x": 1}
    return "x"


def with_change(document: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return changed(document)
    document = copy.deepcopy(document)
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = changed(target[path[-1]])
    return document


def test_the_credential_is_an_open_badges_3_vc_jwt(finished: Certificate) -> None:
    header, claims, _signature = decode(finished.credential)
    key = SigningKey.objects.get()
    assert header == {"alg": "RS256", "typ": "JWT", "kid": key.kid}
    assert key.kid == jws.thumbprint(key.public_jwk)
    vc = claims["vc"]
    assert vc["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    issuer_id = f"http://testserver/credentials/issuers/{finished.issuer.public_id}"
    assert vc["issuer"] == {
        "id": issuer_id,
        "type": ["Profile"],
        "name": "Pemerintah Kota Balikpapan",
        "url": "https://balikpapan.go.id",
    }
    assert claims["iss"] == issuer_id
    assert claims["jti"] == vc["id"] == f"urn:uuid:{finished.uuid}"
    assert claims["sub"] == vc["credentialSubject"]["id"]
    assert claims["nbf"] == int(finished.issued_at.timestamp())
    assert vc["validFrom"].endswith("Z")
    subject = vc["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["identifier"][0]["identityHash"] == "Wulan Lestari"
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"] == "Aktivasi IKD"
    assert achievement["description"]
    assert "Aktivasi IKD" in achievement["criteria"]["narrative"]
    assert vc["credentialStatus"] == {
        "id": f"{issuer_id}/revocations",
        "type": "1EdTechRevocationList",
    }
    # No e-mail address, phone number or birth year anywhere in it.
    text = json.dumps(claims)
    for private in ("wulan@contoh.id", "6281299990001", "1990"):
        assert private not in text


def test_the_issuer_profile_and_keys_are_at_the_urls_the_credential_names(
    finished: Certificate, client: Client
) -> None:
    header, claims, _signature = decode(finished.credential)
    path = claims["iss"].removeprefix("http://testserver")
    profile = client.get(path)
    assert profile.status_code == 200
    assert profile.json()["id"] == claims["iss"]
    assert profile.json()["type"] == ["Profile"]
    jwks = client.get(f"{path}/jwks.json").json()
    assert [key["kid"] for key in jwks["keys"]] == [header["kid"]]
    assert "d" not in jwks["keys"][0]  # the public half only
    revocations = client.get(
        claims["vc"]["credentialStatus"]["id"].removeprefix("http://testserver")
    )
    assert revocations.json()["revokedCredentials"] == []


def test_an_untouched_credential_is_valid_online_and_offline(finished: Certificate) -> None:
    assert verification.verify_online(finished.credential).status == "valid"
    assert verification.verify_offline(finished.credential, jwks=keys.jwks()).status == "valid"
    wrapped = {"credential": finished.credential}
    assert verification.verify_online(wrapped).status == "valid"
    enveloped = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": "EnvelopedVerifiableCredential",
        "id": f"data:application/vc+jwt,{finished.credential}",
    }
    assert verification.verify_online(enveloped).status == "valid"


def test_changing_any_field_of_the_claims_makes_it_invalid(finished: Certificate) -> None:
    header, claims, signature = decode(finished.credential)
    paths = list(leaves(claims))
    assert len(paths) > 30
    jwks = keys.jwks()
    for path in paths:
        token = f"{part(header)}.{part(with_change(claims, path))}.{signature}"
        assert verification.verify_online(token).status == "invalid", path
        assert verification.verify_offline(token, jwks=jwks).status == "invalid", path


def test_changing_the_header_makes_it_invalid(finished: Certificate) -> None:
    header, claims, signature = decode(finished.credential)
    for path in leaves(header):
        token = f"{part(with_change(header, path))}.{part(claims)}.{signature}"
        assert verification.verify_online(token).status == "invalid", path
    for extra in ({"jku": "https://evil.example/jwks.json"}, {"crit": ["x"]}, {"typ": "JOSE"}):
        token = f"{part({**header, **extra})}.{part(claims)}.{signature}"
        assert verification.verify_online(token).code in {"bad_header", "bad_signature"}


def test_changing_the_signature_makes_it_invalid(finished: Certificate) -> None:
    head, payload, signature = finished.credential.split(".")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for position in (0, len(signature) // 2, len(signature) - 1):
        for replacement in alphabet[:8]:
            if signature[position] == replacement:
                continue
            tampered = signature[:position] + replacement + signature[position + 1 :]
            result = verification.verify_online(f"{head}.{payload}.{tampered}")
            assert result.status == "invalid", (position, replacement)
    assert verification.verify_online(f"{head}.{payload}.").status == "invalid"
    assert verification.verify_online(f"{head}.{payload}").status == "invalid"


def test_alg_none_and_hs256_are_refused(finished: Certificate) -> None:
    header, claims, _signature = decode(finished.credential)
    none = f"{part({**header, 'alg': 'none'})}.{part(claims)}."
    assert verification.verify_online(none).code == "unsupported_alg"
    # The classic confusion attack: HMAC keyed with the issuer's public key.
    public_pem = (
        keys.private_key(SigningKey.objects.get())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    signing_input = f"{part({**header, 'alg': 'HS256'})}.{part(claims)}"
    mac = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
    result = verification.verify_online(f"{signing_input}.{b64(mac)}")
    assert result.status == "invalid"
    assert result.code == "unsupported_alg"


def test_a_credential_signed_by_another_key_is_invalid(finished: Certificate) -> None:
    _header, claims, _signature = decode(finished.credential)
    stranger = jws.generate_private_key(2048)
    kid = jws.public_jwk(stranger.public_key())["kid"]
    forged = jws.sign(claims, key=stranger, kid=kid)
    assert verification.verify_online(forged).code == "unknown_kid"
    # Claiming Pandu's kid does not help: the signature does not match its key.
    real_kid = SigningKey.objects.get().kid
    assert verification.verify_online(jws.sign(claims, key=stranger, kid=real_kid)).code == (
        "bad_signature"
    )


def test_a_changed_credential_re_signed_with_pandus_key_differs_from_the_record(
    finished: Certificate,
) -> None:
    """Even a holder of the key (a leaked key, a bug) cannot change what a certificate says:
    online, the credential must be the one on record."""
    _header, claims, _signature = decode(finished.credential)
    claims["vc"]["credentialSubject"]["identifier"][0]["identityHash"] = "Orang Lain"
    key = SigningKey.objects.get()
    token = jws.sign(claims, key=keys.private_key(key), kid=key.kid)
    assert verification.verify_online(token).code == "changed"


def test_a_rotated_key_still_verifies_what_it_signed(
    finished: Certificate, course: CoursePage, catalog: Any
) -> None:
    old_kid = SigningKey.objects.get().kid
    out = StringIO()
    call_command("credential_keys", "rotate", "--bits", "2048", stdout=out)
    new = SigningKey.objects.get(retired_at__isnull=True)
    assert new.kid != old_kid
    assert SigningKey.objects.get(kid=old_kid).retired_at is not None

    assert verification.verify_online(finished.credential).status == "valid"
    other = make_user("sinta")
    later = services.certificate_issue(user=other, course=course, source=Source.ADMIN)
    assert decode(later.certificate.credential)[0]["kid"] == new.kid
    assert verification.verify_online(later.certificate.credential).status == "valid"

    jwks = keys.jwks()
    assert {key["kid"] for key in jwks["keys"]} == {old_kid, new.kid}
    assert [key["kid"] for key in jwks["keys"] if "retired_at" in key] == [old_kid]
    listing = StringIO()
    call_command("credential_keys", "list", stdout=listing)
    assert old_kid in listing.getvalue()
    assert "retired" in listing.getvalue()


def test_credential_keys_create_refuses_a_second_active_key(finished: Certificate) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("credential_keys", "create", stdout=StringIO())
    assert SigningKey.objects.count() == 1


def test_the_private_key_is_stored_encrypted(finished: Certificate) -> None:
    stored = SigningKey.objects.get().private_key_encrypted
    assert "PRIVATE KEY" not in stored
    assert keys.private_key(SigningKey.objects.get()).key_size >= 2048


def test_verify_credential_works_offline_with_the_jwks_file(
    finished: Certificate, tmp_path: Path, client: Client
) -> None:
    _header, claims, _signature = decode(finished.credential)
    jwks_path = tmp_path / "jwks.json"
    jwks_path.write_bytes(
        client.get(claims["iss"].removeprefix("http://testserver") + "/jwks.json").content
    )
    good = tmp_path / "sertifikat.jwt"
    good.write_text(finished.credential)
    out = StringIO()
    call_command("verify_credential", str(good), "--jwks", str(jwks_path), stdout=out)
    assert "valid signature and fields" in out.getvalue()
    assert "Wulan Lestari" in out.getvalue()

    bad = tmp_path / "diubah.jwt"
    head, _payload, signature = finished.credential.split(".")
    bad.write_text(f"{head}.{part({**claims, 'nbf': claims['nbf'] - 86400})}.{signature}")
    with pytest.raises(SystemExit) as exit_info:
        call_command("verify_credential", str(bad), "--jwks", str(jwks_path), stdout=StringIO())
    assert exit_info.value.code == 1
    # Without --jwks: the keys in this database.
    call_command("verify_credential", str(good), stdout=StringIO())


def test_revocation_shows_online_and_in_the_revocation_list(
    finished: Certificate, client: Client, learner: User
) -> None:
    services.certificate_revoke(certificate=finished, reason="Peserta tidak hadir", revoked_by=None)
    result = verification.verify_online(finished.credential)
    assert result.status == "revoked"
    assert "Peserta tidak hadir" in result.reason
    # Offline, the signature still holds: the revocation needs Pandu.
    assert verification.verify_offline(finished.credential, jwks=keys.jwks()).status == "valid"
    _header, claims, _signature = decode(finished.credential)
    listed = client.get(claims["vc"]["credentialStatus"]["id"].removeprefix("http://testserver"))
    assert listed.json()["revokedCredentials"] == [
        {"id": claims["jti"], "revocationReason": "Peserta tidak hadir"}
    ]
