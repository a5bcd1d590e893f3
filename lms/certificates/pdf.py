"""The certificate as a PDF: A4 landscape, in Indonesian, drawn by WeasyPrint from
templates/certificates/certificate_pdf.html. Nothing is fetched from anywhere: the fonts are the
system's (DejaVu, from Debian's fonts-dejavu-core), the QR code and the logo are embedded as data
URLs, and the URL fetcher refuses every other scheme (http, https, file)."""

from __future__ import annotations

import base64
import logging
from typing import Any

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from .credentials import duration_text
from .models import Certificate

logger = logging.getLogger(__name__)

TEMPLATE = "certificates/certificate_pdf.html"
LOGO_RENDITION = "max-600x300|format-png"


def verify_url(certificate: Certificate) -> str:
    """The public verification page, in Indonesian, as an absolute URL (the QR code's target)."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certificates:verify", kwargs={"code": certificate.code})
    return f"{settings.PANDU_BASE_URL.rstrip('/')}{path}"


def check_url() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certificates:check")
    return f"{settings.PANDU_BASE_URL.rstrip('/')}{path}"


def qr_data_url(url: str) -> str:
    return str(segno.make(url, error="m").svg_data_uri(scale=4, border=2))


def _logo_data_url(certificate: Certificate) -> str:
    logo = certificate.issuer.logo
    if logo is None:
        return ""
    try:
        rendition = logo.get_rendition(LOGO_RENDITION)
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        logger.warning("The logo of issuer %s could not be read", certificate.issuer_id)
        return ""
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def context(certificate: Certificate) -> dict[str, Any]:
    url = verify_url(certificate)
    with translation.override(settings.LANGUAGE_CODE):
        issued_on = formats.date_format(timezone.localtime(certificate.issued_at), "j F Y")
    return {
        "certificate": certificate,
        "issuer": certificate.issuer,
        "issued_on": issued_on,
        "duration": duration_text(certificate.duration_minutes),
        "verify_url": url,
        # Where to type the code in, printed without it: one line, no breaks inside a word.
        "verify_prefix": check_url(),
        "qr": qr_data_url(url),
        "logo": _logo_data_url(certificate),
    }


def html(certificate: Certificate) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(TEMPLATE, context(certificate))


def fetcher() -> URLFetcher:
    """Data URLs only: never the network, never the file system."""
    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False, timeout=1)


def document(certificate: Certificate) -> Any:
    """The laid-out document (WeasyPrint's Document: its pages and their sizes)."""
    return HTML(string=html(certificate), url_fetcher=fetcher(), base_url=None).render()


def render(certificate: Certificate) -> bytes:
    pdf: bytes = document(certificate).write_pdf()
    return pdf
