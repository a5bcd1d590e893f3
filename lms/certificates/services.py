"""Every write of certificates: issue (once per learner and course), make the PDF, revoke.

Exactly once: a unique constraint on (user, course_key). `certificate_issue` reads first and
inserts in a savepoint; when a concurrent task or an admin inserted the same certificate in the
meantime, the insert meets the constraint, the savepoint rolls back and the row that won is
returned. The PDF is made after the row exists, by `certificate_pdf_ensure`, which does nothing
when the PDF is there: every step can be run again, by a retried or duplicated task or the sweep.
"""

from __future__ import annotations

import csv
import io
import logging
import secrets
from dataclasses import dataclass
from functools import partial
from uuid import UUID

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import CoursePage
from lms.accounts.consent import may_record_learning
from lms.accounts.models import User
from lms.accounts.selectors import user_by_identifier
from lms.core.services import audit_log

from . import credentials, keys, pdf, selectors
from .models import Certificate, Issuer, Source
from .signals import certificate_issued

logger = logging.getLogger(__name__)

CODE_BYTES = 24  # 192 random bits
MAX_ATTENDEES = 2000
PERSON_COLUMNS = ("peserta", "username", "user", "email", "phone", "person")
COURSE_COLUMNS = ("kursus", "course_id", "course")


class Refused(ValidationError):
    """Nothing was written; the message says why, in the active language."""


@dataclass(frozen=True)
class Issued:
    certificate: Certificate
    created: bool


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


# The city, as the data migration makes it; made again here if the row was removed.
CITY_ISSUER = {
    "name": "Pemerintah Kota Balikpapan",
    "url": "https://balikpapan.go.id",
    "signatory_name": "Kepala Dinas Komunikasi dan Informatika",
    "signatory_title": "Kota Balikpapan",
}


def issuer_default_ensure() -> Issuer:
    """The default issuer; the city when none is marked default."""
    found = selectors.default_issuer()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return Issuer.objects.create(is_default=True, **CITY_ISSUER)
    except IntegrityError:
        return Issuer.objects.get(is_default=True)


def issuer_url(issuer: Issuer) -> str:
    path = reverse("credentials:issuer", kwargs={"public_id": issuer.public_id})
    return f"{settings.PANDU_BASE_URL.rstrip('/')}{path}"


def status_url(issuer: Issuer) -> str:
    path = reverse("credentials:revocations", kwargs={"public_id": issuer.public_id})
    return f"{settings.PANDU_BASE_URL.rstrip('/')}{path}"


def award_of(certificate: Certificate) -> credentials.Award:
    issuer = certificate.issuer
    return credentials.Award(
        credential_id=certificate.uuid,
        course_key=certificate.course_key,
        recipient_name=certificate.recipient_name,
        course_title=certificate.course_title,
        course_description=certificate.course_description,
        duration_minutes=certificate.duration_minutes,
        issued_at=certificate.issued_at,
        issuer=credentials.IssuerProfile(id=issuer_url(issuer), name=issuer.name, url=issuer.url),
        status_url=status_url(issuer),
    )


def certificate_issue(
    *,
    user: User,
    course: CoursePage,
    source: Source,
    issuer: Issuer | None = None,
    issued_by: User | None = None,
    schedule_pdf: bool = True,
) -> Issued:
    """The learner's certificate of the course (the same in every language), issued now if it
    was not yet: a second call, at the same moment or later, returns the first certificate and
    changes nothing. The PDF is made by a task after the transaction commits (`schedule_pdf`),
    or by the caller. Raises Refused: an inactive account, a minor whose learning may not be
    recorded."""
    existing = selectors.certificate_for(user=user, course_key=course.translation_key)
    if existing is not None:
        return Issued(existing, False)
    if not user.is_active:
        raise Refused(_("This account is not active."))
    if not may_record_learning(user):
        raise Refused(
            _("A certificate for a minor needs the consent of a parent or guardian first.")
        )
    issuer = issuer or issuer_default_ensure()
    copy = selectors.course_for_certificate(course.translation_key) or course
    key = keys.active_key()
    certificate = Certificate(
        user=user,
        course_key=course.translation_key,
        issuer=issuer,
        code=new_code(),
        recipient_name=user.get_full_name()[:150],
        course_title=copy.title[:255],
        course_description=copy.summary,
        duration_minutes=copy.estimated_minutes,
        # Whole seconds: the credential's validFrom and nbf have no fractions.
        issued_at=timezone.now().replace(microsecond=0),
        source=source,
        issued_by=issued_by,
        signing_key=key,
    )
    certificate.credential = credentials.sign(
        award_of(certificate), key=keys.private_key(key), kid=key.kid
    )
    try:
        with transaction.atomic():
            certificate.save(force_insert=True)
            audit_log(
                actor=issued_by,
                action="certificate.issue",
                subject=user,
                target=certificate,
                data={"course_key": str(course.translation_key), "source": str(source)},
            )
            if schedule_pdf:
                transaction.on_commit(partial(_schedule_pdf, certificate.pk))
            transaction.on_commit(
                partial(certificate_issued.send, sender=Certificate, certificate=certificate),
                robust=True,
            )
    except IntegrityError:
        winner = selectors.certificate_for(user=user, course_key=course.translation_key)
        if winner is None:  # another constraint: not a concurrent duplicate
            raise
        return Issued(winner, False)
    logger.info(
        "Certificate %s issued to user %s for course %s (%s)",
        certificate.pk,
        user.pk,
        course.translation_key,
        source,
    )
    return Issued(certificate, True)


def _schedule_pdf(certificate_id: int) -> None:
    from .tasks import certificate_pdf_render

    certificate_pdf_render.delay(certificate_id=certificate_id)


def certificate_issue_for_completion(*, user: User, course_key: UUID) -> Issued | None:
    """The certificate of a course the learner has finished; None when the course is not
    finished (or no longer published), so a stray task issues nothing."""
    finished = user.enrollments.filter(course_key=course_key, completed_at__isnull=False).exists()
    course = selectors.course_for_certificate(course_key)
    if not finished or course is None:
        return None
    return certificate_issue(user=user, course=course, source=Source.COMPLETION, schedule_pdf=False)


def certificate_pdf_ensure(*, certificate_id: int) -> bool:
    """Make the certificate's PDF if it is missing (never made, or its file lost). Returns
    whether one was made. Two runs at once both render; the first to record its file wins and
    the other deletes its own."""
    certificate = (
        Certificate.objects.select_related("issuer", "issuer__logo")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None:
        return False
    before = certificate.pdf_name
    if before and default_storage.exists(before):
        return False
    with translation.override(settings.LANGUAGE_CODE):
        content = pdf.render(certificate)
    # Not named after the public code: in production the web server serves media files, and
    # the code is printed on the certificate for anyone to see.
    name = default_storage.save(
        f"certificates/{timezone.localdate():%Y/%m}/{secrets.token_urlsafe(24)}.pdf",
        ContentFile(content),
    )
    if not Certificate.objects.filter(pk=certificate.pk, pdf=before).update(pdf=name):
        default_storage.delete(name)
        return False
    if before:
        default_storage.delete(before)
    return True


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, revoked_by: User | None) -> bool:
    """Revoke with a reason, shown on verification. Revoking again changes nothing (the first
    date and reason stay). Returns whether it was revoked now."""
    reason = reason.strip()
    if not reason:
        raise Refused(_("Give the reason for revoking this certificate."))
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason[:300], revoked_by=revoked_by
    )
    if updated:
        certificate.refresh_from_db(fields=["revoked_at", "revoked_reason", "revoked_by"])
        audit_log(
            actor=revoked_by,
            action="certificate.revoke",
            subject=certificate.user,
            target=certificate,
            data={"reason": certificate.revoked_reason},
        )
        logger.info(
            "Certificate %s revoked by user %s", certificate.pk, getattr(revoked_by, "pk", None)
        )
    return bool(updated)


@dataclass(frozen=True)
class AttendeeRow:
    line: int
    user: User
    course: CoursePage


def attendees_parse(text: str) -> tuple[list[AttendeeRow], list[str]]:
    """The rows of an attendance list (CSV with a header): a column naming the person (user
    name, e-mail address or mobile number: `peserta`, `username`, `email` or `phone`) and one
    with the course page's id (`kursus`, `course` or `course_id`). Returns the rows and, for
    each bad line, what is wrong with it, in the active language."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    fields = {name.strip().lower(): name for name in (reader.fieldnames or [])}
    person_column = next((fields[n] for n in PERSON_COLUMNS if n in fields), None)
    course_column = next((fields[n] for n in COURSE_COLUMNS if n in fields), None)
    if person_column is None or course_column is None:
        return [], [
            _(
                "The first line must name the columns: “peserta” (user name, e-mail address or "
                "mobile number) and “kursus” (the course's id)."
            )
        ]
    rows: list[AttendeeRow] = []
    errors: list[str] = []
    courses: dict[str, CoursePage | None] = {}
    for line, record in enumerate(reader, start=2):
        if len(rows) + len(errors) >= MAX_ATTENDEES:
            errors.append(_("At most %(limit)s people per file.") % {"limit": MAX_ATTENDEES})
            break
        who = (record.get(person_column) or "").strip()
        course_id = (record.get(course_column) or "").strip()
        if not who and not course_id:
            continue
        user = user_by_identifier(who)
        if course_id not in courses:
            courses[course_id] = (
                CoursePage.objects.live().filter(pk=int(course_id)).first()
                if course_id.isdigit()
                else None
            )
        course = courses[course_id]
        if user is None:
            errors.append(
                _("Line %(line)s: no account found for “%(name)s”.") % {"line": line, "name": who}
            )
        elif course is None:
            errors.append(
                _("Line %(line)s: no published course with the id “%(id)s”.")
                % {"line": line, "id": course_id}
            )
        else:
            rows.append(AttendeeRow(line=line, user=user, course=course))
    return rows, errors


@transaction.atomic
def certificates_issue_from_attendees(
    *, rows: list[AttendeeRow], issuer: Issuer | None, issued_by: User | None
) -> list[Issued]:
    """Issue a certificate to every attendee of a list, all or none: a refusal for one person
    (a minor without consent, an inactive account) stops the whole list."""
    issued = []
    for row in rows:
        try:
            issued.append(
                certificate_issue(
                    user=row.user,
                    course=row.course,
                    source=Source.CSV,
                    issuer=issuer,
                    issued_by=issued_by,
                )
            )
        except Refused as refusal:
            raise Refused(
                _("Line %(line)s: %(reason)s")
                % {"line": row.line, "reason": " ".join(refusal.messages)}
            ) from None
    return issued
