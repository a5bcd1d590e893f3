"""Every write to accounts goes through here."""

from django.contrib.auth.models import Group
from django.db import transaction

from .models import User


@transaction.atomic
def user_ensure(
    *,
    username: str,
    password: str,
    full_name: str,
    email: str = "",
    is_superuser: bool = False,
    groups: tuple[str, ...] = (),
) -> tuple[User, bool]:
    """Create the user if no account has this user name. An existing account is left as it is,
    so that running a setup command twice never changes what a person has since set."""
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, False
    user = User(
        username=username,
        email=email,
        full_name=full_name,
        is_superuser=is_superuser,
        is_staff=is_superuser,
    )
    user.set_password(password)
    user.save()
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user, True
