"""Editors get a clear message for a block that would fail a reader."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument

from content.blocks import BaseStreamBlock, ImageBlock, StepBlock, VideoBlock
from tests.factories import make_image

pytestmark = pytest.mark.django_db


def document(name: str) -> AbstractDocument:
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile(b"WEBVTT\n\n" if name.endswith(".vtt") else b"\0" * 16))
    return doc


def test_an_image_needs_alternative_text() -> None:
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": make_image().pk, "alt": "", "caption": ""}))


def test_a_screenshot_needs_alternative_text() -> None:
    block = StepBlock()
    value = block.to_python(
        {
            "title": "Buka aplikasi",
            "text": "<p>Ketuk ikon.</p>",
            "screenshot": make_image().pk,
            "alt": "",
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "alt" in error.value.block_errors  # type: ignore[attr-defined]


def test_an_uploaded_video_needs_captions() -> None:
    block = VideoBlock()
    value = block.to_python({"title": "Video", "file": document("intro.mp4").pk, "captions": None})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "captions" in error.value.block_errors  # type: ignore[attr-defined]


def test_a_video_with_captions_is_accepted() -> None:
    block = VideoBlock()
    value = block.to_python(
        {"title": "Video", "file": document("intro.mp4").pk, "captions": document("intro.vtt").pk}
    )
    assert block.clean(value)["title"] == "Video"


def test_a_video_is_a_file_or_an_embed_not_neither() -> None:
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Video"}))


def test_the_base_stream_offers_every_lesson_block() -> None:
    assert set(BaseStreamBlock.base_blocks) == {
        "text",
        "image",
        "video",
        "callout",
        "steps",
        "document",
        "activity",
    }
