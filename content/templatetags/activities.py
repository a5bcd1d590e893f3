"""Renders an "Interactive activity" for the person reading the page.

Who that is comes from the request: `request.pandu_activity_user_id`, set by the lms as it serves
a page (a learner whose learning may be recorded), else a visitor whose answers stay in their
session (`request.session["xblock_state"]`). An editor's preview shows the activity as a new
visitor sees it and keeps nothing.

Scripts and styles are added by URL only, never inline (the public site runs under a strict
Content Security Policy), each once per page, all of them with the page's first activity: the
first activity renders every activity of the page body, so that the client runtime's script comes
after the scripts of every kind of activity on the page (deferred scripts run in document order,
and the runtime starts the blocks whose scripts have run).
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

from content.activities import CHECK_USAGE_ID, activity_blocks, load_activity, usage_id
from content.xblocks.runtime import CLIENT_RUNTIME, CSS_MIMETYPE, JS_MIMETYPE, render_student_view

logger = logging.getLogger(__name__)
register = template.Library()

USER_ATTRIBUTE = "pandu_activity_user_id"
SESSION_KEY = "xblock_state"
# What this request has rendered: the activities of the page, the URLs already in the page.
RENDERED_ATTRIBUTE = "_pandu_activities"
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
    """<link> and <script> elements for the resources of `fragments` not yet in the page: the
    styles, then the activities' scripts, then the client runtime's."""
    emitted: set[str] = set()
    if request is not None:
        emitted = getattr(request, RESOURCES_ATTRIBUTE, None) or set()
        setattr(request, RESOURCES_ATTRIBUTE, emitted)
    runtime_url = static(f"content/xblock/{CLIENT_RUNTIME}")
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
    js.sort(key=lambda url: url == runtime_url)
    new_css = [url for url in dict.fromkeys(css) if url not in emitted]
    new_js = [url for url in dict.fromkeys(js) if url not in emitted]
    emitted.update(new_css, new_js)
    return format_html(
        "{}{}",
        format_html_join("", '<link rel="stylesheet" href="{}">', ((url,) for url in new_css)),
        format_html_join("", '<script defer src="{}"></script>', ((url,) for url in new_js)),
    )


def _page_activities(
    request: HttpRequest, page: Any, value: Any, block_id: str | None
) -> dict[str, tuple[Any, bool]]:
    """Every activity of the page body rendered once per request (with this one, if it is not in
    the body), by block id."""
    rendered: dict[str, tuple[Any, bool]] | None = getattr(request, RENDERED_ATTRIBUTE, None)
    if rendered is None:
        rendered = {}
        setattr(request, RENDERED_ATTRIBUTE, rendered)
        for child in activity_blocks(getattr(page, "body", None) or ()):
            rendered[str(child.id)] = _render(request, page, child.value, str(child.id))
    if str(block_id) not in rendered:
        rendered[str(block_id)] = _render(request, page, value, block_id)
    return rendered


@register.simple_tag(takes_context=True)
def activity(
    context: template.Context, value: Any, block_id: str | None = None
) -> RenderedActivity:
    """The activity of an "Interactive activity" block (`value`, placed by body block
    `block_id`) in the page being rendered, for the person reading it."""
    request: HttpRequest | None = context.get("request")
    page = context.get("page")
    if request is None or not block_id:
        fragment, preview = _render(request, page, value, block_id)
        fragments = [fragment] if fragment is not None else []
    else:
        rendered = _page_activities(request, page, value, block_id)
        fragment, preview = rendered[str(block_id)]
        fragments = [found for found, _preview in rendered.values() if found is not None]
    if fragment is None:
        return RenderedActivity(resources=SafeString(""), body=SafeString(""), unavailable=True)
    return RenderedActivity(
        resources=_resources(request, fragments),
        # The runtime wraps what the block's own view escaped: that is the XBlock contract.
        body=mark_safe(fragment.body_html()),  # noqa: S308
        preview=preview,
    )
