"""What the site's header shows a signed-in person: "Kelas" for teachers and school admins,
"Tugas" for students, "Anak saya" for parents, a student's code for a parent, and the number of
unread notifications. One query per page for a signed-in person, none for a visitor."""

from __future__ import annotations

from typing import Any

from django import template

from lms.accounts.models import Role, User
from lms.notifications.selectors import nav_state

register = template.Library()

_TEACHING = {Role.TEACHER, Role.SCHOOL_ADMIN}


@register.simple_tag(takes_context=True)
def header_links(context: dict[str, Any]) -> dict[str, bool | int]:
    user = context.get("user")
    if not isinstance(user, User) or not user.is_authenticated:
        return {
            "classes": False,
            "tasks": False,
            "children": False,
            "parent_code": False,
            "unread": 0,
        }
    state = nav_state(user=user)
    roles = set(state.roles)
    return {
        "classes": bool(roles & _TEACHING),
        "tasks": Role.STUDENT in roles,
        # Every adult may be a parent: the page explains how to link a child.
        "children": Role.PARENT in roles or Role.STUDENT not in roles,
        "parent_code": Role.STUDENT in roles,
        "unread": state.unread,
    }
