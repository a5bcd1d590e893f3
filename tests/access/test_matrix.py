"""The access matrix: every address of Pandu, tried by eleven people (from a visitor to an admin)
on their own objects and on other people's, answers as `matrix.MATRIX` declares.

The addresses are read from the root URLconf, so a new one fails
`test_every_address_of_pandu_is_declared` until it has a row; a row whose address is gone fails
`test_no_declaration_is_stale`. Django's, Wagtail's and allauth's own addresses are sampled
(`matrix.SAMPLES`), and Wagtail's pages are tried with concrete pages (`matrix.PAGES`).

The world is built once for the module; every request runs in a transaction that is rolled
back, so an action that succeeds (archiving a class, unlinking a child) changes nothing for the
next request."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from lms.certificates import keys

from . import matrix
from .declare import DENIED, LOGIN, OK, Expect, Row
from .world import PERSONAS, World, build

pytestmark = pytest.mark.django_db

PANDU_PACKAGES = ("lms.", "courses.", "content.")
PANDU_APPS = frozenset(
    app.label
    for app in apps.get_app_configs()
    if app.name.startswith(PANDU_PACKAGES) or app.name in ("courses", "content")
)
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Address:
    key: str  # namespace:name, or the route where the pattern has no name
    route: str
    pattern: URLPattern

    @property
    def takes_args(self) -> bool:
        return bool(self.pattern.pattern.converters) or "(?P<" in self.route


def _walk(
    patterns: list[URLPattern | URLResolver], prefix: str, namespace: str
) -> Iterator[Address]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            continue
        name = f"{namespace}:{pattern.name}" if namespace else pattern.name
        route = prefix + str(pattern.pattern)
        yield Address(key=name or route, route=route, pattern=pattern)


def addresses() -> list[Address]:
    """Every pattern of the root URLconf, in the default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return list(_walk(get_resolver().url_patterns, "", ""))


def is_pandus(address: Address) -> bool:
    """Pandu's own views, the API, and Wagtail's generic admin views of Pandu's models."""
    if address.key.split(":")[0] in matrix.WAGTAIL_OWNED_NAMESPACES:
        return False
    callback = address.pattern.callback
    if callback.__module__.startswith(PANDU_PACKAGES) or address.key.startswith("api:"):
        return True
    model = getattr(callback, "view_initkwargs", {}).get("model")
    return model is not None and not isinstance(model, str) and model._meta.app_label in PANDU_APPS


@functools.cache
def pandus() -> dict[str, Address]:
    found: dict[str, Address] = {}
    for address in addresses():
        if is_pandus(address):
            assert address.key not in found, f"two patterns are called {address.key}"
            found[address.key] = address
    return found


def outcome(response: HttpResponseBase, path: str) -> str:
    status = response.status_code
    if status in REDIRECTS:
        target = urlsplit(response["Location"]).path
        if target in matrix.LOGIN_PATHS:
            return LOGIN
        # Wagtail's admin answers "no permission" by sending the person to its home page.
        if target == reverse("wagtailadmin_home") and path != target:
            return DENIED
        return OK
    if status == 401:
        return LOGIN
    if status in (403, 404):
        return DENIED
    # A 400 (a form or a body judged on its content) or a 409 (a consent already on record):
    # the person got past the access check.
    if 200 <= status < 300 or status in (400, 409):
        return OK
    return f"HTTP {status}"


def _body(world: World, persona: str, method: str, row: Row | None, own: bool) -> dict[str, Any]:
    if method == "GET" or row is None or row.body is None:
        return {}
    data = row.body(world, persona, own)
    if row.json:
        return {"data": json.dumps(data), "content_type": "application/json"}
    return {
        "data": urlencode(data, doseq=True),
        "content_type": "application/x-www-form-urlencoded",
    }


def attempt(world: World, persona: str, method: str, url: str, row: Row | None, own: bool) -> str:
    client = world.client(persona)
    cache.clear()  # rate limits and lockouts count per test, not across the matrix
    with transaction.atomic():
        try:
            response = client.generic(method, url, **_body(world, persona, method, row, own))
        except Exception as error:  # a crash is an outcome the table shows
            return f"crash {type(error).__name__}: {error}"
        finally:
            transaction.set_rollback(True)
    return outcome(response, urlsplit(url).path)


def url_of(address: Address, row: Row, world: World, persona: str, own: bool) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(address.key, kwargs=row.args(world, persona, own))


@pytest.fixture(scope="module")
def world(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    """Built once, in a transaction rolled back when the module is done; each test runs in a
    savepoint inside it. Uploads go where every test keeps them (tests/conftest.py)."""
    with (
        django_db_blocker.unblock(),
        override_settings(
            PANDU_CREDENTIAL_KEY_BITS=2048,
            MEDIA_ROOT=str(tmp_path_factory.getbasetemp() / "media"),
        ),
        transaction.atomic(),
    ):
        built = build()
        yield built
        transaction.set_rollback(True)
        keys._loaded.clear()


# --- Every address has a row, and every row an address ------------------------------------------


def template(address: Address) -> str:
    args = ", args=side(lambda s: {...})" if address.takes_args else ""
    return f'    "{address.key}": get(only(...){args}),  # {address.route}'


def test_every_address_of_pandu_is_declared() -> None:
    missing = [template(a) for key, a in sorted(pandus().items()) if key not in matrix.MATRIX]
    assert not missing, "Declare who may use these addresses, in tests/access/matrix.py:\n" + (
        "\n".join(missing)
    )


def test_no_declaration_is_stale() -> None:
    stale = sorted(set(matrix.MATRIX) - set(pandus()))
    assert not stale, f"These rows name addresses that no longer exist: {stale}"


def test_every_other_address_is_sampled() -> None:
    """What is not Pandu's is Django's, Wagtail's or allauth's, under a prefix that is sampled."""
    unsampled = [
        f"{a.key} ({a.route})"
        for a in addresses()
        if not is_pandus(a)
        and not a.route.startswith(matrix.SAMPLED_PREFIXES)
        and a.key not in matrix.SAMPLED_NAMES
    ]
    assert not unsampled, f"Neither Pandu's nor under a sampled prefix: {unsampled}"


# --- Every address answers every persona as declared --------------------------------------------


def mismatches(world: World, address: Address, row: Row, method: str, expect: Expect) -> list[str]:
    found = []
    for persona in PERSONAS:
        for own in row.scopes():
            url = url_of(address, row, world, persona, own)
            got = attempt(world, persona, method, url, row, own)
            wanted = expect.outcome(persona, own=own)
            if got != wanted:
                whose = ("own" if own else "other's") if len(row.scopes()) > 1 else ""
                found.append(f"{method} {url} as {persona} {whose}: {got}, declared {wanted}")
    return found


def known(keys: list[str], problems: dict[str, str]) -> list[Any]:
    return [
        pytest.param(key, marks=pytest.mark.xfail(strict=True, reason=problems[key]))
        if key in problems
        else key
        for key in keys
    ]


@pytest.mark.parametrize("key", known(sorted(matrix.MATRIX), matrix.KNOWN_PROBLEMS))
def test_each_address_answers_each_persona_as_declared(world: World, key: str) -> None:
    address = pandus().get(key)
    if address is None:
        pytest.skip("stale: reported by test_no_declaration_is_stale")
    row = matrix.MATRIX[key]
    found = [
        line
        for method, expect in row.methods.items()
        for line in mismatches(world, address, row, method, expect)
    ]
    assert not found, "\n".join(found)


def method_checked() -> list[str]:
    """Pandu's own views, which say which methods they take (Wagtail's admin views and the
    API's shared paths answer other methods in their own ways)."""
    return sorted(
        key
        for key, address in pandus().items()
        if key in matrix.MATRIX
        and not key.startswith("api:")
        and not address.route.startswith("admin/")
    )


@pytest.mark.parametrize("key", known(method_checked(), matrix.KNOWN_METHOD_PROBLEMS))
def test_undeclared_methods_are_refused(world: World, key: str) -> None:
    """A view that takes POST (or GET) without a row saying who may is a failure, not a gap."""
    address = pandus()[key]
    row = matrix.MATRIX[key]
    for method in ("GET", "POST"):
        if method in row.methods:
            continue
        url = url_of(address, row, world, "admin", True)
        response = world.client("admin").generic(method, url)
        assert response.status_code == 405, f"{method} {url} answered {response.status_code}"


# --- Samples of what is not Pandu's, and the pages Wagtail serves -------------------------------


def _everyone_gets(world: World, url: str, expect: Expect) -> None:
    found = []
    for persona in PERSONAS:
        got = attempt(world, persona, "GET", url, None, True)
        wanted = expect.outcome(persona, own=True)
        if got != wanted:
            found.append(f"GET {url} as {persona}: {got}, declared {wanted}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("sample", sorted(matrix.SAMPLES))
def test_sampled_addresses_answer_as_declared(world: World, sample: str) -> None:
    _everyone_gets(world, sample, matrix.SAMPLES[sample])


@pytest.mark.parametrize("name", known(sorted(matrix.PAGES), matrix.KNOWN_PAGE_PROBLEMS))
def test_pages_answer_as_declared(world: World, name: str) -> None:
    _everyone_gets(world, *matrix.PAGES[name](world))


@pytest.mark.parametrize(
    ("response", "path", "expected"),
    [
        (HttpResponseRedirect("/id/akun/login/?next=/id/kelas/"), "/id/kelas/", LOGIN),
        (HttpResponseRedirect("/admin/login/?next=/admin/roles/"), "/admin/roles/", LOGIN),
        (HttpResponseRedirect("/admin/"), "/admin/roles/", DENIED),
        (HttpResponseRedirect("/id/kelas/tugas/"), "/id/kelas/", OK),
        (HttpResponse(status=401), "/api/v1/me/enrollments", LOGIN),
        (HttpResponse(status=404), "/id/kelas/1/", DENIED),
        (HttpResponse(status=400), "/id/kelas/baru/", OK),
        (HttpResponse(status=500), "/id/kelas/", "HTTP 500"),
    ],
)
def test_answers_are_read_as_a_person_notices_them(
    response: HttpResponseBase, path: str, expected: str
) -> None:
    """Wagtail's "no permission" is a redirect to the admin's home: a refusal, not a page."""
    assert outcome(response, path) == expected
