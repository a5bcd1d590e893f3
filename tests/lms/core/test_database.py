"""How Pandu connects to its database."""

from __future__ import annotations

import pytest
from django.db import connection

from lms.settings.base import database_from_env


def test_postgresql_connections_compile_no_query(monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL's JIT compiles a query whose estimated cost passes a threshold: at 40,000
    pupils "my classes" took 19 ms to compile for 0.5 ms of work. Pandu turns it off, and keeps
    the options a DATABASE_URL gives."""
    monkeypatch.setenv("DATABASE_URL", "postgres://pandu@db:5432/pandu?options=-c%20work_mem%3D8MB")
    config = database_from_env(None)  # type: ignore[arg-type]
    assert config["OPTIONS"] == {"options": "-c work_mem=8MB -c jit=off"}
    monkeypatch.setenv("DATABASE_URL", "postgres://pandu@db:5432/pandu")
    assert database_from_env(None)["OPTIONS"] == {"options": "-c jit=off"}  # type: ignore[arg-type]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL)")
def test_the_connection_runs_without_jit() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)
