"""What a lesson is made of: the StreamField blocks every page body shares.

Each block renders with its own template under templates/blocks/. Text that a person reads is in
block fields, so that wagtail-localize translates it with the page.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .activities import ActivityBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
# Callouts and steps: a few words, no headings.
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ul"]
CAPTION_EXTENSIONS = (".vtt",)
VIDEO_EXTENSIONS = (".mp4", ".webm")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class VideoBlock(blocks.StructBlock):
    """A video: an uploaded file with a captions track, or an embed from a video site."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) file. Required with an uploaded video."),
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    embed = EmbedBlock(label=_("Embed address"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        errors: dict[str, ErrorList] = {}
        has_file, has_embed = bool(value.get("file")), bool(value.get("embed"))
        if has_file == has_embed:
            message = _("Choose either an uploaded video file or an embed address, not both.")
            errors["file"] = ErrorList([ValidationError(message)])
        if has_file:
            if not value["file"].file.name.lower().endswith(VIDEO_EXTENSIONS):
                errors["file"] = ErrorList([ValidationError(_("Upload an MP4 or WebM file."))])
            captions = value.get("captions")
            if not captions:
                errors["captions"] = ErrorList(
                    [ValidationError(_("An uploaded video needs a captions file."))]
                )
            elif not captions.file.name.lower().endswith(CAPTION_EXTENSIONS):
                errors["captions"] = ErrorList(
                    [ValidationError(_("Captions must be a WebVTT (.vtt) file."))]
                )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("safety", _("Safety note")),
        ],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.RichTextBlock(label=_("Explanation"), features=SHORT_TEXT_FEATURES)
    screenshot = ImageChooserBlock(label=_("Screenshot"), required=False)
    alt = blocks.CharBlock(
        label=_("Alternative text of the screenshot"),
        required=False,
        max_length=300,
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if value.get("screenshot") and not value.get("alt"):
            raise StructBlockValidationError(
                block_errors={
                    "alt": ErrorList(
                        [
                            ValidationError(
                                _("Describe the screenshot for people who cannot see it.")
                            )
                        ]
                    )
                }
            )
        return value


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "blocks/document_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every lesson and content page body is built from."""

    text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/text_block.html"
    )
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    document = DocumentBlock()
    activity = ActivityBlock()

    class Meta:
        label = _("Content")
