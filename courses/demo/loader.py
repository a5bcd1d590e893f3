"""Turns the demo catalog (plain data in `courses.demo.data`) into published Wagtail pages.

Safe to run again: a page, topic or translation that already exists is left as it is, so nothing an
editor changed is overwritten and nothing is duplicated. Each course is written in one transaction.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.strings import StringValue, extract_strings

from courses import services
from courses.models import CatalogPage, CoursePage, HomePage, LessonPage, ModulePage, Topic

from . import images, spec
from .data import CATALOG, TRANSLATIONS

Progress = Callable[[str], None]
logger = logging.getLogger(__name__)

HOME = {
    "id": {
        "title": "Belajar layanan digital, selangkah demi selangkah",
        "slug": "pandu",
        "intro": (
            "Pandu membantu warga Balikpapan memakai aplikasi layanan publik dengan aman: KTP "
            "digital, BPJS Kesehatan, perizinan usaha, pengaduan, dan lainnya. Gratis, bisa mulai "
            "tanpa akun."
        ),
    },
    "en": {
        "title": "Learn digital services, step by step",
        "slug": "pandu",
        "intro": (
            "Pandu helps the residents of Balikpapan use public-service apps safely: the digital "
            "ID, national health insurance, business licences, complaints and more. Free, and you "
            "can start without an account."
        ),
    },
}
CATALOG_PAGE = {
    "id": {
        "title": "Semua kursus",
        "slug": "kursus",
        "intro": (
            "Pilih kursus sesuai kebutuhan Anda. Setiap kursus berisi langkah-langkah singkat."
        ),
    },
    "en": {
        "title": "All courses",
        "slug": "courses",
        "intro": "Choose a course for what you need. Every course is made of short steps.",
    },
}


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    translated: list[str] = field(default_factory=list)
    untranslated_strings: int = 0


def load_catalog(
    *, only: set[str] | None = None, progress: Progress = lambda message: None
) -> LoadReport:
    """Load every demo course, or only the courses whose slugs are in `only`."""
    report = LoadReport()
    locale = Locale.get_default()
    home = services.site_home_ensure(title=HOME["id"]["title"], intro=HOME["id"]["intro"])
    catalog = _catalog_ensure(home=home)
    topics = {
        t.slug: services.topic_ensure(slug=t.slug, name=t.name, sort_order=i, locale=locale)
        for i, t in enumerate(CATALOG.topics)
    }
    collection = _collection_ensure()
    courses = [c for c in CATALOG.courses if only is None or c.slug in only]
    total = len(courses)
    for number, course in enumerate(courses, start=1):
        if services.child_by_slug(parent=catalog, slug=course.slug) is not None:
            report.present.append(course.slug)
            progress(f"[{number}/{total}] {course.title}: sudah ada")
            continue
        with transaction.atomic():
            _course_create(
                catalog=catalog, course=course, topic=topics[course.topic], collection=collection
            )
        report.created.append(course.slug)
        progress(f"[{number}/{total}] {course.title}: dibuat")
    for language_code, editions in TRANSLATIONS.items():
        for edition in editions:
            if only is not None and edition.translation_of not in only:
                continue
            _translation_ensure(
                catalog=catalog,
                edition=edition,
                language_code=language_code,
                report=report,
                progress=progress,
            )
    return report


# --- Indonesian pages ---------------------------------------------------------------------------
def _catalog_ensure(*, home: HomePage) -> CatalogPage:
    existing: CatalogPage | None = CatalogPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    return services.page_publish_child(parent=home, page=CatalogPage(**CATALOG_PAGE["id"]))


def _collection_ensure() -> Collection:
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name="Contoh (demo)").first()
    return found or root.add_child(name="Contoh (demo)")


def _image(*, title: str, png: bytes, collection: Collection) -> Any:
    name = hashlib.sha256(png).hexdigest()[:16] + ".png"
    image = get_image_model()(
        title=title[:255], collection=collection, file=ImageFile(io.BytesIO(png), name=name)
    )
    image.save()
    return image


def _document(*, doc: spec.Document, collection: Collection) -> Any:
    document = get_document_model()(
        title=doc.title[:255],
        collection=collection,
        file=ContentFile(images.render_document(doc), name=doc.filename),
    )
    document._set_document_file_metadata()  # the size a reader sees before downloading
    document.save()
    return document


# Block ids are made from the course, the lesson and the block's place in it, so that they are the
# same on every machine that loads the demo: an activity's usage id (the lesson's translation key
# and the block's id) then names the same activity everywhere, and the translation keeps it.
ID_NAMESPACE = uuid.UUID("5b0c7a3e-6d8f-4f52-9a43-2f4a1de0c8b1")


def stable_id(*parts: object) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


ImageFor = Callable[[spec.SimStep], int]


def _settings(settings: spec.Settings) -> dict[str, Any]:
    return {
        "max_attempts": settings.max_attempts,
        "allow_retry": settings.allow_retry,
        "pass_threshold": settings.pass_threshold,
    }


def _items(key: str, values: list[Any]) -> list[dict[str, Any]]:
    """A ListBlock's stored value: each item under an id made from `key` and its place."""
    return [
        {"type": "item", "id": stable_id(key, position), "value": value}
        for position, value in enumerate(values)
    ]


def hotspot_label(item: spec.ScreenItem) -> str:
    """What a tappable item is called on the screen ("" for one that cannot be tapped)."""
    if isinstance(item, spec.Row) and item.detail:
        return f"{item.label}, {item.detail}"
    if isinstance(item, spec.Button | spec.Row | spec.Field):
        return item.label
    return ""


def hotspot_labels(step: spec.SimStep) -> tuple[str, ...]:
    """What each item of the step's screen is called for keyboard and screen-reader users."""
    if step.labels:
        return step.labels
    return tuple(hotspot_label(item) for item in step.screen.items)


def _percent(value: float, whole: int, *, up: bool = False) -> float:
    """`value` in percent of `whole`, to two decimals, rounded outward (down for a left or top
    edge, up for a right or bottom edge) so that the area never shrinks."""
    hundredths = 10000 * value / whole
    return (math.ceil(hundredths - 1e-9) if up else math.floor(hundredths + 1e-9)) / 100


def _hotspots(step: spec.SimStep, key: str) -> list[dict[str, Any]]:
    """Every button, row and field on the step's screen as an area to tap: the one at
    `screen.tap` is correct, the others are decoys."""
    width, height = images.SCREEN_SIZE
    labels = hotspot_labels(step)
    values = []
    for index, area in sorted(images.tap_areas(step.screen).items()):
        left, top = _percent(area.left, width), _percent(area.top, height)
        right, bottom = _percent(area.right, width, up=True), _percent(area.bottom, height, up=True)
        values.append(
            (
                index,
                {
                    "label": labels[index],
                    "x": left,
                    "y": top,
                    "width": round(right - left, 2),
                    "height": round(bottom - top, 2),
                    "correct": index == step.screen.tap,
                },
            )
        )
    return [
        {"type": "item", "id": stable_id(key, index), "value": value} for index, value in values
    ]


def _screen(step: spec.SimStep, key: str, image: ImageFor) -> dict[str, Any]:
    typing = bool(step.answers)
    target = step.screen.tap
    return {
        "image": image(step),
        "image_alt": step.alt,
        "instruction": step.instruction,
        "kind": "type" if typing else "tap",
        "hotspots": [] if typing else _hotspots(step, f"{key}/hotspot"),
        "field_label": hotspot_labels(step)[target] if typing and target is not None else "",
        "answers": "\n".join(step.answers),
        "hint": step.hint,
        "success": step.success,
    }


def activity_block(activity: spec.Activity, *, key: str, image: ImageFor) -> dict[str, Any]:
    """The stored StreamField value of an "activity" body block (see content.activities): one
    child of the activity's type. `key` names the block's place in the catalog; `image` saves a
    simulation step's screen and returns the image's pk."""
    common = {"title": activity.title, "settings": _settings(activity.settings)}
    value: dict[str, Any]
    match activity:
        case spec.MultipleChoice():
            kind = "multiple_choice"
            value = {
                "question": activity.question,
                "multiple_answers": activity.multiple_answers,
                "options": _items(
                    f"{key}/option",
                    [
                        {"text": o.text, "correct": o.correct, "feedback": o.feedback}
                        for o in activity.options
                    ],
                ),
            }
        case spec.FillBlank():
            kind = "fill_blank"
            value = {
                "question": activity.question,
                "text": activity.text,
                "blanks": _items(
                    f"{key}/blank",
                    [
                        {"label": b.label, "answers": "\n".join(b.answers), "feedback": b.feedback}
                        for b in activity.blanks
                    ],
                ),
            }
        case spec.Ordering():
            kind = "ordering"
            value = {
                "question": activity.question,
                "items": _items(f"{key}/item", list(activity.items)),
            }
        case spec.Matching():
            kind = "matching"
            value = {
                "question": activity.question,
                "pairs": _items(
                    f"{key}/pair", [{"term": p.term, "meaning": p.meaning} for p in activity.pairs]
                ),
            }
        case spec.AppSimulation():
            kind = "app_simulation"
            value = {
                "app_name": activity.app_name,
                "intro": activity.intro,
                "screens": [
                    {
                        "type": "item",
                        "id": stable_id(key, "screen", position),
                        "value": _screen(step, f"{key}/screen/{position}", image),
                    }
                    for position, step in enumerate(activity.steps)
                ],
            }
    return {
        "type": "activity",
        "id": stable_id(key),
        "value": [{"type": kind, "id": stable_id(key, kind), "value": {**common, **value}}],
    }


def simulation_screen_png(step: spec.SimStep) -> bytes:
    """A simulation step's screen, without the ring that a lesson's step pictures have: finding
    what to tap is the learner's task."""
    return images.render_screen(replace(step.screen, tap=None))


def _body(*, blocks: tuple[spec.Block, ...], title: str, collection: Collection, key: str) -> str:
    raw: list[dict[str, Any]] = []

    def add(block_type: str, value: Any) -> None:
        raw.append({"type": block_type, "value": value, "id": stable_id(key, len(raw))})

    def simulation_image(step: spec.SimStep) -> int:
        picture = _image(
            title=f"{title}: {step.alt}", png=simulation_screen_png(step), collection=collection
        )
        return int(picture.pk)

    for block in blocks:
        match block:
            case spec.Text(html=html):
                add("text", html)
            case spec.Callout(kind=kind, title=callout_title, html=html):
                add("callout", {"kind": kind, "title": callout_title, "text": html})
            case spec.Steps(title=steps_title, steps=steps):
                items = []
                for number, step in enumerate(steps):
                    shot = _image(
                        title=f"{title}: {step.title}",
                        png=images.render_screen(step.screen),
                        collection=collection,
                    )
                    items.append(
                        {
                            "type": "item",
                            "id": stable_id(key, len(raw), number),
                            "value": {
                                "title": step.title,
                                "text": step.html,
                                "screenshot": shot.pk,
                                "alt": step.alt,
                            },
                        }
                    )
                add("steps", {"title": steps_title, "steps": items})
            case spec.Figure(screen=screen, alt=alt, caption=caption):
                picture = _image(
                    title=f"{title}: {alt}", png=images.render_screen(screen), collection=collection
                )
                add("image", {"image": picture.pk, "alt": alt, "caption": caption})
            case spec.Document() as doc:
                document = _document(doc=doc, collection=collection)
                add(
                    "document",
                    {"document": document.pk, "title": doc.title, "description": doc.description},
                )
            case (
                spec.MultipleChoice()
                | spec.FillBlank()
                | spec.Ordering()
                | spec.Matching()
                | spec.AppSimulation()
            ):
                raw.append(activity_block(block, key=f"{key}/{len(raw)}", image=simulation_image))
    return json.dumps(raw)


def _course_create(
    *, catalog: CatalogPage, course: spec.Course, topic: Topic, collection: Collection
) -> CoursePage:
    cover = _image(
        title=f"{course.title} (sampul)",
        png=images.render_cover(course.cover, course.title),
        collection=collection,
    )
    page = services.page_publish_child(
        parent=catalog,
        page=CoursePage(
            title=course.title,
            slug=course.slug,
            summary=course.summary,
            outcomes=json.dumps(
                [
                    {"type": "outcome", "value": o, "id": stable_id(course.slug, "outcome", i)}
                    for i, o in enumerate(course.outcomes)
                ]
            ),
            level=course.level,
            pillar=course.pillar,
            topic=topic,
            estimated_minutes=course.minutes,
            cover_image=cover,
            steps_checked_on=course.checked_on,
            keywords=course.keywords,
        ),
    )
    for module in course.modules:
        module_page = services.page_publish_child(
            parent=page, page=ModulePage(title=module.title, slug=module.slug)
        )
        for lesson in module.lessons:
            services.page_publish_child(
                parent=module_page,
                page=LessonPage(
                    title=lesson.title,
                    slug=lesson.slug,
                    intro=lesson.intro,
                    estimated_minutes=lesson.minutes,
                    body=_body(
                        blocks=lesson.body,
                        title=lesson.title,
                        collection=collection,
                        key=f"{course.slug}/{lesson.slug}",
                    ),
                    completion_rule=lesson.completion,
                    pass_threshold=lesson.pass_threshold,
                ),
            )
    return page


# --- Translations (wagtail-localize) ------------------------------------------------------------
def _strings(value: Any) -> Iterator[str]:
    """Every text a person reads in a spec item, in a fixed order; rich text split into the
    segments that wagtail-localize offers to translators."""
    if isinstance(value, str):
        if "<" in value:
            _template, segments = extract_strings(value)
            yield from (segment.data for segment, _attrs in segments)
        else:
            yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, spec.Screen):
        # A screen is drawn into a picture, where nothing is translated; its texts are not paired,
        # so that a heading kept in Indonesian cannot take the place of a step title's
        # translation.
        return
    elif is_dataclass(value):
        if isinstance(value, spec.SimStep):  # the areas' and the field's labels come from it
            yield from hotspot_labels(value)
        for f in fields(value):
            if f.name == "answers":  # one text, an answer a line, which wagtail-localize offers
                # to translators with <br> between the lines
                yield StringValue.from_plaintext("\n".join(getattr(value, f.name))).data
                continue
            if f.name not in {
                "slug",
                "level",
                "pillar",
                "topic",
                "color",
                "icon",
                "filename",
                "translation_of",
                "kind",
                "tone",
                "completion",
                "labels",
            }:
                yield from _strings(getattr(value, f.name))


def translation_strings(source: spec.Course, edition: spec.Course) -> dict[str, str]:
    """Pair the Indonesian course with its English edition, string by string."""
    pairs = dict(zip(_strings(source), _strings(edition), strict=True))
    pairs.update({t.name: t.name_en for t in CATALOG.topics})
    for language in (HOME, CATALOG_PAGE):
        pairs.update({language["id"][k]: language["en"][k] for k in language["id"]})
    pairs.update({m.slug: m.slug for m in source.modules})
    pairs.update({lesson.slug: lesson.slug for m in source.modules for lesson in m.lessons})
    pairs[source.slug] = edition.slug
    return pairs


def _translate(*, page: Page, locale: Locale, strings: dict[str, str]) -> int:
    """Create the page's translation through wagtail-localize, fill in the strings it asks for and
    publish it. Returns the number of strings left in the source language."""
    creator = TranslationCreator(user=None, target_locales=[locale])
    creator.create_translations(page)
    missing = 0
    for translations in creator.mappings.values():
        for translation in translations:
            po = translation.export_po()
            for entry in po:
                if entry.msgid in strings:
                    entry.msgstr = strings[entry.msgid]
                else:
                    missing += 1
                    logger.warning("No %s text for %r", locale.language_code, entry.msgid)
            translation.import_po(po)
            translation.save_target(publish=True)
    return missing


def _translation_ensure(
    *,
    catalog: CatalogPage,
    edition: spec.Course,
    language_code: str,
    report: LoadReport,
    progress: Progress,
) -> None:
    """Translate the course, and the pages above it, wherever a translation is still missing.

    Each page is translated in its own transaction, as an editor would in the admin:
    wagtail-localize publishes a translation when its transaction commits, and the next page is
    placed under the published parent."""
    source_spec = next(c for c in CATALOG.courses if c.slug == edition.translation_of)
    source = services.child_by_slug(parent=catalog, slug=source_spec.slug)
    if not isinstance(source, CoursePage):
        return
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    strings = translation_strings(source_spec, edition)
    home = catalog.get_parent().specific
    pages = [home, catalog, source, *Page.objects.descendant_of(source).order_by("path").specific()]
    missing = [page for page in pages if not page.get_translations().filter(locale=locale).exists()]
    for page in missing:
        report.untranslated_strings += _translate(page=page, locale=locale, strings=strings)
    if missing:
        report.translated.append(f"{edition.slug} ({language_code})")
        progress(f"{edition.title}: terjemahan {language_code} dibuat")
