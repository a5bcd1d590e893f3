"""``{{ value|clean_richtext:"text" }}``: a lesson block's rich text, sanitised for the reader with
the editor's rules for that block's features (see content/richtext.py). Every template that shows
rich text uses it instead of Wagtail's ``richtext`` filter."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString
from wagtail.rich_text import RichText

from content.blocks import RICH_TEXT_FEATURES, SHORT_TEXT_FEATURES
from content.richtext import render_rich_text

register = template.Library()

# The feature sets of the lesson blocks' rich text fields, by the name templates give them.
FEATURE_SETS = {"text": RICH_TEXT_FEATURES, "short": SHORT_TEXT_FEATURES}


@register.filter
def clean_richtext(value: RichText | str | None, features: str = "text") -> SafeString:
    return render_rich_text(value, features=FEATURE_SETS[features])
