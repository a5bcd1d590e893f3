from celery import shared_task

from . import services


@shared_task(name="lms.privacy.tasks.privacy_deletions_run", acks_late=True)
def privacy_deletions_run() -> int:
    """Carry out the deletion requests whose time has come (hourly). Idempotent: a request is
    done once, under a row lock, so an overlapping or re-delivered run changes nothing."""
    return services.deletions_run()


@shared_task(name="lms.privacy.tasks.privacy_retention_sweep", acks_late=True)
def privacy_retention_sweep() -> int:
    """Ask for the deletion of accounts inactive beyond the retention period (daily)."""
    return services.retention_sweep()
