"""Schools for the consent screens' tests: a school with its admin, a teacher and one class."""

from __future__ import annotations

from dataclasses import dataclass

from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.classrooms.models import Classroom, JoinedBy, School, SchoolLevel, StaffRole
from lms.classrooms.services import (
    class_student_add,
    classroom_create,
    school_create,
    school_staff_add,
)


@dataclass(frozen=True)
class SchoolOf:
    school: School
    admin: User
    teacher: User
    classroom: Classroom

    def enrol(self, *pupils: User) -> None:
        for pupil in pupils:
            class_student_add(
                classroom=self.classroom,
                student=pupil,
                actor=self.teacher,
                joined_by=JoinedBy.TEACHER,
            )


def _user(username: str) -> User:
    user, _created = user_ensure(
        username=username, password="kopi pagi di Klandasan", full_name=username.title()
    )
    return user


def school_with_class(number: int, *, admin: User | None = None) -> SchoolOf:
    """SMP Negeri `number`, run by `admin` (or a new one), with a teacher and a class VII-A."""
    school = school_create(
        name=f"SMP Negeri {number}", npsn=f"{64710000 + number}", level=SchoolLevel.SMP, actor=None
    )
    admin = admin or _user(f"admin-smp{number}")
    school_staff_add(school=school, user=admin, role=StaffRole.ADMIN, actor=None)
    teacher = _user(f"guru-smp{number}")
    school_staff_add(school=school, user=teacher, role=StaffRole.TEACHER, actor=None)
    classroom = classroom_create(
        teacher=teacher,
        name="VII-A",
        grade=7,
        academic_year="2026/2027",
        semester=1,
        school=school,
    )
    return SchoolOf(school=school, admin=admin, teacher=teacher, classroom=classroom)
