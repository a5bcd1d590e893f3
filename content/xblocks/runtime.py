"""Pandu's XBlock runtime, and the few functions the lms calls to use it.

    block = load_block(block_type=…, usage_id=…, fields=…, user_id=…, language=…)
    fragment = render_student_view(block, context={})
    response = handle(block, handler_name, webob_request)      # or handle_django_request(…)

A runtime serves one person (a learner, or a visitor without an account) in one language, for one
request. Blocks get their content and settings from the caller (the lesson's StreamField block
value, a dict), and their learner state from the database (`content.models`), so a handler call
that reaches a fresh process, or another server, finds everything it needs.

What the runtime promises the page around it:
- every fragment references its JavaScript and CSS by URL, served from the block's package by
  `content.views.xblock_resource` with long cache lifetimes; inline scripts and styles are
  refused (the public site runs under a strict Content Security Policy), unless the setting
  PANDU_XBLOCK_ALLOW_INLINE_RESOURCES allows them for xblock-sdk's sample blocks in development;
- a fragment with JavaScript starts with Pandu's small client runtime (`content/static/content/
  xblock/runtime.js`), which calls each block's JavaScript initialiser with a runtime whose
  `handlerUrl()` builds the block's handler URLs;
- handler URLs follow the setting PANDU_XBLOCK_HANDLER_URL, a path with ``{usage_id}``,
  ``{handler}`` and optionally ``{language}`` (the lms endpoint's route: the runtime's language,
  so the endpoint loads the same language's copy of the lesson), followed by ``/<suffix>`` and
  ``?<query>`` if given;
- grades and completions become the `content.signals.activity_scored` signal.
"""

from __future__ import annotations

import json
import logging
import math
import uuid
from collections.abc import Mapping, MutableMapping
from typing import Any
from urllib.parse import quote

import webob
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from web_fragments.fragment import Fragment
from xblock.django.request import django_to_webob_request, webob_to_django_response
from xblock.exceptions import NoSuchHandlerError, NoSuchUsage
from xblock.fields import ScopeIds
from xblock.runtime import NullI18nService, Runtime

from content.signals import activity_scored

from . import registry
from .field_data import (
    AUTHORED_SCOPES,
    LearnerStateStore,
    PanduFieldData,
    SummaryStore,
    VisitorStateStore,
)
from .ids import PanduIdManager, parse_usage_id
from .resources import resource_version

logger = logging.getLogger(__name__)

DEFAULT_HANDLER_URL = "/api/v1/xblock/{language}/{usage_id}/handler/{handler}"
CLIENT_RUNTIME = "runtime.js"
JS_MIMETYPE = "application/javascript"
CSS_MIMETYPE = "text/css"
# Names the lms's progress events after one learner's submission in one activity.
EVENT_NAMESPACE = uuid.UUID("8f5d0f5e-3c1b-4f7a-9d36-0b6a2f1c7e42")


class XBlockRuntimeError(Exception):
    """Base of the errors this module raises on purpose."""


class InvalidFields(XBlockRuntimeError, ValueError):
    """The authored fields handed to `load_block` name something the block does not author."""


class InlineResourceError(XBlockRuntimeError):
    """A fragment carries an inline script or style, which a strict CSP would block."""


class NoSuchHandler(XBlockRuntimeError, LookupError):
    """The block has no handler of that name."""


class DjangoI18nService(NullI18nService):
    """The `i18n` service: Django's translations in the runtime's language (active while the
    runtime renders or handles)."""

    def __init__(self) -> None:
        super().__init__()
        self._translations = translation

    def gettext(self, message: str) -> str:
        return translation.gettext(message)

    def ngettext(self, singular: str, plural: str, number: int) -> str:
        return translation.ngettext(singular, plural, number)

    def pgettext(self, context: str, message: str) -> str:
        return translation.pgettext(context, message)

    @property
    def ugettext(self) -> Any:
        return self.gettext

    @property
    def ungettext(self) -> Any:
        return self.ngettext


class PanduRuntime(Runtime):
    """An XBlock runtime for one person and one language. `user_id` None is a visitor without an
    account: their state lives in `visitor_state` (e.g. their session), and their results send no
    signal."""

    def __init__(
        self,
        *,
        user_id: int | None,
        language: str,
        visitor_state: MutableMapping[str, Any] | None = None,
    ) -> None:
        self._user_id = user_id
        self.language = language
        self._authored: dict[str, dict[str, Any]] = {}
        self._block_types: dict[str, str] = {}
        self._learner_state: LearnerStateStore | None = None
        if user_id is None:
            user_store: LearnerStateStore | VisitorStateStore = VisitorStateStore(
                visitor_state if visitor_state is not None else {}
            )
        else:
            user_store = self._learner_state = LearnerStateStore(user_id)
        field_data = PanduFieldData(
            authored=self._authored, user_state=user_store, summary=SummaryStore()
        )
        ids = PanduIdManager(self._block_types)
        super().__init__(
            id_reader=ids,
            id_generator=ids,
            services={"field-data": field_data, "i18n": DjangoI18nService()},
        )

    # The base class's user_id is a deprecated, warning property; blocks may still read it.
    @property
    def user_id(self) -> int | None:
        return self._user_id

    @user_id.setter
    def user_id(self, value: int | None) -> None:
        raise AttributeError("A PanduRuntime serves one person: make another.")

    # --- Blocks -----------------------------------------------------------------------------

    def load(self, *, block_type: str, usage_id: str, fields: Mapping[str, Any]) -> Any:
        """The block of type `block_type` at `usage_id`, with its authored content and settings
        `fields` (the lesson's StreamField block value)."""
        block_class = registry.load_block_class(block_type)
        parse_usage_id(usage_id)
        authored = {
            name for name, field in block_class.fields.items() if field.scope in AUTHORED_SCOPES
        }
        unknown = sorted(set(fields) - authored)
        if unknown:
            raise InvalidFields(f"{block_type} does not author {', '.join(unknown)}")
        self._authored[usage_id] = dict(fields)
        self._block_types[usage_id] = block_type
        scope_ids = ScopeIds(self._user_id, block_type, usage_id, usage_id)
        return self.construct_xblock_from_class(block_class, scope_ids)

    def load_block_type(self, block_type: str) -> Any:
        return registry.load_block_class(block_type)

    def get_block(self, usage_id: str, for_parent: Any = None) -> Any:
        """A block already loaded into this runtime: Pandu's blocks have no children, and a block's
        content comes from its lesson, through `load`."""
        if usage_id not in self._authored:
            raise NoSuchUsage(repr(usage_id))
        block_type = self._block_types[usage_id]
        scope_ids = ScopeIds(self._user_id, block_type, usage_id, usage_id)
        return self.construct_xblock(block_type, scope_ids, for_parent=for_parent)

    def applicable_aside_types(self, block: Any) -> list[str]:
        return []

    def parse_xml_file(self, fileobj: Any) -> Any:
        raise NotImplementedError("Pandu's activities are authored in Wagtail, not OLX.")

    def add_node_as_child(self, block: Any, node: Any) -> None:
        raise NotImplementedError("Pandu's activities are authored in Wagtail, not OLX.")

    def lock_learner_state(self, block: Any) -> None:
        """Read the learner's state in `block` again, locked until the transaction ends. Fields
        the caller read before are forgotten, so the handler sees the locked row."""
        if self._learner_state is None:
            return
        if block._get_fields_to_save():
            raise XBlockRuntimeError("Hand a freshly loaded block to handle(): it has changes.")
        self._learner_state.lock(
            usage_id=block.scope_ids.usage_id, block_type=block.scope_ids.block_type
        )
        block._clear_dirty_fields()
        block._field_data_cache.clear()

    # --- URLs -------------------------------------------------------------------------------

    def handler_url(
        self,
        block: Any,
        handler_name: str,
        suffix: str = "",
        query: str = "",
        thirdparty: bool = False,
    ) -> str:
        if thirdparty:
            raise NotImplementedError("Pandu has no handlers for callers without a session.")
        handler = getattr(block, handler_name, None)
        if not getattr(handler, "_is_xblock_handler", False):
            raise ValueError(f"{handler_name!r} is not a handler of {block.scope_ids.block_type}")
        url = handler_url_template(block.scope_ids.usage_id, self.language).replace(
            "{handler}", quote(handler_name, safe="")
        )
        if suffix:
            url += "/" + quote(suffix.lstrip("/"), safe="/")
        if query:
            url += ("&" if "?" in url else "?") + query
        return url

    def resource_url(self, resource: str) -> str:
        """A file of the runtime itself, among the content app's static files."""
        return static(f"content/xblock/{resource}")

    def local_resource_url(self, block: Any, uri: str) -> str:
        block_type = block.scope_ids.block_type
        block_class = registry.load_block_class(block_type)
        return reverse(
            "content:xblock_resource",
            kwargs={
                "block_type": block_type,
                "version": resource_version(block_class, uri),
                "path": uri,
            },
        )

    # --- Events -----------------------------------------------------------------------------

    def publish(self, block: Any, event_type: str, event_data: Mapping[str, Any]) -> None:
        if event_type not in ("grade", "completion"):
            logger.debug("XBlock event %s from %s", event_type, block.scope_ids.usage_id)
            return
        if self._user_id is None:
            return
        score, max_score = _score(event_type, event_data)
        usage_id = block.scope_ids.usage_id
        key = parse_usage_id(usage_id)
        submission_id = event_data.get("submission_id")
        event_id = (
            uuid.uuid5(EVENT_NAMESPACE, f"{self._user_id}:{usage_id}:{submission_id}")
            if submission_id
            else uuid.uuid4()
        )
        activity_scored.send(
            sender=getattr(type(block), "unmixed_class", type(block)),
            user_id=self._user_id,
            usage_id=usage_id,
            lesson_key=key.translation_key,
            block_id=key.block_id,
            block_type=block.scope_ids.block_type,
            event_type=event_type,
            score=score,
            max_score=max_score,
            event_id=event_id,
        )

    # --- Rendering --------------------------------------------------------------------------

    def wrap_xblock(self, block: Any, view: str, frag: Any, context: Any) -> Any:
        """The element the client runtime looks for: what to call, with which arguments (as a
        data attribute, not a script), and where the block's handlers are."""
        block_type = block.scope_ids.block_type
        usage_id = block.scope_ids.usage_id
        wrapped = Fragment()
        init = {}
        if frag.js_init_fn:
            wrapped.add_javascript_url(self.resource_url(CLIENT_RUNTIME))
            init = {
                "init": frag.js_init_fn,
                "runtime_version": frag.js_init_version,
                "args": json.dumps(getattr(frag, "json_init_args", None) or {}),
            }
        wrapped.add_content(
            format_html(
                '<div class="xblock xblock-v1 xblock-v1-{view} xblock-{css_type}" lang="{lang}"'
                ' data-usage-id="{usage_id}" data-block-type="{block_type}"'
                ' data-handler-url="{handler_url}"{init}>{body}</div>',
                view=view,
                css_type=block_type.replace(".", "-"),
                lang=self.language,
                usage_id=usage_id,
                block_type=block_type,
                handler_url=handler_url_template(usage_id, self.language),
                init=format_html(
                    ' data-init="{init}" data-runtime-version="{runtime_version}"'
                    ' data-init-args="{args}"',
                    **init,
                )
                if init
                else "",
                body=_safe(frag.body_html()),
            )
        )
        wrapped.add_fragment_resources(frag)
        return wrapped


def handler_url_template(usage_id: str, language: str) -> str:
    """The handler URL of `usage_id` in `language` with ``{handler}`` still to fill in (the
    client runtime fills it in too)."""
    template = getattr(settings, "PANDU_XBLOCK_HANDLER_URL", DEFAULT_HANDLER_URL)
    return (
        str(template)
        .replace("{usage_id}", quote(usage_id, safe=":"))
        .replace("{language}", quote(language, safe=""))
    )


# --- The API of the lms ---------------------------------------------------------------------


def load_block(
    *,
    block_type: str,
    usage_id: str,
    fields: Mapping[str, Any],
    user_id: int | None,
    language: str,
    visitor_state: MutableMapping[str, Any] | None = None,
) -> Any:
    """Load an activity for one person. Raises `registry.BlockTypeNotAllowed` for a type that may
    not run here, `ids.InvalidUsageId` for a malformed usage id, `InvalidFields` for fields the
    block does not author. Nothing is written."""
    runtime = PanduRuntime(user_id=user_id, language=language, visitor_state=visitor_state)
    return runtime.load(block_type=block_type, usage_id=usage_id, fields=fields)


def render_student_view(block: Any, context: Mapping[str, Any] | None = None) -> Fragment:
    """The learner's view of `block`: HTML whose scripts and styles are all URLs (add them to the
    page from `fragment.resources`, in order). May save the learner's state (e.g. a new attempt's
    shuffled options)."""
    runtime: PanduRuntime = block.runtime
    with translation.override(runtime.language):
        fragment = runtime.render(block, "student_view", dict(context or {}))
    _check_resources(block, fragment)
    return fragment


def handle(
    block: Any, handler_name: str, request: webob.Request, suffix: str = ""
) -> webob.Response:
    """Run a handler of `block` for the runtime's person. The caller (the lms endpoint) has
    already checked who they are, the CSRF token and that they may open the lesson.

    Runs in one transaction that first locks the learner's state row: two calls for one learner
    and one activity take turns, and what the handler changes, and what receivers of
    `activity_scored` write, are saved together or not at all. Raises `NoSuchHandler`."""
    runtime: PanduRuntime = block.runtime
    with translation.override(runtime.language), transaction.atomic():
        runtime.lock_learner_state(block)
        try:
            response: webob.Response = runtime.handle(block, handler_name, request, suffix)
        except NoSuchHandlerError as error:
            raise NoSuchHandler(handler_name) from error
    return response


def handle_django_request(
    block: Any, handler_name: str, request: HttpRequest, suffix: str = ""
) -> HttpResponse:
    """`handle` for a Django request, answered with a Django response."""
    response = handle(block, handler_name, django_to_webob_request(request), suffix)
    django_response: HttpResponse = webob_to_django_response(response)
    return django_response


def _score(event_type: str, event_data: Mapping[str, Any]) -> tuple[float, float]:
    if event_type == "completion":
        completion = float(event_data["completion"])
        if not 0 <= completion <= 1:
            raise ValueError(f"completion must be from 0 to 1, not {completion}")
        return completion, 1.0
    value, max_value = float(event_data["value"]), float(event_data["max_value"])
    if not (math.isfinite(value) and math.isfinite(max_value)) or max_value <= 0:
        raise ValueError(f"a grade needs a positive max_value, not {max_value}")
    if not 0 <= value <= max_value:
        raise ValueError(f"a grade's value must be from 0 to {max_value}, not {value}")
    return value / max_value, max_value


def _check_resources(block: Any, fragment: Fragment) -> None:
    if getattr(settings, "PANDU_XBLOCK_ALLOW_INLINE_RESOURCES", False):
        return
    for resource in fragment.resources:
        if resource.kind != "url" or resource.mimetype not in (JS_MIMETYPE, CSS_MIMETYPE):
            raise InlineResourceError(
                f"{block.scope_ids.block_type} adds an inline {resource.mimetype} resource:"
                " serve it from the block's package with local_resource_url()."
            )


def _safe(html: str) -> SafeString:
    # The block's own view made this HTML, escaping what it was given: that is the XBlock contract.
    return mark_safe(html)  # noqa: S308
