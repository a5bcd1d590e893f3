from celery import shared_task

from lms.accounts.models import User

from . import services


@shared_task(name="lms.guardians.tasks.learning_records_delete", acks_late=True)
def learning_records_delete(child_id: int) -> bool:
    """Delete a child's learning records after a parent withdrew consent. Idempotent: a second
    run finds nothing to delete, and nothing is deleted while a consent is in force again."""
    child = User.objects.filter(pk=child_id).first()
    if child is None:
        return False
    return services.learning_records_delete(child=child)
