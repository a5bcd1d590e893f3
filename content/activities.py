"""The lesson block "Interactive activity": an XBlock placed in a page body and authored in Wagtail.

An editor adds an "Interactive activity" to a body and chooses its kind (multiple choice, fill in
the blank, ordering, matching, app simulation). Each kind is a StructBlock of ordinary Wagtail
blocks (so wagtail-localize translates its texts with the page) that knows its XBlock type
(`xblock_type`) and turns its value into the XBlock's authored fields (`xblock_fields`). Saving is
refused while the XBlock finds a problem in the activity (`problems()`), with the block's message
next to the activity.

The activity's usage id is the lesson's translation key plus the id of the outer body block
(`usage_id`), so its learners' state belongs to it in every language.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .xblocks.ids import make_usage_id
from .xblocks.registry import BlockTypeNotAllowed
from .xblocks.runtime import InvalidFields, load_block

logger = logging.getLogger(__name__)

# The body block type that places an activity.
ACTIVITY_BLOCK_TYPE = "activity"
# Where an activity is checked while an editor writes it: no lesson, no learner.
CHECK_USAGE_ID = make_usage_id(
    translation_key=uuid.UUID("00000000-0000-4000-8000-000000000000"), block_id="preview"
)
SCREENSHOT_RENDITION = "width-800|format-webp"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _items(list_value: Any) -> list[tuple[str, Any]]:
    """(id, value) of each item of a ListBlock value: the id is the same in every language."""
    return [(str(child.id), child.value) for child in list_value.bound_blocks]


class ActivitySettingsBlock(blocks.StructBlock):
    max_attempts = blocks.IntegerBlock(
        label=gettext_lazy("Attempts allowed"),
        min_value=0,
        default=0,
        help_text=gettext_lazy("How many times a learner may submit an answer. 0: no limit."),
    )
    allow_retry = blocks.BooleanBlock(
        label=gettext_lazy("Learners may try again"),
        required=False,
        default=True,
        help_text=gettext_lazy("Untick to allow one answer only."),
    )
    pass_threshold = blocks.IntegerBlock(
        label=gettext_lazy("Pass mark (%)"),
        min_value=0,
        max_value=100,
        default=70,
        help_text=gettext_lazy(
            "The score a learner needs for this activity to count as passed. Whether the lesson "
            "is finished follows the lesson's own pass mark."
        ),
    )

    class Meta:
        icon = "cog"
        label = gettext_lazy("Attempts and pass mark")
        collapsed = True


class ActivityKindBlock(blocks.StructBlock):
    """One kind of activity. Subclasses declare their fields, then `settings` last."""

    xblock_type: ClassVar[str]

    title = blocks.CharBlock(
        label=gettext_lazy("Title"),
        required=False,
        max_length=120,
        help_text=gettext_lazy("Optional: a short name for the activity, e.g. “Try it yourself”."),
    )

    def authored_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        """The XBlock's own content fields (see the contract of each kind)."""
        raise NotImplementedError

    def xblock_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        """The XBlock's authored fields (content and settings scopes) for this value."""
        settings = value.get("settings") or {}
        fields: dict[str, Any] = {
            "max_attempts": int(settings.get("max_attempts") or 0),
            "allow_retry": bool(settings.get("allow_retry", True)),
            "pass_threshold": int(settings.get("pass_threshold") or 0) / 100,
            **self.authored_fields(value),
        }
        # Read out as the activity's name: the kind's name, in the active language, if untitled.
        fields["display_name"] = (value.get("title") or "").strip() or str(self.label)
        return fields

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        # A draft may be unfinished; publishing checks the activity as learners would get it.
        if self.is_deferred_validation:
            return value
        messages = activity_problems(self, value)
        if messages:
            raise StructBlockValidationError(
                non_block_errors=ErrorList([ValidationError(message) for message in messages])
            )
        return value


class MultipleChoiceOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=gettext_lazy("Answer option"), max_length=300)
    correct = blocks.BooleanBlock(
        label=gettext_lazy("This option is correct"), required=False, default=False
    )
    feedback = blocks.CharBlock(
        label=gettext_lazy("Feedback"),
        required=False,
        max_length=300,
        help_text=gettext_lazy("Shown after the learner answers, e.g. why this is right or wrong."),
    )

    class Meta:
        icon = "radio-full"
        label = gettext_lazy("Option")


class MultipleChoiceActivityBlock(ActivityKindBlock):
    xblock_type = "pandu_multiple_choice"

    question = blocks.TextBlock(label=gettext_lazy("Question"), rows=2)
    multiple_answers = blocks.BooleanBlock(
        label=gettext_lazy("Several answers are correct"),
        required=False,
        help_text=gettext_lazy(
            "Tick when learners must choose every correct option (check boxes). Otherwise "
            "exactly one option is correct."
        ),
    )
    options = blocks.ListBlock(
        MultipleChoiceOptionBlock(),
        label=gettext_lazy("Options"),
        help_text=gettext_lazy("Learners see the options in a new order at every attempt."),
    )
    settings = ActivitySettingsBlock()

    class Meta:
        icon = "radio-full"
        label = gettext_lazy("Multiple choice")

    def authored_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "question": value.get("question") or "",
            "multiple_answers": bool(value.get("multiple_answers")),
            "options": [
                {
                    "id": item_id,
                    "text": item.get("text") or "",
                    "correct": bool(item.get("correct")),
                    "feedback": item.get("feedback") or "",
                }
                for item_id, item in _items(value["options"])
            ],
        }


class BlankBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=gettext_lazy("Label of the answer box"),
        required=False,
        max_length=120,
        help_text=gettext_lazy("Optional: read out by screen readers, e.g. “Name of the app”."),
    )
    answers = blocks.TextBlock(
        label=gettext_lazy("Accepted answers"),
        rows=3,
        help_text=gettext_lazy(
            "One accepted answer per line. Upper and lower case, extra spaces and punctuation "
            "do not matter."
        ),
    )
    feedback = blocks.CharBlock(label=gettext_lazy("Feedback"), required=False, max_length=300)

    class Meta:
        icon = "edit"
        label = gettext_lazy("Blank")


class FillBlankActivityBlock(ActivityKindBlock):
    xblock_type = "pandu_fill_blank"

    question = blocks.TextBlock(
        label=gettext_lazy("Instruction"),
        rows=2,
        help_text=gettext_lazy("E.g. “Complete the sentence.”"),
    )
    text = blocks.TextBlock(
        label=gettext_lazy("Text with blanks"),
        required=False,
        rows=3,
        help_text=gettext_lazy(
            "Write ___ (three underscores) where the learner types a word. Leave empty for one "
            "answer box under the instruction."
        ),
    )
    blanks = blocks.ListBlock(
        BlankBlock(),
        label=gettext_lazy("Blanks"),
        help_text=gettext_lazy("One per ___ in the text, in the same order."),
    )
    settings = ActivitySettingsBlock()

    class Meta:
        icon = "edit"
        label = gettext_lazy("Fill in the blank")

    def authored_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "question": value.get("question") or "",
            "text": value.get("text") or "",
            "blanks": [
                {
                    "id": item_id,
                    "label": item.get("label") or "",
                    "answers": _lines(item.get("answers") or ""),
                    "feedback": item.get("feedback") or "",
                }
                for item_id, item in _items(value["blanks"])
            ],
        }


class OrderingActivityBlock(ActivityKindBlock):
    xblock_type = "pandu_ordering"

    question = blocks.TextBlock(
        label=gettext_lazy("Instruction"),
        rows=2,
        help_text=gettext_lazy("E.g. “Put the steps of activating IKD in order.”"),
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=gettext_lazy("Step"), max_length=300),
        label=gettext_lazy("Steps, in the right order"),
        help_text=gettext_lazy("Learners get them shuffled and put them back in this order."),
    )
    settings = ActivitySettingsBlock()

    class Meta:
        icon = "list-ol"
        label = gettext_lazy("Put in order")

    def authored_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "question": value.get("question") or "",
            "items": [
                {"id": item_id, "text": item or ""} for item_id, item in _items(value["items"])
            ],
        }


class PairBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=gettext_lazy("Term"), max_length=200)
    meaning = blocks.CharBlock(label=gettext_lazy("Meaning"), max_length=300)

    class Meta:
        icon = "link"
        label = gettext_lazy("Pair")


class MatchingActivityBlock(ActivityKindBlock):
    xblock_type = "pandu_matching"

    question = blocks.TextBlock(
        label=gettext_lazy("Instruction"),
        rows=2,
        help_text=gettext_lazy("E.g. “Match each app with what it is for.”"),
    )
    pairs = blocks.ListBlock(
        PairBlock(),
        label=gettext_lazy("Pairs"),
        help_text=gettext_lazy("Each term with its meaning; learners get the meanings shuffled."),
    )
    settings = ActivitySettingsBlock()

    class Meta:
        icon = "link"
        label = gettext_lazy("Matching")

    def authored_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "question": value.get("question") or "",
            "pairs": [
                {
                    "id": item_id,
                    "term": item.get("term") or "",
                    "meaning": item.get("meaning") or "",
                }
                for item_id, item in _items(value["pairs"])
            ],
        }


class HotspotBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=gettext_lazy("Label"),
        max_length=120,
        help_text=gettext_lazy(
            "What this area is, e.g. “Register button”: keyboard and screen-reader users choose "
            "it by this name."
        ),
    )
    x = blocks.FloatBlock(
        label=gettext_lazy("Left (%)"),
        min_value=0,
        max_value=100,
        help_text=gettext_lazy("Distance from the left edge, in percent of the image's width."),
    )
    y = blocks.FloatBlock(
        label=gettext_lazy("Top (%)"),
        min_value=0,
        max_value=100,
        help_text=gettext_lazy("Distance from the top edge, in percent of the image's height."),
    )
    width = blocks.FloatBlock(label=gettext_lazy("Width (%)"), min_value=0, max_value=100)
    height = blocks.FloatBlock(label=gettext_lazy("Height (%)"), min_value=0, max_value=100)
    correct = blocks.BooleanBlock(
        label=gettext_lazy("The right place to tap"),
        required=False,
        help_text=gettext_lazy("Leave unticked for a decoy area."),
    )

    class Meta:
        icon = "pick"
        label = gettext_lazy("Tap area")


class ScreenBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=gettext_lazy("Screenshot"))
    image_alt = blocks.CharBlock(
        label=gettext_lazy("Description of the screenshot"),
        max_length=300,
        help_text=gettext_lazy("What the screen shows, for people who cannot see it."),
    )
    instruction = blocks.CharBlock(
        label=gettext_lazy("Instruction"),
        max_length=300,
        help_text=gettext_lazy("What the learner must do on this screen, e.g. “Tap Register”."),
    )
    kind = blocks.ChoiceBlock(
        label=gettext_lazy("The learner must"),
        choices=[("tap", gettext_lazy("Tap an area")), ("type", gettext_lazy("Type an answer"))],
        default="tap",
    )
    hotspots = blocks.ListBlock(
        HotspotBlock(),
        label=gettext_lazy("Tap areas"),
        required=False,
        help_text=gettext_lazy(
            "For “Tap an area”: at least one right area and at least one decoy."
        ),
    )
    field_label = blocks.CharBlock(
        label=gettext_lazy("Label of the input field"),
        required=False,
        max_length=120,
        help_text=gettext_lazy("For “Type an answer”: e.g. “NIK”."),
    )
    answers = blocks.TextBlock(
        label=gettext_lazy("Accepted answers"),
        required=False,
        rows=2,
        help_text=gettext_lazy("For “Type an answer”: one accepted answer per line."),
    )
    hint = blocks.CharBlock(
        label=gettext_lazy("Hint"),
        max_length=300,
        help_text=gettext_lazy("Shown after a wrong tap or answer."),
    )
    success = blocks.CharBlock(
        label=gettext_lazy("Message when done right"),
        required=False,
        max_length=300,
    )

    class Meta:
        icon = "image"
        label = gettext_lazy("Screen")


class AppSimulationActivityBlock(ActivityKindBlock):
    xblock_type = "pandu_app_simulation"

    app_name = blocks.CharBlock(
        label=gettext_lazy("App name"),
        max_length=120,
        help_text=gettext_lazy("E.g. “Identitas Kependudukan Digital”."),
    )
    intro = blocks.TextBlock(
        label=gettext_lazy("Introduction"),
        required=False,
        rows=2,
        help_text=gettext_lazy("What the learner practises, in one or two sentences."),
    )
    screens = blocks.ListBlock(
        ScreenBlock(),
        label=gettext_lazy("Screens"),
        help_text=gettext_lazy("The screenshots, in the order the learner meets them."),
    )
    settings = ActivitySettingsBlock()

    class Meta:
        icon = "mobile-alt"
        label = gettext_lazy("App simulation")

    def authored_fields(self, value: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "app_name": value.get("app_name") or "",
            "intro": value.get("intro") or "",
            "screens": [_screen(item_id, item) for item_id, item in _items(value["screens"])],
        }


def _screen(item_id: str, screen: Mapping[str, Any]) -> dict[str, Any]:
    image = screen.get("image")
    url, width, height = "", 0, 0
    if image is not None:
        rendition = image.get_rendition(SCREENSHOT_RENDITION)
        url, width, height = rendition.url, rendition.width, rendition.height
    return {
        "id": item_id,
        "image_url": url,
        "image_width": width,
        "image_height": height,
        "image_alt": screen.get("image_alt") or "",
        "instruction": screen.get("instruction") or "",
        "kind": screen.get("kind") or "tap",
        "hotspots": [
            {
                "id": spot_id,
                "label": spot.get("label") or "",
                "x": float(spot.get("x") or 0),
                "y": float(spot.get("y") or 0),
                "width": float(spot.get("width") or 0),
                "height": float(spot.get("height") or 0),
                "correct": bool(spot.get("correct")),
            }
            for spot_id, spot in _items(screen["hotspots"])
        ],
        "field_label": screen.get("field_label") or "",
        "answers": _lines(screen.get("answers") or ""),
        "hint": screen.get("hint") or "",
        "success": screen.get("success") or "",
    }


class ActivityBlock(blocks.StreamBlock):
    """ "Interactive activity": exactly one activity of one kind."""

    multiple_choice = MultipleChoiceActivityBlock()
    fill_blank = FillBlankActivityBlock()
    ordering = OrderingActivityBlock()
    matching = MatchingActivityBlock()
    app_simulation = AppSimulationActivityBlock()

    class Meta:
        icon = "tasks"
        label = gettext_lazy("Interactive activity")
        template = "blocks/activity_block.html"
        min_num = 1
        max_num = 1

    def get_searchable_content(self, value: Any) -> list[str]:
        # The question only: accepted answers and feedback must not be found by searching.
        content: list[str] = []
        for child in value:
            for name in ("title", "question", "app_name", "intro"):
                text = child.value.get(name)
                if text:
                    content.append(str(text))
        return content


# --- Loading an activity ---------------------------------------------------------------------


class ActivityUnavailable(Exception):
    """The activity cannot be loaded: its kind may not run here, or its fields do not fit it."""


def activity_problems(kind: ActivityKindBlock, value: Mapping[str, Any]) -> list[str]:
    """What the XBlock finds wrong with this activity, in the active language (empty if nothing
    is)."""
    try:
        block = load_block(
            block_type=kind.xblock_type,
            usage_id=CHECK_USAGE_ID,
            fields=kind.xblock_fields(value),
            user_id=None,
            language=translation.get_language() or "id",
            visitor_state={},
        )
    except BlockTypeNotAllowed:
        return [_("This kind of activity is not available here.")]
    except InvalidFields:
        logger.exception("The %s activity block does not fit its XBlock", kind.xblock_type)
        return [_("This kind of activity cannot be checked. Please tell the Pandu team.")]
    problems = getattr(block, "problems", None)
    return [str(problem) for problem in problems()] if callable(problems) else []


def the_activity(value: Any) -> tuple[ActivityKindBlock, Any] | None:
    """The kind and value of the one activity in an "Interactive activity" block's value."""
    for child in value or ():
        if isinstance(child.block, ActivityKindBlock):
            return child.block, child.value
    return None


def usage_id(*, translation_key: uuid.UUID | str, block_id: str) -> str:
    return make_usage_id(translation_key=translation_key, block_id=block_id)


def activity_blocks(body: Iterable[Any]) -> list[Any]:
    """The "Interactive activity" blocks of a page body, in order."""
    return [
        child
        for child in body or ()
        if getattr(child, "block_type", None) == ACTIVITY_BLOCK_TYPE and child.id
    ]


def activity_usage_ids(*, translation_key: uuid.UUID | str, body: Iterable[Any]) -> list[str]:
    """The usage ids of the activities in a page body, in order. Pandu's activities are all
    graded."""
    return [
        usage_id(translation_key=translation_key, block_id=str(child.id))
        for child in activity_blocks(body)
    ]


def find_activity(body: Iterable[Any], block_id: str) -> Any | None:
    """The "Interactive activity" body block with this id, or None."""
    for child in activity_blocks(body):
        if str(child.id) == block_id:
            return child
    return None


def load_activity(
    value: Any,
    *,
    usage_id: str,
    user_id: int | None,
    language: str,
    visitor_state: MutableMapping[str, Any] | None = None,
) -> Any:
    """The XBlock of an "Interactive activity" block's value, for one person. Raises
    `ActivityUnavailable`."""
    found = the_activity(value)
    if found is None:
        raise ActivityUnavailable("no activity in the block")
    kind, kind_value = found
    with translation.override(language):
        fields = kind.xblock_fields(kind_value)
    try:
        return load_block(
            block_type=kind.xblock_type,
            usage_id=usage_id,
            fields=fields,
            user_id=user_id,
            language=language,
            visitor_state=visitor_state,
        )
    except (BlockTypeNotAllowed, InvalidFields) as error:
        raise ActivityUnavailable(f"{kind.xblock_type}: {error!r}") from error
