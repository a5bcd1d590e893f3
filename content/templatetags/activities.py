"""Renders an "Interactive activity" for the person reading the page.

Who that is comes from the request: `request.pandu_activity_user_id`, set by the lms as it serves
a page (a learner whose learning may be recorded), else a visitor whose answers stay in their
session (`request.session["xblock_state"]`). An editor's preview shows the activity as a new
visitor sees it and keeps nothing.

Scripts and styles are added by URL only, never inline (the public site runs under a strict
Content Security Policy), each once per page, with the first activity that needs it. The client
runtime starts the blocks once every deferred script has run, so their order does not matter.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from typing import Any

from django import template
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from content.activities import CHECK_USAGE_ID, load_activity, usage_id
from content.xblocks.runtime import CSS_MIMETYPE, JS_MIMETYPE, render_student_view

logger = logging.getLogger(__name__)
register = template.Library()

USER_ATTRIBUTE = "pandu_activity_user_id"
SESSION_KEY = "xblock_state"
# The URLs of scripts and styles already in the page being rendered.
RESOURCES_ATTRIBUTE = "_pandu_activity_resources"
# The frame around every activity (its title, the preview note).
STYLESHEET = "content/activities.css"


@dataclass(frozen=True)
class RenderedActivity:
    resources: SafeString  # <link> and <script> elements not yet in the page
    body: SafeString
    unavailable: bool = False
    preview: bool = False


def visitor_state(session: Any) -> dict[str, Any]:
    """A visitor's answers in their session (usage id -> the XBlock's state)."""
    state = session.get(SESSION_KEY)
    return state if isinstance(state, dict) else {}


def _render(
    request: HttpRequest | None, page: Any, value: Any, block_id: str | None
) -> tuple[Any, bool]:
    """The fragment of one activity for the reader (None if it cannot be shown), and whether
    this is a preview."""
    translation_key = getattr(page, "translation_key", None)
    preview = bool(getattr(request, "is_preview", False)) or not (translation_key and block_id)
    language = getattr(getattr(page, "locale", None), "language_code", None) or get_language()
    user_id = None if preview else getattr(request, USER_ATTRIBUTE, None)
    # A visitor's answers live in their session; a preview keeps nothing.
    session = None if preview or user_id is not None else getattr(request, "session", None)
    state = visitor_state(session) if session is not None else {}
    before = copy.deepcopy(state)
    try:
        where = (
            usage_id(translation_key=translation_key, block_id=str(block_id))
            if translation_key and block_id and not preview
            else CHECK_USAGE_ID
        )
        block = load_activity(
            value,
            usage_id=where,
            user_id=user_id,
            language=language or "id",
            visitor_state=state,
        )
        fragment = render_student_view(block)
    except Exception:
        # A broken activity must not take its lesson down with it.
        logger.exception("Activity %s of page %s could not be shown", block_id, page)
        return None, preview
    if session is not None and state != before:
        session[SESSION_KEY] = state
    return fragment, preview


def _resources(request: HttpRequest | None, fragments: list[Any]) -> SafeString:
    """<link> and <script> elements for the resources of `fragments` not yet in the page."""
    emitted: set[str] = set()
    if request is not None:
        emitted = getattr(request, RESOURCES_ATTRIBUTE, None) or set()
        setattr(request, RESOURCES_ATTRIBUTE, emitted)
    css: list[str] = [static(STYLESHEET)]
    js: list[str] = []
    for fragment in fragments:
        for resource in fragment.resources:
            if resource.kind != "url":
                continue
            if resource.mimetype == CSS_MIMETYPE:
                css.append(resource.data)
            elif resource.mimetype == JS_MIMETYPE:
                js.append(resource.data)
    new_css = [url for url in dict.fromkeys(css) if url not in emitted]
    new_js = [url for url in dict.fromkeys(js) if url not in emitted]
    emitted.update(new_css, new_js)
    return format_html(
        "{}{}",
        format_html_join("", '<link rel="stylesheet" href="{}">', ((url,) for url in new_css)),
        format_html_join("", '<script defer src="{}"></script>', ((url,) for url in new_js)),
    )


@register.simple_tag(takes_context=True)
def activity(
    context: template.Context, value: Any, block_id: str | None = None
) -> RenderedActivity:
    """The activity of an "Interactive activity" block (`value`, placed by body block
    `block_id`) in the page being rendered, for the person reading it."""
    request: HttpRequest | None = context.get("request")
    page = context.get("page")
    fragment, preview = _render(request, page, value, block_id)
    if fragment is None:
        return RenderedActivity(resources=SafeString(""), body=SafeString(""), unavailable=True)
    return RenderedActivity(
        resources=_resources(request, [fragment]),
        # The runtime wraps what the block's own view escaped: that is the XBlock contract.
        body=mark_safe(fragment.body_html()),  # noqa: S308
        preview=preview,
    )
