"""Every write to accounts goes through here."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .consent import CONSENT_TEXT_VERSION, is_minor
from .models import ConsentMethod, ConsentRecord, Role, RoleGrant, User
from .sms import send_sms

# Roles that also need Wagtail's groups or flags to work in the admin.
EDITOR_GROUPS = ("Editors", "Moderators")
# School admins enter Wagtail's admin only to record and withdraw guardians' paper consents.
SCHOOL_ADMIN_GROUP = "School admins"
SCHOOL_ADMIN_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("accounts", "view_consentrecord"),
    ("accounts", "add_consentrecord"),
    ("accounts", "change_consentrecord"),
)


@transaction.atomic
def user_ensure(
    *,
    username: str,
    password: str,
    full_name: str,
    email: str = "",
    is_superuser: bool = False,
    groups: tuple[str, ...] = (),
    roles: tuple[Role, ...] = (),
    birth_year: int | None = None,
    phone: str = "",
) -> tuple[User, bool]:
    """Create the user if no account has this user name. An existing account is left as it is,
    so that running a setup command twice never changes what a person has since set.

    Whoever runs the command vouches for the email address and mobile number: they count as
    verified."""
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, False
    user = User(
        username=username,
        email=email,
        full_name=full_name,
        is_superuser=is_superuser,
        is_staff=is_superuser,
        birth_year=birth_year,
        phone=phone,
        phone_verified=bool(phone),
    )
    user.set_password(password)
    user.save()
    if email:
        EmailAddress.objects.create(user=user, email=email.lower(), primary=True, verified=True)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    for role in roles:
        role_grant(user=user, role=role, granted_by=None)
    return user, True


@transaction.atomic
def user_signup_complete(*, user: User) -> None:
    """What every new account gets, whichever way it signed up: the resident role."""
    role_grant(user=user, role=Role.RESIDENT, granted_by=None)


def user_phone_set(*, user: User, phone: str, verified: bool) -> None:
    """A new mobile number (E.164) for the account; a changed number must be verified again."""
    user.phone = phone
    user.phone_verified = verified
    if user.pk is not None:
        user.save(update_fields=["phone", "phone_verified"])


def user_phone_verify(*, user: User, phone: str) -> None:
    """The person proved with a code that they receive text messages at this number: it becomes
    the account's number (a changed number replaces the old one only now)."""
    user.phone = phone
    user.phone_verified = True
    user.save(update_fields=["phone", "phone_verified"])


def user_password_reset_code_send(*, user: User, phone: str, code: str) -> None:
    with translation.override(user.preferred_language):
        body = _(
            "Your code to set a new Pandu password: %(code)s. Never give it to anyone. If you "
            "did not ask for it, ignore this message."
        ) % {"code": code}
    send_sms(to=phone, body=body)


@transaction.atomic
def user_password_reset(*, user: User, password: str, phone: str) -> None:
    """A new password, set by someone who proved with an SMS code that the number is theirs."""
    user.set_password(password)
    user.save(update_fields=["password"])
    user_phone_verify(user=user, phone=phone)


@transaction.atomic
def user_profile_update(
    *,
    user: User,
    full_name: str,
    birth_year: int | None,
    adult_confirmed: bool,
    kecamatan: str,
    kelurahan: str,
    preferred_language: str,
) -> User:
    user.full_name = full_name.strip()
    user.birth_year = birth_year
    user.adult_confirmed = adult_confirmed
    user.kecamatan = kecamatan
    user.kelurahan = kelurahan.strip()
    user.preferred_language = preferred_language
    user.save(
        update_fields=[
            "full_name",
            "birth_year",
            "adult_confirmed",
            "kecamatan",
            "kelurahan",
            "preferred_language",
        ]
    )
    return user


def _school_admin_group() -> Group:
    group, created = Group.objects.get_or_create(name=SCHOOL_ADMIN_GROUP)
    if created:
        for app_label, codename in SCHOOL_ADMIN_PERMISSIONS:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    return group


@transaction.atomic
def role_grant(*, user: User, role: Role, granted_by: User | None) -> RoleGrant:
    """Give a role (nothing changes if the person already holds it). Editors and admins also get
    what Wagtail's admin needs for the role."""
    grant, _created = RoleGrant.objects.get_or_create(
        user=user, role=role, defaults={"granted_by": granted_by}
    )
    if role == Role.EDITOR:
        user.groups.add(*Group.objects.filter(name__in=EDITOR_GROUPS))
    elif role == Role.SCHOOL_ADMIN:
        user.groups.add(_school_admin_group())
    elif role == Role.ADMIN:
        user.is_superuser = user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    return grant


@transaction.atomic
def role_revoke(*, user: User, role: Role) -> bool:
    deleted, _details = RoleGrant.objects.filter(user=user, role=role).delete()
    if role == Role.EDITOR:
        user.groups.remove(*Group.objects.filter(name__in=EDITOR_GROUPS))
    elif role == Role.SCHOOL_ADMIN:
        user.groups.remove(*Group.objects.filter(name=SCHOOL_ADMIN_GROUP))
    elif role == Role.ADMIN:
        user.is_superuser = user.is_staff = False
        user.save(update_fields=["is_superuser", "is_staff"])
    return bool(deleted)


@transaction.atomic
def consent_record(
    *,
    child: User,
    guardian_name: str,
    relationship: str,
    method: ConsentMethod,
    recorded_by: User | None,
) -> ConsentRecord:
    """Record a guardian's consent for a minor. Refused for an adult, or while another consent
    is in force."""
    if not is_minor(child):
        raise ValidationError(_("Consent is only needed for a child under 18."))
    if not guardian_name.strip() or not relationship.strip():
        raise ValidationError(_("Give the guardian's name and their relationship to the child."))
    User.objects.select_for_update().filter(pk=child.pk).first()
    if child.consents.filter(withdrawn_at__isnull=True).exists():
        raise ValidationError(_("A consent for this child is already on record."))
    try:
        with transaction.atomic():
            return ConsentRecord.objects.create(
                child=child,
                guardian_name=guardian_name.strip(),
                relationship=relationship.strip(),
                method=method,
                text_version=CONSENT_TEXT_VERSION,
                given_at=timezone.now(),
                recorded_by=recorded_by,
            )
    except IntegrityError as error:
        raise ValidationError(_("A consent for this child is already on record.")) from error


@transaction.atomic
def consent_withdraw(*, child: User, withdrawn_by: User | None) -> bool:
    """Withdraw the consent in force, if any. From then on nothing of the child's learning is
    recorded. Returns whether a consent was withdrawn."""
    updated = ConsentRecord.objects.filter(child=child, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_by=withdrawn_by
    )
    return bool(updated)
