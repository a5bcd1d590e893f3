"""Multiple choice, with one or several correct answers: Pandu's first built-in activity.

Authored in the lesson (content and settings scopes):
- ``question``: the question, plain text.
- ``options``: a list of ``{"id": str, "text": str, "correct": bool, "feedback": str}``; ``id`` is
  the StreamField list item's id (the position in the list if absent), the same in every language.
- ``multiple_answers``: whether the learner picks every correct option (checkboxes) or one
  (radio buttons; exactly one option is then correct).
- ``max_attempts`` (0: no limit) and ``allow_retry`` (False: one submission only).
- ``pass_threshold`` (0 to 1): the activity counts as passed once the learner's best score
  reaches it.

What the learner's browser gets, and what it does not:
- Each attempt shows the options in an order shuffled on the server, each under an id made for
  that attempt only, so neither the order, nor the ids, nor anything else in the page, its
  JavaScript or its JSON, tells which option is correct before the learner submits.
- The client sends the ids it chose, the attempt's token and an id it made for the submission. The
  server grades; anything else in the request (a score, say) is ignored. A submission whose id was
  seen before is answered with the result stored then: a retry neither grades again nor uses an
  attempt. Ids from another attempt, a stale attempt or no attempts left are refused, and change
  nothing.

Scoring (`score_selection`): one answer scores 1 if it is the correct option, 0 otherwise. Several
answers score (correct options chosen - wrong options chosen) / correct options, and never below
0: choosing everything earns nothing more than choosing nothing right.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from django.conf import settings
from django.template import Context, Engine, Template
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from web_fragments.fragment import Fragment
from xblock.core import XBlock
from xblock.exceptions import JsonHandlerError
from xblock.fields import Boolean, Dict, Float, Integer, List, Scope, String
from xblock.validation import Validation, ValidationMessage

# Results kept for answering retried submissions; older ones are forgotten (and a retry that old
# finds its attempt closed).
REMEMBERED_SUBMISSIONS = 50
_TEMPLATES = files(__package__).joinpath("templates", "multiple_choice")


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


def shuffled(keys: Sequence[str], *, unlike: Sequence[str] = ()) -> list[str]:
    """`keys` in a random order, which differs from `unlike` (the previous attempt's) whenever
    there are two keys or more."""
    order = list(keys)
    secrets.SystemRandom().shuffle(order)
    if order == list(unlike):
        # Swapping the first key with one that differs from it changes the order in one step.
        for position in range(1, len(order)):
            if order[position] != order[0]:
                order[0], order[position] = order[position], order[0]
                break
    return order


class MultipleChoiceBlock(XBlock):
    has_score = True
    public_dir = "static"

    display_name = String(scope=Scope.settings, default="Multiple choice")
    question = String(scope=Scope.content, default="")
    options = List(scope=Scope.content, default=[])
    multiple_answers = Boolean(scope=Scope.content, default=False)
    max_attempts = Integer(scope=Scope.settings, default=0)
    allow_retry = Boolean(scope=Scope.settings, default=True)
    pass_threshold = Float(scope=Scope.settings, default=1.0)

    # The open or last attempt: {"number", "token", "choices": [[opaque id, option key], …] in
    # the order shown, "submission": the id of its submission, or None while open}.
    attempt = Dict(scope=Scope.user_state, default={})
    attempts_used = Integer(scope=Scope.user_state, default=0)
    # Submission id -> {"attempt", "order", "selected", "score"}, the newest last.
    submissions = Dict(scope=Scope.user_state, default={})
    best_score = Float(scope=Scope.user_state, default=None)

    # --- What the editor wrote ------------------------------------------------------------

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

    def problems(self) -> list[str]:
        """What stops this activity from being used, for the editor (empty if nothing does)."""
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
        if self.max_attempts < 0:
            found.append(_("The number of attempts cannot be negative."))
        if not 0 <= self.pass_threshold <= 1:
            found.append(_("The pass mark must be from 0 to 1."))
        return found

    def validate(self) -> Validation:
        validation = super().validate()
        for problem in self.problems():
            validation.add(ValidationMessage(ValidationMessage.ERROR, problem))
        return validation

    # --- Attempts --------------------------------------------------------------------------

    @property
    def attempts_allowed(self) -> int | None:
        """None: no limit."""
        if not self.allow_retry:
            return 1
        return self.max_attempts or None

    @property
    def attempts_left(self) -> int | None:
        allowed = self.attempts_allowed
        return None if allowed is None else max(0, allowed - self.attempts_used)

    @property
    def finished(self) -> bool:
        return self.attempts_left == 0

    @property
    def passed(self) -> bool:
        return self.best_score is not None and self.best_score >= self.pass_threshold

    def attempt_is_open(self) -> bool:
        """An attempt waits for its submission, and shows the options the editor has now."""
        attempt = self.attempt
        if not attempt.get("token") or attempt.get("submission"):
            return False
        shown = sorted(key for _id, key in attempt.get("choices", []))
        return shown == sorted(option.key for option in self.authored_options())

    def open_attempt(self) -> None:
        """A new attempt: the options in a new order, each under a new opaque id."""
        previous = [key for _id, key in self.attempt.get("choices", [])]
        order = shuffled([option.key for option in self.authored_options()], unlike=previous)
        ids: list[str] = []
        while len(ids) < len(order):
            choice_id = secrets.token_urlsafe(12)
            if choice_id not in ids:
                ids.append(choice_id)
        self.attempt = {
            "number": self.attempts_used + 1,
            "token": secrets.token_urlsafe(16),
            "choices": [[choice_id, key] for choice_id, key in zip(ids, order, strict=True)],
            "submission": None,
        }

    # --- Views -----------------------------------------------------------------------------

    def student_view(self, context: dict[str, Any] | None = None) -> Fragment:
        if self.problems():
            return Fragment(_render("unavailable.html", {}))
        last: str = self.attempt.get("submission") or next(reversed(self.submissions), "")
        if last in self.submissions and (self.finished or not self.attempt_is_open()):
            body = self._result_html(last)
        else:
            if not self.attempt_is_open():
                self.open_attempt()
            body = self._form_html()
        fragment = Fragment(_render("block.html", {"body": body}))
        fragment.add_css_url(self.runtime.local_resource_url(self, "static/multiple_choice.css"))
        fragment.add_javascript_url(
            self.runtime.local_resource_url(self, "static/multiple_choice.js")
        )
        fragment.initialize_js(
            "PanduMultipleChoice",
            {
                "csrfCookieName": settings.CSRF_COOKIE_NAME,
                "messages": {
                    "choose": _("Choose an answer first."),
                    "checking": _("Checking your answer…"),
                    "offline": _(
                        "Could not reach the server. Check your connection and try again."
                    ),
                    "failed": _("Something went wrong. Please try again."),
                },
            },
        )
        return fragment

    def _dom_id(self) -> str:
        digest = hashlib.sha256(str(self.scope_ids.usage_id).encode()).hexdigest()[:10]
        return f"pmc-{digest}-{self.attempt.get('number', 0)}"

    def _form_html(self) -> SafeString:
        texts = {option.key: option.text for option in self.authored_options()}
        allowed = self.attempts_allowed
        number = self.attempt["number"]
        return _render(
            "form.html",
            {
                "dom_id": self._dom_id(),
                "token": self.attempt["token"],
                "question": self.question,
                "multiple": self.multiple_answers,
                "choices": [
                    {"id": choice_id, "text": texts[key]}
                    for choice_id, key in self.attempt["choices"]
                ],
                "attempt_label": (
                    _("Attempt %(number)d of %(total)d") % {"number": number, "total": allowed}
                    if allowed and allowed > 1
                    else ""
                ),
            },
        )

    def _result_html(self, submission_id: str) -> SafeString:
        record = self.submissions[submission_id]
        options = {option.key: option for option in self.authored_options()}
        score = float(record["score"])
        selected = set(record["selected"])
        reveal = self.finished or score >= 1
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
        return _render(
            "result.html",
            {
                "verdict": _verdict(score),
                "verdict_text": _verdict_text(score),
                "score_text": _("Score: %(percent)d%%") % {"percent": round(score * 100)},
                "passed": self.passed,
                "question": self.question,
                "rows": rows,
                "attempts_text": self._attempts_text(),
                "can_retry": not self.finished,
            },
        )

    def _attempts_text(self) -> str:
        left = self.attempts_left
        if left is None:
            return _("You can try again.")
        if left == 0:
            return _("No attempts left.")
        return ngettext(
            "You can try %(count)d more time.", "You can try %(count)d more times.", left
        ) % {"count": left}

    # --- Handlers --------------------------------------------------------------------------

    @XBlock.json_handler
    def submit(self, data: Any, suffix: str = "") -> dict[str, Any]:
        """Grade the learner's choices: ``{"submission_id": a UUID the client made,
        "attempt": the attempt's token, "choices": [opaque ids]}``."""
        if not isinstance(data, dict):
            raise JsonHandlerError(400, _("This answer could not be read. Reload the page."))
        submission_id = _submission_id(data.get("submission_id"))
        if submission_id in self.submissions:
            return self._result_payload(submission_id)
        if self.problems():
            raise JsonHandlerError(409, _("This activity is not ready yet."))
        if self.finished:
            raise JsonHandlerError(403, _("You have no attempts left."))
        if not self.attempt_is_open() or data.get("attempt") != self.attempt["token"]:
            raise JsonHandlerError(
                409, _("This question has changed. Reload the page and answer again.")
            )
        shown = dict(self.attempt["choices"])
        choices = data.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise JsonHandlerError(400, _("This answer could not be read. Reload the page."))
        if any(choice not in shown for choice in choices):
            raise JsonHandlerError(400, _("That answer is not one of this question's options."))
        selected = {shown[choice] for choice in choices}
        if not selected:
            raise JsonHandlerError(400, _("Choose an answer first."))
        if not self.multiple_answers and len(selected) > 1:
            raise JsonHandlerError(400, _("Choose only one answer."))

        order = [key for _id, key in self.attempt["choices"]]
        score = score_selection(
            correct=[option.key for option in self.authored_options() if option.correct],
            selected=selected,
            multiple=self.multiple_answers,
        )
        remembered = list(self.submissions.items())[-(REMEMBERED_SUBMISSIONS - 1) :]
        self.submissions = {
            **dict(remembered),
            submission_id: {
                "attempt": self.attempt["number"],
                "order": order,
                "selected": [key for key in order if key in selected],
                "score": score,
            },
        }
        self.attempts_used += 1
        self.attempt = {**self.attempt, "submission": submission_id}
        self.best_score = max(score, self.best_score or 0.0)
        self.runtime.publish(
            self, "grade", {"value": score, "max_value": 1.0, "submission_id": submission_id}
        )
        return self._result_payload(submission_id)

    @XBlock.json_handler
    def retry(self, data: Any, suffix: str = "") -> dict[str, Any]:
        """Start the next attempt (the one already open, if there is one)."""
        if self.problems():
            raise JsonHandlerError(409, _("This activity is not ready yet."))
        if not self.attempt_is_open():
            if self.finished:
                raise JsonHandlerError(403, _("You have no attempts left."))
            self.open_attempt()
        return {
            "html": self._form_html(),
            "message": _("The options are in a new order. Choose again."),
        }

    def _result_payload(self, submission_id: str) -> dict[str, Any]:
        score = float(self.submissions[submission_id]["score"])
        return {
            "submission_id": submission_id,
            "score": score,
            "passed": self.passed,
            "attempts_used": self.attempts_used,
            "attempts_left": self.attempts_left,
            "finished": self.finished,
            "message": f"{_verdict_text(score)} {self._attempts_text()}",
            "html": self._result_html(submission_id),
        }


def _submission_id(value: Any) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as error:
        raise JsonHandlerError(400, _("This answer could not be read. Reload the page.")) from error


def _verdict(score: float) -> str:
    if score >= 1:
        return "correct"
    return "partial" if score > 0 else "wrong"


def _verdict_text(score: float) -> str:
    verdict = _verdict(score)
    if verdict == "correct":
        return _("Correct!")
    if verdict == "partial":
        return _("Partly correct.")
    return _("Not correct.")


@functools.cache
def _template(name: str) -> Template:
    return Engine.get_default().from_string(_TEMPLATES.joinpath(name).read_text(encoding="utf-8"))


def _render(name: str, context: dict[str, Any]) -> SafeString:
    return _template(name).render(Context(context))
