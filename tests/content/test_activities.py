"""The lesson block "Interactive activity": what editors fill in and are told, what translators
get, and what a reader of the lesson page sees."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from pytest_django import Settings
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from content.activities import (
    ActivityBlock,
    FillBlankActivityBlock,
    MultipleChoiceActivityBlock,
    activity_problems,
    activity_usage_ids,
)
from content.blocks import BaseStreamBlock
from content.xblocks.ids import make_usage_id
from courses.models import CoursePage, LessonPage
from lms.accounts.services import user_ensure
from tests.factories import Catalog, make_course, text

pytestmark = pytest.mark.django_db

QUESTION = "Apa nama aplikasi KTP digital?"
RIGHT, WRONG = "Identitas Kependudukan Digital", "Mobile JKN"
RIGHT_FEEDBACK = "Benar, IKD adalah KTP digital."
WRONG_FEEDBACK = "Bukan, Mobile JKN untuk BPJS Kesehatan."


# --- Building lessons with activities (also used by tests/lms/learning/test_activities.py) -----


def item(value: Any) -> dict[str, Any]:
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


def mc_value(
    *,
    question: str = QUESTION,
    options: list[tuple[str, bool, str]] | None = None,
    multiple: bool = False,
    title: str = "",
    pass_threshold: int = 70,
    max_attempts: int = 0,
) -> dict[str, Any]:
    """A multiple-choice activity as the StreamField stores it."""
    if options is None:
        options = [(WRONG, False, WRONG_FEEDBACK), (RIGHT, True, RIGHT_FEEDBACK)]
    return {
        "title": title,
        "question": question,
        "multiple_answers": multiple,
        "options": [
            item({"text": text_, "correct": correct, "feedback": feedback})
            for text_, correct, feedback in options
        ],
        "settings": {
            "max_attempts": max_attempts,
            "allow_retry": True,
            "pass_threshold": pass_threshold,
        },
    }


def activity(
    kind: str = "multiple_choice", value: dict[str, Any] | None = None, block_id: str = ""
) -> dict[str, Any]:
    """An "Interactive activity" body block."""
    return {
        "type": "activity",
        "id": block_id or str(uuid.uuid4()),
        "value": [{"type": kind, "id": str(uuid.uuid4()), "value": value or mc_value()}],
    }


def publish_body(lesson: LessonPage, *blocks: dict[str, Any], **fields: Any) -> LessonPage:
    """Publish the lesson with this body, as an editor would."""
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = json.dumps([text("<p>Bacalah dulu.</p>"), *blocks])
    for name, value in fields.items():
        setattr(lesson, name, value)
    lesson.save_revision().publish()
    published: LessonPage = LessonPage.objects.get(pk=lesson.pk)
    return published


def first_lesson(course: CoursePage) -> LessonPage:
    lesson: LessonPage | None = LessonPage.objects.descendant_of(course).order_by("path").first()
    assert lesson is not None
    return lesson


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)


def clean(block: Any, value: dict[str, Any]) -> Any:
    return block.clean(block.to_python(value))


def non_block_messages(error: ValidationError) -> list[str]:
    return [
        str(message)
        for problem in error.non_block_errors.as_data()  # type: ignore[attr-defined]
        for message in problem.messages
    ]


# --- What editors fill in ------------------------------------------------------------------


def test_lessons_offer_the_interactive_activity_with_its_five_kinds() -> None:
    child = BaseStreamBlock.base_blocks["activity"]
    assert isinstance(child, ActivityBlock)
    with translation.override("en"):
        assert str(child.label) == "Interactive activity"
    assert list(ActivityBlock.base_blocks) == [
        "multiple_choice",
        "fill_blank",
        "ordering",
        "matching",
        "app_simulation",
    ]
    assert (ActivityBlock._meta_class.min_num, ActivityBlock._meta_class.max_num) == (1, 1)
    types = {name: block.xblock_type for name, block in ActivityBlock.base_blocks.items()}
    assert types == {
        "multiple_choice": "pandu_multiple_choice",
        "fill_blank": "pandu_fill_blank",
        "ordering": "pandu_ordering",
        "matching": "pandu_matching",
        "app_simulation": "pandu_app_simulation",
    }


def test_a_multiple_choice_becomes_the_xblocks_fields_with_stable_option_ids() -> None:
    block = MultipleChoiceActivityBlock()
    value = mc_value(title="Coba sendiri", pass_threshold=80, max_attempts=3)
    fields = block.xblock_fields(block.to_python(value))
    assert fields == {
        "display_name": "Coba sendiri",
        "question": QUESTION,
        "multiple_answers": False,
        "options": [
            {
                "id": value["options"][0]["id"],
                "text": WRONG,
                "correct": False,
                "feedback": WRONG_FEEDBACK,
            },
            {
                "id": value["options"][1]["id"],
                "text": RIGHT,
                "correct": True,
                "feedback": RIGHT_FEEDBACK,
            },
        ],
        "max_attempts": 3,
        "allow_retry": True,
        "pass_threshold": 0.8,
    }


def test_an_untitled_activity_is_named_after_its_kind_in_the_lessons_language() -> None:
    block = MultipleChoiceActivityBlock()
    with translation.override("en"):
        assert block.xblock_fields(block.to_python(mc_value()))["display_name"] == (
            "Multiple choice"
        )


def test_fill_in_the_blank_answers_are_one_per_line() -> None:
    block = FillBlankActivityBlock()
    value: dict[str, Any] = {
        "question": "Lengkapi kalimat.",
        "text": "Aplikasi KTP digital bernama ___.",
        "blanks": [
            item(
                {"label": "Nama aplikasi", "answers": "IKD\n\n Identitas Digital ", "feedback": ""}
            )
        ],
        "settings": {"max_attempts": 0, "allow_retry": False, "pass_threshold": 100},
    }
    fields = block.xblock_fields(block.to_python(value))
    assert fields["blanks"] == [
        {
            "id": value["blanks"][0]["id"],
            "label": "Nama aplikasi",
            "answers": ["IKD", "Identitas Digital"],
            "feedback": "",
        }
    ]
    assert (fields["allow_retry"], fields["pass_threshold"]) == (False, 1.0)


def test_the_editor_is_told_what_is_wrong_with_an_activity() -> None:
    block = MultipleChoiceActivityBlock()
    with pytest.raises(ValidationError) as error, translation.override("en"):
        clean(block, mc_value(options=[(RIGHT, False, ""), (WRONG, False, "")]))
    with translation.override("en"):
        assert non_block_messages(error.value) == [
            "Mark exactly one option as correct, or allow several answers."
        ]


def test_a_correct_activity_is_accepted() -> None:
    block = MultipleChoiceActivityBlock()
    assert clean(block, mc_value())["question"] == QUESTION


def test_a_kind_that_may_not_run_here_is_refused(settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = ["pandu_multiple_choice"]
    block = FillBlankActivityBlock()
    value = {
        "question": "Lengkapi.",
        "text": "",
        "blanks": [item({"label": "", "answers": "IKD", "feedback": ""})],
        "settings": {"max_attempts": 0, "allow_retry": True, "pass_threshold": 70},
    }
    with pytest.raises(ValidationError) as error, translation.override("en"):
        clean(block, value)
    with translation.override("en"):
        assert non_block_messages(error.value) == ["This kind of activity is not available here."]


def test_a_draft_may_keep_an_unfinished_activity() -> None:
    block = MultipleChoiceActivityBlock()
    block.defer_required_validation()
    try:
        assert clean(block, mc_value(question="", options=[]))["question"] == ""
    finally:
        block.restore_deferred_validation()


def admin_client(client: Client) -> Client:
    admin, _created = user_ensure(
        username="admin", password="kata-sandi-admin-panjang", full_name="Admin", is_superuser=True
    )
    client.force_login(admin)
    return client


def activity_form_data(*, options: list[tuple[str, bool]], block_id: str) -> dict[str, str]:
    """The body of the page form as Wagtail's editor posts it: one multiple-choice activity."""
    data: dict[str, str] = nested_form_data(
        {
            "body": {
                "count": "1",
                "0": {
                    "type": "activity",
                    "id": block_id,
                    "deleted": "",
                    "order": "0",
                    "value": {
                        "count": "1",
                        "0": {
                            "type": "multiple_choice",
                            "id": str(uuid.uuid4()),
                            "deleted": "",
                            "order": "0",
                            "value": {
                                "title": "",
                                "question": QUESTION,
                                "options": {
                                    "count": str(len(options)),
                                    **{
                                        str(i): {
                                            "id": str(uuid.uuid4()),
                                            "deleted": "",
                                            "order": str(i),
                                            "value": {
                                                "text": option,
                                                "feedback": "",
                                                **({"correct": "on"} if correct else {}),
                                            },
                                        }
                                        for i, (option, correct) in enumerate(options)
                                    },
                                },
                                "settings": {
                                    "max_attempts": "0",
                                    "allow_retry": "on",
                                    "pass_threshold": "70",
                                },
                            },
                        },
                    },
                },
            }
        }
    )
    return data


def post_lesson_form(client: Client, lesson: LessonPage, body: dict[str, str], action: str) -> Any:
    url = f"/admin/pages/{lesson.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for key in [key for key in data if key.startswith("body-")]:
        del data[key]
    data.update(body)
    data[action] = action
    return client.post(url, data)


def test_the_admin_refuses_to_publish_an_invalid_activity_and_says_why(
    client: Client, course: CoursePage
) -> None:
    editor = admin_client(client)
    lesson = first_lesson(course)
    revisions = lesson.revisions.count()
    body = activity_form_data(options=[(RIGHT, False), (WRONG, False)], block_id=str(uuid.uuid4()))

    response = post_lesson_form(editor, lesson, body, "action-publish")

    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("id"):
        expected = gettext("Mark exactly one option as correct, or allow several answers.")
    assert expected in html
    assert lesson.revisions.count() == revisions
    assert "Isi pelajaran 1." in LessonPage.objects.get(pk=lesson.pk).body.raw_data[0]["value"]


def test_the_admin_publishes_a_correct_activity(client: Client, course: CoursePage) -> None:
    editor = admin_client(client)
    lesson = first_lesson(course)
    block_id = str(uuid.uuid4())
    body = activity_form_data(options=[(RIGHT, True), (WRONG, False)], block_id=block_id)

    response = post_lesson_form(editor, lesson, body, "action-publish")

    assert response.status_code == 302, response.content.decode()[:2000]
    published = LessonPage.objects.get(pk=lesson.pk)
    assert activity_usage_ids(translation_key=published.translation_key, body=published.body) == [
        make_usage_id(translation_key=published.translation_key, block_id=block_id)
    ]


# --- What translators get ------------------------------------------------------------------


def test_translators_get_the_texts_of_an_activity_but_not_its_numbers_or_ticks(
    course: CoursePage,
) -> None:
    lesson = publish_body(
        first_lesson(course), activity(value=mc_value(title="Coba sendiri", pass_threshold=80))
    )
    strings = {
        segment.path: segment.render_text()
        for segment in extract_segments(lesson)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("body.")
    }
    texts = set(strings.values())
    assert {"Coba sendiri", QUESTION, RIGHT, WRONG, RIGHT_FEEDBACK, WRONG_FEEDBACK} <= texts
    for path in strings:
        assert not path.endswith(
            (".correct", ".multiple_answers", ".max_attempts", ".allow_retry", ".pass_threshold")
        ), path
    assert not {"80", "True", "False", "0"} & texts


def test_a_translated_lesson_keeps_the_activitys_usage_id(course: CoursePage) -> None:
    lesson = publish_body(first_lesson(course), activity())
    english = Locale.objects.get_or_create(language_code="en")[0]
    copy = lesson.copy_for_translation(english, copy_parents=True)
    ids = activity_usage_ids(translation_key=lesson.translation_key, body=lesson.body)
    assert len(ids) == 1
    assert activity_usage_ids(translation_key=copy.translation_key, body=copy.body) == ids


# --- What a reader sees ----------------------------------------------------------------------


def test_the_lesson_page_shows_the_activity_with_its_styles_and_scripts_by_url_only(
    client: Client, course: CoursePage
) -> None:
    lesson = publish_body(
        first_lesson(course), activity(value=mc_value(title="Coba sendiri")), activity()
    )
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("Coba sendiri") >= 1
    assert html.count(QUESTION) == 2
    assert RIGHT in html
    assert WRONG in html
    # No answer is given away before the learner submits.
    assert RIGHT_FEEDBACK not in html
    assert WRONG_FEEDBACK not in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all(" src=" in tag for tag in scripts), scripts
    assert "<style" not in html
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)
    block_scripts = re.findall(r'<script defer src="([^"]+)"></script>', html)
    assert "/static/content/activities.css" in stylesheets
    assert any("multiple_choice.css" in url for url in stylesheets)
    assert any("multiple_choice.js" in url for url in block_scripts)
    assert any(url.endswith("content/xblock/runtime.js") for url in block_scripts)
    # Each once, though the page has two activities.
    assert len(stylesheets) == len(set(stylesheets))
    assert len(block_scripts) == len(set(block_scripts))
    for url in [*stylesheets, *block_scripts]:
        if "/xblock/resource/" in url:
            assert client.get(url).status_code == 200, url
    handler_urls = set(re.findall(r'data-handler-url="([^"]+)"', html))
    assert len(handler_urls) == 2
    assert all(url.startswith("/api/v1/xblock/id/pandu:") for url in handler_urls)


def test_a_visitors_attempt_is_kept_in_their_session(client: Client, course: CoursePage) -> None:
    lesson = publish_body(first_lesson(course), activity())
    first = re.findall(r'data-attempt="([^"]+)"', client.get(lesson.url).content.decode())
    again = re.findall(r'data-attempt="([^"]+)"', client.get(lesson.url).content.decode())
    assert first
    assert first == again
    assert list(client.session["xblock_state"]) == activity_usage_ids(
        translation_key=lesson.translation_key, body=lesson.body
    )


def test_an_activity_that_cannot_run_here_does_not_break_the_lesson(
    client: Client, course: CoursePage, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    lesson = publish_body(first_lesson(course), activity())
    settings.PANDU_XBLOCK_ALLOWED_TYPES = []
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("id"):
        assert gettext("This activity cannot be shown right now. Please try again later.") in html
    assert "Bacalah dulu." in html
    assert QUESTION not in html
    assert "could not be shown" in caplog.text


def test_the_preview_shows_the_activity_as_a_visitor_sees_it_with_a_note(
    course: CoursePage,
) -> None:
    lesson = publish_body(first_lesson(course), activity())
    response = lesson.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert QUESTION in html
    assert RIGHT in html
    with translation.override("id"):
        note = gettext(
            "Preview: this is how learners see the activity. Answers are checked only once the "
            "lesson is published."
        )
    assert note in html


def test_searching_finds_an_activitys_question_but_not_its_feedback() -> None:
    block = ActivityBlock()
    value = block.to_python([activity(value=mc_value(title="Coba sendiri"))["value"][0]])
    content = block.get_searchable_content(value)
    assert content == ["Coba sendiri", QUESTION]


def valid_values() -> dict[str, dict[str, Any]]:
    """One activity of each kind that its XBlock accepts."""
    from tests.factories import make_image

    settings = {"max_attempts": 0, "allow_retry": True, "pass_threshold": 70}
    return {
        "multiple_choice": mc_value(),
        "fill_blank": {
            "title": "",
            "question": "Lengkapi kalimat.",
            "text": "Aplikasi KTP digital bernama ___.",
            "blanks": [item({"label": "Nama aplikasi", "answers": "IKD", "feedback": ""})],
            "settings": settings,
        },
        "ordering": {
            "title": "",
            "question": "Urutkan langkah aktivasi.",
            "items": [item(step) for step in ("Buka aplikasi", "Masuk", "Pindai KTP")],
            "settings": settings,
        },
        "matching": {
            "title": "",
            "question": "Pasangkan aplikasi dengan kegunaannya.",
            "pairs": [
                item({"term": "IKD", "meaning": "KTP digital"}),
                item({"term": "Mobile JKN", "meaning": "BPJS Kesehatan"}),
            ],
            "settings": settings,
        },
        "app_simulation": {
            "title": "",
            "app_name": "Identitas Kependudukan Digital",
            "intro": "Latihan mendaftar.",
            "screens": [
                item(
                    {
                        "image": make_image("Layar daftar", (360, 640)).pk,
                        "image_alt": "Layar awal aplikasi IKD",
                        "instruction": "Ketuk Daftar.",
                        "kind": "tap",
                        "hotspots": [
                            item(
                                {
                                    "label": "Tombol Daftar",
                                    "x": 10.0,
                                    "y": 80.0,
                                    "width": 80.0,
                                    "height": 8.0,
                                    "correct": True,
                                }
                            ),
                            item(
                                {
                                    "label": "Tombol Masuk",
                                    "x": 10.0,
                                    "y": 90.0,
                                    "width": 80.0,
                                    "height": 8.0,
                                    "correct": False,
                                }
                            ),
                        ],
                        "field_label": "",
                        "answers": "",
                        "hint": "Tombol Daftar ada di bawah.",
                        "success": "Bagus!",
                    }
                )
            ],
            "settings": settings,
        },
    }


@pytest.mark.parametrize(
    "kind", ["multiple_choice", "fill_blank", "ordering", "matching", "app_simulation"]
)
def test_each_kind_of_activity_is_accepted_by_its_xblock(kind: str) -> None:
    block = ActivityBlock.base_blocks[kind]
    value = block.to_python(valid_values()[kind])
    assert block.clean(value)
    assert activity_problems(block, value) == []


def test_an_app_simulation_hands_its_block_a_screenshot_rendition() -> None:
    block = ActivityBlock.base_blocks["app_simulation"]
    raw = valid_values()["app_simulation"]
    [screen] = block.xblock_fields(block.to_python(raw))["screens"]
    assert screen["id"] == raw["screens"][0]["id"]
    assert screen["image_url"].endswith(".webp")
    assert (screen["image_width"], screen["image_height"]) == (360, 640)
    assert [spot["correct"] for spot in screen["hotspots"]] == [True, False]
    assert screen["hotspots"][0]["id"] == raw["screens"][0]["value"]["hotspots"][0]["id"]
