"""Every write to accounts goes through here."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lms.core.services import audit_log

from .consent import CONSENT_TEXT_VERSION, is_minor
from .models import ConsentMethod, ConsentRecord, LoginCode, Role, RoleGrant, User
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


# --- One-time login codes, for pupils whose teacher made their account ---------------------------
# Readable on a printed card and typed by a child: no 0/O, 1/I/L. 31^8 codes (about 40 bits),
# tried at a rate-limited pace: guessing one is hopeless.
LOGIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LOGIN_CODE_LENGTH = 8
LOGIN_CODE_VALID_FOR = timedelta(days=30)
# Roles whose accounts hold more than their own learning: they never sign in with a code.
_NO_CODE_ROLES = (Role.TEACHER, Role.SCHOOL_ADMIN, Role.EDITOR, Role.ADMIN)


def normalize_login_code(code: str) -> str:
    """What a person typed, as a code: capitals, no spaces or dashes; the letters people confuse
    with digits read as the digits."""
    cleaned = "".join(code.split()).replace("-", "").upper()
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


def format_login_code(code: str) -> str:
    """ABCD-EFGH: two groups of four are easier to copy from a card."""
    half = LOGIN_CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


def _login_code_hash(code: str) -> str:
    # Keyed: a copy of the database alone does not let anyone test codes.
    return salted_hmac("pandu.accounts.login_code", code, algorithm="sha256").hexdigest()


def _new_login_code() -> str:
    return "".join(secrets.choice(LOGIN_CODE_ALPHABET) for _ in range(LOGIN_CODE_LENGTH))


def _login_codes_create(*, users: list[User], actor: User | None) -> dict[int, str]:
    """A fresh code for each user; their earlier codes stop working. Returns the codes in clear
    text, which are never stored: the caller shows or prints them once."""
    now = timezone.now()
    LoginCode.objects.filter(
        user__in=[u.pk for u in users], used_at__isnull=True, voided_at__isnull=True
    ).update(voided_at=now)
    codes = {user.pk: _new_login_code() for user in users}
    LoginCode.objects.bulk_create(
        [
            LoginCode(
                user=user,
                code_hash=_login_code_hash(codes[user.pk]),
                created_by=actor,
                expires_at=now + LOGIN_CODE_VALID_FOR,
            )
            for user in users
        ],
        batch_size=500,
    )
    return codes


def login_code_allowed(user: User) -> bool:
    """Only an account that a teacher made (it got its first code then) may get a new code: a
    code would otherwise let a teacher into anyone's account. Staff never sign in with one."""
    if not user.is_active or user.is_staff or user.is_superuser:
        return False
    if user.role_grants.filter(role__in=_NO_CODE_ROLES).exists():
        return False
    return user.login_codes.exists()


@transaction.atomic
def login_code_issue(*, user: User, actor: User | None) -> str:
    """A new login code for a pupil whose teacher made their account ("Reset login"); the old
    ones stop working at once. Returns the code, to be shown or printed once."""
    if not login_code_allowed(user):
        raise ValidationError(
            _(
                "This account signs in with its own password, email or phone number, so it "
                "cannot get a login code."
            )
        )
    code = _login_codes_create(users=[user], actor=actor)[user.pk]
    audit_log(actor=actor, action="account.login_code_issue", subject=user)
    return code


@transaction.atomic
def login_code_redeem(*, code: str) -> User | None:
    """The account the code opens, once: the code is used up. None for a wrong, used, voided or
    expired code (the caller counts the failure against the rate limit)."""
    normalized = normalize_login_code(code)
    if len(normalized) != LOGIN_CODE_LENGTH:
        return None
    now = timezone.now()
    found = (
        LoginCode.objects.filter(
            code_hash=_login_code_hash(normalized),
            used_at__isnull=True,
            voided_at__isnull=True,
            expires_at__gt=now,
            user__is_active=True,
        )
        .select_related("user")
        .first()
    )
    # Two phones sending the same code at once: only one of them marks it used.
    if found is None or not LoginCode.objects.filter(pk=found.pk, used_at__isnull=True).update(
        used_at=now
    ):
        return None
    audit_log(actor=found.user, action="account.login_code_redeem", subject=found.user)
    return found.user


@dataclass(frozen=True)
class PupilIn:
    """A pupil a teacher is making an account for."""

    full_name: str
    birth_year: int | None
    email: str = ""
    phone: str = ""  # E.164


def _usernames_for(names: list[str]) -> list[str]:
    """A free user name for each pupil, from their name (siti.aminah.4821). A pupil never types
    it (they sign in with a code), but a teacher can find the account by it."""

    def candidate(name: str) -> str:
        base = slugify(name).replace("-", ".")[:20].strip(".") or "siswa"
        return f"{base}.{secrets.randbelow(10_000):04d}"

    chosen = [candidate(name) for name in names]
    for _attempt in range(20):
        taken = set(User.objects.filter(username__in=chosen).values_list("username", flat=True))
        seen: set[str] = set()
        clashes = []
        for index, username in enumerate(chosen):
            if username in taken or username in seen:
                clashes.append(index)
            seen.add(username)
        if not clashes:
            return chosen
        for index in clashes:
            chosen[index] = candidate(names[index])
    raise RuntimeError("Could not find free user names.")


@transaction.atomic
def pupil_accounts_create(*, pupils: Iterable[PupilIn], actor: User) -> list[tuple[User, str]]:
    """Accounts a teacher makes for pupils (one at a time or from a roster), each with the
    student role and a one-time login code instead of a password. The birth year is kept, so a
    minor's learning is recorded only once a guardian consents. Returns (account, code) pairs in
    the order given; the codes are never stored in clear text."""
    pupils = list(pupils)
    usernames = _usernames_for([p.full_name for p in pupils])
    users = []
    for pupil, username in zip(pupils, usernames, strict=True):
        user = User(
            username=username,
            full_name=pupil.full_name.strip(),
            birth_year=pupil.birth_year,
            email=pupil.email.lower(),
            phone=pupil.phone,
        )
        user.set_unusable_password()
        users.append(user)
    User.objects.bulk_create(users, batch_size=500)
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user=user, email=user.email, primary=True, verified=False)
            for user in users
            if user.email
        ]
    )
    RoleGrant.objects.bulk_create(
        [RoleGrant(user=u, role=Role.STUDENT, granted_by=actor) for u in users], batch_size=500
    )
    codes = _login_codes_create(users=users, actor=actor)
    for user in users:
        audit_log(actor=actor, action="account.pupil_create", subject=user)
    return [(user, codes[user.pk]) for user in users]
