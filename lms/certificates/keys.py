"""The keys that sign credentials: made, rotated and listed by `manage.py credential_keys`, made on
first use when none exists (so that a fresh `make run` issues certificates with no extra step).

Where the private key lives: in the database, encrypted with Fernet under a key derived from
SECRET_KEY by HKDF. A database backup therefore restores the keys together with the certificates
they signed (a key file beside the database is easily forgotten in a backup, and a lost key would
leave every credential it signed unverifiable against a new one); a stolen database dump alone
does not give the key away. SECRET_KEY_FALLBACKS are tried too, so rotating SECRET_KEY the Django
way keeps the keys readable; `credential_keys rotate` then re-signs nothing but makes a new key
encrypted under the new secret."""

from __future__ import annotations

import base64
import logging
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lms.core.services import audit_log

from . import jws
from .models import SigningKey

logger = logging.getLogger(__name__)

_HKDF_INFO = b"pandu credential signing keys v1"


def _fernet_for(secret: str) -> Fernet:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(
        secret.encode("utf-8")
    )
    return Fernet(base64.urlsafe_b64encode(derived))


def _fernet() -> MultiFernet:
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([_fernet_for(secret) for secret in secrets])


class KeyUnreadable(Exception):
    """The private key was encrypted under a SECRET_KEY that is neither the current one nor in
    SECRET_KEY_FALLBACKS."""


def private_key(key: SigningKey) -> rsa.RSAPrivateKey:
    """The private key, decrypted once per process (loading an RSA key checks it, which costs
    more than signing)."""
    cache_key = (key.kid, key.private_key_encrypted, settings.SECRET_KEY)
    found = _loaded.get(cache_key)
    if found is None:
        try:
            pem = _fernet().decrypt(key.private_key_encrypted.encode("ascii"))
        except InvalidToken:
            raise KeyUnreadable(key.kid) from None
        found = _loaded[cache_key] = jws.private_key_from_pem(pem)
    return found


_loaded: dict[tuple[str, str, str], rsa.RSAPrivateKey] = {}


def key_bits() -> int:
    return int(getattr(settings, "PANDU_CREDENTIAL_KEY_BITS", 3072))


def _new_key(bits: int) -> SigningKey:
    private = jws.generate_private_key(bits)
    jwk = jws.public_jwk(private.public_key())
    return SigningKey(
        kid=jwk["kid"],
        public_jwk=jwk,
        private_key_encrypted=_fernet().encrypt(jws.private_key_pem(private)).decode("ascii"),
    )


@transaction.atomic
def key_create(*, bits: int | None = None) -> SigningKey:
    """A new active key; the one active before is retired (it stays in the JWKS, so that what it
    signed still verifies)."""
    key = _new_key(bits or key_bits())
    SigningKey.objects.select_for_update().filter(retired_at__isnull=True).update(
        retired_at=timezone.now()
    )
    key.save()
    audit_log(actor=None, action="credential_key.create", target=key, data={"kid": key.kid})
    logger.info("Credential signing key %s created (RSA %s bits)", key.kid, bits or key_bits())
    return key


def active_key() -> SigningKey:
    """The key that signs now; made (and logged) when there is none yet. Two processes making
    the first key at once end with one: the second insert meets the one-active constraint and
    reads the first one's key."""
    key = SigningKey.objects.filter(retired_at__isnull=True).first()
    if key is not None:
        return key
    logger.warning(
        "No credential signing key yet: creating one now (manage.py credential_keys list)"
    )
    key = _new_key(key_bits())
    try:
        with transaction.atomic():
            key.save()
            audit_log(actor=None, action="credential_key.create", target=key, data={"kid": key.kid})
    except IntegrityError:
        return SigningKey.objects.get(retired_at__isnull=True)
    return key


def jwks() -> dict[str, Any]:
    """Every public key, active and retired, as a JWK Set. A retired key says so in a
    non-standard member, which JWK consumers ignore."""
    return {
        "keys": [
            {**key.public_jwk, "retired_at": key.retired_at.isoformat()}
            if key.retired_at
            else dict(key.public_jwk)
            for key in SigningKey.objects.order_by("created_at", "pk")
        ]
    }


def keys_by_kid(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The keys of a JWK Set, by kid."""
    found: dict[str, dict[str, Any]] = {}
    for jwk in document.get("keys", []):
        if isinstance(jwk, dict) and isinstance(jwk.get("kid"), str):
            found[jwk["kid"]] = jwk
    return found
