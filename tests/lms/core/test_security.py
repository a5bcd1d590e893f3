"""The public site runs under a strict Content Security Policy: no inline script, no inline style,
nothing from another origin but embedded video players. The admin gets a policy it can run
under."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.test import Client

from courses.models import LessonPage
from lms.accounts.services import user_ensure
from lms.learning.services import enrollment_create
from tests.factories import Catalog, make_course

pytestmark = pytest.mark.django_db


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: scripts without src, style elements and
    attributes, event-handler attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag == "script" and "src" not in names and names.get("type") != "application/json":
            self.found.append(f"inline <script> {self.getpos()}")
        if tag == "style":
            self.found.append(f"<style> {self.getpos()}")
        for name, value in attrs:
            if name == "style":
                self.found.append(f'style="{value}" on <{tag}> {self.getpos()}')
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}> {self.getpos()}")
            if value and value.strip().lower().startswith("javascript:"):
                self.found.append(f"javascript: URL on <{tag}> {self.getpos()}")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def directives(header: str) -> dict[str, list[str]]:
    parts = [part.strip().split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def test_public_pages_carry_a_strict_policy_and_no_inline_code(
    client: Client, catalog: Catalog
) -> None:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    pages = ["/id/", catalog.catalog.url, course.url, lessons[0].url, lessons[1].url]
    learner, _created = user_ensure(
        username="warga", password="kata-sandi-uji-panjang", full_name="Warga", email="w@contoh.id"
    )
    enrollment_create(user=learner, course=course)
    for who in ("visitor", "learner"):
        if who == "learner":
            client.force_login(learner)
        urls = [*pages, "/id/akun/login/", "/id/akun/signup/"]
        if who == "learner":
            urls = [*pages, "/id/saya/", "/id/akun/profil/"]
        for url in urls:
            response = client.get(url, follow=True)
            assert response.status_code == 200, url
            policy = directives(response["Content-Security-Policy"])
            assert policy["default-src"] == ["'self'"]
            assert "'unsafe-inline'" not in policy["script-src"], url
            assert "'unsafe-eval'" not in policy["script-src"], url
            assert policy["style-src"] == ["'self'"], url
            assert policy["object-src"] == ["'none'"]
            assert policy["frame-ancestors"] == ["'self'"]
            html = response.content.decode()
            assert inline_code(html) == [], (url, who)
            assert not re.search(r"https?://(?!www\.w3\.org)[^\"' ]+\.(js|css)\b", html), url


def test_the_admin_gets_a_policy_it_can_run_under(admin_client: Client) -> None:
    response = admin_client.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_an_activity_file_keeps_its_own_sandboxing_policy(client: Client) -> None:
    response = client.get("/xblock/resource/pandu_multiple_choice/0/static/multiple_choice.css")
    if response.status_code == 404:  # the content URLs are mounted by the lms
        pytest.skip("content.urls not mounted")
    assert "sandbox" in response["Content-Security-Policy"]
