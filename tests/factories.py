"""Small catalogs for tests, built through the same services the demo loader uses."""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass
from datetime import date

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Locale

from courses import services
from courses.models import CatalogPage, CoursePage, HomePage, LessonPage, ModulePage, Topic


@dataclass
class Catalog:
    home: HomePage
    catalog: CatalogPage
    topics: dict[str, Topic]


def make_image(title: str = "Gambar uji", size: tuple[int, int] = (64, 36)) -> AbstractImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#0b4f94").save(buffer, "PNG")
    image = get_image_model()(title=title, file=ImageFile(buffer, name=f"{uuid.uuid4().hex}.png"))
    image.save()
    return image


def make_catalog() -> Catalog:
    home = services.site_home_ensure(title="Beranda", intro="Selamat datang di Pandu.")
    catalog = services.page_publish_child(
        parent=home, page=CatalogPage(title="Semua kursus", slug="kursus")
    )
    locale = Locale.get_default()
    topics = {
        slug: services.topic_ensure(slug=slug, name=name, sort_order=i, locale=locale)
        for i, (slug, name) in enumerate(
            [("kependudukan", "Kependudukan"), ("kesehatan", "Kesehatan"), ("keamanan", "Keamanan")]
        )
    }
    return Catalog(home=home, catalog=catalog, topics=topics)


def text(html: str) -> dict[str, str]:
    return {"type": "text", "value": html, "id": str(uuid.uuid4())}


def make_course(
    catalog: Catalog,
    *,
    title: str,
    slug: str,
    topic: str = "kependudukan",
    level: str = "dasar",
    pillar: str = "cakap",
    keywords: str = "",
    summary: str = "Ringkasan kursus.",
    lessons: int = 2,
    with_cover: bool = True,
) -> CoursePage:
    course = services.page_publish_child(
        parent=catalog.catalog,
        page=CoursePage(
            title=title,
            slug=slug,
            summary=summary,
            level=level,
            pillar=pillar,
            topic=catalog.topics[topic],
            estimated_minutes=30,
            steps_checked_on=date(2026, 11, 20),
            keywords=keywords,
            cover_image=make_image(f"Sampul {title}") if with_cover else None,
            outcomes=json.dumps([{"type": "outcome", "value": "Tujuan satu", "id": "o1"}]),
        ),
    )
    module = services.page_publish_child(
        parent=course, page=ModulePage(title="Modul 1", slug="modul-1")
    )
    for number in range(1, lessons + 1):
        services.page_publish_child(
            parent=module,
            page=LessonPage(
                title=f"Pelajaran {number}",
                slug=f"pelajaran-{number}",
                intro="Pengantar pelajaran.",
                body=json.dumps([text(f"<p>Isi pelajaran {number}.</p>")]),
            ),
        )
    return course
