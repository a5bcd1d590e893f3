from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Balikpapan's six kecamatan, for the city's statistics (optional on a profile).
KECAMATAN = [
    ("balikpapan-barat", "Balikpapan Barat"),
    ("balikpapan-kota", "Balikpapan Kota"),
    ("balikpapan-selatan", "Balikpapan Selatan"),
    ("balikpapan-tengah", "Balikpapan Tengah"),
    ("balikpapan-timur", "Balikpapan Timur"),
    ("balikpapan-utara", "Balikpapan Utara"),
]


class User(AbstractUser):
    """A person who uses Pandu: resident, student, teacher, parent, editor or admin."""

    full_name = models.CharField(
        _("full name"),
        max_length=150,
        blank=True,
        help_text=_("As it should be printed on certificates."),
    )
    phone = models.CharField(
        _("mobile number"),
        max_length=20,
        blank=True,
        help_text=_("In international form, e.g. +6281234567890."),
    )
    phone_verified = models.BooleanField(_("mobile number verified"), default=False)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    # Someone born in the year that turns 18 this year may still be 17: they confirm it.
    adult_confirmed = models.BooleanField(_("confirmed to be 18 or older"), default=False)
    kecamatan = models.CharField(_("kecamatan"), max_length=40, blank=True, choices=KECAMATAN)
    kelurahan = models.CharField(_("kelurahan"), max_length=80, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="id"
    )

    # Not `Meta(AbstractUser.Meta)`: its stub types verbose_name as str, and the only options it
    # holds besides abstract (which Django never inherits) are the two names set here.
    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(
                fields=["phone"], condition=~Q(phone=""), name="user_unique_phone"
            ),
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True)
                | Q(birth_year__gte=1900, birth_year__lte=2100),
                name="user_birth_year_plausible",
            ),
        ]

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.username


class Role(models.TextChoices):
    RESIDENT = "resident", _("Resident")
    STUDENT = "student", _("Student")
    # A teacher without a school facilitates the city's in-person digital-skills groups.
    TEACHER = "teacher", _("Teacher")
    PARENT = "parent", _("Parent or guardian")
    SCHOOL_ADMIN = "school_admin", _("School admin")
    EDITOR = "editor", _("Content editor")
    ADMIN = "admin", _("Admin")


class RoleGrant(models.Model):
    """A role a person holds. A person can hold several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_grants"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [models.UniqueConstraint(fields=["user", "role"], name="rolegrant_unique")]

    def __str__(self) -> str:
        return f"{self.user.get_full_name()} — {self.get_role_display()}"


class ConsentMethod(models.TextChoices):
    PAPER = "paper", _("On paper, entered by the school")
    ONLINE = "online", _("Online, by a linked parent")


class ConsentRecord(models.Model):
    """A guardian's consent to process a minor's learning data (UU PDP, Pasal 25).

    Never deleted or edited: withdrawal sets `withdrawn_at`, and a new consent is a new record,
    so the history can always be shown."""

    child = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("child"),
        on_delete=models.CASCADE,
        related_name="consents",
    )
    guardian_name = models.CharField(_("guardian's name"), max_length=150)
    relationship = models.CharField(
        _("relationship to the child"), max_length=60, help_text=_("e.g. mother, father, uncle")
    )
    method = models.CharField(_("how it was given"), max_length=10, choices=ConsentMethod.choices)
    text_version = models.CharField(_("version of the consent text"), max_length=20)
    given_at = models.DateTimeField(_("given at"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("guardian consent")
        verbose_name_plural = _("guardian consents")
        ordering = ["-given_at"]
        constraints = [
            # At most one consent in force per child.
            models.UniqueConstraint(
                fields=["child"],
                condition=Q(withdrawn_at__isnull=True),
                name="consent_one_active_per_child",
            )
        ]

    def __str__(self) -> str:
        return f"{self.child.get_full_name()} — {self.guardian_name} ({self.relationship})"


class LoginCode(models.Model):
    """A one-time code that signs a pupil in, printed by their teacher on a login card (young
    pupils have no email address or phone). Only a keyed hash of the code is stored; a new code
    voids the pupil's earlier ones."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="login_codes",
    )
    code_hash = models.CharField(_("code (hashed)"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    voided_at = models.DateTimeField(_("voided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("login code")
        verbose_name_plural = _("login codes")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user.get_full_name()} — {self.created_at:%Y-%m-%d}"
