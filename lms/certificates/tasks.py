"""Celery tasks of certificates. Each is idempotent: run twice, at once or one after the other, by
a redelivered message or the sweep, it leaves one certificate with one PDF. `acks_late` with
`reject_on_worker_lost`: a message whose worker dies mid-task is delivered again where the broker
can (Redis, RabbitMQ); the file-system broker of `make run` loses it, and the sweep heals that."""

from __future__ import annotations

import logging
from uuid import UUID

from celery import shared_task

from lms.accounts.models import User

from . import selectors, services

logger = logging.getLogger(__name__)

# How much one sweep does, so that a backlog is worked off over several runs.
SWEEP_BATCH = 200

TASK_OPTIONS = {"acks_late": True, "reject_on_worker_lost": True}


@shared_task(name="lms.certificates.tasks.certificate_issue_for_completion", **TASK_OPTIONS)
def certificate_issue_for_completion(*, user_id: int, course_key: str) -> int | None:
    """Issue the certificate of a finished course, then make its PDF. Returns its id."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return None
    try:
        issued = services.certificate_issue_for_completion(user=user, course_key=UUID(course_key))
    except services.Refused as refusal:
        logger.info("No certificate for user %s, course %s: %s", user_id, course_key, refusal)
        return None
    if issued is None:
        return None
    services.certificate_pdf_ensure(certificate_id=issued.certificate.pk)
    return issued.certificate.pk


@shared_task(name="lms.certificates.tasks.certificate_pdf_render", **TASK_OPTIONS)
def certificate_pdf_render(*, certificate_id: int) -> bool:
    return services.certificate_pdf_ensure(certificate_id=certificate_id)


@shared_task(name="lms.certificates.tasks.certificates_sweep", **TASK_OPTIONS)
def certificates_sweep() -> dict[str, int]:
    """Issue the certificates of finished courses that have none (a task lost with its worker
    or its broker), and make the PDFs that are missing. Run by beat every few minutes."""
    issued = rendered = 0
    for enrollment in selectors.completions_without_certificate(limit=SWEEP_BATCH).select_related(
        "user"
    ):
        try:
            result = services.certificate_issue_for_completion(
                user=enrollment.user, course_key=enrollment.course_key
            )
        except services.Refused:
            continue
        if result is not None and result.created:
            issued += 1
    for certificate_id in selectors.certificates_without_pdf(limit=SWEEP_BATCH):
        rendered += int(services.certificate_pdf_ensure(certificate_id=certificate_id))
    if issued or rendered:
        logger.info("Certificate sweep: %s issued, %s PDFs made", issued, rendered)
    return {"issued": issued, "rendered": rendered}
