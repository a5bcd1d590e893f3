"""What a person does in the browser, step by step, through the real pages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from django.core import mail
from django.test import Client
from django.utils import timezone

from lms.accounts.sms import MemorySmsBackend

if TYPE_CHECKING:  # the test client's response type exists only in django-stubs
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

PASSWORD = "kopi pagi di Klandasan"
ADULT_YEAR = timezone.localdate().year - 30
MINOR_YEAR = timezone.localdate().year - 14
AMBIGUOUS_YEAR = timezone.localdate().year - 18


def signup(client: Client, *, contact: str, lang: str = "en", **fields: Any) -> Response:
    data = {
        "full_name": "Siti Aminah",
        "contact": contact,
        "birth_year": str(ADULT_YEAR),
        "password1": PASSWORD,
        "password2": PASSWORD,
        **fields,
    }
    return client.post(f"/{lang}/akun/signup/", data)


def last_sms_code() -> str:
    match = re.search(r"\b(\d{6})\b", MemorySmsBackend.outbox[-1].body)
    assert match, MemorySmsBackend.outbox[-1].body
    return match.group(1)


def email_link() -> str:
    body = str(mail.outbox[-1].body)
    match = re.search(r"https?://[^/\s]+(/\S+)", body)
    assert match, body
    return match.group(1)


def login(client: Client, login: str, password: str = PASSWORD, **extra: Any) -> Response:
    return client.post("/en/akun/login/", {"login": login, "password": password}, **extra)


def logged_in_user_id(client: Client) -> int | None:
    value = client.session.get("_auth_user_id")
    return int(value) if value is not None else None
