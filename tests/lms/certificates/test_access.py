"""Every certificate address, called as anonymous, as the owner of the certificate and as another
user, answers as declared here; nobody reaches another person's PDF or credential, and nobody
changes a certificate by calling them. The API's operations are also in
tests/lms/api/test_access_matrix.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import get_resolver

from lms.accounts.models import User
from lms.api import services as api_services
from lms.certificates.models import Certificate

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

ACTORS = ("anonymous", "owner", "other")


@dataclass(frozen=True)
class Case:
    method: str
    url: Callable[[Certificate], str]
    expected: dict[str, int]
    api: bool = False
    body: Callable[[Certificate], Any] | None = None


CASES: dict[str, Case] = {
    "certificates:verify": Case(
        "GET", lambda c: f"/id/sertifikat/{c.code}/", {"anonymous": 200, "owner": 200, "other": 200}
    ),
    "certificates:check": Case(
        "GET", lambda c: "/id/sertifikat/periksa/", {"anonymous": 200, "owner": 200, "other": 200}
    ),
    "certificates:pdf": Case(
        "GET",
        lambda c: f"/id/sertifikat/{c.code}/pdf/",
        {"anonymous": 404, "owner": 200, "other": 404},
    ),
    "certificates:credential": Case(
        "GET",
        lambda c: f"/id/sertifikat/{c.code}/kredensial/",
        {"anonymous": 404, "owner": 200, "other": 404},
    ),
    "credentials:issuer": Case(
        "GET",
        lambda c: f"/credentials/issuers/{c.issuer.public_id}",
        {"anonymous": 200, "owner": 200, "other": 200},
    ),
    "credentials:jwks": Case(
        "GET",
        lambda c: f"/credentials/issuers/{c.issuer.public_id}/jwks.json",
        {"anonymous": 200, "owner": 200, "other": 200},
    ),
    "credentials:revocations": Case(
        "GET",
        lambda c: f"/credentials/issuers/{c.issuer.public_id}/revocations",
        {"anonymous": 200, "owner": 200, "other": 200},
    ),
    "api:credential_verify": Case(
        "POST",
        lambda c: "/api/v1/credentials/verify",
        {"anonymous": 200, "owner": 200, "other": 200},
        api=True,
        body=lambda c: {"credential": c.credential},
    ),
    "api:certificate_list": Case(
        "GET",
        lambda c: "/api/v1/me/certificates",
        {"anonymous": 401, "owner": 200, "other": 200},
        api=True,
    ),
}


def certificate_url_names() -> set[str]:
    resolver = get_resolver()
    names = set()
    for namespace in ("certificates", "credentials"):
        _prefix, inner = resolver.namespace_dict[namespace]
        names |= {f"{namespace}:{n}" for n in inner.reverse_dict if isinstance(n, str)}
    return names


def test_every_certificate_address_has_a_case() -> None:
    assert certificate_url_names() == {name for name in CASES if not name.startswith("api:")}


def clients(owner: User, other: User, *, api: bool) -> dict[str, Client]:
    found = {"anonymous": Client()}
    for name, user in (("owner", owner), ("other", other)):
        if api:
            _token, key = api_services.token_create(user=user, name="test")
            found[name] = Client(headers={"Authorization": f"Bearer {key}"})
        else:
            found[name] = Client()
            assert found[name].login(username=user.username, password=PASSWORD)
    return found


def snapshot() -> list[tuple[Any, ...]]:
    return list(Certificate.objects.values_list("pk", "user_id", "revoked_at", "pdf", "credential"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_address_answers_each_actor_as_declared(
    name: str, finished: Certificate, learner: User, other: User
) -> None:
    case = CASES[name]
    before = snapshot()
    for actor, client in clients(learner, other, api=case.api).items():
        kwargs: dict[str, Any] = {}
        if case.body is not None:
            kwargs = {"data": case.body(finished), "content_type": "application/json"}
        response = getattr(client, case.method.lower())(case.url(finished), **kwargs)
        assert response.status_code == case.expected[actor], (actor, response.content[:300])
        if name == "api:certificate_list" and actor == "other":
            assert response.json() == {"items": [], "count": 0}
        if name == "api:certificate_list" and actor == "owner":
            assert [i["code"] for i in response.json()["items"]] == [finished.code]
    assert snapshot() == before
