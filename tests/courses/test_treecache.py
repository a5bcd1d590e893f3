"""The page tree kept in the cache (courses.treecache): a reader never sees it stale. Every test
first loads the pages, so that what it changes was kept, then changes the tree as an editor does
(publish, unpublish, move, delete, a translation, a prerequisite) and looks again."""

from __future__ import annotations

import json

import pytest
from django.db import connection, transaction
from django.db.models.deletion import Collector
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from courses import selectors, services, treecache
from courses.models import CoursePage, CoursePrerequisite, LessonPage, ModulePage
from lms.accounts.services import user_ensure
from lms.learning.models import ProgressEvent
from tests.factories import Catalog, make_course, text

pytestmark = pytest.mark.django_db


def lessons(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def test_a_lesson_renamed_and_published_shows_its_new_title_in_the_other_lessons_outline(
    client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    first, second = lessons(course)
    assert "Pelajaran 2" in client.get(first.url).content.decode()

    second.title = "Mengaktifkan IKD di kelurahan"
    second.save_revision().publish()
    html = client.get(first.url).content.decode()
    assert "Mengaktifkan IKD di kelurahan" in html
    assert "Pelajaran 2" not in html


def test_a_new_lesson_appears_and_a_deleted_one_goes(client: Client, catalog: Catalog) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    first, second = lessons(course)
    module = ModulePage.objects.child_of(course).get()
    client.get(first.url)
    client.get(course.url)

    services.page_publish_child(
        parent=module,
        page=LessonPage(title="Pelajaran baru", slug="baru", body=json.dumps([text("<p>x</p>")])),
    )
    assert "Pelajaran baru" in client.get(first.url).content.decode()
    assert "Pelajaran baru" in client.get(course.url).content.decode()
    assert "Pelajaran baru" in client.get(module.url).content.decode()

    second.delete()
    html = client.get(first.url).content.decode()
    assert "Pelajaran 2" not in html
    assert second.url not in client.get(course.url).content.decode()


def test_a_lesson_moved_to_another_course_leaves_the_first_outline(
    client: Client, catalog: Catalog
) -> None:
    ikd = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    jkn = make_course(catalog, title="Mobile JKN", slug="jkn", lessons=1)
    first, second = lessons(ikd)
    (jkn_lesson,) = lessons(jkn)
    reader, _created = user_ensure(username="wati", password="kata-sandi-wati-1", full_name="Wati")
    client.force_login(reader)  # a visitor may open only a course's first lesson
    client.get(first.url)
    client.get(jkn_lesson.url)

    second.move(ModulePage.objects.child_of(jkn).get(), pos="last-child")
    assert "Pelajaran 2" not in client.get(first.url).content.decode()
    moved = LessonPage.objects.get(pk=second.pk)
    html = client.get(jkn_lesson.url).content.decode()
    assert moved.url in html
    assert client.get(moved.url).status_code == 200


def test_an_unpublished_lesson_leaves_the_outline_and_its_address_answers_404(
    client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    first, second = lessons(course)
    client.get(first.url)
    client.get(second.url)

    second.unpublish()
    assert second.url not in client.get(first.url).content.decode()
    assert client.get(second.url).status_code == 404


def test_a_prerequisite_added_by_an_editor_locks_the_course_at_once(
    client: Client, catalog: Catalog
) -> None:
    basics = make_course(catalog, title="Dasar", slug="dasar", lessons=1)
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    learner, _created = user_ensure(username="wati", password="kata-sandi-wati-1", full_name="Wati")
    client.force_login(learner)
    _first, second = lessons(course)
    assert client.get(second.url).status_code == 200

    course.prerequisites.add(CoursePrerequisite(required_course=basics))
    course.save_revision().publish()
    html = client.get(second.url).content.decode()
    assert client.get(second.url).status_code == 403
    assert basics.url in html


def test_a_published_translation_is_offered_in_the_language_switch(
    client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=1)
    (lesson,) = lessons(course)
    assert client.get(lesson.url).status_code == 200

    english = Locale.objects.get_or_create(language_code="en")[0]
    for page in (catalog.home, catalog.catalog, course, ModulePage.objects.child_of(course).get()):
        page.copy_for_translation(english).save_revision().publish()
    copy = lesson.copy_for_translation(english)
    copy.save_revision().publish()
    copy = LessonPage.objects.get(pk=copy.pk)
    assert f"next={copy.url}" in client.get(lesson.url).content.decode()


def test_a_warm_lesson_page_reads_no_page_of_the_outline(client: Client, catalog: Catalog) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=3)
    first, second, _third = lessons(course)
    client.get(second.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(first.url).status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    # The outline's queries read the course's modules and lessons by the start of their path
    # (routing reads each page above the lesson by its id).
    outline_reads = [q for q in sql if "LIKE" in q]
    assert outline_reads == [], "\n".join(outline_reads)


def test_what_is_kept_is_a_copy_for_each_reader(catalog: Catalog) -> None:
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    outline = selectors.course_outline(course=course)
    outline[0].lessons[0].title = "Diubah di memori"
    outline[0].lessons.clear()
    again = selectors.course_outline(course=course)
    assert [lesson.title for lesson in again[0].lessons] == ["Pelajaran 1", "Pelajaran 2"]


def test_a_request_whose_change_is_rolled_back_leaves_nothing_stale(catalog: Catalog) -> None:
    """An editor's publish that fails after something read the changed tree in the same
    transaction: what was read is forgotten as the request ends."""
    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    second = lessons(course)[1]
    selectors.course_outline(course=course)
    treecache.request_started()
    try:
        with transaction.atomic():
            second.title = "Tidak jadi"
            second.save_revision().publish()
            seen = [lesson.title for lesson in selectors.course_outline(course=course)[0].lessons]
            transaction.set_rollback(True)
    finally:
        treecache.request_finished()
    assert "Tidak jadi" in seen
    titles = [lesson.title for lesson in selectors.course_outline(course=course)[0].lessons]
    assert titles == ["Pelajaran 1", "Pelajaran 2"]


def test_an_emptied_cache_starts_a_new_generation(client: Client, catalog: Catalog) -> None:
    from django.core.cache import cache

    course = make_course(catalog, title="IKD", slug="ikd", lessons=2)
    first, second = lessons(course)
    client.get(first.url)
    cache.clear()
    # A row changed behind the signals: an emptied cache must not bring back what it kept.
    LessonPage.objects.filter(pk=second.pk).update(title="Diubah langsung")
    assert "Diubah langsung" in client.get(first.url).content.decode()


def test_other_tables_are_still_deleted_in_bulk() -> None:
    """The tree's receivers listen to page models only: a receiver for every model would make
    Django load each row of a large delete (a learner's events) to send it a signal."""
    assert Collector(using="default").can_fast_delete(ProgressEvent.objects.all())
    assert treecache.GENERATION_KEY
