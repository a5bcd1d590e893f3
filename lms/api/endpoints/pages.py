"""Page addresses as the API gives them: absolute paths with the language prefix."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page


def page_path(page: Page, request: HttpRequest) -> str:
    """`/id/kursus/aktivasi-ikd/`: the path of the page in its own language, without the host
    (Site root paths are read once per request)."""
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return ""
    return str(parts[2])
