"""Children, parents, a teacher and a class for the guardians' tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.utils import timezone

from content.models import XBlockUserState
from courses.models import CoursePage, LessonPage
from lms.accounts.models import Role, User
from lms.accounts.services import role_grant
from lms.classrooms.models import Classroom, JoinedBy
from lms.classrooms.services import class_student_add, classroom_create
from lms.learning.services import EventIn, enrollment_create, progress_events_record
from tests.factories import Catalog, make_course

PASSWORD = "kata-sandi-uji-panjang-7"
MINOR_BIRTH_YEAR = timezone.localdate().year - 12


def make_person(username: str, *, role: Role | None = None, birth_year: int | None = None) -> User:
    user = User.objects.create_user(
        username=username,
        password=PASSWORD,
        full_name=username.replace("-", " ").title(),
        birth_year=birth_year,
    )
    if role is not None:
        role_grant(user=user, role=role, granted_by=None)
    return user


@dataclass
class Family:
    child: User  # a minor in the class
    classmate: User  # another minor in the same class
    parent: User
    other_parent: User
    teacher: User
    other_teacher: User  # teaches another class
    classroom: Classroom


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    cache.clear()


@pytest.fixture
def family(db: None) -> Family:
    teacher = make_person("bu-guru", role=Role.TEACHER)
    other_teacher = make_person("pak-guru", role=Role.TEACHER)
    classroom = classroom_create(
        teacher=teacher, name="VII-A", grade=7, academic_year="2026/2027", semester=1
    )
    classroom_create(
        teacher=other_teacher, name="VII-B", grade=7, academic_year="2026/2027", semester=1
    )
    child = make_person("siti-aminah", birth_year=MINOR_BIRTH_YEAR)
    classmate = make_person("rudi-hartono", birth_year=MINOR_BIRTH_YEAR)
    for student in (child, classmate):
        class_student_add(
            classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
        )
    return Family(
        child=child,
        classmate=classmate,
        parent=make_person("ibu-aminah"),
        other_parent=make_person("ibu-lain"),
        teacher=teacher,
        other_teacher=other_teacher,
        classroom=classroom,
    )


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)


def learn(user: User, course: CoursePage) -> list[str]:
    """Enrol and complete the first lesson; the statuses of the recorded events."""
    enrollment_create(user=user, course=course)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    assert lesson is not None
    results = progress_events_record(
        user=user,
        events=[
            EventIn(
                id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=timezone.now()
            )
        ],
        source="test",
    )
    XBlockUserState.objects.create(
        user=user,
        usage_id=f"pandu:{lesson.translation_key}:kuis",
        block_type="pandu_multiple_choice",
        state={"best_score": 1.0},
    )
    return [r.status for r in results]
