"""Matching: terms and meanings shuffled apart on the server, graded there, nothing given away."""

from __future__ import annotations

import html
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

from content.xblocks.matching import score_matches
from content.xblocks.runtime import render_student_view

from .conftest import MC, Activity, make_learner, new_usage_id

pytestmark = pytest.mark.django_db

MATCHING = "pandu_matching"
PAIRS = [
    {"id": "pasangan-ktp", "term": "KTP", "meaning": "Kartu Tanda Penduduk"},
    {"id": "pasangan-kk", "term": "KK", "meaning": "Kartu Keluarga"},
    {"id": "pasangan-nik", "term": "NIK", "meaning": "Nomor Induk Kependudukan"},
    {"id": "pasangan-ikd", "term": "IKD", "meaning": "Identitas Kependudukan Digital"},
]
RIGHT = {pair["term"]: pair["meaning"] for pair in PAIRS}


@pytest.fixture(autouse=True)
def _allow_matching(settings: Settings, _xblock_settings: None) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, MATCHING]


def fields(**overrides: Any) -> dict[str, Any]:
    return {
        "question": "Pasangkan singkatan dengan kepanjangannya.",
        "pairs": PAIRS,
        "max_attempts": 3,
        "allow_retry": True,
        "pass_threshold": 0.75,
        **overrides,
    }


def activity(learner: int | None, **overrides: Any) -> Activity:
    return Activity(
        usage_id=new_usage_id(), user_id=learner, fields=fields(**overrides), block_type=MATCHING
    )


@dataclass
class Form:
    token: str
    terms: dict[str, str]  # term text -> its id in this attempt, in the order shown
    meanings: dict[str, str]  # meaning text -> its id in this attempt, in the order offered


_TERM = re.compile(
    r'<label class="pandu-match__term" for="[^"]+">([^<]*)</label>\s*'
    r'<select class="pandu-match__select" id="[^"]+" name="([^"]+)">(.*?)</select>',
    re.S,
)
_OPTION = re.compile(r'<option value="([^"]+)">([^<]*)</option>')


def read_form(page: str) -> Form:
    token = re.search(r'data-attempt="([^"]+)"', page)
    assert token, page
    terms: dict[str, str] = {}
    offered: list[dict[str, str]] = []
    for term, term_id, options in _TERM.findall(page):
        terms[html.unescape(term)] = term_id
        offered.append({html.unescape(text): value for value, text in _OPTION.findall(options)})
    # Every term offers every meaning, in one order.
    assert offered
    assert all(list(each.items()) == list(offered[0].items()) for each in offered)
    return Form(token[1], terms, offered[0])


def answer(
    quiz: Activity, form: Form, chosen: dict[str, str], **extra: Any
) -> tuple[int, dict[str, Any]]:
    """Submit `chosen`, term text -> meaning text."""
    matches = {form.terms[term]: form.meanings[meaning] for term, meaning in chosen.items()}
    return quiz.post(
        "submit",
        {"submission_id": str(uuid.uuid4()), "attempt": form.token, "matches": matches, **extra},
    )


SWAPPED = {**RIGHT, "KTP": "Kartu Keluarga", "KK": "Kartu Tanda Penduduk"}


def your_answer(meaning: str) -> str:
    return gettext("Your answer: %(meaning)s") % {"meaning": meaning}


def right_meaning(meaning: str) -> str:
    return gettext("The right meaning: %(meaning)s") % {"meaning": meaning}


# --- Scoring ---------------------------------------------------------------------------------


def test_the_score_is_the_share_of_right_pairs() -> None:
    assert score_matches({"a": "a", "b": "b"}, 2) == 1.0
    assert score_matches({"a": "b", "b": "a"}, 2) == 0.0
    assert score_matches({"a": "a", "b": "a", "c": "c", "d": "c"}, 4) == 0.5


@given(st.lists(st.integers(0, 5), min_size=2, max_size=6))
def test_a_score_is_between_0_and_1_and_full_only_when_every_pair_is_right(
    chosen: list[int],
) -> None:
    mapping = {str(term): str(meaning) for term, meaning in enumerate(chosen)}
    score = score_matches(mapping, len(chosen))
    assert 0.0 <= score <= 1.0
    assert (score == 1.0) == all(term == meaning for term, meaning in mapping.items())


# --- Grading through the handler -------------------------------------------------------------


def test_every_pair_right_scores_1(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    status, result = answer(quiz, read_form(quiz.render()), RIGHT)
    assert status == 200
    assert result["score"] == 1.0
    assert result["passed"] is True
    assert [call["score"] for call in scored] == [1.0]
    assert [call["sender"].__name__ for call in scored] == ["MatchingBlock"]


def test_two_swapped_meanings_score_half_and_the_review_tells_which(learner: int) -> None:
    quiz = activity(learner)
    status, result = answer(quiz, read_form(quiz.render()), SWAPPED)
    assert status == 200
    assert result["score"] == 0.5
    assert result["passed"] is False
    review = html.unescape(result["html"])
    # Each term with the meaning chosen for it, and a mark.
    assert review.count(f">{gettext('Correct')}</span>") == 2
    assert review.count(f">{gettext('Not correct')}</span>") == 2
    assert your_answer("Kartu Keluarga") in review
    assert your_answer("Kartu Tanda Penduduk") in review
    # Attempts remain: the right meanings of the wrong pairs are not told yet.
    assert right_meaning("Kartu Tanda Penduduk") not in review
    assert right_meaning("Kartu Keluarga") not in review


def test_the_right_meanings_are_shown_once_no_attempt_is_left(learner: int) -> None:
    quiz = activity(learner, allow_retry=False)
    _status, result = answer(quiz, read_form(quiz.render()), SWAPPED)
    assert result["finished"] is True
    review = html.unescape(result["html"])
    assert right_meaning("Kartu Tanda Penduduk") in review
    assert right_meaning("Kartu Keluarga") in review
    assert right_meaning("Nomor Induk Kependudukan") not in review  # that pair was right


def test_one_meaning_chosen_for_every_term_scores_one_pair(learner: int) -> None:
    quiz = activity(learner)
    everything_kk = dict.fromkeys(RIGHT, "Kartu Keluarga")
    _status, result = answer(quiz, read_form(quiz.render()), everything_kk)
    assert result["score"] == 0.25


# --- Nothing given away before the learner submits -------------------------------------------


def whole_page(quiz: Activity) -> str:
    fragment = render_student_view(quiz.block())
    return str(fragment.body_html() + fragment.head_html() + fragment.foot_html())


def test_the_page_offers_every_term_and_meaning_but_no_pairing(learner: int) -> None:
    quiz = activity(learner)
    page = whole_page(quiz)
    form = read_form(page)
    assert sorted(form.terms) == sorted(RIGHT)
    assert sorted(form.meanings) == sorted(RIGHT.values())
    for pair in PAIRS:
        assert pair["id"] not in page  # the editor's ids: their order may tell
    assert "correct" not in page.lower()
    # A term's id is not its meaning's id, nor made from it.
    for term, meaning in RIGHT.items():
        term_id, meaning_id = form.terms[term], form.meanings[meaning]
        assert term_id != meaning_id
        assert term_id not in meaning_id
        assert meaning_id not in term_id
    assert not set(form.terms.values()) & set(form.meanings.values())
    args = re.findall(r'data-init-args="([^"]*)"', page)
    assert all(pair["meaning"] not in html.unescape(found) for found in args for pair in PAIRS)


def normalized(page: str) -> str:
    """The page without what changes from one attempt to the next: ids, token, the orders."""
    page = " ".join(page.split())
    page = re.sub(r'(name|value)="[A-Za-z0-9_-]{16}"', r'\1="ID"', page)
    page = re.sub(r'data-attempt="[^"]+"', 'data-attempt="TOKEN"', page)
    page = re.sub(r'(id|for)="(pa-[0-9a-f]+-\d+)-\d+"', r'\1="\2-N"', page)
    page = re.sub(
        r"(<select[^>]*>)(.*?)(</select>)",
        lambda found: found[1] + "".join(sorted(found[2].split("</option>"))) + found[3],
        page,
    )
    head, rest = page.split('role="list">', 1)
    items, tail = rest.split("</ul>", 1)
    return head + "".join(sorted(item.strip() for item in items.split("<li"))) + tail


def test_the_page_is_the_same_whichever_meaning_goes_with_which_term(db: None) -> None:
    usage_id = new_usage_id()
    rotated = [
        {**pair, "meaning": PAIRS[(index + 1) % len(PAIRS)]["meaning"]}
        for index, pair in enumerate(PAIRS)
    ]
    pages = [
        whole_page(
            Activity(
                usage_id=usage_id,
                user_id=make_learner(username),
                fields=fields(pairs=pairs),
                block_type=MATCHING,
            )
        )
        for username, pairs in (("a", PAIRS), ("b", rotated))
    ]
    assert normalized(pages[0]) == normalized(pages[1])


def test_the_javascript_and_css_name_no_answer(learner: int, client: Any) -> None:
    fragment = render_student_view(activity(learner).block())
    bodies = [client.get(resource.data).content.decode() for resource in fragment.resources]
    assert any("PanduMatching" in body for body in bodies)
    for body in bodies:
        for pair in PAIRS:
            assert pair["meaning"] not in body
            assert pair["id"] not in body


def test_terms_and_meanings_are_shuffled_apart(learner: int) -> None:
    term_orders, meaning_orders, same_place = set(), set(), set()
    for _ in range(12):
        form = read_form(activity(learner).render())
        term_orders.add(tuple(form.terms))
        meaning_orders.add(tuple(form.meanings))
        same_place.add(list(form.terms).index("KK") == list(form.meanings).index("Kartu Keluarga"))
    assert len(term_orders) > 1
    assert len(meaning_orders) > 1
    # A term's place does not tell its meaning's place.
    assert same_place == {True, False}


# --- Attempts ---------------------------------------------------------------------------------


def test_each_attempt_has_new_orders_and_new_ids(learner: int) -> None:
    quiz = activity(learner, max_attempts=0)
    first = read_form(quiz.render())
    answer(quiz, first, SWAPPED)
    _status, result = quiz.post("retry", {})
    second = read_form(result["html"])
    assert second.token != first.token
    assert (list(second.terms), list(second.meanings)) != (list(first.terms), list(first.meanings))
    old = {*first.terms.values(), *first.meanings.values()}
    assert not old & {*second.terms.values(), *second.meanings.values()}


def test_the_attempts_limit_is_kept(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner, max_attempts=2)
    first = read_form(quiz.render())
    answer(quiz, first, SWAPPED)
    _status, result = quiz.post("retry", {})
    _status, result = answer(quiz, read_form(result["html"]), SWAPPED)
    assert result["finished"] is True
    assert quiz.post("retry", {})[0] == 403
    before = quiz.state()
    status, result = answer(quiz, first, RIGHT)
    assert status == 403
    assert result["error"] == gettext("You have no attempts left.")
    assert quiz.state() == before
    assert len(scored) == 2


# --- Tampering and replay ---------------------------------------------------------------------


def test_a_posted_score_gains_nothing(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    _status, result = answer(quiz, read_form(quiz.render()), SWAPPED, score=1.0, value=1)
    assert result["score"] == 0.5
    assert [call["score"] for call in scored] == [0.5]


def test_ids_from_another_attempt_are_refused(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    first = read_form(quiz.render())
    answer(quiz, first, SWAPPED)
    _status, result = quiz.post("retry", {})
    second = read_form(result["html"])
    before = quiz.state()
    old_meanings = Form(second.token, second.terms, first.meanings)
    status, reply = answer(quiz, old_meanings, RIGHT)
    assert status == 400
    assert reply["error"]
    old_terms = Form(second.token, first.terms, second.meanings)
    assert answer(quiz, old_terms, RIGHT)[0] == 400
    assert quiz.state() == before
    assert len(scored) == 1


@pytest.fixture
def open_quiz(learner: int) -> tuple[Activity, Form]:
    quiz = activity(learner)
    return quiz, read_form(quiz.render())


def matches_of(form: Form, chosen: dict[str, str]) -> dict[str, str]:
    return {form.terms[term]: form.meanings[meaning] for term, meaning in chosen.items()}


@pytest.mark.parametrize(
    "change",
    [
        "missing term",
        "term id as meaning",
        "meaning id as term",
        "not a dict",
        "not strings",
        "bad submission id",
        "guessed token",
    ],
)
def test_bad_submissions_change_nothing(
    open_quiz: tuple[Activity, Form], scored: list[dict[str, Any]], change: str
) -> None:
    quiz, form = open_quiz
    matches = matches_of(form, RIGHT)
    payload: dict[str, Any] = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "matches": matches,
    }
    if change == "missing term":
        payload["matches"] = dict(list(matches.items())[1:])
    elif change == "term id as meaning":
        payload["matches"] = {term: term for term in matches}
    elif change == "meaning id as term":
        payload["matches"] = {meaning: meaning for meaning in matches.values()}
    elif change == "not a dict":
        payload["matches"] = list(matches.values())
    elif change == "not strings":
        payload["matches"] = dict.fromkeys(matches, 1)
    elif change == "bad submission id":
        payload["submission_id"] = "not-a-uuid"
    else:
        payload["attempt"] = "guessed-token"
    before = quiz.state()
    status, reply = quiz.post("submit", payload)
    assert 400 <= status < 500
    assert reply["error"]
    assert quiz.state() == before
    assert scored == []


def test_a_missing_term_is_named_in_the_learners_words(open_quiz: tuple[Activity, Form]) -> None:
    quiz, form = open_quiz
    matches = dict(list(matches_of(form, RIGHT).items())[1:])
    _status, reply = quiz.post(
        "submit", {"submission_id": str(uuid.uuid4()), "attempt": form.token, "matches": matches}
    )
    assert reply["error"] == gettext("Choose a meaning for every term.")


def test_a_retried_submission_returns_the_same_result_and_counts_once(
    open_quiz: tuple[Activity, Form], scored: list[dict[str, Any]]
) -> None:
    quiz, form = open_quiz
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "matches": matches_of(form, SWAPPED),
    }
    first = quiz.post("submit", payload)
    state = quiz.state()
    again = quiz.post("submit", payload)
    other = quiz.post("submit", {**payload, "matches": matches_of(form, RIGHT)})
    assert first == again == other
    assert first[1]["attempts_used"] == 1
    assert quiz.state() == state
    assert len(scored) == 1


# --- Editors' mistakes, visitors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("pairs", "problem"),
    [
        (PAIRS[:1], "Give at least two pairs."),
        ([*PAIRS[:3], {**PAIRS[3], "term": " "}], "Every pair needs a term."),
        ([*PAIRS[:3], {**PAIRS[3], "meaning": ""}], "Every pair needs a meaning."),
        ([*PAIRS[:3], {**PAIRS[3], "term": "k.k."}], "Two pairs have the same term."),
        (
            [*PAIRS[:3], {**PAIRS[3], "meaning": "kartu keluarga"}],
            "Two pairs have the same meaning.",
        ),
    ],
)
def test_a_broken_activity_tells_the_editor_and_the_learner(
    learner: int, pairs: list[dict[str, str]], problem: str
) -> None:
    quiz = activity(learner, pairs=pairs)
    messages = [message.text for message in quiz.block().validate().messages]
    assert gettext(problem) in messages
    page = quiz.render()
    assert gettext("This activity is not ready yet.") in page
    assert "data-pandu-activity-form" not in page
    assert quiz.post("submit", {"submission_id": str(uuid.uuid4())})[0] == 409


def test_a_sound_activity_validates(learner: int) -> None:
    assert activity(learner).block().validate().messages == []


def test_without_a_question_a_general_instruction_is_shown(learner: int) -> None:
    page = html.unescape(activity(learner, question="").render())
    assert gettext("Match each term with its meaning.") in page


def test_a_visitor_answers_from_their_own_state(db: None, scored: list[dict[str, Any]]) -> None:
    session: dict[str, Any] = {}
    quiz = activity(None)
    quiz.visitor_state = session
    _status, result = answer(quiz, read_form(quiz.render()), RIGHT)
    assert result["score"] == 1.0
    json.dumps(session)
    assert scored == []
