"""App simulation ("Simulasi aplikasi"): the steps of using a government app, on its screenshots.

Authored in the lesson (content scope), besides the settings every graded activity has
(`content.xblocks.graded`):
- ``app_name``: the app's name, shown above every screen; ``intro``: shown before the first step.
- ``screens``: the steps in order, each ``{"id", "image_url", "image_width", "image_height",
  "image_alt", "instruction", "kind", "hotspots", "field_label", "answers", "hint", "success"}``.
  A ``"tap"`` screen has ``hotspots`` ``[{"id", "label", "x", "y", "width", "height", "correct"}]``:
  rectangles in percent of the image (0 to 100), at least one correct and at least one decoy. A
  ``"type"`` screen has a simulated field, ``field_label``, whose typed value must match one of
  ``answers`` (compared as fill-in-the-blank compares: `fill_blank.is_accepted`). ``hint`` is
  shown after a wrong tap or answer, ``success`` after the right one. ``id``s are the
  StreamField list items' ids.

The browser never learns where the areas are or which is right: a tap sends its position (percent
of the image) and the server checks it against the rectangles. For keyboard and screen-reader
users every area, decoys included, is also a button labelled by the editor, shuffled for each
attempt and sent under an id made for that attempt only.

Each step is a call of the `step` handler: ``{"step_id": a UUID the client made, "attempt": the
attempt's token, "screen": the screen's id in this attempt, and "tap": {"x", "y"} or "area": an
area's id or "text": the typed value}``. A step whose id was seen before gets the answer it got
then and counts once. A wrong step shows the hint and marks the screen as helped; from the
`SHOW_AFTER_MISSES`th wrong step on the same screen, the reply also shows the way (the right area,
marked on the picture, or an accepted answer), so that nobody stays stuck. The right one moves on.
The attempt keeps the progress; after the last screen it is recorded as a submission
(`GradedActivity.record_submission`) whose score is the share of screens done without help.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from xblock.core import XBlock
from xblock.fields import List, Scope, String

from .fill_blank import answer_key, is_accepted
from .graded import (
    Graded,
    GradedActivity,
    opaque_ids,
    refuse,
    render,
    shuffled,
    submission_id_of,
    unreadable,
    verdict,
)

TAP, TYPE = "tap", "type"
# Steps of one attempt kept for answering retried calls; wrong taps can be many.
REMEMBERED_STEPS = 50
LONGEST_TYPED = 200
# Wrong steps on one screen after which the right place (or answer) is shown: a first-time user
# of an app must not be left stuck on a screen, and a screen where it is shown counts as helped.
SHOW_AFTER_MISSES = 2
# Rounding in the editor's sums (33.3 + 66.7) must not push an area off the image.
EDGE = 1e-6
# Where a screenshot may come from: this site, a web address, or an image inside the page.
_IMAGE_URL = re.compile(r"(?:https?://|/(?!/)|data:image/(?:png|jpeg|webp|gif);base64,)", re.I)


@dataclass(frozen=True)
class Hotspot:
    key: str
    label: str
    # (x, y, width, height) in percent of the image; None if the editor gave no numbers.
    box: tuple[float, float, float, float] | None
    correct: bool

    def inside_image(self) -> bool:
        if self.box is None:
            return False
        x, y, width, height = self.box
        return (
            x >= 0
            and y >= 0
            and width > 0
            and height > 0
            and x + width <= 100 + EDGE
            and y + height <= 100 + EDGE
        )

    def contains(self, x: float, y: float) -> bool:
        if self.box is None or not self.inside_image():
            return False
        left, top, width, height = self.box
        return left <= x <= left + width and top <= y <= top + height


@dataclass(frozen=True)
class Screen:
    key: str
    image_url: str
    image_width: int | None
    image_height: int | None
    image_alt: str
    instruction: str
    kind: str
    hotspots: tuple[Hotspot, ...]
    field_label: str
    answers: tuple[str, ...]
    hint: str
    success: str

    def accepts(self, typed: str) -> bool:
        return is_accepted(typed, list(self.answers))

    def hit(self, x: float, y: float) -> bool:
        return any(spot.correct and spot.contains(x, y) for spot in self.hotspots)


def _text(value: Any) -> str:
    return str(value if value is not None else "").strip()


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _size(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _hotspot(position: int, raw: Any) -> Hotspot:
    item = raw if isinstance(raw, dict) else {}
    x, y, width, height = (_number(item.get(name)) for name in ("x", "y", "width", "height"))
    box = None
    if x is not None and y is not None and width is not None and height is not None:
        box = (x, y, width, height)
    return Hotspot(
        key=str(item.get("id") or position),
        label=_text(item.get("label")),
        box=box,
        correct=bool(item.get("correct")),
    )


def _screen(position: int, raw: Any) -> Screen:
    item = raw if isinstance(raw, dict) else {}
    hotspots = item.get("hotspots")
    answers = item.get("answers")
    return Screen(
        key=str(item.get("id") or position),
        image_url=_text(item.get("image_url")),
        image_width=_size(item.get("image_width")),
        image_height=_size(item.get("image_height")),
        image_alt=_text(item.get("image_alt")),
        instruction=_text(item.get("instruction")),
        kind=_text(item.get("kind")) or TAP,
        hotspots=tuple(
            _hotspot(index, spot)
            for index, spot in enumerate(hotspots if isinstance(hotspots, list) else [])
        ),
        field_label=_text(item.get("field_label")),
        answers=tuple(
            answer
            for answer in (answers if isinstance(answers, list) else [])
            if isinstance(answer, str) and answer_key(answer)
        ),
        hint=_text(item.get("hint")),
        success=_text(item.get("success")),
    )


def screen_problems(number: int, screen: Screen) -> list[str]:
    """What is wrong with the `number`th screen (from 1)."""
    found = []
    where = {"number": number}
    if not screen.image_url:
        found.append(_("Screen %(number)d: add the screenshot.") % where)
    elif not _IMAGE_URL.match(screen.image_url):
        found.append(_("Screen %(number)d: the screenshot's address cannot be used.") % where)
    if not screen.image_alt:
        found.append(
            _("Screen %(number)d: describe the screenshot for people who cannot see it.") % where
        )
    if not screen.instruction:
        found.append(_("Screen %(number)d: write what the learner must do.") % where)
    if screen.kind == TAP:
        spots = screen.hotspots
        if not any(spot.correct for spot in spots):
            found.append(_("Screen %(number)d: mark at least one area as the right one.") % where)
        if all(spot.correct for spot in spots):
            found.append(_("Screen %(number)d: add at least one wrong area.") % where)
        if any(not spot.label for spot in spots):
            found.append(_("Screen %(number)d: every area needs a label.") % where)
        if not all(spot.inside_image() for spot in spots):
            found.append(
                _("Screen %(number)d: every area must lie on the image (0 to 100%%).") % where
            )
        if len({spot.key for spot in spots}) != len(spots):
            found.append(_("Screen %(number)d: two areas have the same id.") % where)
    elif screen.kind == TYPE:
        if not screen.field_label:
            found.append(_("Screen %(number)d: write the label of the field.") % where)
        if not screen.answers:
            found.append(_("Screen %(number)d: give at least one accepted answer.") % where)
    else:
        found.append(_("Screen %(number)d: choose whether the learner taps or types.") % where)
    return found


class AppSimulationBlock(GradedActivity):
    template_dir = "app_simulation"
    resource_name = "app_simulation"
    js_init = "PanduAppSimulation"

    type_label = gettext_lazy("App simulation")
    display_name = String(scope=Scope.settings, default="App simulation")
    app_name = String(scope=Scope.content, default="")
    intro = String(scope=Scope.content, default="")
    screens = List(scope=Scope.content, default=[])

    def authored_screens(self) -> list[Screen]:
        return [_screen(position, raw) for position, raw in enumerate(self.screens)]

    def screens_by_key(self) -> dict[str, Screen]:
        return {screen.key: screen for screen in self.authored_screens()}

    def content_problems(self) -> list[str]:
        screens = self.authored_screens()
        found = []
        if not self.app_name.strip():
            found.append(_("Write the name of the app."))
        if not screens:
            found.append(_("Add at least one screen."))
        if len({screen.key for screen in screens}) != len(screens):
            found.append(_("Two screens have the same id."))
        for number, screen in enumerate(screens, start=1):
            found.extend(screen_problems(number, screen))
        return found

    # The layout: {"screens": [{"key", "id": the screen's id in this attempt, "kind",
    # "areas": [[opaque id, hotspot key], …] in the order shown}, …]} in the editor's order.
    # The attempt's "progress": {"current": index of the screen shown, "helped": keys of the
    # screens where a hint was needed, "misses": {screen key: wrong steps}, "steps": {step id:
    # what `step` found}}.

    def new_layout(self, previous: Any) -> dict[str, Any]:
        screens = self.authored_screens()
        before = {
            placed.get("key"): [key for _id, key in placed.get("areas", [])]
            for placed in (previous.get("screens", []) if isinstance(previous, dict) else [])
            if isinstance(placed, dict)
        }
        ids = iter(opaque_ids(len(screens) + sum(len(screen.hotspots) for screen in screens)))
        placed_screens = []
        for screen in screens:
            order = (
                shuffled([spot.key for spot in screen.hotspots], unlike=before.get(screen.key, []))
                if screen.kind == TAP
                else []
            )
            placed_screens.append(
                {
                    "key": screen.key,
                    "id": next(ids),
                    "kind": screen.kind,
                    "areas": [[next(ids), key] for key in order],
                }
            )
        return {"screens": placed_screens}

    def layout_is_current(self, layout: Any) -> bool:
        if not isinstance(layout, dict) or not isinstance(layout.get("screens"), list):
            return False
        shown = [
            (placed["key"], placed["kind"], sorted(key for _id, key in placed["areas"]))
            for placed in layout["screens"]
        ]
        authored = [
            (
                screen.key,
                screen.kind,
                sorted(spot.key for spot in screen.hotspots) if screen.kind == TAP else [],
            )
            for screen in self.authored_screens()
        ]
        return shown == authored

    def grade(self, layout: Any, data: dict[str, Any]) -> Graded:
        refuse(400, _("This activity is answered one step at a time. Reload the page."))

    def progress(self) -> dict[str, Any]:
        found = self.attempt.get("progress")
        if not isinstance(found, dict):
            return {"current": 0, "helped": [], "misses": {}, "steps": {}}
        return {"misses": {}, **found}

    # --- The screen shown ---------------------------------------------------------------------

    def form_context(self, layout: Any) -> dict[str, Any]:
        progress = self.progress()
        index = progress["current"]
        placed = layout["screens"][index]
        screens = self.screens_by_key()
        screen = screens[placed["key"]]
        labels = {spot.key: spot.label for spot in screen.hotspots}
        previous = screens.get(layout["screens"][index - 1]["key"]) if index else None
        return {
            "app_name": self.app_name.strip(),
            "intro": self.intro.strip() if index == 0 else "",
            "number": index + 1,
            "total": len(layout["screens"]),
            "done": index,
            "screen_id": placed["id"],
            "kind": screen.kind,
            "image_url": screen.image_url,
            "image_width": screen.image_width,
            "image_height": screen.image_height,
            "image_alt": screen.image_alt,
            "instruction": screen.instruction,
            "areas": [{"id": area_id, "label": labels[key]} for area_id, key in placed["areas"]],
            "field_label": screen.field_label,
            "hint": self.hint_of(screen) if screen.key in progress["helped"] else "",
            "success": (previous.success or _("Correct!")) if previous else "",
        }

    def form_html(self) -> SafeString:
        allowed = self.attempts_allowed
        return render(
            "app_simulation/form.html",
            {
                "dom_id": self.dom_id(),
                "token": self.attempt["token"],
                "attempt_label": (
                    _("Attempt %(number)d of %(total)d")
                    % {"number": self.attempt["number"], "total": allowed}
                    if allowed and allowed > 1
                    else ""
                ),
                **self.form_context(self.attempt["layout"]),
            },
        )

    @staticmethod
    def hint_of(screen: Screen) -> str:
        return screen.hint or _("Read the instruction again and try once more.")

    # --- Steps --------------------------------------------------------------------------------

    @XBlock.json_handler
    def step(self, data: Any, suffix: str = "") -> dict[str, Any]:
        """One tap, choice or typed value on the screen shown (see the module's docstring)."""
        if not isinstance(data, dict):
            unreadable()
        step_id = submission_id_of(data.get("step_id"))
        known = self.progress()["steps"].get(step_id)
        if known is not None:
            return self.step_reply(step_id, known)
        if step_id in self.submissions:
            # The last step of an attempt closed since: its result.
            return self.finished_reply(step_id, "")
        self.check_open_attempt(data.get("attempt"))
        layout, progress = self.attempt["layout"], self.progress()
        index = progress["current"]
        placed = layout["screens"][index]
        if data.get("screen") != placed["id"]:
            if any(data.get("screen") == other["id"] for other in layout["screens"]):
                refuse(409, _("This step is done already. Reload the page to go on."))
            refuse(400, _("That is not a screen of this activity."))
        screen = self.screens_by_key()[placed["key"]]
        found = {"screen": screen.key, "correct": self.check_step(screen, placed, data)}
        helped, misses = list(progress["helped"]), dict(progress["misses"])
        if not found["correct"]:
            if screen.key not in helped:
                helped.append(screen.key)
            misses[screen.key] = found["misses"] = misses.get(screen.key, 0) + 1
        current = index + 1 if found["correct"] else index
        finished = current == len(layout["screens"])
        found["done"] = finished
        steps = list(progress["steps"].items())[-(REMEMBERED_STEPS - 1) :]
        self.attempt = {
            **self.attempt,
            "progress": {
                "current": min(current, len(layout["screens"]) - 1),
                "helped": helped,
                "misses": misses,
                "steps": {**dict(steps), step_id: found},
            },
        }
        if finished:
            total = len(layout["screens"])
            self.record_submission(
                step_id,
                Graded(
                    (total - len(helped)) / total,
                    {"screens": [placed["key"] for placed in layout["screens"]], "helped": helped},
                ),
            )
        return self.step_reply(step_id, found)

    def check_step(self, screen: Screen, placed: dict[str, Any], data: dict[str, Any]) -> bool:
        """Whether the learner's step on `screen` is the right one; a refusal if it cannot be
        read."""
        given = [name for name in ("tap", "area", "text") if name in data]
        if len(given) != 1:
            unreadable()
        if screen.kind == TYPE:
            typed = data.get("text")
            if given != ["text"] or not isinstance(typed, str):
                unreadable()
            if len(typed) > LONGEST_TYPED:
                refuse(400, _("That answer is too long."))
            if not answer_key(typed):
                refuse(400, _("Type your answer first."))
            return screen.accepts(typed)
        spots = {spot.key: spot for spot in screen.hotspots}
        if given == ["area"]:
            areas, area = dict(placed["areas"]), data["area"]
            if not isinstance(area, str) or area not in areas:
                refuse(400, _("That place is not on this screen."))
            return spots[areas[area]].correct
        tap = data.get("tap")
        if given != ["tap"] or not isinstance(tap, dict):
            unreadable()
        x, y = _number(tap.get("x")), _number(tap.get("y"))
        if x is None or y is None or not (0 <= x <= 100 and 0 <= y <= 100):
            unreadable()
        return screen.hit(x, y)

    def step_reply(self, step_id: str, found: dict[str, Any]) -> dict[str, Any]:
        screen = self.screens_by_key().get(found["screen"])
        if not found["correct"]:
            shown = (
                self.the_way(screen)
                if screen and found.get("misses", 0) >= SHOW_AFTER_MISSES
                else None
            )
            hint = self.hint_of(screen) if screen else ""
            return {
                "correct": False,
                "done": False,
                "message": f"{hint} {shown['message']}" if shown else hint,
                "html": "",
                "show": shown,
            }
        success = (screen.success if screen else "") or _("Correct!")
        if found["done"] and step_id in self.submissions:
            return self.finished_reply(step_id, success)
        return {
            "correct": True,
            "done": False,
            "message": success,
            "html": self.form_html() if self.attempt_is_open() else "",
        }

    def the_way(self, screen: Screen) -> dict[str, Any] | None:
        """What shows a stuck learner the way on `screen`: the right area (its id in this
        attempt, its label, and its place in percent of the picture) or an accepted answer."""
        if screen.kind == TYPE:
            answer = screen.answers[0] if screen.answers else ""
            if not answer:
                return None
            return {
                "answer": answer,
                "message": _("The answer is: %(answer)s. Type it to go on.") % {"answer": answer},
            }
        right = next((spot for spot in screen.hotspots if spot.correct and spot.box), None)
        placed = next(
            (
                placed
                for placed in self.attempt.get("layout", {}).get("screens", [])
                if placed.get("key") == screen.key
            ),
            None,
        )
        if right is None or right.box is None or placed is None:
            return None
        area = next((area_id for area_id, key in placed["areas"] if key == right.key), None)
        x, y, width, height = right.box
        return {
            "area": area,
            "label": right.label,
            "box": {"x": x, "y": y, "width": width, "height": height},
            "message": _("The right place is marked on the picture: “%(label)s”. Tap it to go on.")
            % {"label": right.label},
        }

    def finished_reply(self, submission_id: str, success: str) -> dict[str, Any]:
        result = self.result_payload(submission_id)
        return {
            **result,
            "correct": True,
            "done": True,
            "message": f"{success} {result['message']}".strip(),
        }

    # --- The result ---------------------------------------------------------------------------

    def result_html(self, submission_id: str) -> SafeString:
        record = self.submissions[submission_id]
        score = float(record["score"])
        return render(
            "graded/result.html",
            {
                "verdict": verdict(score),
                "verdict_text": self.verdict_text(score),
                "score_text": _("Score: %(percent)d%%") % {"percent": round(score * 100)},
                "passed": self.passed,
                "review": render(
                    "app_simulation/review.html",
                    self.review_context(record, reveal=self.finished or score >= 1),
                ),
                "attempts_text": self.attempts_text(),
                "can_retry": not self.finished,
            },
        )

    def result_payload(self, submission_id: str) -> dict[str, Any]:
        score = float(self.submissions[submission_id]["score"])
        return {
            **super().result_payload(submission_id),
            "message": f"{self.verdict_text(score)} {self.attempts_text()}",
        }

    @staticmethod
    def verdict_text(score: float) -> str:
        if score >= 1:
            return _("Well done! You did every step without help.")
        return _("You finished the simulation.")

    def review_context(self, record: dict[str, Any], *, reveal: bool) -> dict[str, Any]:
        screens = self.screens_by_key()
        keys = [key for key in record["screens"] if key in screens]
        helped = set(record["helped"])
        alone = sum(1 for key in keys if key not in helped)
        return {
            "summary": ngettext(
                "%(done)d of %(total)d step without help",
                "%(done)d of %(total)d steps without help",
                len(keys),
            )
            % {"done": alone, "total": len(keys)},
            "rows": [
                {"instruction": screens[key].instruction, "helped": key in helped} for key in keys
            ],
        }

    def retry_message(self) -> str:
        return _("The simulation starts again from the first step.")

    def js_messages(self) -> dict[str, str]:
        return {"typeFirst": _("Type your answer first.")}
