"""Every read of certificates that a page, the API, a task or the admin needs. Each makes a fixed
number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.db.models import Exists, OuterRef, QuerySet

from courses.models import CoursePage
from lms.accounts.models import User
from lms.learning.models import Enrollment
from lms.learning.selectors import courses_in_language

from .models import Certificate, Issuer


def certificates_of(*, user: User) -> list[Certificate]:
    """The learner's certificates, newest first: one query."""
    return list(
        Certificate.objects.filter(user=user).select_related("issuer").order_by("-issued_at", "-pk")
    )


@dataclass(frozen=True)
class CertificateListing:
    certificate: Certificate
    course: CoursePage | None  # in the active language; None when no longer published


def certificates_with_courses(*, user: User) -> list[CertificateListing]:
    """The learner's certificates with their course in the active language: two queries."""
    found = certificates_of(user=user)
    courses = courses_in_language(c.course_key for c in found)
    return [CertificateListing(c, courses.get(c.course_key)) for c in found]


def certificates_of_learners(
    *, user_ids: list[int], course_keys: set[UUID]
) -> dict[int, list[Certificate]]:
    """The certificates of these learners in these courses, by learner, newest first: one query
    whatever their number."""
    found: dict[int, list[Certificate]] = {user_id: [] for user_id in user_ids}
    if not user_ids or not course_keys:
        return found
    for certificate in Certificate.objects.filter(
        user_id__in=user_ids, course_key__in=course_keys
    ).order_by("-issued_at", "-pk"):
        found[certificate.user_id].append(certificate)
    return found


def certificate_by_code(code: str) -> Certificate | None:
    if not code or len(code) > Certificate._meta.get_field("code").max_length:  # type: ignore[operator]
        return None
    return Certificate.objects.select_related("issuer").filter(code=code).first()


def certificate_for_credential(credential_id: UUID) -> Certificate | None:
    return Certificate.objects.select_related("issuer").filter(uuid=credential_id).first()


def certificate_for(*, user: User, course_key: UUID) -> Certificate | None:
    return Certificate.objects.filter(user=user, course_key=course_key).first()


def default_issuer() -> Issuer | None:
    return Issuer.objects.filter(is_default=True).first()


def issuer_by_public_id(public_id: UUID) -> Issuer | None:
    return Issuer.objects.filter(public_id=public_id).first()


def course_for_certificate(course_key: UUID) -> CoursePage | None:
    """The published course in the default language (certificates are in Indonesian), else its
    oldest published copy."""
    copies = list(
        CoursePage.objects.live()
        .filter(translation_key=course_key)
        .select_related("locale")
        .order_by("pk")
    )
    preferred = [c for c in copies if c.locale.language_code == settings.LANGUAGE_CODE]
    chosen: CoursePage | None = (preferred or copies or [None])[0]
    return chosen


def completions_without_certificate(*, limit: int) -> QuerySet[Enrollment]:
    """Finished courses whose certificate a lost task left unissued, oldest first."""
    issued = Certificate.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key"))
    return (
        Enrollment.objects.filter(completed_at__isnull=False)
        .filter(~Exists(issued))
        .order_by("completed_at", "pk")[:limit]
    )


def certificates_without_pdf(*, limit: int) -> list[int]:
    return list(
        Certificate.objects.filter(pdf="").order_by("pk").values_list("pk", flat=True)[:limit]
    )


def revoked_of(issuer: Issuer) -> QuerySet[Certificate]:
    return Certificate.objects.filter(issuer=issuer, revoked_at__isnull=False).order_by(
        "revoked_at", "pk"
    )
