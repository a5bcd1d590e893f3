"""Celery's broker connections in a test process that points the app at another broker."""

from kombu import pools

from lms import celery_app


def reset_producer_pools() -> None:
    """Closes the app's broker connections and forgets them, as Celery does after a fork: a pool
    made before the broker options changed sends to the settings' broker, and a closed pool left
    in place refuses every later `delay()` ("Acquire on closed pool")."""
    celery_app.pool.force_close_all()
    pools.reset()  # type: ignore[no-untyped-call]
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
