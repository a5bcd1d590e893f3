from celery import shared_task
from django.core.management import call_command


@shared_task(name="lms.core.tasks.publish_scheduled_pages")
def publish_scheduled_pages() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones (Wagtail's scheduled
    publishing). Idempotent: a page already published is skipped, so a re-delivered message or an
    overlapping run changes nothing."""
    call_command("publish_scheduled")
