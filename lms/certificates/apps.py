from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "lms.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from lms.learning.signals import course_completed

        course_completed.connect(_issue_on_completion, dispatch_uid="certificates_on_completion")


def _issue_on_completion(sender: Any, user: Any, course_key: Any, **kwargs: Any) -> None:
    """`course_completed` is sent after the completing transaction commits; the task is queued
    after any transaction still open here commits too, so that the worker sees the completion.
    A broker that cannot be reached is logged and never fails the learner's request: the sweep
    issues the certificate later."""
    from django.db import transaction

    from .tasks import certificate_issue_for_completion

    def queue_certificate() -> None:
        certificate_issue_for_completion.delay(user_id=user.pk, course_key=str(course_key))

    transaction.on_commit(queue_certificate, robust=True)
