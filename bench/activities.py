"""What the load test's learners do with a lesson's activities: find them in the page's HTML and
answer them as the browser's scripts would (content/static/content/xblock/runtime.js,
content/xblocks/static/activity.js and each type's script).

Each activity is an element with ``data-handler-url`` (``{handler}`` still to fill in) around the
activity's body: an open attempt's form (``data-attempt`` carries its token), or the result of
the last one, with a "try again" button while attempts are left. Answers are made up (a random
option, a word typed): the server grades them; what counts here is that they are the shape the
scripts send. tests/bench/test_bench.py checks these against the real pages.
"""

from __future__ import annotations

import html
import random
import re
import uuid
from dataclasses import dataclass
from typing import Any

_HANDLER_URL = re.compile(r'data-handler-url="([^"]+)"')
_ATTEMPT = re.compile(r'data-attempt="([^"]+)"')
_SCREEN = re.compile(r'data-screen="([^"]+)"')
_MC_INPUT = re.compile(
    r'<input class="pandu-mc__input" type="(?:radio|checkbox)"[^>]*\svalue="([^"]*)"'
)
_FB_BOX = re.compile(r'<input class="pandu-fb__input[^"]*"[^>]*\sname="([^"]+)"')
_ORD_ITEM = re.compile(r'data-pandu-ord-item data-id="([^"]+)"')
_MATCH_SELECT = re.compile(r'<select class="pandu-match__select"[^>]*\sname="([^"]+)"')
_OPTION = re.compile(r'<option value="([^"]+)"')
_SIM_AREA = re.compile(r'data-pandu-sim-area="([^"]+)"')
# Typed into every box: a wrong answer is as good a load as a right one.
TYPED = "jawaban"


@dataclass(frozen=True)
class Activity:
    """One activity as the page shows it to this person."""

    handler_url: str  # with {handler}
    body: str  # the HTML from this activity's element to the next activity's

    def url(self, handler: str) -> str:
        return self.handler_url.replace("{handler}", handler)

    @property
    def can_retry(self) -> bool:
        return "data-pandu-activity-retry" in self.body


def activities_in(page: str) -> list[Activity]:
    """The activities of a page, in order."""
    parts = _HANDLER_URL.split(page)
    # split() alternates: text before the first URL, then (URL, the HTML after it) pairs.
    return [
        Activity(handler_url=html.unescape(url), body=body)
        for url, body in zip(parts[1::2], parts[2::2], strict=True)
    ]


def _values(pattern: re.Pattern[str], text: str) -> list[str]:
    return [html.unescape(value) for value in pattern.findall(text)]


def answer(form: str, rng: random.Random | None = None) -> tuple[str, dict[str, Any]] | None:
    """The handler and the JSON body the browser sends to answer the open attempt in `form`
    (an activity's body, or the HTML a "retry" returned), or None if it holds no open attempt."""
    rng = rng or random.Random()
    token = _ATTEMPT.search(form)
    if token is None:
        return None
    attempt = html.unescape(token[1])
    if "data-pandu-sim" in form:
        screen = _SCREEN.search(form)
        areas = _values(_SIM_AREA, form)
        step: dict[str, Any] = {"area": rng.choice(areas)} if areas else {"text": TYPED}
        if screen is None:
            return None
        return "step", {
            "step_id": str(uuid.uuid4()),
            "attempt": attempt,
            "screen": html.unescape(screen[1]),
            **step,
        }
    fields: dict[str, Any]
    if options := _values(_MC_INPUT, form):
        fields = {"choices": [rng.choice(options)]}
    elif boxes := _values(_FB_BOX, form):
        fields = {"answers": dict.fromkeys(boxes, TYPED)}
    elif items := _values(_ORD_ITEM, form):
        fields = {"order": rng.sample(items, len(items))}
    elif terms := _values(_MATCH_SELECT, form):
        meanings = _values(_OPTION, form)
        fields = {"matches": {term: rng.choice(meanings) for term in terms}}
    else:
        return None
    return "submit", {"submission_id": str(uuid.uuid4()), "attempt": attempt, **fields}
