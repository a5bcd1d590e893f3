"""Ordering: shuffled on the server, never shown in the right order, graded on the server."""

from __future__ import annotations

import html
import itertools
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils.translation import gettext
from hypothesis import given
from hypothesis import strategies as st
from pytest_django import Settings

from content.xblocks.ordering import new_order, score_order
from content.xblocks.runtime import render_student_view

from .conftest import MC, SAMPLE_TYPES, Activity, make_learner, new_usage_id

pytestmark = pytest.mark.django_db

ORD = "pandu_ordering"
STEPS = [
    "Unduh aplikasi IKD dari Play Store",
    "Isi NIK, email, dan nomor HP",
    "Pindai kode QR di kantor Dukcapil",
    "Masukkan kode aktivasi dari email",
    "Buat PIN enam angka",
]


@pytest.fixture(autouse=True)
def _allow_ordering(settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, ORD, *SAMPLE_TYPES]


def ord_fields(steps: list[str] = STEPS, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "question": "Urutkan langkah mengaktifkan IKD.",
        "items": [
            {"id": f"step-{n}-{uuid.uuid4().hex[:6]}", "text": t} for n, t in enumerate(steps)
        ],
        "max_attempts": 3,
        "allow_retry": True,
        "pass_threshold": 1.0,
    }
    fields.update(overrides)
    return fields


def activity(learner: int | None, **overrides: Any) -> Activity:
    return Activity(
        usage_id=new_usage_id(), user_id=learner, fields=ord_fields(**overrides), block_type=ORD
    )


@dataclass
class Form:
    token: str
    items: dict[str, str]  # text -> opaque id, in the order shown

    @property
    def order(self) -> list[str]:
        return list(self.items)

    def ids(self, texts: list[str]) -> list[str]:
        return [self.items[text] for text in texts]


_ITEM = re.compile(r'data-id="([^"]+)">.*?<span class="pandu-ord__text">([^<]*)</span>', re.S)


def read_form(page: str) -> Form:
    token = re.search(r'data-attempt="([^"]+)"', page)
    assert token, page
    return Form(token[1], {html.unescape(text): item for item, text in _ITEM.findall(page)})


def submit(activity: Activity, form: Form, texts: list[str], **extra: Any) -> tuple[int, Any]:
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "order": form.ids(texts),
        **extra,
    }
    return activity.post("submit", payload)


# --- Scoring and shuffling --------------------------------------------------------------------


def test_the_score_is_the_share_of_items_in_their_right_place() -> None:
    right = ["a", "b", "c", "d"]
    assert score_order(correct=right, given=["a", "b", "c", "d"]) == 1.0
    assert score_order(correct=right, given=["a", "b", "d", "c"]) == 0.5
    assert score_order(correct=right, given=["b", "c", "d", "a"]) == 0.0
    assert score_order(correct=right, given=["a", "b", "c"]) == 0.0


keys = st.lists(st.text(min_size=1, max_size=4), min_size=2, max_size=8, unique=True)


@given(data=st.data(), correct=keys)
def test_a_new_order_is_never_the_right_one_nor_the_last_one(
    data: st.DataObject, correct: list[str]
) -> None:
    previous = data.draw(st.permutations(correct))
    order = new_order(correct, previous=previous)
    assert sorted(order) == sorted(correct)
    assert order != correct
    if len(correct) >= 3:
        assert order != previous


def test_with_three_items_every_other_order_comes_up() -> None:
    correct = ["a", "b", "c"]
    seen = {tuple(new_order(correct)) for _ in range(200)}
    assert seen == set(itertools.permutations(correct)) - {tuple(correct)}


# --- The form ---------------------------------------------------------------------------------


def test_each_item_has_up_and_down_buttons_named_after_it(learner: int) -> None:
    quiz = activity(learner)
    page = html.unescape(quiz.render())
    form = read_form(page)
    assert sorted(form.order) == sorted(STEPS)
    for text in STEPS:
        assert f'aria-label="{gettext("Move up: %(item)s") % {"item": text}}"' in page
        assert f'aria-label="{gettext("Move down: %(item)s") % {"item": text}}"' in page
    # The first item cannot go up, the last cannot go down, and the buttons say so.
    assert page.count('aria-disabled="true"') == 2
    first_up = re.search(r'data-pandu-ord-move="up" aria-label="([^"]+)" aria-disabled', page)
    assert first_up
    assert first_up[1] == gettext("Move up: %(item)s") % {"item": form.order[0]}


def test_the_items_are_never_shown_in_the_right_order(db: None) -> None:
    for number in range(30):
        quiz = Activity(
            usage_id=new_usage_id(),
            user_id=make_learner(f"warga{number}"),
            fields=ord_fields(STEPS[:3]),
            block_type=ORD,
        )
        assert read_form(quiz.render()).order != STEPS[:3]


def test_each_attempt_has_a_new_order_and_new_ids(learner: int) -> None:
    quiz = activity(learner, max_attempts=0)
    forms = [read_form(quiz.render())]
    for _ in range(6):
        submit(quiz, forms[-1], forms[-1].order)
        _status, result = quiz.post("retry", {})
        assert result["message"] == gettext(
            "The items are in a new order. Put them in order again."
        )
        forms.append(read_form(result["html"]))
    for previous, current in itertools.pairwise(forms):
        assert current.order != previous.order
        assert current.order != STEPS
        assert current.token != previous.token
    ids = [item for form in forms for item in form.items.values()]
    assert len(ids) == len(set(ids)) == 7 * 5


def test_an_editor_who_reorders_the_items_into_the_shown_order_opens_a_new_attempt(
    learner: int,
) -> None:
    fields = ord_fields()
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=fields, block_type=ORD)
    old = read_form(quiz.render())
    texts = {item["text"]: item for item in fields["items"]}
    quiz.fields = {**fields, "items": [texts[text] for text in old.order]}
    new = read_form(quiz.render())
    assert new.token != old.token
    assert new.order != old.order
    assert submit(quiz, old, old.order)[0] == 409


# --- Grading ----------------------------------------------------------------------------------


def test_the_right_order_scores_1(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    status, result = submit(quiz, read_form(quiz.render()), STEPS)
    assert status == 200
    assert result["score"] == 1.0
    assert result["passed"] is True
    assert [(call["score"], call["block_type"]) for call in scored] == [(1.0, ORD)]


def test_a_partly_right_order_scores_the_items_in_place_and_hides_the_right_order(
    learner: int,
) -> None:
    quiz = activity(learner)
    given_order = [STEPS[0], STEPS[1], STEPS[3], STEPS[2], STEPS[4]]
    _status, result = submit(quiz, read_form(quiz.render()), given_order)
    assert result["score"] == pytest.approx(3 / 5)
    review = html.unescape(result["html"])
    assert review.count(gettext("In the right place")) == 3
    assert review.count(gettext("Not in the right place")) == 2
    # The learner's order, as they left it.
    shown = re.findall(r'pandu-ord__number">\d+\.</span> ([^<]+)</span>', review)
    assert shown == given_order
    assert gettext("The right order:") not in review


def test_the_right_order_is_shown_once_no_attempt_is_left(learner: int) -> None:
    quiz = activity(learner, allow_retry=False)
    given_order = list(reversed(STEPS))
    _status, result = submit(quiz, read_form(quiz.render()), given_order)
    assert result["finished"] is True
    review = html.unescape(result["html"])
    assert gettext("The right order:") in review
    shown = re.findall(r'pandu-ord__number">\d+\.</span> ([^<]+)</span>', review)
    assert shown == given_order + STEPS


def test_the_attempts_limit_is_kept(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner, max_attempts=2)
    first = read_form(quiz.render())
    submit(quiz, first, first.order)
    _status, result = quiz.post("retry", {})
    second = read_form(result["html"])
    _status, result = submit(quiz, second, second.order)
    assert result["finished"] is True
    assert quiz.post("retry", {})[0] == 403
    before = quiz.state()
    status, answer = submit(quiz, second, STEPS)
    assert status == 403
    assert answer["error"] == gettext("You have no attempts left.")
    assert quiz.state() == before
    assert len(scored) == 2


# --- Nothing given away before the learner submits --------------------------------------------


def whole_page(quiz: Activity) -> str:
    fragment = render_student_view(quiz.block())
    return str(fragment.head_html() + fragment.body_html() + fragment.foot_html())


def without_ids(page: str) -> str:
    """The page without what changes between attempts: ids, token, and the items' order."""
    page = " ".join(page.split())
    page = re.sub(r'data-id="[A-Za-z0-9_-]{16}"', 'data-id="ID"', page)
    page = re.sub(r'data-attempt="[^"]+"', 'data-attempt="TOKEN"', page)
    page = page.replace(' aria-disabled="true"', "")
    head, rest = page.split("data-pandu-ord-list>", 1)
    items, tail = rest.split("</ol>", 1)
    return head + "".join(sorted(item.strip() for item in items.split("<li"))) + tail


def test_the_page_is_the_same_whatever_the_right_order_is(db: None) -> None:
    usage_id = new_usage_id()
    fields = ord_fields()

    def page(items: list[dict[str, str]], username: str) -> str:
        quiz = Activity(
            usage_id=usage_id,
            user_id=make_learner(username),
            fields={**fields, "items": items},
            block_type=ORD,
        )
        return without_ids(whole_page(quiz))

    items = fields["items"]
    assert page(items, "a") == page([items[3], items[0], items[4], items[2], items[1]], "b")


def test_no_right_order_nor_editor_ids_in_the_page_nor_in_the_retry_json(learner: int) -> None:
    fields = ord_fields()
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=fields, block_type=ORD)
    page = whole_page(quiz)
    for item in fields["items"]:
        assert item["id"] not in page
    assert read_form(page).order != STEPS
    args = [
        json.loads(html.unescape(found)) for found in re.findall(r'data-init-args="([^"]*)"', page)
    ]
    assert args
    assert not any(step in json.dumps(args, ensure_ascii=False) for step in STEPS)
    submit(quiz, read_form(page), read_form(page).order)
    _status, retry = quiz.post("retry", {})
    assert read_form(retry["html"]).order != STEPS
    for item in fields["items"]:
        assert item["id"] not in json.dumps(retry)


def test_the_javascript_and_css_name_no_item(learner: int, client: Any) -> None:
    fragment = render_student_view(activity(learner).block())
    bodies = [
        client.get(resource.data).content.decode()
        for resource in fragment.resources
        if "/xblock/" in resource.data
    ]
    assert any("PanduOrdering" in body for body in bodies)
    for body in bodies:
        assert not any(step in body for step in STEPS)


# --- Tampering and replay ---------------------------------------------------------------------


def test_a_posted_score_gains_nothing(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    form = read_form(quiz.render())
    wrong = list(reversed(STEPS))
    _status, result = submit(quiz, form, wrong, score=1.0, value=1, correct=True)
    assert result["score"] == pytest.approx(1 / 5)  # the middle step stays in place
    assert [call["score"] for call in scored] == [pytest.approx(1 / 5)]


def test_ids_from_another_attempt_are_refused(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    first = read_form(quiz.render())
    submit(quiz, first, first.order)
    _status, result = quiz.post("retry", {})
    second = read_form(result["html"])
    before = quiz.state()
    mixed = {
        "submission_id": str(uuid.uuid4()),
        "attempt": second.token,
        "order": first.ids(STEPS),
    }
    status, answer = quiz.post("submit", mixed)
    assert status == 400
    assert answer["error"]
    assert submit(quiz, first, STEPS)[0] == 409
    assert quiz.state() == before
    assert len(scored) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda ids: ids[:-1],
        lambda ids: [*ids, ids[0]],
        lambda ids: [ids[0], *ids[:-1]],
        lambda ids: [*ids[:-1], "not-an-id"],
        lambda ids: ",".join(ids),
        lambda ids: [1, 2, 3, 4, 5],
        lambda ids: [],
    ],
    ids=["missing", "extra", "repeated", "unknown", "text", "numbers", "empty"],
)
def test_bad_submissions_change_nothing(
    learner: int, scored: list[dict[str, Any]], change: Any
) -> None:
    quiz = activity(learner)
    form = read_form(quiz.render())
    before = quiz.state()
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "order": change(form.ids(STEPS)),
    }
    status, answer = quiz.post("submit", payload)
    assert status == 400
    assert answer["error"]
    assert quiz.state() == before
    assert scored == []


def test_a_retried_submission_returns_the_same_result_and_uses_no_attempt(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    quiz = activity(learner)
    form = read_form(quiz.render())
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "order": form.ids([STEPS[1], STEPS[0], *STEPS[2:]]),
    }
    first = quiz.post("submit", payload)
    state = quiz.state()
    second = quiz.post("submit", payload)
    third = quiz.post("submit", {**payload, "order": form.ids(STEPS)})
    assert first == second == third
    assert first[1]["score"] == pytest.approx(3 / 5)
    assert first[1]["attempts_used"] == 1
    assert quiz.state() == state
    assert len(scored) == 1


# --- Editors' mistakes, visitors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"question": ""}, "Write the question."),
        ({"steps": STEPS[:1]}, "Give at least three items to put in order."),
        ({"steps": STEPS[:2]}, "Give at least three items to put in order."),
        ({"steps": [*STEPS[:2], "  "]}, "Every item needs a text."),
        (
            {"steps": [*STEPS[:2], STEPS[0].upper()]},
            "Two items have the same text, so either could be first. Make each different.",
        ),
        ({"pass_threshold": 2.0}, "The pass mark must be from 0 to 1."),
    ],
)
def test_a_broken_activity_tells_the_editor_and_the_learner(
    learner: int, overrides: dict[str, Any], problem: str
) -> None:
    quiz = activity(learner, **overrides)
    messages = [message.text for message in quiz.block().validate().messages]
    assert gettext(problem) in messages
    page = quiz.render()
    assert gettext("This activity is not ready yet.") in page
    assert "data-pandu-activity-form" not in page
    assert quiz.post("submit", {"submission_id": str(uuid.uuid4())})[0] == 409


def test_a_sound_activity_validates(learner: int) -> None:
    assert activity(learner).block().validate().messages == []


def test_a_visitor_answers_from_their_own_state_and_sends_no_signal(
    db: None, scored: list[dict[str, Any]]
) -> None:
    session: dict[str, Any] = {}
    quiz = Activity(
        usage_id=new_usage_id(),
        user_id=None,
        fields=ord_fields(),
        block_type=ORD,
        visitor_state=session,
    )
    _status, result = submit(quiz, read_form(quiz.render()), STEPS)
    assert result["score"] == 1.0
    assert session[quiz.usage_id]["state"]["attempts_used"] == 1
    json.dumps(session)
    assert scored == []
