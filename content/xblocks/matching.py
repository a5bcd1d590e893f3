"""Matching: pair each term with its meaning.

Authored in the lesson (content scope), besides the settings every graded activity has
(`content.xblocks.graded`):
- ``question``: the instruction, plain text (a general one is shown if it is empty).
- ``pairs``: a list of ``{"id": str, "term": str, "meaning": str}``, each term with its meaning;
  ``id`` is the StreamField list item's id (the position in the list if absent), the same in
  every language.

Each attempt shows the terms in one order and the meanings in another, both shuffled on the
server, each under ids made for that attempt only: a term's id and its meaning's id are unrelated
random strings, so neither the ids nor the two orders tell which meaning goes with which term.
For each term the learner chooses a meaning from a list (a native ``<select>``: it works by touch,
keyboard and screen reader alike), and the client sends ``{"matches": {term id: meaning id}}``.

Scoring (`score_matches`): the share of terms given their own meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from xblock.fields import List, Scope, String

from .fill_blank import answer_key
from .graded import Graded, GradedActivity, opaque_ids, refuse, shuffled, unreadable


@dataclass(frozen=True)
class Pair:
    key: str
    term: str
    meaning: str


def score_matches(chosen: Mapping[str, str | None], pairs: int) -> float:
    """The score (0 to 1) of `chosen`, term key -> the key of the pair whose meaning was chosen
    for it, out of `pairs` pairs."""
    if pairs <= 0:
        return 0.0
    return sum(1 for term, meaning in chosen.items() if term == meaning) / pairs


class MatchingBlock(GradedActivity):
    template_dir = "matching"
    resource_name = "matching"
    js_init = "PanduMatching"

    type_label = gettext_lazy("Matching")
    display_name = String(scope=Scope.settings, default="Matching")
    question = String(scope=Scope.content, default="")
    pairs = List(scope=Scope.content, default=[])

    def authored_pairs(self) -> list[Pair]:
        result = []
        for position, raw in enumerate(self.pairs):
            item = raw if isinstance(raw, dict) else {}
            result.append(
                Pair(
                    key=str(item.get("id") or position),
                    term=str(item.get("term") or "").strip(),
                    meaning=str(item.get("meaning") or "").strip(),
                )
            )
        return result

    def content_problems(self) -> list[str]:
        pairs = self.authored_pairs()
        found = []
        if len(pairs) < 2:
            found.append(_("Give at least two pairs."))
        if any(not pair.term for pair in pairs):
            found.append(_("Every pair needs a term."))
        if any(not pair.meaning for pair in pairs):
            found.append(_("Every pair needs a meaning."))
        terms = [answer_key(pair.term) for pair in pairs if pair.term]
        if len(set(terms)) != len(terms):
            found.append(_("Two pairs have the same term."))
        meanings = [answer_key(pair.meaning) for pair in pairs if pair.meaning]
        if len(set(meanings)) != len(meanings):
            found.append(_("Two pairs have the same meaning."))
        if len({pair.key for pair in pairs}) != len(pairs):
            found.append(_("Two pairs have the same id."))
        return found

    # The layout: {"terms": [[opaque id, pair key], …], "meanings": [[opaque id, pair key], …]},
    # each in the order shown; the two lists' ids are made independently.

    def new_layout(self, previous: Any) -> dict[str, list[list[str]]]:
        keys = [pair.key for pair in self.authored_pairs()]
        before = previous if isinstance(previous, dict) else {}
        layout = {}
        for part in ("terms", "meanings"):
            order = shuffled(keys, unlike=[key for _id, key in before.get(part, [])])
            layout[part] = [list(item) for item in zip(opaque_ids(len(keys)), order, strict=True)]
        return layout

    def layout_is_current(self, layout: Any) -> bool:
        if not isinstance(layout, dict):
            return False
        keys = sorted(pair.key for pair in self.authored_pairs())
        return all(
            sorted(key for _id, key in layout.get(part, [])) == keys
            for part in ("terms", "meanings")
        )

    def grade(self, layout: Any, data: dict[str, Any]) -> Graded:
        terms, meanings = dict(layout["terms"]), dict(layout["meanings"])
        matches = data.get("matches")
        if not isinstance(matches, dict) or not all(
            isinstance(value, str) for value in matches.values()
        ):
            unreadable()
        if any(term not in terms for term in matches) or any(
            meaning not in meanings for meaning in matches.values()
        ):
            refuse(400, _("That answer is not one of this activity's choices."))
        if set(matches) != set(terms):
            refuse(400, _("Choose a meaning for every term."))
        chosen = {terms[term]: meanings[meaning] for term, meaning in matches.items()}
        order = [key for _id, key in layout["terms"]]
        return Graded(
            score_matches(chosen, len(terms)),
            {"order": order, "chosen": {key: chosen[key] for key in order}},
        )

    def form_context(self, layout: Any) -> dict[str, Any]:
        pairs = {pair.key: pair for pair in self.authored_pairs()}
        return {
            "question": self.question.strip() or _("Match each term with its meaning."),
            "terms": [{"id": term_id, "text": pairs[key].term} for term_id, key in layout["terms"]],
            "meanings": [
                {"id": meaning_id, "text": pairs[key].meaning}
                for meaning_id, key in layout["meanings"]
            ],
        }

    def review_context(self, record: dict[str, Any], *, reveal: bool) -> dict[str, Any]:
        pairs = {pair.key: pair for pair in self.authored_pairs()}
        rows = []
        for key in record["order"]:
            pair = pairs.get(key)
            if pair is None:
                continue
            chosen = pairs.get(record["chosen"].get(key) or "")
            correct = chosen is not None and chosen.key == key
            rows.append(
                {
                    "term": pair.term,
                    "chosen": chosen.meaning if chosen else "",
                    "mark": "correct" if correct else "wrong",
                    "right": pair.meaning if reveal and not correct else "",
                }
            )
        return {"question": self.question.strip(), "rows": rows}

    def answer_required_message(self) -> str:
        return _("Choose a meaning for every term.")

    def retry_message(self) -> str:
        return _("The terms and meanings are in a new order. Match them again.")
