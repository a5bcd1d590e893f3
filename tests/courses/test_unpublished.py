"""Unpublishing a course takes its modules and lessons off the site, even those left live."""

from __future__ import annotations

import pytest
from django.test import Client

from courses.models import LessonPage, ModulePage
from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db


def test_the_lessons_of_an_unpublished_course_are_not_served(
    client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="Kursus Lama", slug="kursus-lama", lessons=2)
    module = ModulePage.objects.child_of(course).get()
    first = LessonPage.objects.child_of(module).first()
    assert first is not None
    assert client.get(first.url).status_code == 200

    course.unpublish()
    first.refresh_from_db()
    module.refresh_from_db()
    assert first.live  # the editor left the lessons published
    assert client.get(first.url).status_code == 404
    assert client.get(module.url).status_code == 404
    assert client.get(catalog.catalog.url).status_code == 200

    course.save_revision().publish()
    assert client.get(first.url).status_code == 200
