from collections.abc import Iterator

import pytest
from django.core.cache import cache

from lms.accounts.sms import MemorySmsBackend, Sms


@pytest.fixture(autouse=True)
def sms_outbox() -> Iterator[list[Sms]]:
    """Text messages sent during the test, like Django's mail.outbox for email."""
    MemorySmsBackend.outbox.clear()
    yield MemorySmsBackend.outbox
    MemorySmsBackend.outbox.clear()


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    """allauth counts requests per address in the cache; each test starts from zero."""
    cache.clear()


# The phone-sized Chromium of the browser tests, for the account pages' own browser test.
from tests.e2e.conftest import browser_context_args, browser_type_launch_args  # noqa: E402, F401
