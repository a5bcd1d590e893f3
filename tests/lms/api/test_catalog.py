"""The published catalog through the API: open to everyone, in the caller's language where a course
is translated, with a fixed number of queries whatever the size of the catalog."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from pytest_django import DjangoAssertNumQueries
from wagtail.models import Locale, PageViewRestriction

from courses.models import CoursePage, LessonPage
from tests.factories import Catalog, make_course

from .conftest import Courses

pytestmark = pytest.mark.django_db


def translate(page: CoursePage, locale: Locale, title: str) -> CoursePage:
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    for child in page.get_descendants().specific():
        child.copy_for_translation(locale).save_revision().publish()
    translated: CoursePage = CoursePage.objects.get(pk=copy.pk)
    return translated


def test_the_catalog_lists_published_courses_for_everyone(client: Client, courses: Courses) -> None:
    response = client.get("/api/v1/courses")
    assert response.status_code == 200
    assert response.json() == {
        "items": [
            {
                "id": courses.ikd.pk,
                "title": "Aktivasi IKD",
                "slug": "ikd",
                "level": "dasar",
                "pillar": "cakap",
                "language": "id",
                "url": "/id/kursus/ikd/",
            },
            {
                "id": courses.sehat.pk,
                "title": "SatuSehat",
                "slug": "satusehat",
                "level": "madya",
                "pillar": "cakap",
                "language": "id",
                "url": "/id/kursus/satusehat/",
            },
        ],
        "count": 2,
    }


def test_drafts_and_restricted_courses_are_not_listed(client: Client, courses: Courses) -> None:
    courses.sehat.unpublish()
    hidden = make_course(courses.catalog, title="Khusus guru", slug="guru")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    answer = client.get("/api/v1/courses").json()
    assert [item["slug"] for item in answer["items"]] == ["ikd"]
    assert answer["count"] == 1


def test_an_english_caller_gets_english_where_a_course_is_translated(
    client: Client, courses: Courses
) -> None:
    english = Locale.objects.create(language_code="en")
    ikd_en = translate(courses.ikd, english, "IKD activation")
    answer = client.get("/api/v1/courses", HTTP_ACCEPT_LANGUAGE="en").json()
    assert [(c["id"], c["title"], c["language"], c["url"]) for c in answer["items"]] == [
        (ikd_en.pk, "IKD activation", "en", "/en/kursus/ikd/"),
        (courses.sehat.pk, "SatuSehat", "id", "/id/kursus/satusehat/"),
    ]
    assert answer["count"] == 2
    # An Indonesian caller still sees each course once, in Indonesian.
    indonesian = client.get("/api/v1/courses").json()
    assert [c["id"] for c in indonesian["items"]] == [courses.ikd.pk, courses.sehat.pk]


def test_a_course_shows_its_modules_and_lessons(client: Client, courses: Courses) -> None:
    lessons = list(LessonPage.objects.descendant_of(courses.ikd).order_by("path"))
    lessons[2].completion_rule = "opened"
    lessons[2].save_revision().publish()
    answer = client.get(f"/api/v1/courses/{courses.ikd.pk}").json()
    assert answer["id"] == courses.ikd.pk
    assert answer["summary"] == "Ringkasan kursus."
    [module] = answer["modules"]
    assert module["title"] == "Modul 1"
    assert module["lessons"] == [
        {
            "id": lesson.pk,
            "title": lesson.title,
            "url": f"/id/kursus/ikd/modul-1/{lesson.slug}/",
            "completion_rule": rule,
        }
        for lesson, rule in zip(lessons, ["marked_done", "marked_done", "opened"], strict=True)
    ]


def test_a_draft_lesson_is_left_out_of_the_course(client: Client, courses: Courses) -> None:
    LessonPage.objects.get(slug="pelajaran-2", path__startswith=courses.ikd.path).unpublish()
    [module] = client.get(f"/api/v1/courses/{courses.ikd.pk}").json()["modules"]
    assert [lesson["title"] for lesson in module["lessons"]] == ["Pelajaran 1", "Pelajaran 3"]


def test_a_draft_a_restricted_or_a_non_course_page_is_not_found(
    client: Client, courses: Courses
) -> None:
    courses.sehat.unpublish()
    hidden = make_course(courses.catalog, title="Khusus guru", slug="guru")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    lesson = LessonPage.objects.descendant_of(courses.ikd).first()
    assert lesson is not None
    for page_id in (courses.sehat.pk, hidden.pk, lesson.pk, courses.catalog.home.pk, 2_000_000):
        response = client.get(f"/api/v1/courses/{page_id}")
        assert response.status_code == 404, page_id
        assert response.json()["code"] == "not_found"


def queries(client: Client, url: str, **headers: str) -> int:
    """The queries of a second request (the first fills caches a real server would keep)."""
    client.get(url, **headers)  # type: ignore[arg-type]
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, **headers).status_code == 200  # type: ignore[arg-type]
    return len(captured)


def grow_catalog(catalog: Catalog, start: int, count: int) -> None:
    for n in range(start, start + count):
        make_course(catalog, title=f"Kursus {n}", slug=f"kursus-{n}", topic="kesehatan", lessons=1)


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalog_queries_do_not_grow_with_the_catalog(
    client: Client,
    courses: Courses,
    django_assert_num_queries: DjangoAssertNumQueries,
    language: str,
) -> None:
    url = "/api/v1/courses?limit=100"
    Locale.objects.create(language_code="en")
    small = queries(client, url, HTTP_ACCEPT_LANGUAGE=language)
    grow_catalog(courses.catalog, 1, 12)
    assert client.get(url).json()["count"] == 14
    cache.clear()
    with django_assert_num_queries(small):
        client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    # The view restrictions, the count, the page of courses, and the site's root paths (two, cached
    # between requests).
    assert small == 5


def test_course_queries_do_not_grow_with_the_course(
    client: Client, catalog: Catalog, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    small = queries(
        client, f"/api/v1/courses/{make_course(catalog, title='Kecil', slug='kecil', lessons=1).pk}"
    )
    large = make_course(catalog, title="Besar", slug="besar", lessons=15)
    client.get(f"/api/v1/courses/{large.pk}")
    cache.clear()
    with django_assert_num_queries(small):
        client.get(f"/api/v1/courses/{large.pk}")
    # The view restrictions, the course, its modules, its lessons, and the site's root paths (two,
    # cached between requests).
    assert small == 6
