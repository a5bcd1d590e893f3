"""The catalog: filters, search by title and by editors' keywords, and a fixed number of queries."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from pytest_django import DjangoAssertNumQueries

from courses import services
from courses.models import LessonPage, ModulePage
from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db


def titles(client: Client, catalog: Catalog, query: str = "") -> list[str]:
    response = client.get(catalog.catalog.url + query)
    assert response.status_code == 200
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def courses(catalog: Catalog) -> Catalog:
    make_course(
        catalog,
        title="Mengaktifkan KTP Digital",
        slug="aktivasi-ikd",
        keywords="KTP digital, IKD, Dukcapil",
        topic="kependudukan",
    )
    make_course(
        catalog,
        title="Mobile JKN untuk Peserta BPJS",
        slug="mobile-jkn",
        keywords="BPJS, faskes, antrean",
        topic="kesehatan",
        level="madya",
    )
    make_course(
        catalog,
        title="Aman dari Penipuan Daring",
        slug="aman",
        keywords="OTP, APK palsu, phishing",
        topic="keamanan",
        pillar="aman",
    )
    return catalog


def test_the_catalog_lists_every_published_course_in_editor_order(
    client: Client, courses: Catalog
) -> None:
    assert titles(client, courses) == [
        "Mengaktifkan KTP Digital",
        "Mobile JKN untuk Peserta BPJS",
        "Aman dari Penipuan Daring",
    ]


def test_a_draft_course_is_not_listed(client: Client, courses: Catalog) -> None:
    from courses.models import CoursePage

    CoursePage.objects.get(slug="mobile-jkn").unpublish()
    assert "Mobile JKN untuk Peserta BPJS" not in titles(client, courses)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?topic=kesehatan", ["Mobile JKN untuk Peserta BPJS"]),
        ("?level=madya", ["Mobile JKN untuk Peserta BPJS"]),
        ("?pillar=aman", ["Aman dari Penipuan Daring"]),
        ("?level=dasar&pillar=cakap", ["Mengaktifkan KTP Digital"]),
        ("?topic=keamanan&level=madya", []),
    ],
)
def test_filters(client: Client, courses: Catalog, query: str, expected: list[str]) -> None:
    assert titles(client, courses, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?q=KTP+digital", ["Mengaktifkan KTP Digital"]),  # an editor's keyword, not in the title
        ("?q=ktp", ["Mengaktifkan KTP Digital"]),
        ("?q=OTP", ["Aman dari Penipuan Daring"]),
        ("?q=Mobile+JKN", ["Mobile JKN untuk Peserta BPJS"]),
        ("?q=BPJS&topic=keamanan", []),
    ],
)
def test_search_finds_titles_and_keywords(
    client: Client, courses: Catalog, query: str, expected: list[str]
) -> None:
    assert titles(client, courses, query) == expected


def test_nothing_found_says_so_and_offers_a_way_out(client: Client, courses: Catalog) -> None:
    html = client.get(courses.catalog.url + "?q=pajak+kapal").content.decode()
    assert "Tidak ada kursus yang cocok" in html
    assert "Hapus filter" in html


def test_an_unknown_filter_value_is_reported_and_ignored(client: Client, courses: Catalog) -> None:
    response = client.get(courses.catalog.url + "?level=guru-besar&page=abc")
    html = response.content.decode()
    assert response.status_code == 200
    assert "tidak dikenali dan diabaikan" in html
    assert len(titles(client, courses, "?level=guru-besar")) == 3


def test_an_empty_catalog_says_so(client: Client, catalog: Catalog) -> None:
    assert "Belum ada kursus" in client.get(catalog.catalog.url).content.decode()


def count_queries(client: Client, url: str) -> int:
    client.get(url)  # first view creates the image renditions
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def grow_catalog(catalog: Catalog, start: int, count: int) -> None:
    for n in range(start, start + count):
        make_course(catalog, title=f"Kursus {n}", slug=f"kursus-{n}", topic="kesehatan", lessons=1)


# Of these, Wagtail's routing takes two per level of the page tree, and one checks that no page
# above is unpublished (courses.wagtail_hooks); the rest is the catalog's own: topics, view
# restrictions, the count, the page of courses, and their cover renditions.
@pytest.mark.parametrize(
    ("query", "pinned"), [("", 17), ("?topic=kesehatan&level=dasar", 17), ("?q=kursus", 17)]
)
def test_catalog_queries_do_not_grow_with_the_catalog(
    client: Client,
    catalog: Catalog,
    django_assert_num_queries: DjangoAssertNumQueries,
    query: str,
    pinned: int,
) -> None:
    grow_catalog(catalog, 1, 2)
    small = count_queries(client, catalog.catalog.url + query)
    grow_catalog(catalog, 3, 14)
    client.get(catalog.catalog.url + query)
    cache.clear()
    with django_assert_num_queries(small):
        client.get(catalog.catalog.url + query)
    assert small == pinned


def test_lesson_queries_do_not_grow_with_the_catalog(
    client: Client, catalog: Catalog, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    make_course(catalog, title="IKD", slug="ikd", lessons=3)
    # The first lesson: a visitor without an account may read it (lms.learning decides).
    lesson_url = LessonPage.objects.filter(slug="pelajaran-1").first().url
    small = count_queries(client, lesson_url)
    grow_catalog(catalog, 1, 10)
    make_course(catalog, title="Besar", slug="besar", lessons=12)
    cache.clear()
    with django_assert_num_queries(small):
        client.get(lesson_url)
    # Wagtail's routing takes two per level, one checks that the course and module above it are
    # published; the course and its outline are read once, for lms.learning's check that a visitor
    # may read this lesson (the first one) and for the page.
    assert small == 21


# Not "page": pytest-playwright would take that name for its browser page.
@pytest.mark.parametrize(("which", "pinned"), [("home", 14), ("module", 19)])
def test_home_and_module_queries_do_not_grow(
    client: Client,
    catalog: Catalog,
    django_assert_num_queries: DjangoAssertNumQueries,
    which: str,
    pinned: int,
) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    url = catalog.home.url if which == "home" else ModulePage.objects.child_of(course).get().url
    small = count_queries(client, url)
    grow_catalog(catalog, 1, 10)
    make_course(catalog, title="Besar", slug="besar", lessons=12)
    if which == "module":  # a longer module, not only more courses
        module = ModulePage.objects.child_of(course).get()
        for n in range(3, 15):
            services.page_publish_child(
                parent=module, page=LessonPage(title=f"Pelajaran {n}", slug=f"p-{n}", body="[]")
            )
    client.get(url)
    cache.clear()
    with django_assert_num_queries(small):
        client.get(url)
    assert small == pinned
