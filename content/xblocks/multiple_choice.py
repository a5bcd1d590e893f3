"""Multiple choice, with one or several correct answers.

Authored in the lesson (content scope), besides the settings every graded activity has
(`content.xblocks.graded`):
- ``question``: the question, plain text.
- ``options``: a list of ``{"id": str, "text": str, "correct": bool, "feedback": str}``; ``id`` is
  the StreamField list item's id (the position in the list if absent), the same in every language.
- ``multiple_answers``: whether the learner picks every correct option (checkboxes) or one
  (radio buttons; exactly one option is then correct).

Each attempt shows the options in an order shuffled on the server, each under an id made for that
attempt only; the client sends back the ids it chose (``{"choices": [ids]}``).

Scoring (`score_selection`): one answer scores 1 if it is the correct option, 0 otherwise. Several
answers score (correct options chosen - wrong options chosen) / correct options, and never below
0: choosing everything earns nothing more than choosing nothing right.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from xblock.fields import Boolean, List, Scope, String

from .graded import Graded, GradedActivity, list_of_ids, opaque_ids, refuse, shuffled


@dataclass(frozen=True)
class Option:
    key: str
    text: str
    correct: bool
    feedback: str


def score_selection(
    *, correct: Collection[str], selected: Collection[str], multiple: bool
) -> float:
    """The score (0 to 1) of choosing `selected` when `correct` are the correct options."""
    chosen, right = set(selected), set(correct)
    if not right:
        return 0.0
    if not multiple:
        return 1.0 if len(chosen) == 1 and chosen <= right else 0.0
    hits, misses = len(chosen & right), len(chosen - right)
    return max(0.0, (hits - misses) / len(right))


class MultipleChoiceBlock(GradedActivity):
    template_dir = "multiple_choice"
    resource_name = "multiple_choice"
    js_init = "PanduMultipleChoice"

    type_label = gettext_lazy("Multiple choice")
    display_name = String(scope=Scope.settings, default="Multiple choice")
    question = String(scope=Scope.content, default="")
    options = List(scope=Scope.content, default=[])
    multiple_answers = Boolean(scope=Scope.content, default=False)

    def authored_options(self) -> list[Option]:
        result = []
        for position, raw in enumerate(self.options):
            item = raw if isinstance(raw, dict) else {}
            result.append(
                Option(
                    key=str(item.get("id") or position),
                    text=str(item.get("text") or "").strip(),
                    correct=bool(item.get("correct")),
                    feedback=str(item.get("feedback") or "").strip(),
                )
            )
        return result

    def content_problems(self) -> list[str]:
        options = self.authored_options()
        found = []
        if not self.question.strip():
            found.append(_("Write the question."))
        if len(options) < 2:
            found.append(_("Give at least two options."))
        if any(not option.text for option in options):
            found.append(_("Every option needs a text."))
        if len({option.key for option in options}) != len(options):
            found.append(_("Two options have the same id."))
        correct = sum(option.correct for option in options)
        if self.multiple_answers and correct < 1:
            found.append(_("Mark at least one option as correct."))
        if not self.multiple_answers and correct != 1:
            found.append(_("Mark exactly one option as correct, or allow several answers."))
        return found

    # The layout: [[opaque id, option key], …] in the order shown.

    def new_layout(self, previous: Any) -> list[list[str]]:
        before = [key for _id, key in previous] if isinstance(previous, list) else []
        order = shuffled([option.key for option in self.authored_options()], unlike=before)
        return [list(pair) for pair in zip(opaque_ids(len(order)), order, strict=True)]

    def layout_is_current(self, layout: Any) -> bool:
        if not isinstance(layout, list):
            return False
        shown = sorted(key for _id, key in layout)
        return shown == sorted(option.key for option in self.authored_options())

    def grade(self, layout: Any, data: dict[str, Any]) -> Graded:
        shown = dict(layout)
        choices = list_of_ids(data.get("choices"))
        if any(choice not in shown for choice in choices):
            refuse(400, _("That answer is not one of this question's options."))
        selected = {shown[choice] for choice in choices}
        if not selected:
            refuse(400, _("Choose an answer first."))
        if not self.multiple_answers and len(selected) > 1:
            refuse(400, _("Choose only one answer."))
        order = [key for _id, key in layout]
        score = score_selection(
            correct=[option.key for option in self.authored_options() if option.correct],
            selected=selected,
            multiple=self.multiple_answers,
        )
        return Graded(
            score, {"order": order, "selected": [key for key in order if key in selected]}
        )

    def form_context(self, layout: Any) -> dict[str, Any]:
        texts = {option.key: option.text for option in self.authored_options()}
        return {
            "question": self.question,
            "multiple": self.multiple_answers,
            "choices": [{"id": choice_id, "text": texts[key]} for choice_id, key in layout],
        }

    def review_context(self, record: dict[str, Any], *, reveal: bool) -> dict[str, Any]:
        options = {option.key: option for option in self.authored_options()}
        selected = set(record["selected"])
        rows = []
        for key in record["order"]:
            option = options.get(key)
            if option is None:
                continue
            chosen = key in selected
            if chosen:
                mark = "correct" if option.correct else "wrong"
            else:
                mark = "correct" if reveal and option.correct else ""
            rows.append(
                {
                    "text": option.text,
                    "selected": chosen,
                    "mark": mark,
                    "feedback": option.feedback if chosen or reveal else "",
                }
            )
        return {"question": self.question, "rows": rows}

    def answer_required_message(self) -> str:
        return _("Choose an answer first.")

    def retry_message(self) -> str:
        return _("The options are in a new order. Choose again.")
