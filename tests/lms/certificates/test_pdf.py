"""The PDF: A4 landscape, one page, in Indonesian, with the learner's name, the course, its hours,
the date, the issuer and signatory, the code and a QR code to the verification page; nothing is
fetched from the network."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.utils import timezone

from lms.certificates import pdf
from lms.certificates.models import Certificate, Issuer
from tests.factories import make_image

pytestmark = pytest.mark.django_db


def test_the_html_has_everything_the_certificate_says(finished: Certificate) -> None:
    html = pdf.html(finished)
    assert 'lang="id"' in html
    for text in (
        "SERTIFIKAT",
        "Wulan Lestari",
        "Aktivasi IKD",
        "30 menit",
        f"{timezone.localtime(finished.issued_at):%Y}",
        "Pemerintah Kota Balikpapan",
        "Kepala Dinas Komunikasi dan Informatika",
        finished.code,
        "http://testserver/id/sertifikat/periksa/",  # where to type the code in
        "data:image/svg+xml",  # the QR code, embedded
    ):
        assert text in html, text
    assert "http://" not in html.replace("http://testserver/id/sertifikat/periksa/", "")
    assert "https://" not in html


def test_the_qr_code_points_at_the_verification_page(finished: Certificate, client: Client) -> None:
    url = pdf.verify_url(finished)
    assert url == f"http://testserver/id/sertifikat/{finished.code}/"
    assert pdf.context(finished)["qr"] == pdf.qr_data_url(url)
    assert pdf.qr_data_url(url) in pdf.html(finished)
    assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_nothing_is_fetched_but_embedded_data() -> None:
    fetcher = pdf.fetcher()
    for url in ("http://example.com/x.png", "https://example.com/font.woff", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(url)


def test_the_pdf_is_one_a4_landscape_page(finished: Certificate) -> None:
    document = pdf.document(finished)
    [page] = document.pages
    # CSS pixels, 96 per inch: 297 mm by 210 mm.
    assert round(page.width * 25.4 / 96) == 297
    assert round(page.height * 25.4 / 96) == 210
    assert default_storage.open(finished.pdf_name).read(5) == b"%PDF-"


def test_an_issuer_logo_is_embedded(finished: Certificate) -> None:
    Issuer.objects.filter(pk=finished.issuer_id).update(logo=make_image("Logo kota"))
    finished = Certificate.objects.select_related("issuer__logo").get(pk=finished.pk)
    assert "data:image/png;base64," in pdf.html(finished)
    assert pdf.render(finished).startswith(b"%PDF-")


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found is not None, name
    return found


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_the_pdf_text_reads_back(finished: Certificate, tmp_path: Path) -> None:
    path = tmp_path / "sertifikat.pdf"
    path.write_bytes(default_storage.open(finished.pdf_name).read())
    info = subprocess.run(  # noqa: S603 - a fixed program on a file the test wrote
        [tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           1" in info
    assert "842 x 595" in info or "841.89 x 595.276" in info
    text = subprocess.run(  # noqa: S603
        [tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "SERTIFIKAT",
        "diberikan kepada",
        "Wulan Lestari",
        "Aktivasi IKD",
        "30 menit",
        "Pemerintah Kota Balikpapan",
        "Kepala Dinas Komunikasi dan Informatika",
        finished.code,
    ):
        assert expected in text, expected
    fonts = subprocess.run(  # noqa: S603
        [tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVu" in fonts
