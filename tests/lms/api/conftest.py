"""People, courses and tokens for the API's tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from courses.models import CoursePage
from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.api import services as api_services
from tests.factories import Catalog, make_course

PASSWORD = "kata-sandi-yang-panjang-42"
# Datetimes are answered in WITA with the offset written out.
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$")


def make_user(username: str, **extra: Any) -> User:
    user, _created = user_ensure(
        username=username,
        password=PASSWORD,
        full_name=username.title(),
        email=f"{username}@example.id",
        **extra,
    )
    return user


def bearer(user: User) -> dict[str, str]:
    """Headers for a request with a fresh token of this user."""
    _token, key = api_services.token_create(user=user, name="test")
    return {"Authorization": f"Bearer {key}"}


@dataclass
class Courses:
    catalog: Catalog
    ikd: CoursePage
    sehat: CoursePage


@pytest.fixture
def courses(catalog: Catalog) -> Courses:
    return Courses(
        catalog=catalog,
        ikd=make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=3),
        sehat=make_course(
            catalog, title="SatuSehat", slug="satusehat", topic="kesehatan", level="madya"
        ),
    )


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    """allauth counts failed logins in the cache, which outlives a test."""
    cache.clear()


@pytest.fixture
def learner(db: None) -> User:
    return make_user("sari")


@pytest.fixture
def other(db: None) -> User:
    return make_user("budi")


@pytest.fixture
def api(learner: User) -> Client:
    """A client that calls the API with the learner's token."""
    return Client(headers=bearer(learner))
