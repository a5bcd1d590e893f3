"""Learners, a course and finished courses for the certificate tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.utils import timezone
from pytest_django import Settings

from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.certificates import keys
from lms.certificates.models import Certificate
from lms.learning import services as learning_services
from lms.learning.services import EventIn
from tests.factories import Catalog, make_course

PASSWORD = "kata-sandi-uji-panjang"


def make_user(username: str, **extra: Any) -> User:
    user, _created = user_ensure(
        username=username,
        password=PASSWORD,
        full_name=extra.pop("full_name", f"{username.title()} Lestari"),
        email=f"{username}@contoh.id",
        phone=extra.pop("phone", ""),
        **extra,
    )
    return user


def finish(user: User, course: CoursePage) -> None:
    """Enrol and mark every lesson as done, as the learner would."""
    learning_services.enrollment_create(user=user, course=course)
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    learning_services.progress_events_record(
        user=user,
        events=[
            EventIn(
                id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=timezone.now()
            )
            for lesson in lessons
        ],
        source="test",
    )


@pytest.fixture(autouse=True)
def _small_keys(settings: Settings) -> Iterator[None]:
    """2048-bit keys (the least allowed) keep key generation quick in tests."""
    settings.PANDU_CREDENTIAL_KEY_BITS = 2048
    yield
    keys._loaded.clear()


@pytest.fixture
def learner(db: None) -> User:
    return make_user("wulan", phone="+6281299990001", birth_year=1990)


@pytest.fixture
def other(db: None) -> User:
    return make_user("budi")


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)


@pytest.fixture
def finished(
    learner: User, course: CoursePage, django_capture_on_commit_callbacks: Callable[..., Any]
) -> Certificate:
    """The learner finished the course; the task ran after commit and issued the certificate."""
    with django_capture_on_commit_callbacks(execute=True):
        finish(learner, course)
    return Certificate.objects.get(user=learner)
