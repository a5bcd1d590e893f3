"""Author HTML reaches readers sanitised: rich text that arrived without the editor (a fixture, a
JSON body, an imported translation) loses scripts, event attributes, script links, frames and
styles when the page is shown; an activity's texts are shown as text; and no block lets an author
write raw HTML."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.utils.html import escape
from wagtail import blocks
from wagtail.fields import StreamField

from content.blocks import RICH_TEXT_FEATURES, SHORT_TEXT_FEATURES, BaseStreamBlock
from content.richtext import sanitise_html
from content.templatetags.clean_richtext import FEATURE_SETS
from courses import services
from courses.models import CoursePage, LessonPage
from lms.accounts.services import user_ensure
from tests.content.test_activities import activity, first_lesson, item, mc_value, publish_body
from tests.factories import Catalog, make_course
from tests.lms.learning.test_activities import answer, browser, open_activity

pytestmark = pytest.mark.django_db

# Each attack carries a marker that must not reach the reader in any form.
ATTACKS = (
    '<script>alert("pandu-script")</script>'
    '<p onclick="pandu-onclick()">Halo <b onmouseover="pandu-mouseover()">tebal</b></p>'
    '<p style="pandu-style: red">Bergaya</p>'
    "<a href=\"javascript:alert('pandu-js')\">tautan jahat</a>"
    "<a href=\"jav&#x09;ascript:alert('pandu-tab')\">tautan tab</a>"
    '<iframe src="https://jahat.example/pandu-iframe"></iframe>'
    '<img src="x" onerror="pandu-onerror()">'
    "<svg><script>pandu-svg</script></svg>"
    '<object data="pandu-object.swf"></object>'
    '<a href="https://layanan.balikpapan.go.id/">tautan aman</a>'
)
MARKERS = (
    "pandu-script",
    "pandu-onclick",
    "pandu-mouseover",
    "pandu-style",
    "pandu-js",
    "pandu-tab",
    "pandu-iframe",
    "pandu-onerror",
    "pandu-svg",
    "pandu-object",
    "javascript:",
)


def uid() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=1)


def lesson_with_author_html(course: CoursePage) -> LessonPage:
    """Every rich text of a lesson body filled with attacks, saved as a fixture or an API would:
    straight into the StreamField's JSON, never through the editor."""
    body = [
        {"type": "text", "id": uid(), "value": "<h2>Judul aman</h2>" + ATTACKS},
        {
            "type": "callout",
            "id": uid(),
            "value": {"kind": "tip", "title": "Kiat", "text": ATTACKS},
        },
        {
            "type": "steps",
            "id": uid(),
            "value": {
                "title": "Langkah",
                "steps": [
                    item({"title": "Satu", "text": ATTACKS, "screenshot": None, "alt": ""}),
                ],
            },
        },
        {
            "type": "video",
            "id": uid(),
            "value": {
                "title": "Video",
                "file": None,
                "captions": None,
                "poster": None,
                "embed": "https://video.example/ikd",
                "transcript": ATTACKS,
            },
        },
    ]
    module = course.get_children().first()
    assert module is not None
    return services.page_publish_child(
        parent=module,
        page=LessonPage(title="Uji HTML", slug="uji-html", intro="Uji.", body=json.dumps(body)),
    )


@pytest.fixture(autouse=True)
def _fake_embeds(settings: Any) -> None:
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.fake_embeds.FakeVideoFinder"}]


def test_rich_text_that_did_not_pass_the_editor_is_sanitised_when_shown(
    client: Client, course: CoursePage
) -> None:
    lesson = lesson_with_author_html(course)
    reader, _created = user_ensure(username="pembaca", password="kata-sandi-uji", full_name="P")
    client.force_login(reader)
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    for marker in MARKERS:
        assert marker not in html, marker
    main = html[html.index("<main") : html.index("</main>")]
    assert " style=" not in main
    assert main.count("<iframe") == 1  # the video's own embed, from the embed finder
    assert not re.search(r"<(object|svg)\b", main)
    # What an author may write is kept: in the text block, its heading; everywhere, bold and the
    # safe link; the text of a removed attribute's element.
    assert "<h2>Judul aman</h2>" in html
    assert html.count("<b>tebal</b>") == 4
    assert html.count('<a href="https://layanan.balikpapan.go.id/">tautan aman</a>') == 4
    assert html.count("Bergaya") == 4


def test_each_block_keeps_only_what_its_editor_allows() -> None:
    html = "<h2>Judul</h2><ol><li>satu</li></ol><p><i>miring</i></p>"
    assert sanitise_html(html, features=RICH_TEXT_FEATURES) == html
    # Callouts and steps have no headings or numbered lists: their text is kept, unwrapped.
    assert (
        sanitise_html(html, features=SHORT_TEXT_FEATURES)
        == "Judul<li>satu</li><p><i>miring</i></p>"
    )


def test_page_and_document_links_survive_and_keep_only_their_address(
    course: CoursePage, client: Client
) -> None:
    lesson = first_lesson(course)
    target = course.pk
    body = [
        {
            "type": "text",
            "id": uid(),
            "value": (
                f'<p><a linktype="page" id="{target}" onclick="pandu-onclick()">kursus</a></p>'
            ),
        }
    ]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert f'<a href="{course.url}">kursus</a>' in html
    assert "pandu-onclick" not in html


def stream_blocks() -> list[tuple[str, blocks.Block]]:
    """Every block of every StreamField of every model, nested blocks included."""
    found: list[tuple[str, blocks.Block]] = []

    def walk(path: str, block: blocks.Block) -> None:
        found.append((path, block))
        children: list[tuple[str, blocks.Block]] = []
        if isinstance(block, blocks.StructBlock | blocks.StreamBlock):
            children = list(block.child_blocks.items())
        elif isinstance(block, blocks.ListBlock):
            children = [("item", block.child_block)]
        for name, child in children:
            walk(f"{path}.{name}", child)

    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                walk(f"{model.__name__}.{field.name}", field.stream_block)
    return found


def test_no_block_lets_an_author_write_raw_html() -> None:
    found = stream_blocks()
    assert any(isinstance(block, blocks.RichTextBlock) for _path, block in found)
    raw = [path for path, block in found if isinstance(block, blocks.RawHTMLBlock)]
    assert raw == []


def test_every_rich_text_block_has_a_feature_set_its_template_can_sanitise_with() -> None:
    feature_sets = [list(features) for features in FEATURE_SETS.values()]
    loose = [
        path
        for path, block in stream_blocks()
        if isinstance(block, blocks.RichTextBlock)
        and list(block.features or []) not in feature_sets
    ]
    assert loose == []
    assert isinstance(BaseStreamBlock.base_blocks["text"], blocks.RichTextBlock)


def test_templates_show_rich_text_only_sanitised_and_mark_nothing_safe_unexplained() -> None:
    """Wagtail's own `richtext` filter shows stored HTML as it is; `|safe` and autoescape off
    are allowed only where the value is made by code, never by an author."""
    justified_safe = {
        # A form field's help text, written in code (Django's password rules are a list).
        "account/snippets/field.html",
        # SVG QR codes drawn by segno from a URL and a join code.
        "classrooms/login_cards.html",
        "classrooms/class_detail.html",
    }
    roots = [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/*/templates")]
    problems = []
    for root in roots:
        for path in root.rglob("*.html"):
            text = path.read_text(encoding="utf-8")
            name = path.relative_to(root).as_posix()
            if re.search(r"\|\s*richtext\b", text):
                problems.append(f"{name}: |richtext")
            if "autoescape off" in text:
                problems.append(f"{name}: autoescape off")
            if re.search(r"\|\s*safe\b", text) and name not in justified_safe:
                problems.append(f"{name}: |safe")
    assert problems == []


# --- Activities: what an author typed is shown as text ------------------------------------------

EVIL_QUESTION = '<script>alert("pandu-question")</script>Apa itu IKD?'
EVIL_RIGHT = '<img src=x onerror="pandu-right()">KTP digital'
EVIL_FEEDBACK = '<iframe src="https://jahat.example/pandu-feedback"></iframe>Benar'


def test_an_activitys_author_text_is_escaped_on_the_page_and_in_its_result(
    course: CoursePage,
) -> None:
    value = mc_value(
        title="<b>Coba</b>",
        question=EVIL_QUESTION,
        options=[("Mobile JKN", False, "Bukan"), (EVIL_RIGHT, True, EVIL_FEEDBACK)],
    )
    lesson = publish_body(first_lesson(course), activity(value=value))
    client = browser()
    page = client.get(lesson.url).content.decode()
    assert "&lt;script&gt;alert(&quot;pandu-question&quot;)&lt;/script&gt;Apa itu IKD?" in page
    assert "&lt;img src=x onerror=&quot;pandu-right()&quot;&gt;KTP digital" in page
    assert "&lt;b&gt;Coba&lt;/b&gt;" in page
    assert "<script>alert(" not in page
    assert "<img src=x" not in page

    url, form = open_activity(client, lesson)
    # The form shows each option's text escaped, and is answered by what it shows.
    reply = answer(client, url, form, escape(EVIL_RIGHT))
    assert reply.status_code == 200
    result = reply.json()["html"]
    assert (
        "&lt;iframe src=&quot;https://jahat.example/pandu-feedback&quot;&gt;&lt;/iframe&gt;Benar"
        in result
    )
    assert "<iframe" not in result
