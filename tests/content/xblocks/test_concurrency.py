"""A double tap, or a retry racing the original: one learner's submissions take turns. Needs
PostgreSQL: SQLite runs one write transaction at a time, so nothing can race there."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from tests.concurrency import at_once, needs_postgresql

from .conftest import Activity, make_learner, mc_fields, new_usage_id, read_form

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    needs_postgresql,
]


def test_the_same_submission_at_once_is_graded_once(scored: list[dict[str, Any]]) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=make_learner(), fields=mc_fields())
    form = read_form(quiz.render())
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "choices": [form.choices["Nusantara"]],
    }
    results = at_once(*[lambda: quiz.post("submit", payload)] * 3)
    assert results[0] == results[1] == results[2]
    assert results[0][0] == 200
    assert quiz.state()["attempts_used"] == 1
    assert len(scored) == 1


def test_two_submissions_of_one_attempt_at_once_use_one_attempt(
    scored: list[dict[str, Any]],
) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=make_learner(), fields=mc_fields())
    form = read_form(quiz.render())

    def answer(text: str) -> Callable[[], tuple[int, dict[str, Any]]]:
        payload = {
            "submission_id": str(uuid.uuid4()),
            "attempt": form.token,
            "choices": [form.choices[text]],
        }
        return lambda: quiz.post("submit", payload)

    statuses = sorted(status for status, _body in at_once(answer("Nusantara"), answer("Jakarta")))
    assert statuses == [200, 409]
    assert quiz.state()["attempts_used"] == 1
    assert len(scored) == 1
