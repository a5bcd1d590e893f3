"""Editors write lessons in Wagtail's admin, with moderation, revisions, preview and scheduling."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page, Workflow

from courses.models import LessonPage, ModulePage
from lms.accounts.services import user_ensure
from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client: Client) -> Client:
    user_ensure(
        username="eka", password="kata-sandi-editor-panjang", full_name="Eka", groups=("Editors",)
    )
    assert client.login(username="eka", password="kata-sandi-editor-panjang")
    return client


def test_every_page_goes_through_the_moderators_approval(catalog: Catalog) -> None:
    course = make_course(catalog, title="IKD", slug="ikd")
    lesson = LessonPage.objects.descendant_of(course).first()
    workflow = lesson.get_workflow()
    assert isinstance(workflow, Workflow)
    assert workflow.active
    moderators = Group.objects.get(name="Moderators")
    assert any(moderators in task.specific.groups.all() for task in workflow.tasks.all())


def test_an_editor_opens_the_lesson_form_in_indonesian(
    editor_client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="IKD", slug="ikd")
    module = ModulePage.objects.child_of(course).get()
    response = editor_client.get(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Moderators approval" in html  # the submit-for-moderation action
    # The lesson blocks, in Indonesian.
    assert "Langkah bernomor" in html
    assert "Kotak penting" in html


def test_an_editor_cannot_add_a_lesson_directly_under_a_course(
    editor_client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="IKD", slug="ikd")
    response = editor_client.get(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    assert response.status_code in (302, 403)


def test_a_lesson_preview_renders_the_draft(catalog: Catalog) -> None:
    course = make_course(catalog, title="IKD", slug="ikd")
    lesson = LessonPage.objects.descendant_of(course).first()
    response = lesson.make_preview_request()
    assert response.status_code == 200
    assert "Isi pelajaran 1." in response.content.decode()


def test_a_visitor_cannot_reach_the_admin(client: Client, catalog: Catalog) -> None:
    response = client.get(f"/admin/pages/{Page.get_first_root_node().pk}/")
    assert response.status_code == 302
    # The admin signs in through Pandu's own login page (lms/accounts), with its second factor.
    assert response["Location"].startswith("/id/akun/login/?next=/admin/pages/")
