import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from pytest_django import Settings

if TYPE_CHECKING:  # the factories import models, which need Django set up first
    from tests.factories import Catalog

# Django's live server runs in a thread beside Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("PANDU_CHROMIUM", "/usr/bin/chromium")
BROWSER_REQUIRED = os.environ.get("PANDU_REQUIRE_BROWSER", "") not in ("", "0", "false")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items or shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    if BROWSER_REQUIRED:
        raise pytest.UsageError(
            f"Browser tests are required (PANDU_REQUIRE_BROWSER) but {CHROMIUM} is missing."
        )
    skip = pytest.mark.skip(
        reason=f"Chromium not found at {CHROMIUM}: browser tests skipped "
        "(apt-get install --no-install-recommends chromium)"
    )
    for item in browser_items:
        item.add_marker(skip)


def pytest_report_header(config: pytest.Config) -> str:
    found = shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)
    return f"browser tests: {'Chromium at ' + CHROMIUM if found else 'SKIPPED, Chromium not found'}"


@pytest.fixture(autouse=True)
def _media_root(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> None:
    settings.MEDIA_ROOT = str(tmp_path_factory.getbasetemp() / "media")


@pytest.fixture(autouse=True)
def _cache_emptied() -> None:
    """Each test starts with an empty cache: it builds its own pages and images, on ids and paths
    an earlier test's may have had, and what the cache kept of those (the page tree's outlines,
    Wagtail's renditions, rate limits) must not leak into it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def catalog(db: None) -> "Catalog":
    from tests.factories import make_catalog

    return make_catalog()


@pytest.fixture(autouse=True)
def _no_content_security_policy_violations(request: pytest.FixtureRequest) -> Iterator[None]:
    """A browser test fails if the page broke the Content Security Policy: what the policy
    blocks (an inline script, a style attribute) would silently not work for a real user."""
    if "page" not in request.fixturenames or request.node.get_closest_marker("browser") is None:
        yield
        return
    page = request.getfixturevalue("page")
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield
    assert violations == [], "\n".join(violations)
