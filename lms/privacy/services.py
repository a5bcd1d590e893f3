"""A person's data: all of it as JSON, and its deletion (UU PDP).

Deletion anonymises the account (it stays, so that what others recorded about it — an audit
entry, a consent record — still points somewhere, but nothing in it names the person), removes
the learning records (enrolments, progress, activity answers, class memberships, certificates)
after adding them to anonymous per-course figures, with the person's notifications and those
sent to their parents about them, and confirms by email. A request is carried out by a
periodic task once its grace period has passed, always within 72 hours.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from content.models import XBlockUserState
from lms.accounts.models import ConsentRecord, User
from lms.certificates.models import Certificate
from lms.classrooms.models import AssignmentStudent, ClassStudent
from lms.core.models import AuditEntry
from lms.core.services import audit_log
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.notifications.models import Notification, Preference
from lms.notifications.services import notifications_about_delete, notifications_forget

from . import permissions
from .models import DeletionReason, DeletionRequest, LearningTally

# A deletion is carried out no later than this after it was asked for (UU PDP asks for 72 hours).
DELETION_DEADLINE = timedelta(hours=72)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def data_export(*, user: User) -> dict[str, Any]:
    """Everything Pandu keeps about `user`, as JSON-ready data."""
    return _export(user=user, guardian=None)


@transaction.atomic
def child_data_export(*, parent: User, child: User) -> dict[str, Any]:
    """What Pandu keeps about `child`, for a parent linked to them, in the shape of the child's
    own download. Only what concerns the child: nothing of another guardian (their name on a
    consent they gave is left out) and no secret (no password, login or pairing code, not even
    hashed). Written to the audit log, as every look at a child's record is."""
    if not permissions.can_download_child_data(parent, child):
        raise PermissionDenied
    data = _export(user=child, guardian=parent)
    audit_log(actor=parent, action="privacy.child_export", subject=child)
    return data


def _consent_name(consent: ConsentRecord, guardian: User | None) -> str | None:
    if guardian is None or consent.recorded_by_id == guardian.pk:
        return consent.guardian_name
    return None


def _export(*, user: User, guardian: User | None) -> dict[str, Any]:
    """`user`'s data as they would download it; `guardian` is the parent it is made for, if
    any."""
    return {
        "format": "pandu-data-export/1",
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": user.username,
            "full_name": user.full_name,
            "email": user.email,
            "emails": list(
                EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
            ),
            "phone": user.phone,
            "phone_verified": user.phone_verified,
            "birth_year": user.birth_year,
            "kecamatan": user.kecamatan,
            "kelurahan": user.kelurahan,
            "preferred_language": user.preferred_language,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "roles": sorted(user.role_grants.values_list("role", flat=True)),
        },
        "consents": [
            {
                "guardian_name": _consent_name(consent, guardian),
                "relationship": consent.relationship,
                "method": consent.method,
                "given_at": _iso(consent.given_at),
                "withdrawn_at": _iso(consent.withdrawn_at),
            }
            for consent in ConsentRecord.objects.filter(child=user).order_by("given_at")
        ],
        "enrolments": [
            {
                "course": str(row.course_key),
                "enrolled_at": _iso(row.enrolled_at),
                "completed_at": _iso(row.completed_at),
                "left_at": _iso(row.left_at),
            }
            for row in Enrollment.objects.filter(user=user).order_by("enrolled_at")
        ],
        "lessons": [
            {
                "lesson": str(row.lesson_key),
                "course": str(row.course_key),
                "status": row.status,
                "best_score": row.best_score,
                "attempts": row.attempts,
                "time_spent_seconds": row.time_spent_seconds,
                "completed_at": _iso(row.completed_at),
            }
            for row in LessonProgress.objects.filter(user=user).order_by("first_at")
        ],
        "progress_events": [
            {
                "id": str(row.id),
                "lesson": str(row.lesson_key),
                "type": row.type,
                "occurred_at": _iso(row.occurred_at),
                "score": row.score,
                "activity": row.activity_id,
            }
            for row in ProgressEvent.objects.filter(user=user).order_by("occurred_at")
        ],
        "activity_answers": [
            {"activity": row.usage_id, "type": row.block_type, "state": row.state}
            for row in XBlockUserState.objects.filter(user=user).order_by("created_at")
        ],
        "classes": [
            {
                "class": row.classroom.name,
                "school": row.classroom.school.name if row.classroom.school else None,
                "nisn": row.nisn,
                "joined_at": _iso(row.joined_at),
            }
            for row in ClassStudent.objects.filter(user=user).select_related("classroom__school")
        ],
        "certificates": [
            {
                "code": row.code,
                "name": row.recipient_name,
                "course": row.course_title,
                "issued_at": _iso(row.issued_at),
                "revoked_at": _iso(row.revoked_at),
            }
            for row in Certificate.objects.filter(user=user).order_by("issued_at")
        ],
        "notifications": [
            {
                "kind": row.kind,
                "title": row.title,
                "text": row.body,
                "created_at": _iso(row.created_at),
                "read_at": _iso(row.read_at),
            }
            for row in Notification.objects.filter(user=user).order_by("created_at", "pk")
        ],
        "notification_preferences": [
            {"kind": row.kind, "channel": row.channel, "topics": row.topics}
            for row in Preference.objects.filter(user=user, enabled=True).order_by(
                "kind", "channel"
            )
        ],
        "audit_log": [
            {"at": _iso(row.at), "action": row.action, "target": row.target}
            for row in AuditEntry.objects.filter(subject=user).order_by("at", "pk")
        ],
    }


def open_deletion_request(*, user: User) -> DeletionRequest | None:
    return DeletionRequest.objects.filter(
        user=user, cancelled_at__isnull=True, done_at__isnull=True
    ).first()


@transaction.atomic
def deletion_request_create(
    *, user: User, reason: DeletionReason = DeletionReason.REQUEST, now: datetime | None = None
) -> DeletionRequest:
    """Ask for `user`'s data to be deleted once the grace period has passed. Asking twice keeps
    the first request."""
    existing = open_deletion_request(user=user)
    if existing is not None:
        return existing
    now = now or timezone.now()
    grace = timedelta(hours=settings.PANDU_DELETION_GRACE_HOURS)
    request = DeletionRequest.objects.create(
        user=user,
        reason=reason,
        requested_at=now,
        due_at=now + min(grace, DELETION_DEADLINE),
        email=user.email,
        language=user.preferred_language,
    )
    audit_log(
        actor=user if reason == DeletionReason.REQUEST else None,
        action="privacy.deletion_request",
        subject=user,
        target=request,
        data={"reason": reason},
    )
    if request.email:
        when = timezone.localtime(request.due_at).strftime("%d-%m-%Y %H:%M")
        with translation.override(request.language):
            if reason == DeletionReason.REQUEST:
                body = _(
                    "You asked Pandu to delete your account and your learning records. This"
                    " happens on %(date)s (WITA). Until then you can cancel it on your privacy"
                    " page. If you did not ask for this, sign in, cancel it and change your"
                    " password."
                )
            else:
                body = _(
                    "Your Pandu account has not been used for a long time, so Pandu will delete"
                    " it and your learning records on %(date)s (WITA). To keep it, sign in"
                    " before then and cancel the deletion on your privacy page."
                )
            send_mail(
                _("Pandu: your account will be deleted"),
                body % {"date": when},
                None,
                [request.email],
            )
    return request


@transaction.atomic
def deletion_request_cancel(*, user: User) -> bool:
    request = open_deletion_request(user=user)
    if request is None:
        return False
    request.cancelled_at = timezone.now()
    request.save(update_fields=["cancelled_at"])
    audit_log(actor=user, action="privacy.deletion_cancel", subject=user, target=request)
    return True


def _tally(user: User) -> None:
    for enrollment in Enrollment.objects.filter(user=user):
        month = timezone.localtime(enrollment.enrolled_at).date().replace(day=1)
        tally, _created = LearningTally.objects.get_or_create(
            course_key=enrollment.course_key, month=month
        )
        LearningTally.objects.filter(pk=tally.pk).update(
            enrolments=F("enrolments") + 1,
            completions=F("completions") + (1 if enrollment.completed_at else 0),
        )


def learning_records_delete(*, user: User) -> int:
    """Remove a person's learning records — certificates (with their PDFs), progress events,
    lesson progress, enrolments, activity answers, and the notifications that reported on them
    (to the person and to their parents) — after adding them to the anonymous per-course
    figures. Returns how many rows were removed. Call it inside a transaction."""
    _tally(user)
    removed = notifications_about_delete(user=user)
    for certificate in Certificate.objects.filter(user=user):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.delete()
        removed += 1
    for model in (ProgressEvent, LessonProgress, Enrollment, XBlockUserState):
        removed += model.objects.filter(user=user).delete()[0]
    return removed


@transaction.atomic
def deletion_carry_out(*, request: DeletionRequest) -> bool:
    """Anonymise the account and remove its learning records. Idempotent: a request already done
    or cancelled changes nothing. Returns whether it did the deletion."""
    request = DeletionRequest.objects.select_for_update().get(pk=request.pk)
    if request.done_at is not None or request.cancelled_at is not None:
        return False
    user = User.objects.select_for_update().get(pk=request.user_id)
    learning_records_delete(user=user)
    notifications_forget(user=user)
    AssignmentStudent.objects.filter(user=user).delete()
    ClassStudent.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.username = f"dihapus-{user.pk}"
    user.full_name = user.first_name = user.last_name = ""
    user.email = user.phone = user.kecamatan = user.kelurahan = ""
    user.phone_verified = False
    user.birth_year = None
    user.is_active = False
    user.set_unusable_password()
    user.save()
    request.done_at = timezone.now()
    request.email = ""
    request.save(update_fields=["done_at", "email"])
    audit_log(actor=None, action="privacy.deletion_done", subject=user, target=request)
    return True


def deletions_run(*, now: datetime | None = None) -> int:
    """Carry out every request whose time has come; each in its own transaction, confirmed by
    email. Returns how many were done."""
    now = now or timezone.now()
    done = 0
    for request in DeletionRequest.objects.filter(
        due_at__lte=now, done_at__isnull=True, cancelled_at__isnull=True
    ).order_by("due_at"):
        email, language = request.email, request.language
        if deletion_carry_out(request=request):
            done += 1
            if email:
                with translation.override(language):
                    send_mail(
                        _("Pandu: your account has been deleted"),
                        _(
                            "Your Pandu account has been anonymised and your learning records,"
                            " answers and certificates removed, as you asked. Only anonymous"
                            " figures (how many people took each course) remain."
                        ),
                        None,
                        [email],
                    )
    return done


def retention_sweep(*, now: datetime | None = None) -> int:
    """Ask for the deletion of accounts inactive for longer than PANDU_RETENTION_DAYS (staff
    excepted). Returns how many requests were made."""
    days = settings.PANDU_RETENTION_DAYS
    if not days:
        return 0
    now = now or timezone.now()
    cutoff = now - timedelta(days=days)
    stale = (
        User.objects.filter(is_active=True, is_staff=False, is_superuser=False)
        .filter(date_joined__lt=cutoff)
        .exclude(last_login__gte=cutoff)
        .exclude(Exists(ProgressEvent.objects.filter(user=OuterRef("pk"), received_at__gte=cutoff)))
        .exclude(
            Exists(
                DeletionRequest.objects.filter(
                    user=OuterRef("pk"), cancelled_at__isnull=True, done_at__isnull=True
                )
            )
        )
    )
    made = 0
    for user in stale:
        deletion_request_create(user=user, reason=DeletionReason.RETENTION, now=now)
        made += 1
    return made
