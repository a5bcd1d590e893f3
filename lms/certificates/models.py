"""Certificates of courses finished, their issuers, and the keys that sign their credentials.

A certificate is issued once per (learner, course): the course is its translation key, so a
course and its translations give one certificate. What a certificate says (the name, the course,
its hours, the issuer) is copied into it when it is issued and signed into its credential: it
never changes afterwards, whatever later happens to the profile or the course."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Issuer(models.Model):
    """Who awards a certificate: the city, a school, a partner. Exactly one is the default, for
    the courses finished online."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("contact email address"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_name = models.CharField(_("name of the signatory"), max_length=150)
    signatory_title = models.CharField(_("title of the signatory"), max_length=200)
    is_default = models.BooleanField(
        _("default issuer"),
        default=False,
        help_text=_("Issues the certificates of courses finished online."),
    )

    class Meta:
        verbose_name = _("certificate issuer")
        verbose_name_plural = _("certificate issuers")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="issuer_one_default",
                violation_error_message=_(
                    "Only one issuer can be the default: untick it on the other issuer first."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name


class SigningKey(models.Model):
    """An RSA key that signs credentials. One is active; rotated keys stay, retired, so that
    the credentials they signed still verify. The private key is stored encrypted with a key
    derived from SECRET_KEY (see `keys`): a database backup restores it, and the database alone
    does not reveal it."""

    kid = models.CharField(_("key id"), max_length=64, unique=True)
    public_jwk = models.JSONField(_("public key (JWK)"))
    private_key_encrypted = models.TextField(_("private key (encrypted)"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)

    class Meta:
        verbose_name = _("signing key")
        verbose_name_plural = _("signing keys")
        ordering = ["-created_at"]
        constraints = [
            # At most one active key: `retired_at` is null on it alone.
            models.UniqueConstraint(
                models.Value(1), condition=Q(retired_at__isnull=True), name="signingkey_one_active"
            )
        ]

    def __str__(self) -> str:
        return self.kid

    @property
    def is_active(self) -> bool:
        return self.retired_at is None


class Source(models.TextChoices):
    COMPLETION = "completion", _("Course finished online")
    ADMIN = "admin", _("Issued in the admin")
    CSV = "csv", _("Attendance list (CSV)")
    COMMAND = "command", _("Command line")


class Certificate(models.Model):
    # The credential's id (urn:uuid:…), which the revocation list names.
    uuid = models.UUIDField(_("credential id"), default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"))
    issuer = models.ForeignKey(
        Issuer, verbose_name=_("issuer"), on_delete=models.PROTECT, related_name="certificates"
    )
    # token_urlsafe(24): 192 random bits, in the QR code and the verification address.
    code = models.CharField(_("code"), max_length=64, unique=True)
    recipient_name = models.CharField(_("name on the certificate"), max_length=150)
    course_title = models.CharField(_("course title"), max_length=255)
    course_description = models.TextField(_("course description"), blank=True)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    source = models.CharField(_("how it was issued"), max_length=12, choices=Source.choices)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signing_key = models.ForeignKey(
        SigningKey, verbose_name=_("signing key"), on_delete=models.PROTECT, related_name="+"
    )
    credential = models.TextField(_("signed credential (VC-JWT)"))
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/%m/", blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="certificate_unique"),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoked_reason=""),
                name="certificate_revoked_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "-issued_at"]),
            models.Index(fields=["pdf"], condition=Q(pdf=""), name="certificate_pdf_missing"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_name} · {self.course_title}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def pdf_name(self) -> str:
        """The stored PDF's name in the default storage; empty before it is made."""
        return str(self.pdf.name or "")
