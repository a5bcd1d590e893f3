"""Multiple choice: graded on the server, shuffled per attempt, nothing given away beforehand."""

from __future__ import annotations

import html
import itertools
import json
import re
import uuid
from typing import Any

import pytest
from django.utils.translation import gettext
from hypothesis import given
from hypothesis import strategies as st

from content.xblocks.graded import shuffled
from content.xblocks.multiple_choice import score_selection
from content.xblocks.runtime import render_student_view

from .conftest import (
    RIGHT_FEEDBACK,
    WRONG_FEEDBACK,
    Activity,
    make_learner,
    mc_fields,
    multi_fields,
    new_usage_id,
    read_form,
    submit,
)

pytestmark = pytest.mark.django_db


def activity(learner: int, **overrides: Any) -> Activity:
    return Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields(**overrides))


# --- Scoring ---------------------------------------------------------------------------------


def test_one_answer_scores_all_or_nothing() -> None:
    assert score_selection(correct={"b"}, selected={"b"}, multiple=False) == 1.0
    assert score_selection(correct={"b"}, selected={"a"}, multiple=False) == 0.0


def test_several_answers_score_right_minus_wrong_over_the_correct_ones() -> None:
    correct = {"ktp", "kk"}
    assert score_selection(correct=correct, selected={"ktp", "kk"}, multiple=True) == 1.0
    assert score_selection(correct=correct, selected={"ktp"}, multiple=True) == 0.5
    assert score_selection(correct=correct, selected={"ktp", "kk", "sim"}, multiple=True) == 0.5
    assert score_selection(correct=correct, selected={"ktp", "sim"}, multiple=True) == 0.0
    everything = {"ktp", "kk", "sim", "pajak", "bpjs"}
    assert score_selection(correct=correct, selected=everything, multiple=True) == 0.0


options = st.lists(st.text(min_size=1, max_size=4), min_size=2, max_size=8, unique=True)


@given(data=st.data(), keys=options)
def test_a_score_is_between_0_and_1_and_full_only_for_exactly_the_correct_set(
    data: st.DataObject, keys: list[str]
) -> None:
    correct = data.draw(st.sets(st.sampled_from(keys), min_size=1))
    selected = data.draw(st.sets(st.sampled_from(keys), min_size=1))
    score = score_selection(correct=correct, selected=selected, multiple=True)
    assert 0.0 <= score <= 1.0
    assert (score == 1.0) == (selected == correct)


@given(data=st.data(), keys=options)
def test_adding_a_wrong_option_never_raises_the_score(data: st.DataObject, keys: list[str]) -> None:
    correct = data.draw(st.sets(st.sampled_from(keys), min_size=1, max_size=len(keys) - 1))
    selected = data.draw(st.sets(st.sampled_from(keys)))
    wrong = data.draw(st.sampled_from(sorted(set(keys) - correct)))
    before = score_selection(correct=correct, selected=selected, multiple=True)
    after = score_selection(correct=correct, selected=selected | {wrong}, multiple=True)
    assert after <= before


@given(keys=options)
def test_a_new_order_always_differs_from_the_last(keys: list[str]) -> None:
    first = shuffled(keys)
    second = shuffled(keys, unlike=first)
    assert sorted(first) == sorted(second) == sorted(keys)
    assert second != first


# --- Grading through the handler -------------------------------------------------------------


def test_a_right_answer_scores_1_and_passes(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    status, result = submit(quiz, read_form(quiz.render()), "Nusantara")
    assert status == 200
    assert result["score"] == 1.0
    assert result["passed"] is True
    assert result["attempts_used"] == 1
    assert RIGHT_FEEDBACK in result["html"]
    assert [call["score"] for call in scored] == [1.0]


def test_a_wrong_answer_scores_0_with_its_feedback_and_hides_the_right_one(
    learner: int,
) -> None:
    quiz = activity(learner)
    status, result = submit(quiz, read_form(quiz.render()), "Jakarta")
    assert status == 200
    assert result["score"] == 0.0
    assert result["passed"] is False
    assert result["attempts_left"] == 2
    assert WRONG_FEEDBACK in result["html"]
    # Attempts remain: which option was right is not told yet.
    assert RIGHT_FEEDBACK not in result["html"]
    assert gettext("Correct answer") not in result["html"]


def test_the_right_answer_is_shown_once_no_attempt_is_left(learner: int) -> None:
    quiz = activity(learner, allow_retry=False)
    _status, result = submit(quiz, read_form(quiz.render()), "Jakarta")
    assert result["finished"] is True
    assert RIGHT_FEEDBACK in result["html"]
    assert gettext("Correct answer") in result["html"]
    assert "data-pandu-activity-retry" not in result["html"]


def test_several_answers_earn_partial_credit(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = Activity(
        usage_id=new_usage_id(), user_id=learner, fields=multi_fields(pass_threshold=0.5)
    )
    form = read_form(quiz.render())
    assert 'type="checkbox"' in quiz.render()
    _status, result = submit(quiz, form, "KTP digital", "Kartu Keluarga", "SIM")
    assert result["score"] == 0.5
    assert result["passed"] is True
    _status, result = quiz.post("retry", {})
    form = read_form(result["html"])
    _status, result = submit(quiz, form, "KTP digital", "Kartu Keluarga")
    assert result["score"] == 1.0
    assert [call["score"] for call in scored] == [0.5, 1.0]
    assert quiz.state()["best_score"] == 1.0


def test_the_grade_signal_names_the_activity_and_the_submission(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    quiz = activity(learner)
    submission_id = str(uuid.uuid4())
    form = read_form(quiz.render())
    quiz.post(
        "submit",
        {
            "submission_id": submission_id,
            "attempt": form.token,
            "choices": [form.choices["Nusantara"]],
        },
    )
    [call] = scored
    key = quiz.usage_id.split(":")
    assert call["sender"].__name__ == "MultipleChoiceBlock"
    assert call["user_id"] == learner
    assert call["usage_id"] == quiz.usage_id
    assert call["lesson_key"] == uuid.UUID(key[1])
    assert call["block_id"] == key[2]
    assert call["block_type"] == "pandu_multiple_choice"
    assert call["event_type"] == "grade"
    assert (call["score"], call["max_score"]) == (1.0, 1.0)
    assert isinstance(call["event_id"], uuid.UUID)


# --- Nothing given away before the learner submits -------------------------------------------


def rendered_json(html_text: str) -> list[Any]:
    """Every JSON value the page carries: the initialiser's arguments."""
    return [
        json.loads(html.unescape(found))
        for found in re.findall(r'data-init-args="([^"]*)"', html_text)
    ]


@pytest.mark.parametrize("fields", [mc_fields(), multi_fields()], ids=["one", "several"])
def test_no_correct_answer_in_the_page_before_submitting(
    learner: int, fields: dict[str, Any]
) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=fields)
    fragment = render_student_view(quiz.block())
    page = fragment.body_html() + fragment.head_html() + fragment.foot_html()
    everything = page + json.dumps(rendered_json(page))
    for option in fields["options"]:
        assert option["text"] in page  # every option is offered …
        assert option["feedback"] not in everything  # … but no feedback is, yet
        assert option["id"] not in everything  # nor the editor's ids (their order may tell)
    assert "correct" not in everything.lower()
    assert "true" not in json.dumps(rendered_json(page)).lower()
    # The new attempt's form, sent by "try again", gives away no more.
    _status, _result = submit(quiz, read_form(page), fields["options"][0]["text"])
    _status, retry = quiz.post("retry", {})
    for option in fields["options"]:
        assert option["feedback"] not in json.dumps(retry)
        assert option["id"] not in json.dumps(retry)


def normalized(page: str) -> str:
    """The page without what changes from one attempt to the next: ids, token, option order."""
    # An opaque id is 16 URL-safe characters: one made otherwise is not hidden here.
    page = re.sub(r'value="[A-Za-z0-9_-]{16}"', 'value="ID"', " ".join(page.split()))
    page = re.sub(r'data-attempt="[^"]+"', 'data-attempt="TOKEN"', page)
    page = re.sub(r'(id|for)="(pa-[0-9a-f]+-\d+)-\d+"', r'\1="\2-N"', page)
    head, rest = page.split('role="list">', 1)
    items, tail = rest.split("</ul>", 1)
    return head + "".join(sorted(item.strip() for item in items.split("<li"))) + tail


@pytest.mark.parametrize("correct", range(4))
def test_the_page_is_the_same_whichever_option_is_correct(db: None, correct: int) -> None:
    usage_id = new_usage_id()

    def page(right: int, username: str) -> str:
        options = [
            {**option, "correct": index == right}
            for index, option in enumerate(mc_fields()["options"])
        ]
        quiz = Activity(
            usage_id=usage_id, user_id=make_learner(username), fields=mc_fields(options=options)
        )
        fragment = render_student_view(quiz.block())
        return str(fragment.body_html() + fragment.head_html() + fragment.foot_html())

    assert normalized(page(correct, "a")) == normalized(page((correct + 1) % 4, "b"))


def test_the_javascript_and_css_name_no_answer(learner: int, client: Any) -> None:
    fields = mc_fields()
    fragment = render_student_view(
        Activity(usage_id=new_usage_id(), user_id=learner, fields=fields).block()
    )
    for resource in fragment.resources:
        body = client.get(resource.data).content.decode() if "/xblock/" in resource.data else ""
        for option in fields["options"]:
            assert option["text"] not in body
            assert option["id"] not in body


def test_the_right_option_is_not_always_in_the_same_place(learner: int) -> None:
    places = set()
    for _ in range(12):
        quiz = activity(learner)
        places.add(read_form(quiz.render()).order.index("Nusantara"))
    assert len(places) > 1


# --- Attempts: shuffled, with new ids, limited ------------------------------------------------


def test_each_attempt_has_a_new_order_and_new_ids(learner: int) -> None:
    quiz = activity(learner, max_attempts=0)
    forms = [read_form(quiz.render())]
    for _ in range(8):
        submit(quiz, forms[-1], "Jakarta")
        _status, result = quiz.post("retry", {})
        forms.append(read_form(result["html"]))
    for previous, current in itertools.pairwise(forms):
        assert current.order != previous.order
        assert current.token != previous.token
    ids = [choice_id for form in forms for choice_id in form.choices.values()]
    assert len(ids) == len(set(ids)) == 9 * 4


def test_reloading_the_page_keeps_the_open_attempt(learner: int) -> None:
    quiz = activity(learner)
    assert read_form(quiz.render()) == read_form(quiz.render())


def test_after_submitting_the_page_shows_the_result_until_try_again(learner: int) -> None:
    quiz = activity(learner)
    submit(quiz, read_form(quiz.render()), "Jakarta")
    page = quiz.render()
    assert "data-pandu-activity-result" in page
    assert "data-pandu-activity-retry" in page
    assert "data-pandu-activity-form" not in page


def test_try_again_twice_opens_one_attempt(learner: int) -> None:
    quiz = activity(learner)
    submit(quiz, read_form(quiz.render()), "Jakarta")
    _status, first = quiz.post("retry", {})
    _status, second = quiz.post("retry", {})
    assert read_form(first["html"]) == read_form(second["html"])


def test_no_try_again_when_the_editor_allows_one_submission(learner: int) -> None:
    quiz = activity(learner, allow_retry=False, max_attempts=5)
    submit(quiz, read_form(quiz.render()), "Jakarta")
    status, _result = quiz.post("retry", {})
    assert status == 403
    assert quiz.state()["attempts_used"] == 1


def test_the_attempts_limit_is_kept(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner, max_attempts=2)
    form = read_form(quiz.render())
    submit(quiz, form, "Jakarta")
    _status, result = quiz.post("retry", {})
    _status, result = submit(quiz, read_form(result["html"]), "Samarinda")
    assert result["finished"] is True
    assert quiz.post("retry", {})[0] == 403
    before = quiz.state()
    status, result = submit(quiz, form, "Nusantara")
    assert status == 403
    assert result["error"] == gettext("You have no attempts left.")
    assert quiz.state() == before
    assert len(scored) == 2


def test_when_the_editor_lowers_the_limit_the_last_result_is_shown(learner: int) -> None:
    quiz = activity(learner, max_attempts=3)
    submit(quiz, read_form(quiz.render()), "Jakarta")
    quiz.post("retry", {})
    quiz.fields = mc_fields(max_attempts=1)
    page = quiz.render()
    assert "data-pandu-activity-form" not in page
    assert gettext("No attempts left.") in page


def test_an_editor_change_to_the_options_opens_a_new_attempt(learner: int) -> None:
    quiz = activity(learner)
    old = read_form(quiz.render())
    quiz.fields = mc_fields(
        options=[*mc_fields()["options"], {"id": "opt-new", "text": "Surabaya", "correct": False}]
    )
    new = read_form(quiz.render())
    assert "Surabaya" in new.choices
    assert new.token != old.token
    status, _result = submit(quiz, old, "Nusantara")
    assert status == 409
    assert quiz.state()["attempts_used"] == 0


# --- Tampering and replay --------------------------------------------------------------------


def test_a_posted_score_gains_nothing(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    _status, result = submit(quiz, read_form(quiz.render()), "Jakarta", score=1.0, value=1)
    assert result["score"] == 0.0
    assert [call["score"] for call in scored] == [0.0]
    assert quiz.state()["best_score"] == 0.0


def test_ids_from_another_attempt_are_refused(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    first = read_form(quiz.render())
    submit(quiz, first, "Jakarta")
    _status, result = quiz.post("retry", {})
    second = read_form(result["html"])
    before = quiz.state()
    mixed = {
        "submission_id": str(uuid.uuid4()),
        "attempt": second.token,
        "choices": [first.choices["Nusantara"]],
    }
    status, answer = quiz.post("submit", mixed)
    assert status == 400
    assert "error" in answer
    # The earlier attempt's token is closed too.
    status, _answer = submit(quiz, first, "Nusantara")
    assert status == 409
    assert quiz.state() == before
    assert len(scored) == 1


@pytest.mark.parametrize(
    "payload",
    [
        {"choices": "not a list"},
        {"choices": [1, 2]},
        {"choices": []},
        {"choices": ["not-an-id"]},
        {"submission_id": "not-a-uuid"},
        {"submission_id": None},
        {"attempt": "guessed-token"},
    ],
)
def test_bad_submissions_change_nothing(
    learner: int, scored: list[dict[str, Any]], payload: dict[str, Any]
) -> None:
    quiz = activity(learner)
    form = read_form(quiz.render())
    before = quiz.state()
    good = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "choices": [form.choices["Nusantara"]],
    }
    status, answer = quiz.post("submit", {**good, **payload})
    assert 400 <= status < 500
    assert answer["error"]
    assert quiz.state() == before
    assert scored == []


def test_two_answers_to_a_one_answer_question_are_refused(learner: int) -> None:
    quiz = activity(learner)
    form = read_form(quiz.render())
    status, _answer = submit(quiz, form, "Nusantara", "Jakarta")
    assert status == 400
    assert quiz.state()["attempts_used"] == 0


def test_a_body_that_is_not_json_is_refused(learner: int) -> None:
    quiz = activity(learner)
    quiz.render()
    status, _answer = quiz.post("submit", b"choices=1")
    assert status == 400
    assert quiz.state()["attempts_used"] == 0


def test_a_retried_submission_returns_the_same_result_and_uses_no_attempt(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    quiz = activity(learner)
    form = read_form(quiz.render())
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "choices": [form.choices["Jakarta"]],
    }
    first = quiz.post("submit", payload)
    state = quiz.state()
    second = quiz.post("submit", payload)
    # Even with other choices, the same id gets the result it got the first time.
    third = quiz.post("submit", {**payload, "choices": [form.choices["Nusantara"]]})
    assert first == second == third
    assert first[1]["attempts_used"] == 1
    assert quiz.state() == state
    assert len(scored) == 1


def test_a_retry_after_the_attempts_ran_out_still_gets_its_result(learner: int) -> None:
    quiz = activity(learner, allow_retry=False)
    form = read_form(quiz.render())
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "choices": [form.choices["Nusantara"]],
    }
    assert quiz.post("submit", payload) == quiz.post("submit", payload)


# --- Editors' mistakes, visitors -------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"question": " "}, "Write the question."),
        ({"options": mc_fields()["options"][:1]}, "Give at least two options."),
        (
            {"options": [{**o, "correct": True} for o in mc_fields()["options"]]},
            "Mark exactly one option as correct, or allow several answers.",
        ),
        ({"pass_threshold": 1.5}, "The pass mark must be from 0 to 1."),
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
        usage_id=new_usage_id(), user_id=None, fields=mc_fields(), visitor_state=session
    )
    _status, result = submit(quiz, read_form(quiz.render()), "Nusantara")
    assert result["score"] == 1.0
    assert session[quiz.usage_id]["state"]["attempts_used"] == 1
    json.dumps(session)  # a session can keep it
    assert scored == []
