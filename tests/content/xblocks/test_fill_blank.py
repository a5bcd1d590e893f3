"""Fill in the blank: answers normalised, graded on the server, no accepted answer given away."""

from __future__ import annotations

import html
import json
import re
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import pytest
from django.utils.translation import gettext
from hypothesis import assume, given
from hypothesis import strategies as st
from pytest_django import Settings

from content.xblocks.fill_blank import answer_key, is_accepted, normalize
from content.xblocks.runtime import render_student_view

from .conftest import MC, SAMPLE_TYPES, Activity, make_learner, new_usage_id

pytestmark = pytest.mark.django_db

FB = "pandu_fill_blank"
NIK_FEEDBACK = "NIK ada di bagian atas KTP Anda."
DIGITS_FEEDBACK = "Hitung angka pada NIK di KTP Anda."
IKD_FEEDBACK = "IKD adalah aplikasi resmi Dukcapil."


@pytest.fixture(autouse=True)
def _allow_fill_blank(settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, FB, *SAMPLE_TYPES]


def fb_fields(**overrides: Any) -> dict[str, Any]:
    """Three blanks in one sentence; the first has its own label, the others the default one."""
    fields: dict[str, Any] = {
        "question": "Lengkapi kalimat tentang KTP digital.",
        "text": "Nomor ___ pada KTP terdiri dari ___ angka. Aplikasi KTP digital bernama ___.",
        "blanks": [
            {
                "id": "blank-nik",
                "label": "Nama nomor di KTP",
                "answers": ["NIK", "Nomor Induk Kependudukan"],
                "feedback": NIK_FEEDBACK,
            },
            {
                "id": "blank-digits",
                "label": "",
                "answers": ["16", "enam belas"],
                "feedback": DIGITS_FEEDBACK,
            },
            {
                "id": "blank-ikd",
                "answers": ["IKD", "Identitas Kependudukan Digital"],
                "feedback": IKD_FEEDBACK,
            },
        ],
        "max_attempts": 3,
        "allow_retry": True,
        "pass_threshold": 1.0,
    }
    fields.update(overrides)
    return fields


def short_answer_fields(**overrides: Any) -> dict[str, Any]:
    """No text: one answer box under the question."""
    return fb_fields(
        question="Apa singkatan dari Identitas Kependudukan Digital?",
        text="",
        blanks=[{"id": "only", "answers": ["IKD"], "feedback": "Disingkat IKD."}],
        **overrides,
    )


def activity(learner: int | None, **overrides: Any) -> Activity:
    return Activity(
        usage_id=new_usage_id(), user_id=learner, fields=fb_fields(**overrides), block_type=FB
    )


@dataclass
class Box:
    name: str
    label: str
    attrs: dict[str, str]


@dataclass
class Form:
    token: str
    boxes: list[Box]

    @property
    def names(self) -> list[str]:
        return [box.name for box in self.boxes]


class _FormReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.token = ""
        self.inputs: list[dict[str, str]] = []
        self.labels: dict[str, str] = {}
        self._label_for: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if "data-attempt" in found:
            self.token = found["data-attempt"]
        if tag == "input" and "data-pandu-fb-box" in found:
            self.inputs.append(found)
        if tag == "label":
            self._label_for = found.get("for")

    def handle_data(self, data: str) -> None:
        if self._label_for:
            self.labels[self._label_for] = self.labels.get(self._label_for, "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label_for = None


def read_form(page: str) -> Form:
    reader = _FormReader()
    reader.feed(page)
    assert reader.token, page
    boxes = [
        Box(
            name=found["name"],
            label=found.get("aria-label") or reader.labels.get(found["id"], "").strip(),
            attrs=found,
        )
        for found in reader.inputs
    ]
    return Form(reader.token, boxes)


def submit(activity: Activity, form: Form, *answers: str, **extra: Any) -> tuple[int, Any]:
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "answers": dict(zip(form.names, answers, strict=True)),
        **extra,
    }
    return activity.post("submit", payload)


# --- Normalisation ---------------------------------------------------------------------------


def test_normalisation_ignores_case_spaces_punctuation_and_full_width_letters() -> None:
    assert normalize("  Nomor   Induk\tKependudukan! ") == "nomor induk kependudukan"
    assert normalize("\uff2e\uff29\uff2b") == "nik"  # "NIK" in full-width letters
    assert normalize("“IKD”.") == "ikd"
    assert normalize("Jalan\u00a0Sudirman") == "jalan sudirman"
    assert normalize("Straße") == "strasse"
    assert normalize("^IKD`") == "ikd"
    assert normalize("...") == ""


def test_hyphens_and_spaces_inside_an_answer_do_not_matter() -> None:
    assert is_accepted("e ktp", ["e-KTP"])
    assert is_accepted("EKTP", ["e-KTP"])
    assert is_accepted("ibukota", ["ibu kota"])


def test_a_different_answer_or_an_empty_one_is_not_accepted() -> None:
    assert not is_accepted("KTP", ["e-KTP"])
    assert not is_accepted("17", ["16", "enam belas"])
    assert not is_accepted("", ["16"])
    assert not is_accepted("?!", ["16"])
    assert not is_accepted("16", [])


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert once == once.strip()
    assert "  " not in once


# Residents type Latin letters and digits; Indonesian has no other letters.
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉ"
words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=8), min_size=1, max_size=4)
PUNCTUATION = [*".,!?;:-'\"()…/“”", "\u2013", "^", "`", "~"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u3000"]


@given(data=st.data(), accepted=words)
def test_case_space_and_punctuation_variants_of_an_accepted_answer_are_accepted(
    data: st.DataObject, accepted: list[str]
) -> None:
    variant = ""
    for word in accepted:
        case = data.draw(st.sampled_from([str.upper, str.lower, str.title, str.swapcase]))
        before = data.draw(st.lists(st.sampled_from(PUNCTUATION + SPACES), max_size=2))
        variant += "".join(before) + case(word) + data.draw(st.sampled_from(SPACES))
    variant += "".join(data.draw(st.lists(st.sampled_from(PUNCTUATION), max_size=3)))
    assert is_accepted(variant, [" ".join(accepted)])
    assert is_accepted(variant, ["something else", " ".join(accepted)])


@given(accepted=words, other=st.text(alphabet=LETTERS, min_size=1, max_size=8))
def test_a_different_word_is_not_accepted(accepted: list[str], other: str) -> None:
    answer = " ".join(accepted)
    assume(answer_key(other) != answer_key(answer))
    assert not is_accepted(other, [answer])
    assert not is_accepted(f"{answer} {other}", [answer])


# --- The form ---------------------------------------------------------------------------------


def test_the_boxes_sit_in_the_sentence_with_labels_and_no_phone_keyboard_help(
    learner: int,
) -> None:
    quiz = activity(learner)
    page = quiz.render()
    form = read_form(page)
    assert [box.label for box in form.boxes] == [
        "Nama nomor di KTP",
        gettext("Blank %(number)d of %(total)d") % {"number": 2, "total": 3},
        gettext("Blank %(number)d of %(total)d") % {"number": 3, "total": 3},
    ]
    for box in form.boxes:
        assert box.attrs["type"] == "text"
        assert box.attrs["autocomplete"] == "off"
        assert box.attrs["autocapitalize"] == "none"
        assert box.attrs["spellcheck"] == "false"
        assert box.attrs["inputmode"] == "text"
    text = html.unescape(re.sub(r"<input[^>]*>", "[]", page))
    assert "Nomor [] pada KTP terdiri dari [] angka. Aplikasi KTP digital bernama []." in text


def test_without_a_text_there_is_one_labelled_box(learner: int) -> None:
    quiz = Activity(
        usage_id=new_usage_id(), user_id=learner, fields=short_answer_fields(), block_type=FB
    )
    page = quiz.render()
    [box] = read_form(page).boxes
    assert box.label == gettext("Your answer")
    assert f'<label class="pandu-fb__label" for="{box.attrs["id"]}">' in page
    assert "Apa singkatan dari Identitas Kependudukan Digital?" in page
    _status, result = submit(quiz, read_form(page), " ikd. ")
    assert result["score"] == 1.0


# --- Grading ----------------------------------------------------------------------------------


def test_all_blanks_right_scores_1_whatever_the_case_and_punctuation(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    quiz = activity(learner)
    status, result = submit(quiz, read_form(quiz.render()), "nik", "Enam  Belas", "I.K.D.")
    assert status == 200
    assert result["score"] == 1.0
    assert result["passed"] is True
    assert [call["score"] for call in scored] == [1.0]
    assert [call["block_type"] for call in scored] == [FB]


def test_the_score_is_the_share_of_blanks_right_with_the_right_blanks_feedback(
    learner: int,
) -> None:
    quiz = activity(learner)
    _status, result = submit(quiz, read_form(quiz.render()), "NIK", "12", "Identitas")
    assert result["score"] == pytest.approx(1 / 3)
    assert result["passed"] is False
    review = html.unescape(result["html"])
    assert review.count(gettext("Your answer: correct")) == 1
    assert review.count(gettext("Your answer: not correct")) == 2
    assert NIK_FEEDBACK in review
    # A wrong blank's feedback may explain its answer: it waits until the answers are revealed.
    assert DIGITS_FEEDBACK not in review
    assert IKD_FEEDBACK not in review
    # The learner's answers are shown back, in the sentence.
    assert "12</mark>" in review
    assert "Identitas</mark>" in review
    # Attempts are left: no accepted answer is told yet.
    assert "enam belas" not in review
    assert "IKD" not in review
    assert gettext("Correct answer: %(answer)s") % {"answer": "16"} not in review


def test_the_accepted_answers_are_shown_once_no_attempt_is_left(learner: int) -> None:
    quiz = activity(learner, allow_retry=False)
    _status, result = submit(quiz, read_form(quiz.render()), "NIK", "12", "Identitas")
    assert result["finished"] is True
    review = html.unescape(result["html"])
    assert gettext("Correct answer: %(answer)s") % {"answer": "16"} in review
    assert gettext("Correct answer: %(answer)s") % {"answer": "IKD"} in review
    # Not for the blank the learner got right.
    assert gettext("Correct answer: %(answer)s") % {"answer": "NIK"} not in review


def test_answers_written_one_per_line_are_accepted(learner: int) -> None:
    blanks = [{**blank, "answers": "\n".join(blank["answers"])} for blank in fb_fields()["blanks"]]
    quiz = activity(learner, blanks=blanks)
    _status, result = submit(
        quiz, read_form(quiz.render()), "Nomor induk kependudukan", "16", "ikd"
    )
    assert result["score"] == 1.0


def test_each_attempt_has_new_ids_in_the_sentences_order(learner: int) -> None:
    quiz = activity(learner, max_attempts=0)
    forms = [read_form(quiz.render())]
    for _ in range(4):
        submit(quiz, forms[-1], "x", "y", "z")
        _status, result = quiz.post("retry", {})
        assert result["message"] == gettext("A new attempt has started. Fill in the boxes again.")
        forms.append(read_form(result["html"]))
    labels = [box.label for box in forms[0].boxes]
    assert all([box.label for box in form.boxes] == labels for form in forms)
    names = [name for form in forms for name in form.names]
    assert len(names) == len(set(names)) == 5 * 3
    assert len({form.token for form in forms}) == 5


def test_the_attempts_limit_is_kept(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner, max_attempts=2)
    first = read_form(quiz.render())
    submit(quiz, first, "a", "b", "c")
    _status, result = quiz.post("retry", {})
    _status, result = submit(quiz, read_form(result["html"]), "a", "b", "c")
    assert result["finished"] is True
    assert quiz.post("retry", {})[0] == 403
    before = quiz.state()
    status, answer = submit(quiz, first, "NIK", "16", "IKD")
    assert status == 403
    assert answer["error"] == gettext("You have no attempts left.")
    assert quiz.state() == before
    assert len(scored) == 2


# --- Nothing given away before the learner submits --------------------------------------------


def without_ids(page: str) -> str:
    """The page without what changes from one attempt or learner to the next."""
    page = " ".join(page.split())
    page = re.sub(r'name="[A-Za-z0-9_-]{16}"', 'name="ID"', page)
    page = re.sub(r'data-attempt="[^"]+"', 'data-attempt="TOKEN"', page)
    page = re.sub(r"pa-[0-9a-f]{10}-\d+", "DOM", page)
    return re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID", page)


def whole_page(quiz: Activity) -> str:
    fragment = render_student_view(quiz.block())
    return str(fragment.head_html() + fragment.body_html() + fragment.foot_html())


def assert_gives_nothing_away(text: str, *, numbers: bool = True) -> None:
    for blank in fb_fields()["blanks"]:
        for answer in blank["answers"]:
            if answer.isdigit() and not numbers:
                continue
            assert not re.search(rf"\b{re.escape(answer)}\b", text, re.IGNORECASE), answer
        assert blank["feedback"] not in text
        assert blank["id"] not in text


def test_no_accepted_answer_in_the_page_nor_in_the_retry_json(learner: int) -> None:
    quiz = activity(learner)
    page = without_ids(whole_page(quiz))
    args = [
        json.loads(html.unescape(found)) for found in re.findall(r'data-init-args="([^"]*)"', page)
    ]
    assert args
    assert_gives_nothing_away(html.unescape(page) + json.dumps(args))
    submit(quiz, read_form(page), "x", "y", "z")
    _status, retry = quiz.post("retry", {})
    assert_gives_nothing_away(without_ids(json.dumps(retry)))


def test_the_javascript_and_css_name_no_answer(learner: int, client: Any) -> None:
    fragment = render_student_view(activity(learner).block())
    bodies = [
        client.get(resource.data).content.decode()
        for resource in fragment.resources
        if "/xblock/" in resource.data
    ]
    assert any("PanduFillBlank" in body for body in bodies)
    for body in bodies:
        # Code has numbers of its own ("16" bytes in an id): the words are what would tell.
        assert_gives_nothing_away(body, numbers=False)


@pytest.mark.parametrize(
    "answers",
    [
        [["Sudirman"], ["Jalan"], ["Balikpapan", "BPN"]],
        [["A"], ["B", "C", "D", "E"], ["a much longer accepted answer than the others"]],
    ],
)
def test_the_page_is_the_same_whatever_the_accepted_answers_are(
    db: None, answers: list[list[str]]
) -> None:
    usage_id = new_usage_id()

    def page(accepted: list[list[str]], username: str) -> str:
        blanks = [
            {**blank, "answers": found}
            for blank, found in zip(fb_fields()["blanks"], accepted, strict=True)
        ]
        quiz = Activity(
            usage_id=usage_id,
            user_id=make_learner(username),
            fields=fb_fields(blanks=blanks),
            block_type=FB,
        )
        return without_ids(whole_page(quiz))

    original = [blank["answers"] for blank in fb_fields()["blanks"]]
    assert page(original, "a") == page(answers, "b")


# --- Tampering and replay ---------------------------------------------------------------------


def test_a_posted_score_gains_nothing(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    _status, result = submit(quiz, read_form(quiz.render()), "x", "y", "z", score=1.0, value=1)
    assert result["score"] == 0.0
    assert [call["score"] for call in scored] == [0.0]
    assert quiz.state()["best_score"] == 0.0


def test_ids_from_another_attempt_are_refused(learner: int, scored: list[dict[str, Any]]) -> None:
    quiz = activity(learner)
    first = read_form(quiz.render())
    submit(quiz, first, "x", "y", "z")
    _status, result = quiz.post("retry", {})
    second = read_form(result["html"])
    before = quiz.state()
    mixed = {
        "submission_id": str(uuid.uuid4()),
        "attempt": second.token,
        "answers": dict(zip(first.names, ["NIK", "16", "IKD"], strict=True)),
    }
    status, answer = quiz.post("submit", mixed)
    assert status == 400
    assert answer["error"]
    status, _answer = submit(quiz, first, "NIK", "16", "IKD")
    assert status == 409
    assert quiz.state() == before
    assert len(scored) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda answers: "NIK",
        lambda answers: list(answers.values()),
        lambda answers: {**answers, next(iter(answers)): 16},
        lambda answers: {**answers, "not-a-box": "NIK"},
        lambda answers: dict(list(answers.items())[:2]),
        lambda answers: {**answers, next(iter(answers)): "   "},
        lambda answers: {**answers, next(iter(answers)): "NIK" * 100},
    ],
    ids=["text", "list", "number", "unknown box", "missing box", "empty box", "too long"],
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
        "answers": change(dict(zip(form.names, ["NIK", "16", "IKD"], strict=True))),
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
        "answers": dict(zip(form.names, ["NIK", "15", "IKD"], strict=True)),
    }
    first = quiz.post("submit", payload)
    state = quiz.state()
    second = quiz.post("submit", payload)
    third = quiz.post(
        "submit", {**payload, "answers": dict(zip(form.names, ["NIK", "16", "IKD"], strict=True))}
    )
    assert first == second == third
    assert first[1]["score"] == pytest.approx(2 / 3)
    assert first[1]["attempts_used"] == 1
    assert quiz.state() == state
    assert len(scored) == 1


# --- Editors' mistakes, visitors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"question": " "}, "Write the question."),
        (
            {"text": "Tanpa tempat kosong."},
            "Mark each blank in the text with ___ (three underscores).",
        ),
        ({"text": ""}, "Without a text, give exactly one blank: the answer box."),
        (
            {"blanks": [*fb_fields()["blanks"][:2], {"id": "b3", "answers": []}]},
            "Every blank needs at least one accepted answer.",
        ),
        (
            {"blanks": [*fb_fields()["blanks"][:2], {"id": "b3", "answers": ["IKD", "?!"]}]},
            "An accepted answer has only punctuation or symbols, which are ignored.",
        ),
        ({"max_attempts": -1}, "The number of attempts cannot be negative."),
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


def test_a_blank_count_unlike_the_texts_is_a_problem_that_says_both_counts(learner: int) -> None:
    quiz = activity(learner, text="Nomor ___ pada KTP.")
    [message] = quiz.block().validate().messages
    assert message.text == gettext(
        "Blanks (___) in the text: %(marked)d. Blanks in the list: %(given)d."
        " Give one blank in the list for each ___."
    ) % {"marked": 1, "given": 3}
    assert gettext("This activity is not ready yet.") in quiz.render()


def test_long_runs_of_underscores_are_one_blank_each(learner: int) -> None:
    quiz = activity(learner, text="Nomor _____ pada KTP terdiri dari ____ angka, aplikasinya ___.")
    assert quiz.block().validate().messages == []


def test_a_sound_activity_validates(learner: int) -> None:
    assert activity(learner).block().validate().messages == []


def test_a_visitor_answers_from_their_own_state_and_sends_no_signal(
    db: None, scored: list[dict[str, Any]]
) -> None:
    session: dict[str, Any] = {}
    quiz = Activity(
        usage_id=new_usage_id(),
        user_id=None,
        fields=fb_fields(),
        block_type=FB,
        visitor_state=session,
    )
    _status, result = submit(quiz, read_form(quiz.render()), "NIK", "16", "IKD")
    assert result["score"] == 1.0
    assert session[quiz.usage_id]["state"]["attempts_used"] == 1
    json.dumps(session)
    assert scored == []
