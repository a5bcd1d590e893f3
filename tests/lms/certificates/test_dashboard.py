"""Learners see their certificates on "Kursus saya", read in one query whatever their number."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lms.accounts.models import User
from lms.certificates import services
from lms.certificates.models import Certificate, Source
from tests.factories import Catalog, make_course

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

DASHBOARD = "/id/saya/"


def queries(client: Client) -> tuple[int, str]:
    client.get(DASHBOARD)  # warms the site's caches
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(DASHBOARD)
    assert response.status_code == 200
    return len(captured), "\n".join(q["sql"] for q in captured.captured_queries)


def test_the_dashboard_lists_my_certificates_only(
    client: Client, finished: Certificate, learner: User, other: User
) -> None:
    client.login(username=learner.username, password=PASSWORD)
    html = client.get(DASHBOARD).content.decode()
    assert "Aktivasi IKD" in html
    assert f"/id/sertifikat/{finished.code}/pdf/" in html
    assert f"/id/sertifikat/{finished.code}/" in html
    client.login(username=other.username, password=PASSWORD)
    assert finished.code not in client.get(DASHBOARD).content.decode()


def test_the_certificates_cost_one_query_whatever_their_number(
    client: Client, catalog: Catalog, learner: User
) -> None:
    client.login(username=learner.username, password=PASSWORD)
    first = make_course(catalog, title="Kursus 0", slug="kursus-0", with_cover=False)
    services.certificate_issue(user=learner, course=first, source=Source.ADMIN, schedule_pdf=False)
    small, _sql = queries(client)
    for number in range(1, 6):
        course = make_course(
            catalog, title=f"Kursus {number}", slug=f"kursus-{number}", with_cover=False
        )
        services.certificate_issue(
            user=learner, course=course, source=Source.ADMIN, schedule_pdf=False
        )
    large, large_sql = queries(client)
    assert large == small, f"{small} queries with 1 certificate, {large} with 6:\n{large_sql}"
    assert large_sql.count('FROM "certificates_certificate"') == 1, large_sql
