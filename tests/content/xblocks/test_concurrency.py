"""A double tap, or a retry racing the original: one learner's submissions take turns. Needs
PostgreSQL: SQLite runs one write transaction at a time, so nothing can race there."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.db import connection, connections

from .conftest import Activity, make_learner, mc_fields, new_usage_id, read_form

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="needs PostgreSQL (DATABASE_URL=postgres://…): SQLite serialises all writes",
    ),
]


def at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads released together, each on its own database connection."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(index: int, call: Callable[[], Any]) -> None:
        try:
            connection.ensure_connection()
            barrier.wait(timeout=10)
            results[index] = call()
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


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
