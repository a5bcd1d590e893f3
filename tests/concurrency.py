"""Running calls at the same moment, for the tests that show a database constraint holds when two
requests race (a double tap, a retry racing the original, two tabs). They need PostgreSQL: SQLite
runs one write transaction at a time, so nothing can race there."""

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from django.conf import settings
from django.db import connection, connections

T = TypeVar("T")

needs_postgresql = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="needs PostgreSQL (DATABASE_URL=postgres://…): SQLite serialises all writes",
)


def at_once(*calls: Callable[[], T]) -> list[T]:
    """Run the calls in threads released together, each on its own database connection."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(index: int, call: Callable[[], T]) -> None:
        try:
            connection.ensure_connection()  # connect first, so that the calls really overlap
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
