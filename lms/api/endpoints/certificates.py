"""Certificates: anyone checks a credential; a learner lists their own."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Query, Router, Schema

from lms.certificates import permissions as certificate_permissions
from lms.certificates import selectors as certificate_selectors
from lms.certificates import verification
from lms.certificates.selectors import CertificateListing

from ..auth import LOGIN_REQUIRED, caller
from ..errors import ApiError, Error, not_authenticated_message
from ..schemas import ListOf, LocalDatetime, Paging

router = Router(tags=["certificates"])


class VerifyIn(Schema):
    credential: str | dict[str, Any] = Field(
        description="The credential: its compact JWS (VC-JWT), or a JSON object holding it "
        "(an EnvelopedVerifiableCredential, or an object with `credential`).",
    )


class CertificateDetails(Schema):
    recipient_name: str
    course_title: str
    issuer: str
    issued_at: LocalDatetime
    revoked_at: LocalDatetime | None
    revoked_reason: str


class VerifyOut(Schema):
    valid: bool
    status: Literal["valid", "revoked", "invalid"]
    reason: str = Field(description="Why, in the user's language.")
    code: str = Field("", description="Which check failed, lower-case ASCII; empty if valid.")
    certificate: CertificateDetails | None = None


class CertificateOut(Schema):
    code: str
    course_id: int | None = Field(
        description="The course in the request's language; null when it is no longer published."
    )
    course_title: str = Field(description="As printed on the certificate.")
    issued_at: LocalDatetime
    revoked_at: LocalDatetime | None
    verify_url: str = Field(description="The public verification page.")
    pdf_url: str = Field(description="The PDF, for its owner only.")
    credential_url: str = Field(description="The signed Open Badges 3.0 credential (VC-JWT).")


class CertificateList(ListOf[CertificateOut]):
    pass


@router.post(
    "/credentials/verify",
    response={200: VerifyOut, 400: Error},
    auth=None,
    summary="Check a certificate's credential (no login)",
)
def credential_verify(request: HttpRequest, payload: VerifyIn) -> VerifyOut:
    """`valid` only when the signature (RS256, a key of the issuer's JWKS), every field and the
    record all agree and the certificate is not revoked. A changed credential is `invalid`."""
    result = verification.verify_online(payload.credential)
    details = None
    if result.certificate is not None:
        certificate = result.certificate
        details = CertificateDetails(
            recipient_name=certificate.recipient_name,
            course_title=certificate.course_title,
            issuer=certificate.issuer.name,
            issued_at=certificate.issued_at,
            revoked_at=certificate.revoked_at,
            revoked_reason=certificate.revoked_reason,
        )
    return VerifyOut(
        valid=result.valid,
        status=result.status,
        reason=result.reason,
        code=result.code,
        certificate=details,
    )


def certificate_out(listing: CertificateListing) -> CertificateOut:
    certificate = listing.certificate
    code = certificate.code
    return CertificateOut(
        code=code,
        course_id=listing.course.pk if listing.course else None,
        course_title=certificate.course_title,
        issued_at=certificate.issued_at,
        revoked_at=certificate.revoked_at,
        verify_url=reverse("certificates:verify", kwargs={"code": code}),
        pdf_url=reverse("certificates:pdf", kwargs={"code": code}),
        credential_url=reverse("certificates:credential", kwargs={"code": code}),
    )


@router.get(
    "/me/certificates",
    response={200: CertificateList, 400: Error, 401: Error},
    auth=LOGIN_REQUIRED,
    summary="My certificates",
)
def certificate_list(request: HttpRequest, paging: Query[Paging]) -> CertificateList:
    user = caller(request).user
    if not certificate_permissions.can_list_own(user):
        raise ApiError(401, "not_authenticated", not_authenticated_message())
    listings = certificate_selectors.certificates_with_courses(user=user)
    page = listings[paging.offset : paging.offset + paging.limit]
    return CertificateList(items=[certificate_out(item) for item in page], count=len(listings))
