"""`python manage.py load_demo`: the whole demo catalog, the demo logins, and safe to run again."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from courses.demo.data import CATALOG
from courses.demo.loader import LoadReport, load_catalog
from courses.models import CoursePage, HomePage, LessonPage
from lms.classrooms.models import Classroom
from lms.guardians.models import GuardianLink

# Committed transactions, as on a real machine: wagtail-localize publishes on commit.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def load(*slugs: str) -> LoadReport:
    return load_catalog(only=set(slugs))


def snapshot() -> tuple[int, int, int, int]:
    return (
        Page.objects.count(),
        get_image_model().objects.count(),
        get_user_model().objects.count(),
        Site.objects.count(),
    )


def test_load_demo_builds_the_catalog_once(client: Client) -> None:
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "8 kursus dibuat" in out.getvalue()
    first = snapshot()

    # The site opens on Pandu's home page, not Wagtail's placeholder.
    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)

    courses = CoursePage.objects.live().filter(locale__language_code="id")
    assert courses.count() == len(CATALOG.courses) >= 8
    for course in courses:
        lessons = LessonPage.objects.live().descendant_of(course)
        assert lessons.count() >= 3, course.title
        assert course.cover_image is not None
        # Every course has activities to try, and a lesson finished by passing them.
        activities = [b for lesson in lessons for b in lesson.body if b.block_type == "activity"]
        assert len(activities) >= 2, course.title
        assert lessons.filter(completion_rule="passed").exists(), course.title
    # A resident on mobile data sees how big a download is before tapping it.
    assert all(d.file_size and d.file_size > 1000 for d in get_document_model().objects.all())

    again = StringIO()
    call_command("load_demo", stdout=again)
    assert "0 kursus dibuat, 8 sudah ada" in again.getvalue()
    assert snapshot() == first

    # The demo teacher has a class with the demo student in it, and work assigned; once.
    classroom = Classroom.objects.get(teachers__user__username="guru")
    assert list(classroom.students.values_list("user__username", flat=True)) == ["siswa"]
    assert classroom.assignments.count() == 1
    assert classroom.school is not None
    assert classroom.school.staff.filter(user__username="adminsekolah", role="admin").exists()
    assert f"kode {classroom.join_code}" in again.getvalue()
    # The demo parent follows the demo student.
    assert (
        GuardianLink.objects.filter(
            parent__username="orangtua", child__username="siswa", unlinked_at__isnull=True
        ).count()
        == 1
    )

    user_model = get_user_model()
    assert user_model.objects.get(username="admin").is_superuser
    assert user_model.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert client.login(username="editor", password="pandu-editor-demo")


def test_an_edited_demo_page_is_not_overwritten() -> None:
    load("mobile-jkn")
    course = CoursePage.objects.get(slug="mobile-jkn", locale__language_code="id")
    course.summary = "Ringkasan yang diubah editor."
    course.save_revision().publish()
    load("mobile-jkn")
    assert CoursePage.objects.get(pk=course.pk).summary == "Ringkasan yang diubah editor."


def test_the_english_edition_is_a_complete_translation(client: Client) -> None:
    report = load("aktivasi-ikd")
    assert report.untranslated_strings == 0
    course_id = CoursePage.objects.get(locale__language_code="id", slug="aktivasi-ikd")
    course_en = course_id.get_translation(
        course_id.locale.__class__.objects.get(language_code="en")
    )
    assert course_en.live
    assert course_en.translation_key == course_id.translation_key
    assert course_en.topic.name == "Population records"

    html = client.get(course_en.url).content.decode()
    assert '<html lang="en">' in html
    assert "Start the first lesson" in html
    lesson_en = LessonPage.objects.live().descendant_of(course_en).first()
    lesson_html = client.get(lesson_en.url).content.decode()
    assert "Lesson 1 of" in lesson_html
    assert "What is IKD?" in lesson_html or lesson_en.title in lesson_html


def test_the_demo_search_finds_the_digital_id_by_keyword(client: Client) -> None:
    load("aktivasi-ikd", "mobile-jkn", "aman-di-internet")
    catalog = CoursePage.objects.get(slug="aktivasi-ikd", locale__language_code="id").get_parent()
    html = client.get(catalog.url + "?q=KTP+digital").content.decode()
    assert "aktivasi-ikd" in html
    assert "mobile-jkn" not in html
