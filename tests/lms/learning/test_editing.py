"""Editors set how lessons are finished and what a course needs first, in Wagtail's admin."""

import pytest
from django.test import Client

from courses.models import CompletionRule, CoursePage, LessonPage
from lms.accounts.services import user_ensure
from tests.lms.learning.conftest import lessons_in

pytestmark = pytest.mark.django_db


def test_new_lessons_are_finished_by_marking_them_done_and_count_towards_the_course(
    course: CoursePage,
) -> None:
    lesson = lessons_in(course)[0]
    assert lesson.completion_rule == CompletionRule.MARKED_DONE
    assert lesson.pass_threshold == 70
    assert lesson.is_required is True
    assert course.sequential is False


def test_the_admin_offers_the_completion_and_learning_path_settings(
    client: Client, course: CoursePage
) -> None:
    admin, _created = user_ensure(
        username="admin", password="kata-sandi-admin", full_name="Admin", is_superuser=True
    )
    client.force_login(admin)
    course_form = client.get(f"/admin/pages/{course.pk}/edit/")
    assert course_form.status_code == 200
    html = course_form.content.decode()
    assert 'name="sequential"' in html
    assert 'id="id_prerequisites-TOTAL_FORMS"' in html
    lesson: LessonPage = lessons_in(course)[0]
    lesson_html = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    for field in ("completion_rule", "pass_threshold", "is_required"):
        assert f'name="{field}"' in lesson_html
