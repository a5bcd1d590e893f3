"""Enrol, leave, mark as done without JavaScript, resume, and "Kursus saya"."""

import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override

from courses.models import CoursePage
from lms.accounts.models import User
from lms.learning import services
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from tests.factories import Catalog, make_course
from tests.lms.learning.conftest import PASSWORD, event, lessons_in, set_lesson

pytestmark = pytest.mark.django_db


def csrf_client(user: User) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def token(client: Client, url: str) -> str:
    html = client.get(url).content.decode()
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def in_id(text: str) -> str:
    with override("id"):
        return gettext(text)


# --- Enrolling and leaving -----------------------------------------------------------------------


def test_enrolling_is_a_post_with_csrf_and_twice_changes_nothing(
    learner: User, course: CoursePage
) -> None:
    client = csrf_client(learner)
    enrol_url = reverse("learning:enroll", args=[course.pk])
    assert client.get(enrol_url).status_code == 405
    assert client.post(enrol_url).status_code == 403  # no CSRF token
    assert not Enrollment.objects.exists()

    csrf = token(client, course.url)
    response = client.post(enrol_url, {"csrfmiddlewaretoken": csrf})
    assert response.status_code == 302
    assert response["Location"] == course.url
    response = client.post(enrol_url, {"csrfmiddlewaretoken": csrf}, follow=True)
    assert Enrollment.objects.count() == 1
    assert in_id("You are already enrolled in this course.") in response.content.decode()


def test_a_visitor_who_enrols_is_sent_to_log_in_first(client: Client, course: CoursePage) -> None:
    response = client.post(reverse("learning:enroll", args=[course.pk]))
    assert response["Location"] == f"{reverse('account_login')}?next={course.url}"
    assert not Enrollment.objects.exists()


def test_enrolling_in_a_draft_or_missing_course_is_a_404(
    client: Client, learner: User, course: CoursePage
) -> None:
    client.force_login(learner)
    assert client.post(reverse("learning:enroll", args=[999_999])).status_code == 404
    course.unpublish()
    assert client.post(reverse("learning:enroll", args=[course.pk])).status_code == 404
    assert not Enrollment.objects.exists()


def test_the_course_page_shows_progress_and_where_to_continue(
    client: Client, learner: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert f'action="{reverse("learning:enroll", args=[course.pk])}"' in html
    assert "<progress" not in html

    services.enrollment_create(user=learner, course=course)
    services.progress_events_record(
        user=learner, events=[event(one), event(two, "opened")], source="test"
    )
    html = client.get(course.url).content.decode()
    assert 'value="33"' in html
    assert re.search(rf'<a class="button" href="{two.url}">{in_id("Continue the course")}', html)
    assert reverse("learning:leave", args=[course.pk]) in html
    assert reverse("learning:enroll", args=[course.pk]) not in html


def test_leaving_asks_first_and_keeps_the_progress(learner: User, course: CoursePage) -> None:
    one = lessons_in(course)[0]
    services.enrollment_create(user=learner, course=course)
    services.progress_events_record(user=learner, events=[event(one)], source="test")
    client = csrf_client(learner)
    leave_url = reverse("learning:leave", args=[course.pk])

    page = client.get(leave_url)
    assert page.status_code == 200
    assert Enrollment.objects.get().left_at is None
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert csrf is not None
    response = client.post(leave_url, {"csrfmiddlewaretoken": csrf.group(1)})
    assert response["Location"] == course.url
    assert Enrollment.objects.get().left_at is not None
    assert LessonProgress.objects.get().is_completed

    html = client.get(course.url).content.decode()
    assert in_id("Enrol again") in html
    assert in_id("Your earlier progress is still saved.") in html


# --- Mark as done without JavaScript -------------------------------------------------------------


def test_mark_as_done_without_javascript_counts_once(learner: User, course: CoursePage) -> None:
    lesson = lessons_in(course)[1]
    services.enrollment_create(user=learner, course=course)
    client = csrf_client(learner)
    html = client.get(lesson.url).content.decode()
    action = reverse("learning:lesson_complete", args=[lesson.pk])
    assert f'action="{action}"' in html
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    event_id = re.search(r'name="event_id" value="([^"]+)"', html)
    assert csrf
    assert event_id
    form = {"csrfmiddlewaretoken": csrf.group(1), "event_id": event_id.group(1)}

    response = client.post(action, form)
    assert response["Location"] == f"{lesson.url}#progress"
    client.post(action, form)  # pressed twice on a slow connection
    assert ProgressEvent.objects.filter(type="completed").count() == 1
    assert LessonProgress.objects.get(lesson_key=lesson.translation_key).is_completed

    html = client.get(lesson.url).content.decode()
    assert in_id("You finished this lesson.") in html
    assert f'action="{action}"' not in html


@pytest.mark.parametrize(
    ("setup", "form", "status"),
    [
        ("passed", "ok", 409),
        ("not_enrolled", "ok", 403),
        ("enrolled", "no_id", 400),
    ],
)
def test_mark_as_done_refusals_say_why_and_change_nothing(
    client: Client, learner: User, course: CoursePage, setup: str, form: str, status: int
) -> None:
    lesson = lessons_in(course)[0]
    if setup == "passed":
        lesson = set_lesson(lesson, completion_rule="passed")
    if setup != "not_enrolled":
        services.enrollment_create(user=learner, course=course)
    client.force_login(learner)
    data = {"event_id": str(uuid.uuid4())} if form == "ok" else {"event_id": "nonsense"}
    response = client.post(reverse("learning:lesson_complete", args=[lesson.pk]), data)
    assert response.status_code == status
    assert response.content.decode().count('class="lead"') == 1
    assert not ProgressEvent.objects.filter(type="completed").exists()


def test_a_passed_lesson_shows_its_pass_mark_instead_of_a_button(
    client: Client, learner: User, course: CoursePage
) -> None:
    lesson = set_lesson(lessons_in(course)[0], completion_rule="passed", pass_threshold=80)
    services.enrollment_create(user=learner, course=course)
    services.activity_score_record(user=learner, lesson=lesson, activity_id="kuis", score=0.5)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert reverse("learning:lesson_complete", args=[lesson.pk]) not in html
    with override("id"):
        assert (
            gettext(
                "This lesson is finished when your average score in its activities reaches "
                "%(mark)s%%."
            )
            % {"mark": 80}
            in html
        )
    assert "50%" in html


# --- Where I left off, on any device -------------------------------------------------------------


def test_where_i_left_off_is_the_same_on_another_device(learner: User, course: CoursePage) -> None:
    one, two, three = lessons_in(course)
    services.enrollment_create(user=learner, course=course)
    phone = Client()
    assert phone.login(username=learner.username, password=PASSWORD)
    phone.get(one.url)
    phone.get(two.url)

    laptop = Client()
    assert laptop.login(username=learner.username, password=PASSWORD)
    html = laptop.get(reverse("learning:dashboard")).content.decode()
    assert f'<a class="button" href="{two.url}">' in html
    # Finishing the lesson moves the place on to the next one.
    services.progress_events_record(user=learner, events=[event(two)], source="test")
    html = laptop.get(course.url).content.decode()
    assert f'<a class="button" href="{three.url}">' in html


# --- Kursus saya ---------------------------------------------------------------------------------


def test_my_courses_needs_a_login(client: Client) -> None:
    url = reverse("learning:dashboard")
    assert url == "/id/saya/"
    response = client.get(url)
    assert response["Location"] == f"{reverse('account_login')}?next={url}"


def test_my_courses_points_a_newcomer_to_the_catalog(
    client: Client, learner: User, catalog: Catalog
) -> None:
    client.force_login(learner)
    html = client.get(reverse("learning:dashboard")).content.decode()
    assert in_id("You have not enrolled in a course yet.") in html
    assert f'href="{catalog.catalog.url}"' in html


def test_my_courses_lists_progress_and_finished_courses(
    client: Client, learner: User, catalog: Catalog, course: CoursePage
) -> None:
    done = make_course(catalog, title="Mobile JKN", slug="jkn", lessons=1, with_cover=False)
    services.enrollment_create(user=learner, course=course)
    services.enrollment_create(user=learner, course=done)
    services.progress_events_record(
        user=learner, events=[event(lessons_in(done)[0])], source="test"
    )
    client.force_login(learner)
    html = client.get(reverse("learning:dashboard")).content.decode()
    in_progress, finished = html.split('id="completed-heading"')
    assert "Aktivasi IKD" in in_progress
    assert f'href="{lessons_in(course)[0].url}"' in in_progress
    assert 'value="0"' in in_progress
    assert "Mobile JKN" in finished
    assert "Mobile JKN" not in in_progress


def test_enrolling_from_a_lesson_returns_to_the_lesson_and_only_to_this_site(
    client: Client, learner: User, course: CoursePage
) -> None:
    lesson = lessons_in(course)[1]
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert f'action="{reverse("learning:enroll", args=[course.pk])}"' in html
    enrol_url = reverse("learning:enroll", args=[course.pk])
    assert client.post(enrol_url, {"next": lesson.url})["Location"] == lesson.url
    elsewhere = client.post(enrol_url, {"next": "https://penipu.example/"})
    assert elsewhere["Location"] == course.url
