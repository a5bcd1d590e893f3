"""Properties of credential verification, whatever is handed in (a typed code's upload, the API's
body, `manage.py verify_credential`'s file): random bytes, text or JSON are "invalid" with a
reason, never an exception other than the declared one; a signed credential changed in any one
character, or in any one field, is invalid."""

from __future__ import annotations

import functools
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lms.certificates import credentials, jws, verification

PROPERTIES = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@functools.cache
def signing_key() -> Any:
    return jws.generate_private_key(2048)  # the least allowed: quick to make


def jwks() -> dict[str, Any]:
    return {"keys": [jws.public_jwk(signing_key().public_key())]}


def kid() -> str:
    return str(jwks()["keys"][0]["kid"])


def valid_claims() -> dict[str, Any]:
    issued = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    issuer = "https://pandu.example/credentials/issuers/1"
    return credentials.claims(
        credentials.Award(
            credential_id=uuid.UUID("3b0c7c5e-2f8e-4b0e-9d61-0f7a2b4c6d8e"),
            course_key=uuid.UUID("9a1e8e52-6a43-4c1f-8f0e-7f3c2d1b0a99"),
            recipient_name="Wulan Sari",
            course_title="Aktivasi IKD",
            course_description="Mengaktifkan KTP digital.",
            duration_minutes=90,
            issued_at=issued,
            issuer=credentials.IssuerProfile(id=issuer, name="Pemerintah Kota Balikpapan"),
            status_url=f"{issuer}/revocations",
        )
    )


def sign(claims: Any) -> str:
    return jws.sign(claims, key=signing_key(), kid=kid())


def part(value: Any) -> str:
    return jws.b64url_encode(json.dumps(value).encode())


def test_the_unchanged_credential_is_valid() -> None:
    """The control for the properties below: what they change was valid before."""
    assert verification.verify_offline(sign(valid_claims()), jwks=jwks()).status == "valid"


@PROPERTIES
@given(token=st.text(max_size=300) | st.binary(max_size=300).map(jws.b64url_encode))
def test_random_text_fails_only_with_the_declared_error(token: str) -> None:
    with pytest.raises(jws.JWSError):
        jws.verify(token, keys={kid(): jwks()["keys"][0]})


# Headers that pass the first checks, so that the later ones are reached too.
RS256_HEADERS = st.fixed_dictionaries(
    {"alg": st.just("RS256"), "kid": st.just("")}, optional={"typ": JSON}
)


@PROPERTIES
@given(
    header=JSON | RS256_HEADERS,
    payload=JSON,
    signature=st.binary(max_size=300),
    real_kid=st.booleans(),
)
def test_well_formed_but_unsigned_tokens_fail_only_with_the_declared_error(
    header: Any, payload: Any, signature: bytes, real_kid: bool
) -> None:
    if isinstance(header, dict) and "kid" in header and real_kid:
        header["kid"] = kid()
    token = f"{part(header)}.{part(payload)}.{jws.b64url_encode(signature)}"
    with pytest.raises(jws.JWSError):
        jws.verify(token, keys={kid(): jwks()["keys"][0]})


@PROPERTIES
@given(value=JSON | st.builds(lambda v: {"credential": v}, JSON) | st.binary().map(repr))
def test_anything_handed_in_is_invalid_with_a_reason(value: Any) -> None:
    result = verification.verify_offline(value, jwks=jwks())
    assert result.status == "invalid"
    assert result.reason
    assert result.code.isascii()


@PROPERTIES
@given(data=st.data())
def test_a_signed_credential_changed_in_any_one_character_is_invalid(data: st.DataObject) -> None:
    token = sign(valid_claims())
    position = data.draw(st.integers(0, len(token) - 1))
    replacement = data.draw(st.sampled_from("AQgw_-.x0=+/ "))
    assume(replacement != token[position])
    changed = token[:position] + replacement + token[position + 1 :]
    assert verification.verify_offline(changed, jwks=jwks()).status == "invalid"


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document: each member and each item, at every depth."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def replaced(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


# Words the issuer chooses (names, descriptions, the status list's address): any text it signs is
# its to say. Every other field has one right value, or must agree with another.
FREE_TEXT = {"name", "identityHash", "description", "narrative", ("credentialStatus", "id")}


def free_text(path: tuple[Any, ...]) -> bool:
    return path[-1] in FREE_TEXT or path[-2:] in FREE_TEXT


@PROPERTIES
@given(data=st.data(), new=JSON)
def test_a_credential_signed_with_any_one_field_changed_is_invalid(
    data: st.DataObject, new: Any
) -> None:
    """Signed with the issuer's own key, so only the checks of the fields stand between a
    changed credential and "valid": they refuse it, and raise nothing."""
    claims = valid_claims()
    path = data.draw(st.sampled_from(paths(claims)))
    changed = replaced(claims, path, new)
    assume(changed != claims)
    assume(not (free_text(path) and isinstance(new, str)))
    result = verification.verify_offline(sign(changed), jwks=jwks())
    assert result.status == "invalid"
    assert result.reason


@pytest.mark.django_db
def test_a_deeply_nested_header_is_invalid_not_a_server_error() -> None:
    """Found by the properties above with deeper JSON: a 5 KB token anyone can send."""
    nested = jws.b64url_encode(b"[" * 1000 + b"]" * 1000)
    response = Client().post(
        "/api/v1/credentials/verify",
        {"credential": f"{nested}.{nested}.AAAA"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["status"] == "invalid"
