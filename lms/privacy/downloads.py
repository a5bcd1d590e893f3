"""A person's data as a file to save: the same response for the privacy page, a parent's child
page and the API."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from lms.accounts.models import User


def json_attachment(data: dict[str, Any], *, filename: str) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Personal data: no shared cache or browser cache may keep a copy.
    response["Cache-Control"] = "no-store"
    return response


def own_filename() -> str:
    return f"pandu-data-{timezone.localdate().isoformat()}.json"


def child_filename(child: User) -> str:
    """Named after the child, so a parent of several can tell the files apart; ASCII only, as
    every browser reads it in the header."""
    name = slugify(child.get_full_name()) or str(child.pk)
    return f"pandu-data-{name}-{timezone.localdate().isoformat()}.json"
