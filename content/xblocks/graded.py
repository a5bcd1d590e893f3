"""What every graded Pandu activity shares: attempts, retried submissions, server-side grading.

A subclass of `GradedActivity` says what the editor wrote and how to grade it; this class does
the rest, the same way for every type:

- Attempts. Each attempt gets a `layout` made on the server (`new_layout`): the activity's parts
  in a shuffled order under ids made for that attempt only, so neither the order nor the ids in
  the page tell the answer. The attempt's token must come back with the answer.
- Submissions. The client makes an id for each submission. A submission whose id was seen before
  is answered with the result stored then: a retry neither grades again nor uses an attempt.
  Answers from another attempt, a stale attempt, or with no attempts left are refused and change
  nothing. Only the server grades (`grade`); anything else in the request (a score, say) is
  ignored.
- Settings: `max_attempts` (0: no limit), `allow_retry` (False: one submission only),
  `pass_threshold` (0 to 1: the activity's own "passed" mark, once the best score reaches it).
- Results become ``publish(self, "grade", …)``, which the runtime turns into the
  `content.signals.activity_scored` signal.

Subclass hooks (see each method): `content_problems`, `new_layout`, `layout_is_current`,
`grade`, `form_context`, `review_context`; class attributes `template_dir` (the type's templates
under ``templates/``: ``form.html`` and ``review.html``), `resource_name` (its
``static/<name>.css`` and ``.js``), `js_init` (its JavaScript initialiser) and
`answer_required_message`.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any, ClassVar, NoReturn

from django.conf import settings
from django.template import Context, Engine, Template
from django.utils.functional import Promise
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from web_fragments.fragment import Fragment
from xblock.core import XBlock
from xblock.exceptions import JsonHandlerError
from xblock.fields import Boolean, Dict, Float, Integer, Scope, String
from xblock.validation import Validation, ValidationMessage

# Results kept for answering retried submissions; older ones are forgotten (and a retry that old
# finds its attempt closed).
REMEMBERED_SUBMISSIONS = 50
_TEMPLATES = files(__package__).joinpath("templates")


@dataclass(frozen=True)
class Graded:
    """What `grade` found: the score (0 to 1) and what the review needs to show it again."""

    score: float
    record: dict[str, Any] = field(default_factory=dict)


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


def opaque_ids(count: int) -> list[str]:
    """`count` different random ids, for one attempt's parts."""
    ids: list[str] = []
    while len(ids) < count:
        new = secrets.token_urlsafe(12)
        if new not in ids:
            ids.append(new)
    return ids


def refuse(status: int, message: str) -> NoReturn:
    """Answer a handler call with an error the learner reads; nothing is saved."""
    raise JsonHandlerError(status, message)


def unreadable() -> NoReturn:
    refuse(400, _("This answer could not be read. Reload the page."))


def list_of_ids(value: Any) -> list[str]:
    """A JSON list of strings from the client, or a refusal."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        unreadable()
    return value


class GradedActivity(XBlock):
    has_score = True
    public_dir = "static"

    template_dir: ClassVar[str] = ""
    resource_name: ClassVar[str] = ""
    js_init: ClassVar[str] = ""

    # What the activity is called when the editor gave it no title, in the learner's language.
    type_label: ClassVar[Promise] = gettext_lazy("Activity")

    display_name = String(scope=Scope.settings, default="Activity")
    max_attempts = Integer(scope=Scope.settings, default=0)
    allow_retry = Boolean(scope=Scope.settings, default=True)
    pass_threshold = Float(scope=Scope.settings, default=1.0)

    # The open or last attempt: {"number", "token", "layout": what `new_layout` made,
    # "submission": the id of its submission, or None while open}.
    attempt = Dict(scope=Scope.user_state, default={})
    attempts_used = Integer(scope=Scope.user_state, default=0)
    # Submission id -> {"attempt", "score", …what `grade` recorded}, the newest last.
    submissions = Dict(scope=Scope.user_state, default={})
    best_score = Float(scope=Scope.user_state, default=None)

    # --- Hooks of each type -------------------------------------------------------------------

    def content_problems(self) -> list[str]:
        """What in the editor's content stops the activity from being used."""
        raise NotImplementedError

    def new_layout(self, previous: Any) -> Any:
        """A new attempt's parts (JSON): shuffled, under new opaque ids. `previous` is the last
        attempt's layout (None at first), so the order can differ from it."""
        raise NotImplementedError

    def layout_is_current(self, layout: Any) -> bool:
        """Whether an attempt's layout still shows the content the editor has now."""
        raise NotImplementedError

    def grade(self, layout: Any, data: dict[str, Any]) -> Graded:
        """Grade the learner's answer `data` to the attempt shown as `layout`. Refuse (see
        `refuse`, `unreadable`) an answer that does not fit the attempt."""
        raise NotImplementedError

    def form_context(self, layout: Any) -> dict[str, Any]:
        """The type's ``form.html`` context (besides ``dom_id``)."""
        raise NotImplementedError

    def review_context(self, record: dict[str, Any], *, reveal: bool) -> dict[str, Any]:
        """The type's ``review.html`` context for a graded submission. `reveal`: the right
        answers may be shown (the learner got everything right or has no attempts left)."""
        raise NotImplementedError

    def js_messages(self) -> dict[str, str]:
        """Texts the type's JavaScript shows, besides the shared ones."""
        return {}

    # --- Problems -----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What stops this activity from being used, for the editor (empty if nothing does)."""
        found = list(self.content_problems())
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

    # --- Attempts -----------------------------------------------------------------------------

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
        """An attempt waits for its submission, and shows the content the editor has now."""
        attempt = self.attempt
        if not attempt.get("token") or attempt.get("submission"):
            return False
        return self.layout_is_current(attempt.get("layout"))

    def open_attempt(self) -> None:
        self.attempt = {
            "number": self.attempts_used + 1,
            "token": secrets.token_urlsafe(16),
            "layout": self.new_layout(self.attempt.get("layout")),
            "submission": None,
        }

    def check_open_attempt(self, token: Any) -> None:
        """Refuse an answer unless it is for the open attempt and attempts are left."""
        if self.problems():
            refuse(409, _("This activity is not ready yet."))
        if self.finished:
            refuse(403, _("You have no attempts left."))
        if not self.attempt_is_open() or token != self.attempt["token"]:
            refuse(409, _("This activity has changed. Reload the page and answer again."))

    def record_submission(self, submission_id: str, graded: Graded) -> None:
        """Keep a graded submission, close the attempt, and report the grade."""
        remembered = list(self.submissions.items())[-(REMEMBERED_SUBMISSIONS - 1) :]
        self.submissions = {
            **dict(remembered),
            submission_id: {
                **graded.record,
                "attempt": self.attempt["number"],
                "score": graded.score,
            },
        }
        self.attempts_used += 1
        self.attempt = {**self.attempt, "submission": submission_id}
        self.best_score = max(graded.score, self.best_score or 0.0)
        self.runtime.publish(
            self, "grade", {"value": graded.score, "max_value": 1.0, "submission_id": submission_id}
        )

    # --- Views --------------------------------------------------------------------------------

    def student_view(self, context: dict[str, Any] | None = None) -> Fragment:
        if self.problems():
            return Fragment(render("graded/unavailable.html", {}))
        last: str = self.attempt.get("submission") or next(reversed(self.submissions), "")
        if last in self.submissions and (self.finished or not self.attempt_is_open()):
            body = self.result_html(last)
        else:
            if not self.attempt_is_open():
                self.open_attempt()
            body = self.form_html()
        fragment = Fragment(
            render(
                "graded/block.html",
                {"body": body, "type": self.resource_name, "title": self.title()},
            )
        )
        for path in ("static/activity.css", f"static/{self.resource_name}.css"):
            fragment.add_css_url(self.runtime.local_resource_url(self, path))
        for path in ("static/activity.js", f"static/{self.resource_name}.js"):
            fragment.add_javascript_url(self.runtime.local_resource_url(self, path))
        fragment.initialize_js(
            self.js_init,
            {
                "csrfCookieName": settings.CSRF_COOKIE_NAME,
                "messages": {
                    "answer": self.answer_required_message(),
                    "checking": _("Checking your answer…"),
                    "offline": _(
                        "Could not reach the server. Check your connection and try again."
                    ),
                    "failed": _("Something went wrong. Please try again."),
                    **self.js_messages(),
                },
            },
        )
        return fragment

    def title(self) -> str:
        """The editor's title, else the name of the activity's type."""
        name = (self.display_name or "").strip()
        if name and name != type(self).fields["display_name"].default:
            return name
        return str(self.type_label)

    def answer_required_message(self) -> str:
        return _("Answer first, then check.")

    def dom_id(self) -> str:
        digest = hashlib.sha256(str(self.scope_ids.usage_id).encode()).hexdigest()[:10]
        return f"pa-{digest}-{self.attempt.get('number', 0)}"

    def form_html(self) -> SafeString:
        allowed = self.attempts_allowed
        number = self.attempt["number"]
        fields = render(
            f"{self.template_dir}/form.html",
            {"dom_id": self.dom_id(), **self.form_context(self.attempt["layout"])},
        )
        return render(
            "graded/form.html",
            {
                "token": self.attempt["token"],
                "fields": fields,
                "attempt_label": (
                    _("Attempt %(number)d of %(total)d") % {"number": number, "total": allowed}
                    if allowed and allowed > 1
                    else ""
                ),
            },
        )

    def result_html(self, submission_id: str) -> SafeString:
        record = self.submissions[submission_id]
        score = float(record["score"])
        review = render(
            f"{self.template_dir}/review.html",
            self.review_context(record, reveal=self.finished or score >= 1),
        )
        return render(
            "graded/result.html",
            {
                "verdict": verdict(score),
                "verdict_text": verdict_text(score),
                "score_text": _("Score: %(percent)d%%") % {"percent": round(score * 100)},
                "passed": self.passed,
                "review": review,
                "attempts_text": self.attempts_text(),
                "can_retry": not self.finished,
            },
        )

    def attempts_text(self) -> str:
        left = self.attempts_left
        if left is None:
            return _("You can try again.")
        if left == 0:
            return _("No attempts left.")
        return ngettext(
            "You can try %(count)d more time.", "You can try %(count)d more times.", left
        ) % {"count": left}

    # --- Handlers -----------------------------------------------------------------------------

    @XBlock.json_handler
    def submit(self, data: Any, suffix: str = "") -> dict[str, Any]:
        """Grade the learner's answer: ``{"submission_id": a UUID the client made, "attempt":
        the attempt's token, …the type's answer}``."""
        if not isinstance(data, dict):
            unreadable()
        submission_id = submission_id_of(data.get("submission_id"))
        if submission_id in self.submissions:
            return self.result_payload(submission_id)
        self.check_open_attempt(data.get("attempt"))
        self.record_submission(submission_id, self.grade(self.attempt["layout"], data))
        return self.result_payload(submission_id)

    @XBlock.json_handler
    def retry(self, data: Any, suffix: str = "") -> dict[str, Any]:
        """Start the next attempt (the one already open, if there is one)."""
        if self.problems():
            refuse(409, _("This activity is not ready yet."))
        if not self.attempt_is_open():
            if self.finished:
                refuse(403, _("You have no attempts left."))
            self.open_attempt()
        return {"html": self.form_html(), "message": self.retry_message()}

    def retry_message(self) -> str:
        return _("A new attempt has started, in a new order.")

    def result_payload(self, submission_id: str) -> dict[str, Any]:
        score = float(self.submissions[submission_id]["score"])
        return {
            "submission_id": submission_id,
            "score": score,
            "passed": self.passed,
            "attempts_used": self.attempts_used,
            "attempts_left": self.attempts_left,
            "finished": self.finished,
            "message": f"{verdict_text(score)} {self.attempts_text()}",
            "html": self.result_html(submission_id),
        }


def submission_id_of(value: Any) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        unreadable()


def verdict(score: float) -> str:
    if score >= 1:
        return "correct"
    return "partial" if score > 0 else "wrong"


def verdict_text(score: float) -> str:
    found = verdict(score)
    if found == "correct":
        return _("Correct!")
    if found == "partial":
        return _("Partly correct.")
    return _("Not correct.")


@functools.cache
def _template(name: str) -> Template:
    return Engine.get_default().from_string(_TEMPLATES.joinpath(name).read_text(encoding="utf-8"))


def render(name: str, context: dict[str, Any]) -> SafeString:
    """A template of the activities' package (``templates/<name>``), not of the site."""
    return _template(name).render(Context(context))
