"""Parents and their children: pairing codes, links, a parent's children and one child's
learning, and consent given or withdrawn online (UU PDP, Pasal 25). A child the caller is not
linked to answers 404, as one that does not exist."""

from __future__ import annotations

from typing import Any, Literal

from allauth.core import ratelimit
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from lms.accounts.consent import ConsentStatus, consent_status
from lms.accounts.models import User
from lms.guardians import permissions as guardian_permissions
from lms.guardians import selectors as guardian_selectors
from lms.guardians import services as guardian_services
from lms.guardians.models import GuardianLink
from lms.privacy import permissions as privacy_permissions
from lms.privacy import services as privacy_services
from lms.privacy.downloads import child_filename, json_attachment

from ..auth import LOGIN_REQUIRED, caller
from ..errors import ApiError, Error, not_found_message
from ..schemas import EnrollmentOut, ListOf, LocalDatetime, Paging
from .learning import enrollment_out

router = Router(tags=["guardians"], auth=LOGIN_REQUIRED)

# Ids the database can hold: a larger number is simply not found.
MAX_ID = 2**31 - 1


class PairingCodeIn(Schema):
    student_id: int | None = Field(
        None,
        ge=1,
        le=MAX_ID,
        description="For a teacher: a pupil of a class they teach. Absent for the student's own.",
    )


class PairingCodeOut(Schema):
    code: str = Field(description="6 letters and digits, shown once; give it to the parent.")
    student_id: int
    expires_at: LocalDatetime


class LinkIn(Schema):
    code: str = Field(min_length=1, max_length=20, description="The pairing code, as typed.")


class ChildRef(Schema):
    id: int = Field(description="The child's account.")
    name: str


class LinkOut(Schema):
    id: int
    child: ChildRef
    linked_at: LocalDatetime


class ChildOut(Schema):
    id: int = Field(description="The child's account.")
    name: str
    link_id: int


class ChildList(ListOf[ChildOut]):
    pass


class ChildAssignmentOut(Schema):
    id: int
    title: str
    course_title: str
    status: Literal["overdue", "todo", "done"]
    due_at: LocalDatetime | None
    lessons_done: int
    lessons_total: int


class ChildCertificateOut(Schema):
    code: str
    course_title: str
    issued_at: LocalDatetime


class ConsentOut(Schema):
    status: Literal["not_needed", "given", "pending"]
    guardian_name: str = Field("", description="Who gave the consent in force.")
    relationship: str = ""
    given_at: LocalDatetime | None = None


class ChildProgressOut(Schema):
    child: ChildRef
    consent: ConsentOut
    enrollments: list[EnrollmentOut]
    assignments: list[ChildAssignmentOut] = Field(description="Overdue first, then to do, done.")
    certificates: list[ChildCertificateOut]


class ConsentIn(Schema):
    relationship: Literal["ibu", "ayah", "wali", "kakek", "nenek", "paman", "bibi", "kakak"]
    agree: Literal[True] = Field(description="The parent read the consent text and agrees.")


def _not_found() -> ApiError:
    return ApiError(404, "not_found", not_found_message())


def _invalid(error: ValidationError, code: str = "invalid") -> ApiError:
    message = " ".join(error.messages)
    return ApiError(400, code, message, errors=[{"field": None, "detail": message}])


def _child_ref(child: User) -> ChildRef:
    return ChildRef(id=child.pk, name=child.get_full_name())


def _linked_child(request: HttpRequest, child_id: int) -> tuple[User, User]:
    parent = caller(request).user
    if not 1 <= child_id <= MAX_ID:
        raise _not_found()
    link = guardian_selectors.active_link(parent=parent, child_id=child_id)
    if link is None:
        raise _not_found()
    return parent, link.child


@router.post(
    "/guardians/pairing-codes",
    response={201: PairingCodeOut, 400: Error, 401: Error, 404: Error},
    summary="A pairing code for a parent (the student's own, or a teacher's for a pupil)",
)
def pairing_code_create(request: HttpRequest, payload: PairingCodeIn) -> Status[PairingCodeOut]:
    """Send `{}` for the caller's own code. A teacher sends `student_id`: a pupil of a class
    they teach (404 otherwise). The child's unused codes stop working."""
    user = caller(request).user
    child = user
    if payload.student_id is not None and payload.student_id != user.pk:
        found = User.objects.filter(pk=payload.student_id, is_active=True).first()
        if found is None or not guardian_permissions.can_make_code(user, found):
            raise _not_found()
        child = found
    try:
        issued = guardian_services.pairing_code_create(child=child, actor=user)
    except PermissionDenied:
        raise _not_found() from None
    return Status(
        201, PairingCodeOut(code=issued.code, student_id=child.pk, expires_at=issued.expires_at)
    )


@router.post(
    "/guardians/links",
    response={201: LinkOut, 400: Error, 401: Error, 429: Error},
    summary="Link to a child with their pairing code",
)
def link_create(request: HttpRequest, payload: LinkIn) -> Status[LinkOut]:
    """Every try counts against a limit (a few a minute and per hour per person, and per
    address): wrong codes cannot be guessed."""
    user = caller(request).user
    if not ratelimit.consume(request, action="guardian_link"):
        raise ApiError(
            429,
            "too_many_requests",
            _("Too many tries. Wait a few minutes, then type the code again."),
        )
    try:
        link = guardian_services.guardian_link_create(parent=user, code=payload.code)
    except ValidationError as error:
        raise _invalid(error, "invalid_code") from None
    return Status(201, LinkOut(id=link.pk, child=_child_ref(link.child), linked_at=link.linked_at))


@router.delete(
    "/guardians/links/{id}",
    response={204: None, 401: Error, 404: Error},
    summary="Remove a link (the parent or the child)",
)
def link_delete(request: HttpRequest, id: int) -> Status[None]:
    user = caller(request).user
    link: GuardianLink | None = (
        guardian_selectors.link_by_id(link_id=id) if 1 <= id <= MAX_ID else None
    )
    if link is None or not guardian_permissions.can_unlink(user, link):
        raise _not_found()
    guardian_services.guardian_unlink(link=link, actor=user)
    return Status(204, None)


@router.get(
    "/me/children",
    response={200: ChildList, 400: Error, 401: Error},
    summary="My linked children",
)
def children_list(request: HttpRequest, paging: Query[Paging]) -> ChildList:
    links = guardian_selectors.active_links(parent=caller(request).user)
    count = links.count()
    page = links[paging.offset : paging.offset + paging.limit]
    return ChildList(
        items=[
            ChildOut(id=link.child_id, name=link.child.get_full_name(), link_id=link.pk)
            for link in page
        ],
        count=count,
    )


@router.get(
    "/children/{id}/progress",
    response={200: ChildProgressOut, 401: Error, 404: Error},
    summary="One linked child's courses, progress, assignments and certificates",
)
def child_progress(request: HttpRequest, id: int) -> ChildProgressOut:
    _parent, child = _linked_child(request, id)
    overview = guardian_selectors.child_overview(child=child)
    record = overview.consent_record
    return ChildProgressOut(
        child=_child_ref(child),
        consent=ConsentOut(
            status=overview.consent.value,
            guardian_name=record.guardian_name if record else "",
            relationship=record.relationship if record else "",
            given_at=record.given_at if record else None,
        ),
        enrollments=[enrollment_out(item, request) for item in overview.enrollments],
        assignments=[
            ChildAssignmentOut(
                id=item.assignment.pk,
                title=item.title,
                course_title=item.course_title,
                status=item.status,  # type: ignore[arg-type]
                due_at=item.assignment.due_at,
                lessons_done=item.lessons_done,
                lessons_total=item.lessons_total,
            )
            for item in overview.assignments
        ],
        certificates=[
            ChildCertificateOut(
                code=item.code, course_title=item.course_title, issued_at=item.issued_at
            )
            for item in overview.certificates
        ],
    )


@router.get(
    "/children/{id}/export",
    response={200: dict[str, Any], 401: Error, 404: Error},
    summary="Everything Pandu keeps about a linked minor child, as one JSON file",
)
def child_export(request: HttpRequest, id: int) -> HttpResponse:
    """The child's own download (`format` "pandu-data-export/1"), less what is another
    guardian's and any secret; sent as an attachment and written to the audit log. 404 for a
    child not linked to the caller, or 18 or older."""
    parent, child = _linked_child(request, id)
    if not privacy_permissions.can_download_child_data(parent, child):
        raise _not_found()
    data = privacy_services.child_data_export(parent=parent, child=child)
    return json_attachment(data, filename=child_filename(child))


@router.post(
    "/children/{id}/consent",
    response={201: ConsentOut, 400: Error, 401: Error, 404: Error, 409: Error},
    summary="Give consent for a linked minor child's learning to be recorded",
)
def consent_give(request: HttpRequest, id: int, payload: ConsentIn) -> Status[ConsentOut]:
    """Recorded online under the caller's own name, with the consent text's version. 409 while
    a consent is in force; 400 for a child of 18 or older."""
    parent, child = _linked_child(request, id)
    if consent_status(child) == ConsentStatus.GIVEN:
        raise ApiError(409, "consent_given", _("A consent for this child is already on record."))
    try:
        record = guardian_services.guardian_consent_give(
            parent=parent, child=child, relationship=payload.relationship
        )
    except ValidationError as error:
        raise _invalid(error) from None
    return Status(
        201,
        ConsentOut(
            status="given",
            guardian_name=record.guardian_name,
            relationship=record.relationship,
            given_at=record.given_at,
        ),
    )


@router.delete(
    "/children/{id}/consent",
    response={204: None, 401: Error, 404: Error},
    summary="Withdraw consent: recording stops and the child's learning records are deleted",
)
def consent_withdraw(request: HttpRequest, id: int) -> Status[None]:
    """Answers 204 whether or not a consent was in force."""
    parent, child = _linked_child(request, id)
    guardian_services.guardian_consent_withdraw(parent=parent, child=child)
    return Status(204, None)
