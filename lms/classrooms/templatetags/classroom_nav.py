"""The header's links to the class pages: "Kelas" for teachers and school admins, "Tugas" for
students. One query per page for a signed-in person, none for a visitor."""

from __future__ import annotations

from typing import Any

from django import template

from lms.accounts.models import Role, RoleGrant, User

register = template.Library()

_TEACHING = {Role.TEACHER, Role.SCHOOL_ADMIN}


@register.simple_tag(takes_context=True)
def class_nav(context: dict[str, Any]) -> dict[str, bool]:
    user = context.get("user")
    if not isinstance(user, User) or not user.is_authenticated:
        return {"classes": False, "tasks": False}
    roles = set(RoleGrant.objects.filter(user=user).values_list("role", flat=True))
    return {"classes": bool(roles & _TEACHING), "tasks": Role.STUDENT in roles}
