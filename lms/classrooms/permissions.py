"""Who may do what with schools, classes and assignments: one function per question, one
condition per line. A teacher sees only the classes they teach; a student only their own
membership; a school admin only their school's classes."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from lms.accounts.models import Role, User
from lms.accounts.permissions import is_signed_in

from .models import Classroom, ClassStudent, ClassTeacher, School, SchoolStaff, StaffRole

AnyUser = User | AnonymousUser


def _has_role(user: User, role: Role) -> bool:
    return user.role_grants.filter(role=role).exists()


def is_city_admin(user: AnyUser) -> bool:
    return is_signed_in(user) and user.is_superuser


def can_create_class(user: AnyUser) -> bool:
    """Teachers make classes (facilitators of community groups are teachers without a school)."""
    return is_signed_in(user) and _has_role(user, Role.TEACHER)


def can_create_class_at(user: AnyUser, school: School) -> bool:
    return (
        can_create_class(user)
        and isinstance(user, User)
        and SchoolStaff.objects.filter(school=school, user=user).exists()
    )


def administers_school(user: AnyUser, school: School | None) -> bool:
    return (
        school is not None
        and is_signed_in(user)
        and isinstance(user, User)
        and SchoolStaff.objects.filter(school=school, user=user, role=StaffRole.ADMIN).exists()
    )


def teaches(user: AnyUser, classroom: Classroom) -> bool:
    return (
        is_signed_in(user)
        and isinstance(user, User)
        and ClassTeacher.objects.filter(classroom=classroom, user=user).exists()
    )


def can_manage_class(user: AnyUser, classroom: Classroom) -> bool:
    """Change the class, its students and its assignments; read its dashboard and gradebook."""
    if teaches(user, classroom):
        return True
    if administers_school(user, classroom.school):
        return True
    return is_city_admin(user)


def is_student_of(user: AnyUser, classroom: Classroom) -> bool:
    return (
        is_signed_in(user)
        and isinstance(user, User)
        and ClassStudent.objects.filter(classroom=classroom, user=user).exists()
    )


def can_view_class(user: AnyUser, classroom: Classroom) -> bool:
    """See the class's name and its work (a student sees their own work only)."""
    return can_manage_class(user, classroom) or is_student_of(user, classroom)


def can_view_student(user: AnyUser, classroom: Classroom, student: User) -> bool:
    """See one student's results in a class: the class's teachers and school admin, and the
    student themself; the student must be in the class."""
    if not ClassStudent.objects.filter(classroom=classroom, user=student).exists():
        return False
    if isinstance(user, User) and user.pk == student.pk and is_signed_in(user):
        return True
    return can_manage_class(user, classroom)


def can_join_class(user: AnyUser) -> bool:
    return is_signed_in(user)
