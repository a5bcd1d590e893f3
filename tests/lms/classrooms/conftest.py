"""People and classes for the classroom tests."""

from __future__ import annotations

import pytest

from lms.accounts.models import Role, User
from lms.accounts.services import role_grant
from lms.classrooms.models import Classroom, School, StaffRole
from lms.classrooms.services import classroom_create, school_create, school_staff_add


def make_person(username: str, *, role: Role | None = None, birth_year: int | None = None) -> User:
    user = User.objects.create_user(
        username=username, password="x", full_name=username.title(), birth_year=birth_year
    )
    if role is not None:
        role_grant(user=user, role=role, granted_by=None)
    return user


@pytest.fixture
def school(db: None) -> School:
    return school_create(name="SMP Negeri 1 Balikpapan", npsn="30402001", level="smp", actor=None)


@pytest.fixture
def other_school(db: None) -> School:
    return school_create(name="SD Negeri 5 Balikpapan", npsn="30402005", level="sd", actor=None)


@pytest.fixture
def teacher(school: School) -> User:
    user = make_person("bu-guru", role=Role.TEACHER)
    school_staff_add(school=school, user=user, role=StaffRole.TEACHER, actor=None)
    return user


@pytest.fixture
def classroom(teacher: User, school: School) -> Classroom:
    return classroom_create(
        teacher=teacher,
        name="VII-A",
        grade=7,
        academic_year="2026/2027",
        semester=1,
        school=school,
    )
