"""Fill in the blank, or a short answer.

Authored in the lesson (content scope), besides the settings every graded activity has
(`content.xblocks.graded`):
- ``question``: the instruction, plain text.
- ``text``: a sentence or short paragraph in which each blank is written ``___`` (three
  underscores or more). Empty: one answer box under the question.
- ``blanks``: one item per blank, in the order of the text: ``{"id": str, "label": str (the box's
  accessible name, optional), "answers": [accepted answers], "feedback": str}``; ``id`` is the
  StreamField list item's id (the position in the list if absent). ``answers`` may also be one
  string with an accepted answer per line, as editors type them.

A blank's place in the sentence is the sentence's, so nothing is shuffled; each attempt still gives
each box an id made for that attempt only, and the client sends ``{"answers": {box id: text}}``.

Answers are compared after `normalize`, both the learner's and the accepted ones, and also
without any spaces, so that "e-KTP", "E KTP" and "eKTP" are one answer. Score: boxes right / boxes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from xblock.fields import List, Scope, String

from .graded import Graded, GradedActivity, opaque_ids, refuse, unreadable

# A blank in the text: three underscores or more (editors do not count them).
BLANK = re.compile(r"_{3,}")
# Longer answers are refused (a box for a word or a few words; the state stays small).
MAX_ANSWER_LENGTH = 200
# Symbols that slip in by accident on a phone keyboard, removed like punctuation: the modifier
# symbols (category Sk: the backtick, the caret, lone accents …) and these. Symbols that may mean
# something in an answer (+ = < > $ …) stay.
_ACCIDENTAL_SYMBOLS = frozenset("~|¦°")


def _is_noise(character: str) -> bool:
    category = unicodedata.category(character)
    return category.startswith("P") or category == "Sk" or character in _ACCIDENTAL_SYMBOLS


def normalize(text: str) -> str:
    """`text` as answers are compared: Unicode NFKC, case folded, punctuation and accidental
    symbols turned into spaces, runs of white space made one space, no space at either end."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    # Case folding and NFKC may each undo the other's form (e.g. "ǰ"): repeat until it settles.
    while (again := unicodedata.normalize("NFKC", folded).casefold()) != folded:
        folded = again
    cleaned = "".join(" " if _is_noise(character) else character for character in folded)
    return " ".join(cleaned.split())


def answer_key(text: str) -> str:
    """What two answers must share to be the same answer: `normalize` without any spaces."""
    return normalize(text).replace(" ", "")


def is_accepted(given: str, accepted: list[str]) -> bool:
    key = answer_key(given)
    return bool(key) and any(key == answer_key(answer) for answer in accepted)


@dataclass(frozen=True)
class Blank:
    key: str
    label: str
    answers: list[str]
    feedback: str


def _answers_of(value: Any) -> list[str]:
    lines = value.splitlines() if isinstance(value, str) else value
    if not isinstance(lines, list):
        return []
    return [str(answer).strip() for answer in lines if str(answer).strip()]


class FillBlankBlock(GradedActivity):
    template_dir = "fill_blank"
    resource_name = "fill_blank"
    js_init = "PanduFillBlank"

    type_label = gettext_lazy("Fill in the blank")
    display_name = String(scope=Scope.settings, default="Fill in the blank")
    question = String(scope=Scope.content, default="")
    text = String(scope=Scope.content, default="")
    blanks = List(scope=Scope.content, default=[])

    def authored_blanks(self) -> list[Blank]:
        result = []
        for position, raw in enumerate(self.blanks):
            item = raw if isinstance(raw, dict) else {}
            result.append(
                Blank(
                    key=str(item.get("id") or position),
                    label=str(item.get("label") or "").strip(),
                    answers=_answers_of(item.get("answers")),
                    feedback=str(item.get("feedback") or "").strip(),
                )
            )
        return result

    def text_parts(self) -> list[str]:
        """The text around the blanks: one part more than there are blanks ([] without text)."""
        if not self.text.strip():
            return []
        return BLANK.split(self.text.strip())

    def boxes_expected(self) -> int:
        parts = self.text_parts()
        return len(parts) - 1 if parts else 1

    def content_problems(self) -> list[str]:
        blanks = self.authored_blanks()
        found = []
        if not self.question.strip():
            found.append(_("Write the question."))
        expected = self.boxes_expected()
        if not self.text_parts() and len(blanks) != 1:
            found.append(_("Without a text, give exactly one blank: the answer box."))
        elif self.text_parts() and expected == 0:
            found.append(_("Mark each blank in the text with ___ (three underscores)."))
        elif len(blanks) != expected:
            found.append(
                _(
                    "Blanks (___) in the text: %(marked)d. Blanks in the list: %(given)d."
                    " Give one blank in the list for each ___."
                )
                % {"marked": expected, "given": len(blanks)}
            )
        if any(not blank.answers for blank in blanks):
            found.append(_("Every blank needs at least one accepted answer."))
        if any(not answer_key(answer) for blank in blanks for answer in blank.answers):
            found.append(
                _("An accepted answer has only punctuation or symbols, which are ignored.")
            )
        if len({blank.key for blank in blanks}) != len(blanks):
            found.append(_("Two blanks have the same id."))
        return found

    # The layout: [[opaque id, blank key], …] in the order of the text.

    def new_layout(self, previous: Any) -> list[list[str]]:
        keys = [blank.key for blank in self.authored_blanks()]
        return [list(pair) for pair in zip(opaque_ids(len(keys)), keys, strict=True)]

    def layout_is_current(self, layout: Any) -> bool:
        if not isinstance(layout, list):
            return False
        return [key for _id, key in layout] == [blank.key for blank in self.authored_blanks()]

    def grade(self, layout: Any, data: dict[str, Any]) -> Graded:
        given = data.get("answers")
        if not isinstance(given, dict) or not all(
            isinstance(value, str) for value in given.values()
        ):
            unreadable()
        box_ids = [box_id for box_id, _key in layout]
        if any(box_id not in box_ids for box_id in given):
            refuse(400, _("That answer is not for this activity's boxes."))
        if any(not given.get(box_id, "").strip() for box_id in box_ids):
            refuse(400, self.answer_required_message())
        if any(len(value) > MAX_ANSWER_LENGTH for value in given.values()):
            refuse(400, _("That answer is too long."))
        blanks = {blank.key: blank for blank in self.authored_blanks()}
        rows = []
        for box_id, key in layout:
            text = given[box_id].strip()
            rows.append(
                {"blank": key, "given": text, "right": is_accepted(text, blanks[key].answers)}
            )
        score = sum(row["right"] for row in rows) / len(rows)
        return Graded(score, {"answers": rows})

    def box_labels(self) -> list[str]:
        blanks = self.authored_blanks()
        if not self.text_parts():
            return [blanks[0].label or _("Your answer")]
        total = len(blanks)
        return [
            blank.label or _("Blank %(number)d of %(total)d") % {"number": number, "total": total}
            for number, blank in enumerate(blanks, start=1)
        ]

    def form_context(self, layout: Any) -> dict[str, Any]:
        parts = self.text_parts()
        labels = self.box_labels()
        boxes = [
            {"id": box_id, "label": label, "last": number == len(layout)}
            for number, ((box_id, _key), label) in enumerate(zip(layout, labels, strict=True), 1)
        ]
        return {
            "question": self.question,
            "single": not parts,
            "box": boxes[0],
            "segments": [
                {"text": part, "box": boxes[index] if index < len(boxes) else None}
                for index, part in enumerate(parts)
            ],
            "hint": (
                _("Type your answer in the box.")
                if len(boxes) == 1
                else _("Type the missing words in the boxes.")
            ),
            "max_length": MAX_ANSWER_LENGTH,
        }

    def review_context(self, record: dict[str, Any], *, reveal: bool) -> dict[str, Any]:
        blanks = self.authored_blanks()
        by_key = {
            blank.key: (blank, label)
            for blank, label in zip(blanks, self.box_labels(), strict=True)
        }
        rows = []
        for answer in record["answers"]:
            found = by_key.get(answer["blank"])
            if found is None:
                continue
            blank, label = found
            right = bool(answer["right"])
            rows.append(
                {
                    "label": label,
                    "given": answer["given"],
                    "right": right,
                    "accepted": blank.answers[0] if reveal and not right and blank.answers else "",
                    # Feedback may explain the answer: shown once it is right or revealed.
                    "feedback": blank.feedback if right or reveal else "",
                }
            )
        parts = self.text_parts()
        sentence = []
        if parts and len(rows) == len(parts) - 1:
            sentence = [
                {"text": part, "answer": rows[index] if index < len(rows) else None}
                for index, part in enumerate(parts)
            ]
        return {"question": self.question, "sentence": sentence, "rows": rows}

    def answer_required_message(self) -> str:
        return _("Fill in every box first.")

    def retry_message(self) -> str:
        return _("A new attempt has started. Fill in the boxes again.")
