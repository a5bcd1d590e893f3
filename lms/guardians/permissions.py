"""Who may do what with links between parents and children. One condition per line; views and
the API ask here and never decide inline."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from lms.accounts.models import User
from lms.accounts.permissions import is_signed_in
from lms.classrooms.models import Classroom
from lms.classrooms.permissions import teaches

from .models import GuardianLink


def can_make_code(actor: User | AnonymousUser | None, child: User) -> bool:
    """The child themself, or a teacher who teaches one of the child's classes."""
    if not is_signed_in(actor) or not child.is_active:
        return False
    if actor.pk == child.pk:
        return True
    # One query: a current class that has the child as a student and the actor as a teacher.
    return Classroom.objects.filter(
        students__user=child, archived_at__isnull=True, teachers__user=actor
    ).exists()


def can_link(user: User | AnonymousUser | None) -> bool:
    """Any signed-in, active person may enter a code (they become a parent by it)."""
    return is_signed_in(user)


def is_linked(parent: User | AnonymousUser | None, child_id: int) -> bool:
    """The parent has an active link to this child."""
    if not is_signed_in(parent):
        return False
    return GuardianLink.objects.filter(
        parent=parent, child_id=child_id, unlinked_at__isnull=True
    ).exists()


def can_unlink(actor: User | AnonymousUser | None, link: GuardianLink) -> bool:
    """Either side of an active link."""
    if not is_signed_in(actor) or link.unlinked_at is not None:
        return False
    return actor.pk in (link.parent_id, link.child_id)


def can_make_code_in(actor: User | AnonymousUser | None, classroom: Classroom, child: User) -> bool:
    """From a class page: a teacher of this class, for a pupil of it."""
    return is_signed_in(actor) and child.is_active and teaches(actor, classroom)
