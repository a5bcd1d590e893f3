"""Fuzzing the API from its own OpenAPI schema: thousands of requests made from the schema, valid
and not, as a resident with a token and as a stranger without one. None may fail on the server,
and every refusal (4xx) must explain itself in the API's error shape."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from lms.wsgi import application
from tests.lms.api.conftest import Courses, bearer, make_user

# 36 cases for each operation and each of the two callers: over 1,000 in all.
EXAMPLES = 36


# The schema is read from the application itself (no database needed for it).
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    """Django closes the database connection after each WSGI request; the test's transaction
    lives on that connection (Django's own test client does the same as this)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def assert_explained(response: Any) -> None:
    """A 4xx answer says what went wrong: `{"detail": <words>, "code": <machine code>}`."""
    if not 400 <= response.status_code < 500:
        return
    if response.status_code == 405:
        return  # Django answers a wrong method before the API does, with an Allow header
    body = response.json()
    assert isinstance(body.get("detail"), str), body
    assert body["detail"].strip(), body
    assert isinstance(body.get("code"), str), body


def check(case: Any) -> None:
    # Read the answers as sent, not gzipped (the WSGI client would not unpack them).
    case.headers = {**(case.headers or {}), "Accept-Encoding": "identity"}
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:500])
    assert_explained(response)


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.mark.django_db
@schema.parametrize()
@FUZZ
def test_a_stranger_never_breaks_the_api_and_is_told_why(case: Any, courses: Courses) -> None:
    check(case)


@pytest.mark.django_db
@schema.parametrize()
@FUZZ
def test_a_resident_never_breaks_the_api_and_is_told_why(case: Any, courses: Courses) -> None:
    case.headers = {**(case.headers or {}), **bearer(make_user("warga-fuzz"))}
    check(case)
