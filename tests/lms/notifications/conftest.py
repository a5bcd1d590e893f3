"""People, a class with work due, and linked parents for the notification tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.utils import timezone
from pytest_django import Settings

from courses.models import CoursePage, LessonPage
from lms.accounts.models import Role, User
from lms.accounts.services import role_grant, user_ensure
from lms.accounts.sms import MemorySmsBackend
from lms.classrooms.models import Assignment, Classroom, JoinedBy
from lms.classrooms.services import assignment_create, class_student_add, classroom_create
from lms.guardians.models import GuardianLink
from lms.learning.models import LessonProgress, ProgressStatus
from lms.notifications import services
from lms.notifications.channels import MemoryWhatsAppBackend
from tests.factories import Catalog, make_course

PASSWORD = "kata-sandi-yang-panjang-42"


def make_user(
    username: str, *, role: Role | None = None, preferred_language: str = "id", **extra: Any
) -> User:
    user, _created = user_ensure(
        username=username,
        password=PASSWORD,
        full_name=extra.pop("full_name", f"{username.title()} Lestari"),
        email=extra.pop("email", f"{username}@contoh.id"),
        **extra,
    )
    if user.preferred_language != preferred_language:
        user.preferred_language = preferred_language
        user.save(update_fields=["preferred_language"])
    if role is not None:
        role_grant(user=user, role=role, granted_by=None)
    return user


def opt_in(user: User, *pairs: tuple[str, str]) -> None:
    services.preferences_save(user=user, chosen=set(pairs), only=set(pairs))


def link(parent: User, child: User) -> GuardianLink:
    return GuardianLink.objects.create(parent=parent, child=child)


def tomorrow_at(hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=1)
    return datetime.combine(day, time(hour), tzinfo=timezone.get_default_timezone())


def finished_lesson(
    user: User, lesson: LessonPage, course: CoursePage, *, score: float | None, at: datetime
) -> None:
    LessonProgress.objects.create(
        user=user,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        status=ProgressStatus.COMPLETED,
        best_score=score,
        first_at=at,
        last_at=at,
        completed_at=at,
    )


@pytest.fixture(autouse=True)
def _memory_backends(settings: Settings) -> Iterator[None]:
    settings.PANDU_WHATSAPP_BACKEND = "lms.notifications.channels.MemoryWhatsAppBackend"
    settings.PANDU_SMS_BACKEND = "lms.accounts.sms.MemorySmsBackend"
    MemoryWhatsAppBackend.outbox.clear()
    MemorySmsBackend.outbox.clear()
    yield
    MemoryWhatsAppBackend.outbox.clear()
    MemorySmsBackend.outbox.clear()


@dataclass
class School:
    teacher: User
    classroom: Classroom
    course: CoursePage
    other_course: CoursePage
    sari: User  # a student with a parent
    budi: User  # a student of the same class with another parent
    ibu: User  # Sari's mother
    ayah: User  # Budi's father
    assignment: Assignment


@pytest.fixture
def school(catalog: Catalog) -> School:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=3)
    other_course = make_course(catalog, title="SatuSehat", slug="satusehat", lessons=2)
    teacher = make_user("bu-guru", role=Role.TEACHER)
    classroom = classroom_create(
        teacher=teacher, name="VII-A", grade=7, academic_year="2026/2027", semester=1
    )
    sari = make_user("sari", role=Role.STUDENT, full_name="Sari Rahma")
    budi = make_user("budi", role=Role.STUDENT, full_name="Budi Santoso")
    for student in (sari, budi):
        class_student_add(
            classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
        )
    assignment, _enrolled = assignment_create(
        classroom=classroom, actor=teacher, page=course, due_at=tomorrow_at(14)
    )
    ibu = make_user("ibu-sari", role=Role.PARENT, full_name="Ibu Sari", preferred_language="id")
    ayah = make_user("ayah-budi", role=Role.PARENT, full_name="Ayah Budi", preferred_language="en")
    link(ibu, sari)
    link(ayah, budi)
    return School(
        teacher=teacher,
        classroom=classroom,
        course=course,
        other_course=other_course,
        sari=sari,
        budi=budi,
        ibu=ibu,
        ayah=ayah,
        assignment=assignment,
    )


def new_id() -> str:
    return str(uuid.uuid4())
