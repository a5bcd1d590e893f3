"""The learner's certificates for "Kursus saya" (templates/learning/dashboard.html): one query."""

from __future__ import annotations

from typing import Any

from django import template

from lms.accounts.models import User

from .. import permissions, selectors
from ..models import Certificate

register = template.Library()


@register.simple_tag(takes_context=True)
def my_certificates(context: dict[str, Any]) -> list[Certificate]:
    request = context.get("request")
    user = getattr(request, "user", None)
    if not isinstance(user, User) or not permissions.can_list_own(user):
        return []
    return selectors.certificates_of(user=user)
