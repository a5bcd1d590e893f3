"""`POST /api/v1/credentials/verify` for anyone; `GET /api/v1/me/certificates` for the learner's
own certificates only."""

from __future__ import annotations

import pytest
from django.test import Client

from lms.accounts.models import User
from lms.api import services as api_services
from lms.certificates import services
from lms.certificates.models import Certificate

pytestmark = pytest.mark.django_db

VERIFY = "/api/v1/credentials/verify"
MINE = "/api/v1/me/certificates"


def bearer(user: User) -> Client:
    _token, key = api_services.token_create(user=user, name="test")
    return Client(headers={"Authorization": f"Bearer {key}"})


def test_anyone_verifies_a_credential(client: Client, finished: Certificate) -> None:
    response = client.post(
        VERIFY, {"credential": finished.credential}, content_type="application/json"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["valid"] is True
    assert body["status"] == "valid"
    assert body["reason"]
    assert body["certificate"]["recipient_name"] == "Wulan Lestari"
    assert "email" not in str(body)


def test_a_revoked_credential_says_why(client: Client, finished: Certificate) -> None:
    services.certificate_revoke(certificate=finished, reason="Sertifikat ganda", revoked_by=None)
    body = client.post(
        VERIFY, {"credential": finished.credential}, content_type="application/json"
    ).json()
    assert body["valid"] is False
    assert body["status"] == "revoked"
    assert "Sertifikat ganda" in body["reason"]
    assert body["certificate"]["revoked_reason"] == "Sertifikat ganda"
    assert body["certificate"]["revoked_at"].endswith("+08:00")


def test_a_changed_credential_is_invalid(client: Client, finished: Certificate) -> None:
    head, payload, signature = finished.credential.split(".")
    for token in (f"{head}.{payload}x.{signature}", "bukan-jwt", ""):
        body = client.post(VERIFY, {"credential": token}, content_type="application/json").json()
        assert body == {
            "valid": False,
            "status": "invalid",
            "reason": body["reason"],
            "code": body["code"],
            "certificate": None,
        }
        assert body["reason"]
    # The JSON that holds the credential works as well as the token.
    enveloped = {
        "type": "EnvelopedVerifiableCredential",
        "id": f"data:application/vc+jwt,{finished.credential}",
    }
    body = client.post(VERIFY, {"credential": enveloped}, content_type="application/json").json()
    assert body["status"] == "valid"


def test_a_body_without_a_credential_is_a_400_in_the_api_shape(client: Client, db: None) -> None:
    response = client.post(VERIFY, {}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_my_certificates_needs_a_login(client: Client, db: None) -> None:
    response = client.get(MINE)
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_my_certificates_lists_the_callers_own(
    finished: Certificate, learner: User, other: User
) -> None:
    body = bearer(learner).get(MINE).json()
    assert body["count"] == 1
    [item] = body["items"]
    code = finished.code
    assert item["code"] == code
    assert item["course_id"] is not None
    assert item["issued_at"].endswith("+08:00")
    assert item["verify_url"] == f"/id/sertifikat/{code}/"
    assert item["pdf_url"] == f"/id/sertifikat/{code}/pdf/"
    assert item["credential_url"] == f"/id/sertifikat/{code}/kredensial/"
    assert bearer(other).get(MINE).json() == {"items": [], "count": 0}


def test_my_certificates_in_english_links_the_english_pages(
    finished: Certificate, learner: User
) -> None:
    client = bearer(learner)
    body = client.get(MINE, headers={"Accept-Language": "en"}).json()
    assert body["items"][0]["verify_url"] == f"/en/sertifikat/{finished.code}/"
