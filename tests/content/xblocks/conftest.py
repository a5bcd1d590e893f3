"""Activities as the lms will use them: load a block for a person, render it, call its handlers."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import webob
from django.contrib.auth import get_user_model
from pytest_django import Settings

from content.signals import activity_scored
from content.xblocks.ids import make_usage_id
from content.xblocks.runtime import handle, load_block, render_student_view

MC = "pandu_multiple_choice"
HANDLER_URL = "/api/v1/xblock/{usage_id}/handler/{handler}"
SAMPLE_TYPES = ["thumbs", "view_counter_demo", "helloworld_demo"]

RIGHT_FEEDBACK = "Benar: Nusantara adalah ibu kota baru."
WRONG_FEEDBACK = "Bukan: Jakarta tidak lagi menjadi ibu kota."


@pytest.fixture(autouse=True)
def _xblock_settings(settings: Settings) -> None:
    settings.ROOT_URLCONF = "tests.content.urls"
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, *SAMPLE_TYPES]
    settings.PANDU_XBLOCK_HANDLER_URL = HANDLER_URL
    settings.PANDU_XBLOCK_ALLOW_INLINE_RESOURCES = False


def mc_fields(**overrides: Any) -> dict[str, Any]:
    """A single-answer question, in Indonesian; option ids as StreamField list items have."""
    fields: dict[str, Any] = {
        "question": "Apa nama ibu kota baru Indonesia?",
        "options": [
            {"id": "opt-jkt", "text": "Jakarta", "correct": False, "feedback": WRONG_FEEDBACK},
            {"id": "opt-ikn", "text": "Nusantara", "correct": True, "feedback": RIGHT_FEEDBACK},
            {
                "id": "opt-bpn",
                "text": "Balikpapan",
                "correct": False,
                "feedback": "Kota penyangga.",
            },
            {
                "id": "opt-smd",
                "text": "Samarinda",
                "correct": False,
                "feedback": "Ibu kota Kaltim.",
            },
        ],
        "multiple_answers": False,
        "max_attempts": 3,
        "allow_retry": True,
        "pass_threshold": 1.0,
    }
    fields.update(overrides)
    return fields


def multi_fields(**overrides: Any) -> dict[str, Any]:
    """Several answers: two of five options are correct."""
    return mc_fields(
        question="Dokumen mana yang ada di aplikasi IKD?",
        options=[
            {"id": "opsi-ktp-01", "text": "KTP digital", "correct": True, "feedback": "Ya, KTP."},
            {"id": "opsi-kk-02", "text": "Kartu Keluarga", "correct": True, "feedback": "Ya, KK."},
            {
                "id": "opsi-sim-03",
                "text": "SIM",
                "correct": False,
                "feedback": "SIM ada di aplikasi lain.",
            },
            {
                "id": "opsi-pajak-04",
                "text": "Pajak kendaraan",
                "correct": False,
                "feedback": "Bukan.",
            },
            {"id": "opsi-bpjs-05", "text": "Kartu BPJS", "correct": False, "feedback": "Bukan."},
        ],
        multiple_answers=True,
        **overrides,
    )


def new_usage_id(block_id: str = "blok-1") -> str:
    return make_usage_id(translation_key=uuid.uuid4(), block_id=block_id)


def make_learner(username: str = "warga") -> int:
    user = get_user_model().objects.create_user(username=username, password=None)
    return int(user.pk)


@dataclass
class Activity:
    """One activity for one person, loaded afresh for every request, as the lms will."""

    usage_id: str
    user_id: int | None
    fields: dict[str, Any]
    block_type: str = MC
    language: str = "id"
    visitor_state: dict[str, Any] | None = None

    def block(self) -> Any:
        return load_block(
            block_type=self.block_type,
            usage_id=self.usage_id,
            fields=self.fields,
            user_id=self.user_id,
            language=self.language,
            visitor_state=self.visitor_state,
        )

    def render(self) -> str:
        html: str = render_student_view(self.block()).body_html()
        return html

    def post(self, handler: str, payload: Any) -> tuple[int, dict[str, Any]]:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        request = webob.Request.blank(
            "/", method="POST", body=body, content_type="application/json"
        )
        response = handle(self.block(), handler, request)
        return response.status_code, json.loads(response.body)

    def state(self) -> dict[str, Any]:
        block = self.block()
        return {
            "attempts_used": block.attempts_used,
            "attempt": block.attempt,
            "submissions": block.submissions,
            "best_score": block.best_score,
        }


@dataclass
class Form:
    token: str
    choices: dict[str, str]  # label text -> opaque id, in the order shown

    @property
    def order(self) -> list[str]:
        return list(self.choices)


_CHOICE = re.compile(
    r'value="([^"]+)">\s*<label class="pandu-mc__label" for="[^"]+">([^<]*)</label>'
)


def read_form(html: str) -> Form:
    token = re.search(r'data-attempt="([^"]+)"', html)
    assert token, html
    return Form(token[1], {text: value for value, text in _CHOICE.findall(html)})


def submit(activity: Activity, form: Form, *texts: str, **extra: Any) -> tuple[int, dict[str, Any]]:
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "choices": [form.choices[text] for text in texts],
        **extra,
    }
    return activity.post("submit", payload)


@pytest.fixture
def scored() -> Iterator[list[dict[str, Any]]]:
    """Every `activity_scored` signal sent during the test, with its arguments."""
    calls: list[dict[str, Any]] = []

    def receiver(sender: Any, **kwargs: Any) -> None:
        calls.append({"sender": sender, **kwargs})

    activity_scored.connect(receiver, dispatch_uid="tests-scored")
    yield calls
    activity_scored.disconnect(dispatch_uid="tests-scored")


@pytest.fixture
def learner(db: None) -> int:
    return make_learner()
