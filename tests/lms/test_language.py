"""Bahasa Indonesia first; English one tap away, on the same page where it is translated."""

import pytest
from django.test import Client

from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db


def test_the_site_root_opens_in_indonesian(client: Client, catalog: Catalog) -> None:
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/id/"
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert "Langsung ke isi" in html
    assert "Lihat semua kursus" in html


def test_an_english_visitor_can_switch_and_stays_on_the_page(
    client: Client, catalog: Catalog
) -> None:
    from wagtail.models import Locale

    make_course(catalog, title="Aktivasi IKD", slug="ikd")
    english = Locale.objects.create(language_code="en")
    home_en = catalog.home.copy_for_translation(english)
    home_en.save_revision().publish()
    catalog_en = catalog.catalog.copy_for_translation(english)
    catalog_en.title = "All courses"
    catalog_en.save_revision().publish()

    page = client.get(catalog.catalog.url).content.decode()
    assert f'next={catalog_en.url}"' in page

    response = client.post(f"/i18n/setlang/?next={catalog_en.url}", {"language": "en"}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == catalog_en.url
    assert '<html lang="en">' in html
    assert "Skip to content" in html
    assert "All courses" in html
    # The choice is remembered: the bare address now opens in English.
    assert client.get("/").headers["Location"] == "/en/"


def test_a_page_without_translation_switches_to_that_language_home(
    client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd")
    html = client.get(course.url).content.decode()
    assert 'next=/en/"' in html
