"""The public verification page in each state, without a login and without personal data beyond
the certificate's own; downloads for the owner only."""

from __future__ import annotations

import io

import pytest
from django.test import Client

from lms.accounts.models import User
from lms.certificates import services
from lms.certificates.models import Certificate

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

PRIVATE = ("wulan@contoh.id", "+6281299990001", "6281299990001", "1990", "wulan<")


def page(client: Client, certificate: Certificate) -> str:
    response = client.get(f"/id/sertifikat/{certificate.code}/")
    assert response.status_code == 200
    assert (
        response["Cache-Control"].startswith("no-store") or "no-store" in response["Cache-Control"]
    )
    return response.content.decode()


def assert_no_private_data(html: str) -> None:
    for private in PRIVATE:
        assert private not in html, private


def test_a_valid_certificate(client: Client, finished: Certificate) -> None:
    html = page(client, finished)
    assert 'data-state="valid"' in html
    assert "Wulan Lestari" in html
    assert "Aktivasi IKD" in html
    assert "Pemerintah Kota Balikpapan" in html
    assert finished.code in html
    assert_no_private_data(html)
    assert 'name="file"' in html  # the form to check another one
    # A stranger gets no download links.
    assert f"/sertifikat/{finished.code}/pdf/" not in html


def test_a_revoked_certificate_shows_the_date_and_reason(
    client: Client, finished: Certificate
) -> None:
    services.certificate_revoke(
        certificate=finished, reason="Nama peserta salah ketik", revoked_by=None
    )
    finished.refresh_from_db()
    html = page(client, finished)
    assert "Nama peserta salah ketik" in html
    assert finished.revoked_at is not None
    assert f"{finished.revoked_at:%Y}" in html
    assert 'data-state="revoked"' in html
    assert_no_private_data(html)


def test_an_unknown_code(client: Client, db: None) -> None:
    response = client.get("/id/sertifikat/kode-yang-tidak-ada-sama-sekali-123/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'data-state="unknown"' in html
    assert 'name="file"' in html  # the check form, to try again


def test_an_uploaded_credential_valid_and_invalid(client: Client, finished: Certificate) -> None:
    upload = io.BytesIO(finished.credential.encode())
    upload.name = "sertifikat.jwt"
    response = client.post("/id/sertifikat/periksa/", {"file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-state="valid"' in html
    assert "Wulan Lestari" in html
    assert_no_private_data(html)

    head, payload, signature = finished.credential.split(".")
    tampered = io.BytesIO(f"{head}.{payload}.{signature[:-2]}AA".encode())
    tampered.name = "sertifikat.jwt"
    response = client.post("/id/sertifikat/periksa/", {"file": tampered})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'data-state="invalid"' in html
    assert "Wulan Lestari" not in html

    garbage = io.BytesIO(b"\xff\xfe bukan kredensial")
    garbage.name = "x.jwt"
    assert client.post("/id/sertifikat/periksa/", {"file": garbage}).status_code == 400


def test_a_pasted_credential_and_a_typed_code(client: Client, finished: Certificate) -> None:
    response = client.post("/id/sertifikat/periksa/", {"credential": finished.credential})
    assert response.status_code == 200
    response = client.post("/id/sertifikat/periksa/", {"code": f" {finished.code} "})
    assert response.status_code == 302
    assert response["Location"] == f"/id/sertifikat/{finished.code}/"
    assert client.post("/id/sertifikat/periksa/", {}).status_code == 400
    assert client.post("/id/sertifikat/periksa/", {"code": "ab/cd ef"}).status_code == 400
    assert client.get("/id/sertifikat/periksa/").status_code == 200


def test_only_the_owner_downloads_the_pdf_and_the_credential(
    client: Client, finished: Certificate, learner: User, other: User
) -> None:
    urls = (f"/id/sertifikat/{finished.code}/pdf/", f"/id/sertifikat/{finished.code}/kredensial/")
    for url in urls:
        assert client.get(url).status_code == 404
    client.login(username=other.username, password=PASSWORD)
    for url in urls:
        assert client.get(url).status_code == 404
    client.login(username=learner.username, password=PASSWORD)
    pdf = client.get(urls[0])
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")  # type: ignore[attr-defined]
    credential = client.get(urls[1])
    assert credential.status_code == 200
    assert credential.content.decode() == finished.credential
    assert "attachment" in credential["Content-Disposition"]
    html = page(client, finished)
    assert urls[0] in html


def test_the_pdf_is_made_on_download_when_the_task_has_not_run_yet(
    client: Client, finished: Certificate, learner: User
) -> None:
    Certificate.objects.filter(pk=finished.pk).update(pdf="")
    client.login(username=learner.username, password=PASSWORD)
    response = client.get(f"/id/sertifikat/{finished.code}/pdf/")
    assert response.status_code == 200
    finished.refresh_from_db()
    assert finished.pdf_name


def test_the_issuer_documents_of_an_unknown_issuer_are_404(client: Client, db: None) -> None:
    # Django's LocaleMiddleware first sends a 404 outside the language prefix to /id/…, which
    # is not found either.
    for suffix in ("", "/jwks.json", "/revocations"):
        url = f"/credentials/issuers/00000000-0000-0000-0000-000000000000{suffix}"
        assert client.get(url, follow=True).status_code == 404
