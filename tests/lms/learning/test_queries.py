"""The number of queries of the learner's pages does not grow with their courses or progress."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import CoursePage
from lms.accounts.models import User
from lms.learning import selectors, services
from tests.factories import Catalog, make_course
from tests.lms.learning.conftest import event, lessons_in

pytestmark = pytest.mark.django_db


def count_queries(client: Client, url: str, *, cold: bool = False) -> tuple[int, str]:
    """The queries of a second view of `url`: the first creates image renditions and fills the
    caches. `cold`: with the cache emptied in between, as after a deploy or a publish."""
    client.get(url)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(q["sql"] for q in queries.captured_queries)


def enrol_in_new_courses(learner: User, catalog: Catalog, start: int, count: int) -> None:
    for n in range(start, start + count):
        course = make_course(
            catalog, title=f"Kursus {n}", slug=f"kursus-{n}", lessons=2, with_cover=False
        )
        services.enrollment_create(user=learner, course=course)
        first, second = lessons_in(course)
        events = [event(first, "opened"), event(first)] if n % 2 else [event(second, "opened")]
        services.progress_events_record(user=learner, events=events, source="test")
        if n % 5 == 0:
            services.progress_events_record(user=learner, events=[event(second)], source="test")


# Of these, 3 are the selector's (enrolments, their courses in the active language, the learner's
# progress; the courses' lessons are kept with the page tree); 1 the learner's certificates
# ("Sertifikat saya", with their issuers); the rest are the session, the user and Wagtail's site.
# The header's catalog link is kept with the page tree too, and its class links and unread count
# until they change (lms.notifications.selectors.nav_state).
DASHBOARD_QUERIES = 7


def test_my_courses_queries_do_not_grow_with_enrolments(
    client: Client, learner: User, catalog: Catalog
) -> None:
    client.force_login(learner)
    url = reverse("learning:dashboard")
    enrol_in_new_courses(learner, catalog, 1, 1)
    small, small_sql = count_queries(client, url)
    enrol_in_new_courses(learner, catalog, 2, 29)
    assert len(selectors.enrollments_for(user=learner)) == 30
    large, large_sql = count_queries(client, url)
    assert large == small, f"{small} queries with 1 enrolment, {large} with 30:\n{large_sql}"
    assert small == DASHBOARD_QUERIES, small_sql


def test_the_dashboard_selector_reads_in_three_queries(learner: User, catalog: Catalog) -> None:
    """Enrolments, their courses, the learner's progress; the courses' lessons come from the kept
    page tree. When it is not kept yet, the modules and lessons of all the courses are read
    together (2 queries), with Wagtail's site root paths for their addresses (2)."""
    enrol_in_new_courses(learner, catalog, 1, 3)

    def read() -> list[str]:
        with CaptureQueriesContext(connection) as queries:
            summaries = selectors.enrollments_for(user=learner)
            for summary in summaries:
                _ = (summary.course.title, summary.next_lesson and summary.next_lesson.title)
        return [q["sql"] for q in queries.captured_queries]

    cache.clear()
    cold = read()
    assert len(cold) == 7, "\n".join(cold)
    warm = read()
    assert len(warm) == 3, "\n".join(warm)


# A lesson page seen again by an enrolled learner (a reload: the "opened" event is recorded once
# per visit, see test_opened.py). Wagtail's site, locale and routing (two per level) and its view
# restrictions take 13; the signed-in person adds the session and the user; the learner's state
# adds the enrolment and the progress, and the lesson they did something in last, to tell a
# reload from a new visit. The course, its outline and prerequisites, the pages above and the
# language links are kept with the page tree (courses.treecache): read again only after an editor
# changes a page; the header's roles and unread count are kept until they change.
LESSON_QUERIES = 18
# The same, the first time after the page tree changed (or the cache was emptied): the course and
# its outline, the pages above, the prerequisites, the catalog link, the page's translations and
# Wagtail's site root paths are read again.
LESSON_QUERIES_COLD = 28


def test_a_learners_lesson_page_queries_do_not_grow(
    client: Client, learner: User, catalog: Catalog, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    services.progress_events_record(user=learner, events=[event(one)], source="test")
    client.force_login(learner)
    small, small_sql = count_queries(client, two.url)

    enrol_in_new_courses(learner, catalog, 1, 10)
    big = make_course(catalog, title="Besar", slug="besar", lessons=12, with_cover=False)
    services.enrollment_create(user=learner, course=big)
    services.progress_events_record(
        user=learner, events=[event(lesson) for lesson in lessons_in(big)[:8]], source="test"
    )
    for _ in range(5):
        client.get(two.url)  # more events on this very lesson
    large, large_sql = count_queries(client, two.url)
    assert large == small, f"{small} then {large}:\n{large_sql}"
    assert small == LESSON_QUERIES, small_sql
    cold, cold_sql = count_queries(client, two.url, cold=True)
    assert cold == LESSON_QUERIES_COLD, cold_sql


# The same page when it records the "opened" event of a lesson the learner has started (they
# came from another lesson of the course): the event's insert and the progress row's update, in a
# savepoint; the lesson they did something in last need not be read, as their progress in this
# course already shows another lesson more recent.
LESSON_REOPENED_QUERIES = 21
# The first visit of a lesson: the full fold (lesson, course, enrolment lock, seen ids, course
# lessons, finished lessons, prerequisites, insert, progress row upsert, lock and update, the
# lesson's events, savepoints), then the enrolment and progress read again.
LESSON_FIRST_VISIT_QUERIES = 34


def count_view_after(client: Client, came_from: str, url: str) -> tuple[int, str]:
    client.get(came_from)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(q["sql"] for q in queries.captured_queries)


def test_a_learners_lesson_page_that_records_the_opening_does_not_grow(
    client: Client, learner: User, catalog: Catalog, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    services.progress_events_record(user=learner, events=[event(one)], source="test")
    client.force_login(learner)
    client.get(two.url)  # image renditions and the site's caches
    small, small_sql = count_view_after(client, one.url, two.url)

    enrol_in_new_courses(learner, catalog, 1, 10)
    for _ in range(5):
        client.get(one.url)
        client.get(two.url)  # more events on this very lesson
    large, large_sql = count_view_after(client, one.url, two.url)
    assert large == small, f"{small} then {large}:\n{large_sql}"
    assert small == LESSON_REOPENED_QUERIES, small_sql


def test_a_learners_first_visit_of_a_lesson_does_not_grow(
    client: Client, learner: User, catalog: Catalog, course: CoursePage
) -> None:
    one, two, three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.get(three.url)  # image renditions and the site's caches
    small, small_sql = count_view_after(client, one.url, two.url)

    enrol_in_new_courses(learner, catalog, 1, 10)
    big = make_course(catalog, title="Besar", slug="besar", lessons=12, with_cover=False)
    services.enrollment_create(user=learner, course=big)
    big_lessons = lessons_in(big)
    services.progress_events_record(
        user=learner, events=[event(lesson) for lesson in big_lessons[:8]], source="test"
    )
    client.get(big_lessons[9].url)  # the "Besar" pages' renditions
    large, large_sql = count_view_after(client, big_lessons[0].url, big_lessons[10].url)
    assert large == small, f"{small} then {large}:\n{large_sql}"
    assert small == LESSON_FIRST_VISIT_QUERIES, small_sql
