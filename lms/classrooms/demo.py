"""The demo school and class, for `load_demo`: the demo teacher's class VII-A at a made-up
school, with the demo student in it and the IKD course assigned, due in a week. Safe to run again:
an existing school, class or assignment is kept as it is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from courses.models import CoursePage
from lms.accounts.models import User

from .forms import current_academic_year, current_semester
from .models import Classroom, JoinedBy, School, StaffRole
from .services import (
    assignment_create,
    class_student_add,
    classroom_create,
    school_create,
    school_staff_add,
)

# Not a real school's number: 8 digits as NPSN has, in a range no school in Kalimantan Timur uses.
DEMO_NPSN = "99990001"
DEMO_CLASS = "VII-A (contoh)"
DEMO_COURSE_SLUG = "aktivasi-ikd"


@dataclass(frozen=True)
class DemoClass:
    school: School
    classroom: Classroom


def demo_class_ensure() -> DemoClass | None:
    teacher = User.objects.filter(username="guru").first()
    school_admin = User.objects.filter(username="adminsekolah").first()
    student = User.objects.filter(username="siswa").first()
    if teacher is None or school_admin is None or student is None:
        return None
    school = School.objects.filter(npsn=DEMO_NPSN).first() or school_create(
        name="SMP Negeri Contoh Balikpapan",
        npsn=DEMO_NPSN,
        level="smp",
        kecamatan="balikpapan-kota",
        actor=None,
    )
    school_staff_add(school=school, user=teacher, role=StaffRole.TEACHER, actor=None)
    school_staff_add(school=school, user=school_admin, role=StaffRole.ADMIN, actor=None)
    classroom = Classroom.objects.filter(school=school, name=DEMO_CLASS).first()
    if classroom is None:
        classroom = classroom_create(
            teacher=teacher,
            name=DEMO_CLASS,
            grade=7,
            academic_year=current_academic_year(),
            semester=current_semester(),
            school=school,
        )
    class_student_add(
        classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    course = (
        CoursePage.objects.live()
        .filter(slug=DEMO_COURSE_SLUG, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    if course is not None and not classroom.assignments.exists():
        assignment_create(
            classroom=classroom,
            actor=teacher,
            page=course,
            due_at=timezone.now() + timedelta(days=7),
        )
    return DemoClass(school=school, classroom=classroom)
