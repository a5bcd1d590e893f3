from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "lms.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from lms.accounts.models import RoleGrant

        from . import services
        from .models import Notification

        # The header's kept state (selectors.nav_state) follows the notifications and roles.
        for model in (Notification, RoleGrant):
            uid = f"notifications_nav_{model.__name__}"
            post_save.connect(services.nav_changed, sender=model, dispatch_uid=f"{uid}_save")
            post_delete.connect(services.nav_changed, sender=model, dispatch_uid=f"{uid}_delete")
        from lms.learning.signals import course_completed

        course_completed.connect(_on_course_completed, dispatch_uid="notifications_on_completion")
        from wagtail.signals import page_published

        from courses.models import CoursePage

        page_published.connect(
            _on_course_published, sender=CoursePage, dispatch_uid="notifications_on_new_course"
        )
        from lms.certificates.signals import certificate_issued

        certificate_issued.connect(
            _on_certificate_issued, dispatch_uid="notifications_on_certificate"
        )


def _on_course_completed(sender: Any, user: Any, course_key: Any, **kwargs: Any) -> None:
    """Queued after any open transaction commits; a broker that cannot be reached is logged and
    never fails the learner's request."""
    from django.db import transaction

    from .tasks import notify_course_completed

    def queue() -> None:
        notify_course_completed.delay(user_id=user.pk, course_key=str(course_key))

    transaction.on_commit(queue, robust=True)


def _on_certificate_issued(sender: Any, certificate: Any, **kwargs: Any) -> None:
    from django.db import transaction

    from .tasks import notify_certificate_issued

    def queue() -> None:
        notify_certificate_issued.delay(certificate_id=certificate.pk)

    transaction.on_commit(queue, robust=True)


def _on_course_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A course's first publication, in its first language: later publications and translations
    of the same course are not news."""
    from django.db import transaction

    from .tasks import notify_new_course

    if instance.first_published_at != instance.last_published_at:
        return
    if instance.alias_of_id or instance.get_translations().filter(live=True).exists():
        return

    def queue() -> None:
        notify_new_course.delay(course_id=instance.pk)

    transaction.on_commit(queue, robust=True)
