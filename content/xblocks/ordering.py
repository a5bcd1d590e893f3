"""Ordering: put the steps of a procedure in the right order.

Authored in the lesson (content scope), besides the settings every graded activity has
(`content.xblocks.graded`):
- ``question``: the instruction, plain text.
- ``items``: ``[{"id": str, "text": str}]`` in the right order; ``id`` is the StreamField list
  item's id (the position in the list if absent), the same in every language.

Each attempt shows the items in an order shuffled on the server, never the right order and, from
three items on, never the previous attempt's either, each under an id made for that attempt only.
The learner drags the items, or moves them with "Up" and "Down" buttons, and the client sends the
ids in the order they end up in (``{"order": [ids]}``).

Score (`score_order`): the items in their right place / the items.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from xblock.fields import List, Scope, String

from .graded import Graded, GradedActivity, list_of_ids, opaque_ids, refuse, shuffled

# Random tries at an order unlike both the right one and the last one, before taking the first
# suitable swap (with three items, a try fails a third of the time).
_TRIES = 20


@dataclass(frozen=True)
class Item:
    key: str
    text: str


def score_order(*, correct: Sequence[str], given: Sequence[str]) -> float:
    """The share of `given` in the same place as in `correct` (0 to 1)."""
    if not correct or len(given) != len(correct):
        return 0.0
    return sum(a == b for a, b in zip(given, correct, strict=True)) / len(correct)


def new_order(correct: Sequence[str], *, previous: Sequence[str] = ()) -> list[str]:
    """`correct` shuffled: never in the right order when there are two items or more, and unlike
    `previous` when there are three or more (with two, only one order is left)."""
    avoid = [list(correct)]
    if len(correct) >= 3 and sorted(previous) == sorted(correct):
        avoid.append(list(previous))
    order = shuffled(correct, unlike=correct)
    for _try in range(_TRIES):
        if order not in avoid:
            return order
        order = shuffled(correct, unlike=correct)
    for first, second in itertools.combinations(range(len(order)), 2):
        swapped = list(order)
        swapped[first], swapped[second] = swapped[second], swapped[first]
        if swapped not in avoid:
            return swapped
    return order


def _same_text(text: str) -> str:
    return " ".join(text.split()).casefold()


class OrderingBlock(GradedActivity):
    template_dir = "ordering"
    resource_name = "ordering"
    js_init = "PanduOrdering"

    type_label = gettext_lazy("Ordering")
    display_name = String(scope=Scope.settings, default="Ordering")
    question = String(scope=Scope.content, default="")
    items = List(scope=Scope.content, default=[])

    def authored_items(self) -> list[Item]:
        result = []
        for position, raw in enumerate(self.items):
            item = raw if isinstance(raw, dict) else {"text": raw}
            result.append(
                Item(
                    key=str(item.get("id") or position),
                    text=str(item.get("text") or "").strip(),
                )
            )
        return result

    def correct_order(self) -> list[str]:
        return [item.key for item in self.authored_items()]

    def content_problems(self) -> list[str]:
        items = self.authored_items()
        found = []
        if not self.question.strip():
            found.append(_("Write the question."))
        # Two items would give the answer away: the order shown is never the right one.
        if len(items) < 3:
            found.append(_("Give at least three items to put in order."))
        if any(not item.text for item in items):
            found.append(_("Every item needs a text."))
        texts = [_same_text(item.text) for item in items if item.text]
        if len(set(texts)) != len(texts):
            found.append(
                _("Two items have the same text, so either could be first. Make each different.")
            )
        if len({item.key for item in items}) != len(items):
            found.append(_("Two items have the same id."))
        return found

    # The layout: [[opaque id, item key], …] in the order shown.

    def new_layout(self, previous: Any) -> list[list[str]]:
        before = [key for _id, key in previous] if isinstance(previous, list) else []
        order = new_order(self.correct_order(), previous=before)
        return [list(pair) for pair in zip(opaque_ids(len(order)), order, strict=True)]

    def layout_is_current(self, layout: Any) -> bool:
        if not isinstance(layout, list):
            return False
        shown = [key for _id, key in layout]
        correct = self.correct_order()
        # An editor who reorders the items may make the shown order the right one: start again.
        return sorted(shown) == sorted(correct) and shown != correct

    def grade(self, layout: Any, data: dict[str, Any]) -> Graded:
        shown = dict(layout)
        order = list_of_ids(data.get("order"))
        if sorted(order) != sorted(shown):
            refuse(400, _("That order does not match this activity's items. Reload the page."))
        given = [shown[item_id] for item_id in order]
        return Graded(score_order(correct=self.correct_order(), given=given), {"order": given})

    def form_context(self, layout: Any) -> dict[str, Any]:
        texts = {item.key: item.text for item in self.authored_items()}
        return {
            "question": self.question,
            "items": [
                {
                    "id": item_id,
                    "text": texts[key],
                    "up_label": _("Move up: %(item)s") % {"item": texts[key]},
                    "down_label": _("Move down: %(item)s") % {"item": texts[key]},
                }
                for item_id, key in layout
            ],
        }

    def review_context(self, record: dict[str, Any], *, reveal: bool) -> dict[str, Any]:
        texts = {item.key: item.text for item in self.authored_items()}
        correct = self.correct_order()
        rows = [
            {"text": texts[key], "right": position < len(correct) and correct[position] == key}
            for position, key in enumerate(record["order"])
            if key in texts
        ]
        return {
            "question": self.question,
            "rows": rows,
            "right_order": [texts[key] for key in correct] if reveal else [],
        }

    def js_messages(self) -> dict[str, str]:
        return {
            "moved": _("Moved to position %(position)s of %(total)s."),
            "first": _("This is already the first item."),
            "last": _("This is already the last item."),
        }

    def retry_message(self) -> str:
        return _("The items are in a new order. Put them in order again.")
