"""Which page can be created where: editors only ever see the page types that fit."""

import pytest
from wagtail.models import Page

from courses.models import CatalogPage, CoursePage, HomePage, InfoPage, LessonPage, ModulePage
from tests.factories import Catalog

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("page_type", "parents", "children"),
    [
        (HomePage, {Page}, {CatalogPage, InfoPage}),
        (CatalogPage, {HomePage}, {CoursePage}),
        (CoursePage, {CatalogPage}, {ModulePage}),
        (ModulePage, {CoursePage}, {LessonPage}),
        (LessonPage, {ModulePage}, set()),
        (InfoPage, {HomePage, InfoPage}, {InfoPage}),
    ],
)
def test_page_types_fit_only_where_they_belong(
    page_type: type[Page], parents: set[type[Page]], children: set[type[Page]]
) -> None:
    assert set(page_type.allowed_parent_page_models()) == parents
    assert set(page_type.allowed_subpage_models()) == children


def test_a_lesson_cannot_be_created_directly_under_a_course(catalog: Catalog) -> None:
    from tests.factories import make_course

    course = make_course(catalog, title="IKD", slug="ikd")
    assert not LessonPage.can_create_at(course)
    assert ModulePage.can_create_at(course)
    assert not CoursePage.can_create_at(catalog.home)


def test_a_home_page_has_only_one_catalog(catalog: Catalog) -> None:
    assert not CatalogPage.can_create_at(catalog.home)
