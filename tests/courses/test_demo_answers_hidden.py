"""Every activity of the demo catalog, rendered for a learner who has not answered yet, gives no
answer away: not in its HTML, not in the JSON handed to its script, not in the scripts and styles
it loads."""

from __future__ import annotations

import html
import json
import re
import uuid
from typing import Any

import pytest
from django.test import Client

from content.activities import ActivityBlock, load_activity, the_activity
from content.xblocks import registry
from content.xblocks.resources import read_resource
from content.xblocks.runtime import render_student_view
from courses.demo import loader, spec
from tests.courses.test_demo_activities import stored
from tests.factories import make_image

pytestmark = pytest.mark.django_db
LESSON_KEY = uuid.UUID("6b1f7c2e-1d0a-4c1e-9f51-0d8a6a1b2c3d")


def rendered(fragment: Any, block_type: str) -> tuple[str, str]:
    """The page text a browser gets (HTML and the scripts' JSON arguments), and the text of the
    files the fragment loads."""
    page = fragment.head_html() + fragment.body_html() + fragment.foot_html()
    files = []
    block_class = registry.load_block_class(block_type)
    for resource in fragment.resources:
        match = re.search(r"/xblock/resource/[^/]+/[^/]+/(.+)$", resource.data)
        if match:
            files.append(read_resource(block_class, match.group(1))[0].decode())
    return html.unescape(page), "\n".join(files)


def words(text: str) -> str:
    return " ".join(text.split()).casefold()


def contains(haystack: str, secret: str) -> bool:
    """Whether `secret` is in `haystack` as a whole word or number: an opaque id such as
    "x72hge…" does not contain the answer "72"."""
    pattern = r"(?<![0-9a-z])" + re.escape(words(secret)) + r"(?![0-9a-z])"
    return re.search(pattern, haystack) is not None


def secrets(block_type: str, fields: dict[str, Any]) -> list[str]:
    """What the learner must not see before answering."""
    found: list[str] = []
    if block_type == "pandu_multiple_choice":
        found += [o["feedback"] for o in fields["options"] if o.get("feedback")]
    elif block_type == "pandu_fill_blank":
        for blank in fields["blanks"]:
            found += [answer for answer in blank["answers"] if len(answer.strip()) >= 2]
            found += [blank["feedback"]] if blank.get("feedback") else []
    elif block_type == "pandu_app_simulation":
        for screen in fields["screens"]:
            found += [screen["hint"], screen.get("success") or ""]
            found += [answer for answer in screen["answers"] if len(answer.strip()) >= 2]
    return [secret for secret in found if secret.strip()]


@pytest.mark.parametrize(("activity", "key"), stored())
def test_no_answer_is_sent_before_the_learner_answers(
    activity: spec.Activity, key: str, client: Client
) -> None:
    image_pk = make_image().pk if isinstance(activity, spec.AppSimulation) else 0
    raw = loader.activity_block(activity, key=key, image=lambda step: image_pk)
    value = ActivityBlock().to_python(raw["value"])
    found = the_activity(value)
    assert found is not None
    kind, kind_value = found
    fields = kind.xblock_fields(kind_value)
    block = load_activity(
        value,
        usage_id=f"pandu:{LESSON_KEY}:{raw['id']}",
        user_id=None,
        language="id",
        visitor_state={},
    )
    page, files = rendered(render_student_view(block), kind.xblock_type)
    shown = words(page)

    for secret in secrets(kind.xblock_type, fields):
        assert not contains(shown, secret), (key, secret)
        assert not contains(words(files), secret), (key, secret)
    # Nothing marks an option, area or pair as the right one.
    assert not re.search(r"\b(correct|is-right|right-answer)\b[\"'=:]", page), key
    assert '"correct"' not in page
    if kind.xblock_type == "pandu_ordering":
        texts = [item["text"] for item in fields["items"]]
        positions = [shown.index(words(text)) for text in texts]
        assert positions != sorted(positions), f"{key}: shown in the right order"
    if kind.xblock_type == "pandu_matching":
        assert " selected" not in page, key
    if kind.xblock_type == "pandu_app_simulation":
        for screen in fields["screens"]:
            for spot in screen["hotspots"]:
                assert f"{spot['x']:g}%" not in page, key
        assert json.dumps(fields["screens"][0]["hotspots"][0]["label"])[1:-1] in json.dumps(page)
