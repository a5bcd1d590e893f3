"""Who may open which lesson, enforced as Wagtail serves the page (lms.learning.wagtail_hooks)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override

from courses.models import CoursePage, CoursePrerequisite
from lms.accounts.models import User
from lms.learning import permissions, services
from lms.learning.models import ProgressEvent
from tests.factories import Catalog, make_course
from tests.lms.learning.conftest import event, lessons_in, set_course

pytestmark = pytest.mark.django_db


def test_a_visitor_reads_the_first_lesson_and_logs_in_for_the_others(
    client: Client, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    assert client.get(course.url).status_code == 200
    assert client.get(one.url).status_code == 200

    response = client.get(two.url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={two.url}"
    notes = [str(m) for m in get_messages(response.wsgi_request)]
    with override("id"):
        assert notes == [
            gettext(
                "Log in or create a free account to open this lesson. The first lesson of "
                "every course is open to everyone."
            )
        ]


def test_the_first_lesson_is_the_first_of_the_course_not_of_its_module(
    catalog: Catalog, course: CoursePage
) -> None:
    from courses.models import LessonPage, ModulePage
    from courses.services import page_publish_child

    second_module = page_publish_child(
        parent=course, page=ModulePage(title="Modul 2", slug="modul-2")
    )
    later = page_publish_child(
        parent=second_module,
        page=LessonPage(title="Lanjutan", slug="lanjutan", body="[]"),
    )
    anonymous = AnonymousUser()
    assert permissions.can_open_lesson(anonymous, lessons_in(course)[0]).allowed
    assert permissions.can_open_lesson(anonymous, later).code == "login_required"


def test_a_signed_in_reader_opens_any_lesson_but_only_an_enrolled_one_is_recorded(
    client: Client, learner: User, course: CoursePage
) -> None:
    _one, two, _three = lessons_in(course)
    client.force_login(learner)
    assert client.get(two.url).status_code == 200
    assert not ProgressEvent.objects.exists()

    services.enrollment_create(user=learner, course=course)
    assert client.get(two.url).status_code == 200
    opened = ProgressEvent.objects.get()
    assert (opened.type, opened.lesson_key, opened.source) == (
        "opened",
        two.translation_key,
        "page",
    )


def test_a_course_taken_in_order_says_which_lesson_comes_first(
    client: Client, learner: User, course: CoursePage
) -> None:
    course = set_course(course, sequential=True)
    one, two, three = lessons_in(course)
    client.force_login(learner)

    # Not enrolled: the way in is the course page.
    response = client.get(two.url)
    assert response.status_code == 403
    assert f'href="{course.url}"' in response.content.decode()

    services.enrollment_create(user=learner, course=course)
    assert client.get(one.url).status_code == 200
    response = client.get(three.url)
    html = response.content.decode()
    assert response.status_code == 403
    assert f'href="{one.url}"' in html
    with override("id"):
        assert gettext("This lesson is still locked") in html
    assert one.title in html

    services.progress_events_record(user=learner, events=[event(one)], source="test")
    response = client.get(three.url)
    assert response.status_code == 403
    assert f'href="{two.url}"' in response.content.decode()
    services.progress_events_record(user=learner, events=[event(two)], source="test")
    assert client.get(three.url).status_code == 200


def test_an_unfinished_prerequisite_locks_all_but_the_first_lesson(
    client: Client, learner: User, catalog: Catalog, course: CoursePage
) -> None:
    basics = make_course(catalog, title="Dasar ponsel", slug="dasar", lessons=1)
    CoursePrerequisite.objects.create(course=course, required_course=basics)
    one, two, _three = lessons_in(course)
    client.force_login(learner)
    assert client.get(one.url).status_code == 200
    response = client.get(two.url)
    assert response.status_code == 403
    assert f'href="{basics.url}"' in response.content.decode()
    course_html = client.get(course.url).content.decode()
    assert f'href="{basics.url}"' in course_html
    assert reverse("learning:enroll", args=[course.pk]) not in course_html

    services.enrollment_create(user=learner, course=basics)
    services.progress_events_record(
        user=learner, events=[event(lessons_in(basics)[0])], source="test"
    )
    assert client.get(two.url).status_code == 200


def test_the_outline_ticks_finished_lessons_and_marks_locked_ones(
    client: Client, learner: User, course: CoursePage
) -> None:
    course = set_course(course, sequential=True)
    one, two, three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    services.progress_events_record(user=learner, events=[event(one)], source="test")
    client.force_login(learner)
    html = client.get(two.url).content.decode()
    assert f'<li class="is-done"><a href="{one.url}">' in html
    assert '<li class="is-started"><span aria-current="page">' in html
    assert f'<li class="is-locked"><a href="{three.url}">' in html
    course_html = client.get(course.url).content.decode()
    assert f'<li class="is-done"><a href="{one.url}">' in course_html
    assert f'<li class="is-locked"><a href="{three.url}">' in course_html
