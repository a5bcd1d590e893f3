"""Compact JWS with RS256 (RFC 7515, 7518), the JWK of an RSA public key (RFC 7517) and its
thumbprint (RFC 7638), written on `cryptography` alone: a few dozen lines, where a JOSE library
would be one more dependency to keep up to date. Nothing here knows Django.

Only RS256 is accepted when verifying: "none", the HMAC algorithms (whose secret an attacker
would take from the public key) and anything else are refused before a key is looked at."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

ALGORITHM = "RS256"
MIN_RSA_BITS = 2048
# A credential is a few kilobytes; anything far larger is refused before it is parsed.
MAX_TOKEN_LENGTH = 64 * 1024


class JWSError(ValueError):
    """The token is not a valid RS256 compact JWS for the keys given. `code` is lower-case ASCII
    (malformed, bad_header, unsupported_alg, unknown_kid, bad_signature, weak_key)."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    if not text or any(c not in _B64URL for c in text) or len(text) % 4 == 1:
        raise JWSError("malformed")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise JWSError("malformed") from None
    # Only the canonical spelling: otherwise a changed last character whose low bits base64
    # drops would decode to the same bytes, and a changed token would still verify.
    if b64url_encode(data) != text:
        raise JWSError("malformed")
    return data


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _int_b64(value: int) -> str:
    return b64url_encode(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def public_jwk(key: rsa.RSAPublicKey) -> dict[str, str]:
    """The public key as a JWK with its `kid` (the RFC 7638 thumbprint), `alg` and `use`."""
    numbers = key.public_numbers()
    jwk = {"kty": "RSA", "n": _int_b64(numbers.n), "e": _int_b64(numbers.e)}
    return {**jwk, "kid": thumbprint(jwk), "alg": ALGORITHM, "use": "sig"}


def thumbprint(jwk: Mapping[str, Any]) -> str:
    """RFC 7638: SHA-256 of the required members in lexicographic order, without whitespace."""
    required = {"e": jwk["e"], "kty": jwk["kty"], "n": jwk["n"]}
    canonical = json.dumps(required, separators=(",", ":"), sort_keys=True).encode("ascii")
    return b64url_encode(hashlib.sha256(canonical).digest())


def key_from_jwk(jwk: Mapping[str, Any]) -> rsa.RSAPublicKey:
    if (
        jwk.get("kty") != "RSA"
        or not isinstance(jwk.get("n"), str)
        or not isinstance(jwk.get("e"), str)
    ):
        raise JWSError("bad_key")
    n = int.from_bytes(b64url_decode(jwk["n"]), "big")
    e = int.from_bytes(b64url_decode(jwk["e"]), "big")
    key = rsa.RSAPublicNumbers(e, n).public_key()
    if key.key_size < MIN_RSA_BITS:
        raise JWSError("weak_key")
    return key


def generate_private_key(bits: int = 3072) -> rsa.RSAPrivateKey:
    if bits < MIN_RSA_BITS:
        raise ValueError(f"RSA keys need at least {MIN_RSA_BITS} bits")
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def private_key_from_pem(pem: bytes) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise JWSError("bad_key")
    return key


def _json_part(value: Mapping[str, Any]) -> str:
    return b64url_encode(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())


def sign(claims: Mapping[str, Any], *, key: rsa.RSAPrivateKey, kid: str) -> str:
    header = {"alg": ALGORITHM, "typ": "JWT", "kid": kid}
    signing_input = f"{_json_part(header)}.{_json_part(claims)}"
    signature = key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{b64url_encode(signature)}"


@dataclass(frozen=True)
class Verified:
    header: dict[str, Any]
    claims: dict[str, Any]


def _json_object(part: str) -> dict[str, Any]:
    try:
        value = json.loads(b64url_decode(part).decode("utf-8"))
    # A deeply nested document exhausts the parser's recursion: malformed, like any other.
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise JWSError("malformed") from None
    if not isinstance(value, dict):
        raise JWSError("malformed")
    return value


def verify(token: str, *, keys: Mapping[str, Mapping[str, Any]]) -> Verified:
    """Check the token's signature with the key its header names. `keys` maps each kid to its
    public JWK (a JWKS's keys). Raises JWSError; returns the header and the claims."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        raise JWSError("malformed")
    parts = token.strip().split(".")
    if len(parts) != 3:  # header, payload, signature
        raise JWSError("malformed")
    header = _json_object(parts[0])
    if header.get("alg") != ALGORITHM:
        raise JWSError("unsupported_alg")
    if set(header) - {"alg", "typ", "kid"} or header.get("typ", "JWT") != "JWT":
        # "crit", "jku", "x5u", "jwk": nothing in a header may point at another key or rule.
        raise JWSError("bad_header")
    kid = header.get("kid")
    if not isinstance(kid, str) or kid not in keys:
        raise JWSError("unknown_kid")
    jwk = keys[kid]
    if jwk.get("alg", ALGORITHM) != ALGORITHM or thumbprint(jwk) != kid:
        raise JWSError("unknown_kid")
    public_key = key_from_jwk(jwk)
    signature = b64url_decode(parts[2])
    try:
        public_key.verify(
            signature,
            f"{parts[0]}.{parts[1]}".encode("ascii"),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
    except InvalidSignature:
        raise JWSError("bad_signature") from None
    return Verified(header=header, claims=_json_object(parts[1]))
