"""The account menu in every page's header."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms.accounts.services import user_ensure
from tests.factories import Catalog

pytestmark = pytest.mark.django_db


def menu(html: str) -> str:
    start = html.index('<details class="user-menu">')
    return html[start : html.index("</details>", start)]


def test_a_visitor_is_offered_sign_in_and_sign_up(client: Client, catalog: Catalog) -> None:
    html = menu(client.get("/en/akun/signup/").content.decode())
    assert '<a href="/en/akun/login/">Sign in</a>' in html
    assert '<a href="/en/akun/signup/">Sign up</a>' in html
    assert "Sign out" not in html
    # From a page of the site, signing in comes back to it.
    page = menu(client.get(catalog.catalog.url).content.decode())
    assert f'/akun/login/?next={catalog.catalog.url}"' in page


def test_a_signed_in_person_has_their_courses_profile_and_sign_out(
    client: Client, catalog: Catalog
) -> None:
    user, _created = user_ensure(username="siti", password="x" * 12, full_name="Siti Aminah")
    client.force_login(user)
    html = menu(client.get("/en/akun/profil/").content.decode())
    with translation.override("en"):
        dashboard = reverse("learning:dashboard")
    assert "Siti Aminah" in html
    assert f'<a href="{dashboard}">My courses</a>' in html
    assert '<a href="/en/akun/profil/">Profile</a>' in html
    assert '<form action="/en/akun/logout/" method="post">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "Sign up" not in html
    # The same menu on the pages of the catalog.
    assert "Siti Aminah" in menu(client.get(catalog.home.url).content.decode())
