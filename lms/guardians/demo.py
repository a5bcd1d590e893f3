"""The demo parent linked to the demo student, for `load_demo`: Rina Wati, whose paper consent
for her daughter Sari is on record, sees Sari's progress. Safe to run again."""

from __future__ import annotations

from lms.accounts.models import User

from .models import GuardianLink
from .services import guardian_link_create, pairing_code_create


def demo_link_ensure() -> GuardianLink | None:
    parent = User.objects.filter(username="orangtua").first()
    child = User.objects.filter(username="siswa").first()
    if parent is None or child is None:
        return None
    found = GuardianLink.objects.filter(parent=parent, child=child, unlinked_at__isnull=True)
    if (link := found.first()) is not None:
        return link
    issued = pairing_code_create(child=child, actor=child)
    return guardian_link_create(parent=parent, code=issued.code)
