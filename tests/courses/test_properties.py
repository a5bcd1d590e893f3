"""Properties of the catalog's query string: whatever a link or a person puts after the "?", the
catalog answers with its page — a value it does not know is reported (and ignored), never an
error page — and a known filter still filters."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import Level, Pillar
from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db

PROPERTIES = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TOPICS = ["kependudukan", "kesehatan"]
FILTERS = {"level": Level.values, "pillar": Pillar.values, "topic": TOPICS}
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


@pytest.fixture
def courses(catalog: Catalog) -> Catalog:
    make_course(catalog, title="Mengaktifkan KTP Digital", slug="ikd", topic="kependudukan")
    make_course(
        catalog, title="Mobile JKN", slug="jkn", topic="kesehatan", level="madya", pillar="aman"
    )
    return catalog


def value(known: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(known) | TEXT


SEARCHES = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
QUERIES = st.fixed_dictionaries(
    {},
    optional={
        "q": SEARCHES,
        "page": TEXT | st.integers(-5, 10**20).map(str),
        **{name: value(known) for name, known in FILTERS.items()},
        "other": TEXT,
    },
)


@PROPERTIES
@given(params=QUERIES)
def test_any_filter_values_get_the_catalog_with_the_unknown_ones_reported(
    courses: Catalog, params: dict[str, str]
) -> None:
    response = Client().get(courses.catalog.url + "?" + urlencode(params))
    assert response.status_code == 200
    errors = response.context["filter_form"].errors
    for name, known in FILTERS.items():
        given_value = params.get(name, "")
        assert (name in errors) == (given_value != "" and given_value not in known), name
    html = response.content.decode()
    with translation.override("id"):
        notice = gettext("Some filters were not understood and were ignored:")
    assert (notice in html) == bool(errors)
    if not params.get("q") and params.get("level") in Level.values and "page" not in errors:
        listed = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)
        expected = {"dasar": ["Mengaktifkan KTP Digital"], "madya": ["Mobile JKN"], "mahir": []}
        assert set(listed) <= set(expected[params["level"]])


@PROPERTIES
@given(raw=st.binary(max_size=120))
def test_any_raw_query_string_gets_the_catalog(courses: Catalog, raw: bytes) -> None:
    query = raw.decode("latin-1").replace("#", "%23")
    assert Client().get(courses.catalog.url + "?" + query).status_code == 200


@pytest.mark.parametrize("search", ['"', 'KTP "digital', '"KTP digital"'])
def test_a_search_with_a_double_quote_gets_the_catalog(courses: Catalog, search: str) -> None:
    """Found by the property above: SQLite's full-text search (the embedded default) failed on an
    odd double quote. The quotes are dropped, and the words still find the course."""
    response = Client().get(courses.catalog.url, {"q": search})
    assert response.status_code == 200
    if "KTP" in search:
        assert "Mengaktifkan KTP Digital" in response.content.decode()
