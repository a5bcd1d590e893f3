from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from lms.accounts.models import Role
from lms.accounts.selectors import user_by_identifier
from lms.accounts.services import role_grant, role_revoke

ROLE_NAMES = ", ".join(Role.values)


class Command(BaseCommand):
    help = (
        "Give a person a role, or take it away with --revoke. The person is named by user name, "
        f"email address or mobile number. Roles: {ROLE_NAMES}."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("person", help="user name, email address or mobile number")
        parser.add_argument("role", help=f"one of: {ROLE_NAMES}")
        parser.add_argument("--revoke", action="store_true", help="take the role away")

    def handle(self, *args: Any, **options: Any) -> None:
        name: str = options["person"]
        user = user_by_identifier(name)
        if user is None:
            raise CommandError(_("No account found for “%(name)s”.") % {"name": name})
        role_name = options["role"].strip().lower().replace("-", "_")
        if role_name not in Role.values:
            raise CommandError(
                _("Unknown role “%(role)s”. Roles: %(roles)s.")
                % {"role": options["role"], "roles": ROLE_NAMES}
            )
        role = Role(role_name)
        names = {"user": user.username, "role": role.value}
        if options["revoke"]:
            if role_revoke(user=user, role=role):
                self.stdout.write(
                    self.style.SUCCESS(_("%(user)s no longer has the role %(role)s.") % names)
                )
            else:
                self.stdout.write(
                    _("%(user)s did not have the role %(role)s; nothing changed.") % names
                )
            return
        held = user.role_grants.filter(role=role).exists()
        role_grant(user=user, role=role, granted_by=None)
        if held:
            self.stdout.write(_("%(user)s already has the role %(role)s; nothing changed.") % names)
        else:
            self.stdout.write(self.style.SUCCESS(_("%(user)s now has the role %(role)s.") % names))
