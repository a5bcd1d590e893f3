"""Every page type and every block renders, in Indonesian, with what a reader needs."""

import json
import uuid

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from pytest_django import Settings
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument

from courses import services
from courses.models import InfoPage, LessonPage
from lms.accounts.services import user_ensure
from tests.factories import Catalog, make_course, make_image

pytestmark = pytest.mark.django_db


def uid() -> str:
    return str(uuid.uuid4())


def document(name: str, content: bytes) -> AbstractDocument:
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile(content))
    return doc


@pytest.fixture(autouse=True)
def _fake_embeds(settings: Settings) -> None:
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.fake_embeds.FakeVideoFinder"}]


@pytest.fixture
def lesson_with_every_block(catalog: Catalog) -> LessonPage:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", keywords="KTP digital")
    module = course.get_children().first()
    picture = make_image("Layar aplikasi")
    shot = make_image("Langkah 1")
    video = document("panduan.mp4", b"\0" * 2048)
    captions = document("panduan.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nHalo\n")
    checklist = document("daftar-periksa.pdf", b"%PDF-1.4\n" + b"0" * 3000)
    body = [
        {
            "type": "text",
            "id": uid(),
            "value": "<h2>Sebelum mulai</h2><p>Siapkan <b>ponsel</b>.</p>",
        },
        {
            "type": "image",
            "id": uid(),
            "value": {"image": picture.pk, "alt": "Layar masuk IKD", "caption": "Layar pertama"},
        },
        {
            "type": "video",
            "id": uid(),
            "value": {
                "title": "Video panduan",
                "file": video.pk,
                "captions": captions.pk,
                "poster": None,
                "embed": "",
                "transcript": "<p>Transkrip lengkap.</p>",
            },
        },
        {
            "type": "video",
            "id": uid(),
            "value": {
                "title": "Video dari situs",
                "file": None,
                "captions": None,
                "poster": None,
                "embed": "https://video.example/ikd",
                "transcript": "",
            },
        },
        {
            "type": "callout",
            "id": uid(),
            "value": {
                "kind": "safety",
                "title": "Jangan bagikan OTP",
                "text": "<p>Petugas tidak pernah meminta OTP.</p>",
            },
        },
        {
            "type": "steps",
            "id": uid(),
            "value": {
                "title": "Cara memasang",
                "steps": [
                    {
                        "type": "item",
                        "id": uid(),
                        "value": {
                            "title": "Buka Play Store",
                            "text": "<p>Cari IKD.</p>",
                            "screenshot": shot.pk,
                            "alt": "Play Store menampilkan IKD",
                        },
                    },
                    {
                        "type": "item",
                        "id": uid(),
                        "value": {
                            "title": "Ketuk Pasang",
                            "text": "<p>Tunggu selesai.</p>",
                            "screenshot": None,
                            "alt": "",
                        },
                    },
                ],
            },
        },
        {
            "type": "document",
            "id": uid(),
            "value": {
                "document": checklist.pk,
                "title": "Daftar periksa",
                "description": "Cetak dan bawa ke kelurahan.",
            },
        },
    ]
    return services.page_publish_child(
        parent=module,
        page=LessonPage(title="Semua blok", slug="semua-blok", intro="Uji.", body=json.dumps(body)),
    )


def test_a_lesson_renders_every_block(client: Client, lesson_with_every_block: LessonPage) -> None:
    # The third lesson of its course: only the first is open without an account (lms.learning).
    reader, _created = user_ensure(
        username="pembaca", password="kata-sandi-uji", full_name="Pembaca"
    )
    client.force_login(reader)
    response = client.get(lesson_with_every_block.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="id">' in html
    assert "<h2" in html
    assert "Sebelum mulai" in html
    assert "<b>ponsel</b>" in html
    assert 'alt="Layar masuk IKD"' in html
    assert "srcset=" in html
    assert ".webp" in html
    assert 'loading="lazy"' in html
    assert "<video" in html
    assert 'kind="captions"' in html
    assert "panduan.vtt" in html
    assert "Transkrip lengkap." in html
    assert 'src="https://video.example/ikd/embed"' in html
    assert "callout--safety" in html
    assert "Jangan bagikan OTP" in html
    assert "Tetap aman" in html
    assert "Buka Play Store" in html
    assert 'alt="Play Store menampilkan IKD"' in html
    assert "daftar-periksa" in html
    assert "PDF" in html
    assert "Daftar periksa" in html
    assert "Pelajaran 3 dari 3" in html
    assert "Sebelumnya" in html


@pytest.mark.parametrize("attribute", ["home", "catalog"])
def test_home_and_catalog_render(client: Client, catalog: Catalog, attribute: str) -> None:
    make_course(catalog, title="Aktivasi IKD", slug="ikd")
    response = client.get(getattr(catalog, attribute).url)
    assert response.status_code == 200
    assert "Aktivasi IKD" in response.content.decode()


def test_course_and_module_pages_list_their_lessons(client: Client, catalog: Catalog) -> None:
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=3)
    page = client.get(course.url).content.decode()
    assert "Modul 1" in page
    assert "Pelajaran 3" in page
    assert "Tujuan satu" in page
    assert "20 November 2026" in page
    assert "Mulai pelajaran pertama" in page
    module = course.get_children().first()
    assert "Pelajaran 2" in client.get(module.url).content.decode()


def test_an_info_page_renders(client: Client, catalog: Catalog) -> None:
    page = services.page_publish_child(
        parent=catalog.home,
        page=InfoPage(
            title="Tentang Pandu",
            slug="tentang",
            body=json.dumps(
                [{"type": "text", "id": uid(), "value": "<p>Pandu adalah pemandu.</p>"}]
            ),
        ),
    )
    assert "Pandu adalah pemandu." in client.get(page.url).content.decode()


def test_a_missing_page_is_a_404(client: Client, catalog: Catalog) -> None:
    assert client.get("/id/kursus/tidak-ada/").status_code == 404
