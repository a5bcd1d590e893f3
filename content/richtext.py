"""Rich text as readers get it: sanitised when it is shown, not only when it is written.

Wagtail's editor keeps only what a field's features allow, but its ``richtext`` filter shows the
stored HTML as it is. A value that reached the database another way (a fixture, a JSON body sent
to a service, a translation imported by wagtail-localize, an edit in the database) could carry a
``<script>``, an ``on…`` attribute, a ``javascript:`` link, an ``<iframe>`` or a ``style``. So the
lesson blocks' templates render rich text through ``render_rich_text``: the stored HTML with its
page and document links expanded, then cleaned by Wagtail's whitelister with the rules the editor
applies for the field's features.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.rich_text.converters.editor_html import BASE_WHITELIST_RULES, WhitelistRule
from wagtail.rich_text import RichText, expand_db_html
from wagtail.rich_text import features as feature_registry
from wagtail.whitelist import Whitelister, attribute_rule, check_url

# Dropped with all they hold, rather than unwrapped like other unknown elements: their content is
# code or markup, not text for a reader.
DROPPED_ELEMENTS = frozenset(
    {
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "template",
        "noscript",
        "svg",
        "math",
        "textarea",
        "select",
        "title",
        "head",
    }
)
# Features whose expanded form is an <a href>: a page, a document or another address.
LINK_FEATURES = frozenset({"link", "document-link"})


class _ReaderWhitelister(Whitelister):
    def __init__(self, element_rules: dict[str, Any]) -> None:
        self.element_rules = element_rules

    def clean_tag_node(self, doc: Any, tag: Any) -> None:
        if tag.name in DROPPED_ELEMENTS:
            tag.decompose()
            return
        super().clean_tag_node(doc, tag)


@functools.cache
def _whitelister(features: tuple[str, ...]) -> _ReaderWhitelister:
    rules: dict[str, Any] = dict(BASE_WHITELIST_RULES)
    for feature in features:
        for rule in feature_registry.get_converter_rule("editorhtml", feature) or []:
            if isinstance(rule, WhitelistRule):
                rules[rule.element] = rule.handler
    if LINK_FEATURES.intersection(features):
        rules["a"] = attribute_rule({"href": check_url})
    return _ReaderWhitelister(rules)


def sanitise_html(html: str, *, features: Iterable[str]) -> str:
    """`html` with only the elements and attributes that `features` allow in the editor."""
    return _sanitised(html, tuple(features))


# Parsing takes about 2 ms for ten paragraphs, and every view of a lesson shows the same blocks:
# a process keeps the last 1,024 results (a megabyte or two for blocks of the usual size).
@functools.lru_cache(maxsize=1024)
def _sanitised(html: str, features: tuple[str, ...]) -> str:
    cleaned: str = _whitelister(features).clean(html)
    return cleaned


def render_rich_text(value: RichText | str | None, *, features: Iterable[str]) -> SafeString:
    """A rich text value (a RichTextBlock's, or its stored HTML) as HTML for a reader."""
    source = value.source if isinstance(value, RichText) else (value or "")
    html = sanitise_html(expand_db_html(source), features=features)
    return mark_safe(html)  # noqa: S308 - sanitised just above
