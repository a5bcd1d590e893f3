"""The API's one error shape: `{"detail": "…", "code": "…"}` in the user's language, with `errors`
listing the fields when the input did not validate. Every exception an endpoint can meet is turned
into it here; nothing a client sends gives a 500."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

logger = logging.getLogger(__name__)

# Validation errors answer 400 (not ninja's 422): one status for every kind of bad input, whether
# the body is not JSON or a field is wrong; `code` says which.
VALIDATION_STATUS = 400


class FieldError(Schema):
    field: str | None
    detail: str


class Error(Schema):
    detail: str
    code: str
    errors: list[FieldError] | None = None


class ApiError(Exception):
    """Raised by endpoints and authentication; answered as `{"detail", "code"}`."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        errors: list[dict[str, str | None]] | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
        super().__init__(code, detail)


class BatchTooLarge(Exception):
    """A list in the body is longer than the endpoint accepts. Raised from a pydantic validator
    before the items are validated: pydantic passes exceptions other than ValueError through, so
    the request is refused with 413 without validating thousands of items."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(limit)


def error_body(
    code: str, detail: str, errors: list[dict[str, str | None]] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"detail": detail, "code": code}
    if errors is not None:
        body["errors"] = errors
    return body


def error_response(status: int, code: str, detail: str) -> JsonResponse:
    """The error shape for answers made outside ninja (unknown API addresses, wrong methods)."""
    return JsonResponse(error_body(code, detail), status=status)


def not_authenticated_message() -> str:
    return _("Log in first: send your session cookie or an Authorization: Bearer token.")


def field_message(error: Mapping[str, Any]) -> str:
    """A pydantic error in the user's language. Pydantic's own messages are English only."""
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind == "missing" or (kind == "string_too_short" and context.get("min_length") == 1):
        return _("This field is required.")
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return _("Enter a whole number.")
    if kind in {"greater_than_equal", "greater_than"}:
        limit = context.get("ge", context.get("gt"))
        return _("Enter a number of at least %(limit)s.") % {"limit": limit}
    if kind in {"less_than_equal", "less_than"}:
        limit = context.get("le", context.get("lt"))
        return _("Enter a number of at most %(limit)s.") % {"limit": limit}
    if kind in {"uuid_parsing", "uuid_type", "uuid_version"}:
        return _("Enter a UUID, e.g. 0b8f4a4e-7f2c-4d5b-9a1e-3c6d2e1f0a9b.")
    if kind == "timezone_aware":
        return _("Give the time with its offset, e.g. 2026-11-20T09:30:00+08:00.")
    if kind.startswith(("datetime_", "date_", "time_")):
        return _("Enter a date and time in ISO 8601, e.g. 2026-11-20T09:30:00+08:00.")
    if kind in {"literal_error", "enum"}:
        choices = re.findall(r"'([^']*)'", str(context.get("expected", "")))
        return _("Choose one of: %(choices)s.") % {"choices": ", ".join(choices)}
    if kind in {"string_type", "string_unicode"}:
        return _("Enter text.")
    if kind == "string_too_long":
        return _("Enter at most %(limit)s characters.") % {"limit": context.get("max_length")}
    if kind == "string_too_short":
        return _("Enter at least %(limit)s characters.") % {"limit": context.get("min_length")}
    if kind in {"list_type", "tuple_type"}:
        return _("Send a list.")
    if kind in {"model_type", "model_attributes_type", "dict_type", "dataclass_type"}:
        return _("Send a JSON object.")
    if kind == "too_long":
        return _("Send at most %(limit)s items.") % {"limit": context.get("max_length")}
    if kind == "extra_forbidden":
        return _("This field is not known.")
    if kind == "bool_parsing" or kind == "bool_type":
        return _("Enter true or false.")
    return _("This value is not valid.")


def field_name(location: Sequence[Any]) -> str | None:
    """`course_id`, `events.3.id`; None for the body as a whole."""
    return ".".join(str(part) for part in location) or None


def field_errors(
    errors: Sequence[Mapping[str, Any]], *, source_prefixed: bool = False
) -> list[dict[str, str | None]]:
    """Pydantic's errors as `[{"field", "detail"}]`, each field named once. Ninja prefixes each
    location with the source (body, query, path) and, for a body, the name of the endpoint's
    parameter (`source_prefixed`): neither is a field the client sent."""
    found: dict[str | None, str] = {}
    for error in errors:
        location = list(error.get("loc", ()))
        if source_prefixed:
            source = location.pop(0) if location else ""
            if source == "body" and location:
                location.pop(0)
        found.setdefault(field_name(location), field_message(error))
    return [{"field": name, "detail": detail} for name, detail in found.items()]


ExcT = TypeVar("ExcT", bound=Exception)


def _handle(
    api: NinjaAPI, exc_class: type[ExcT], handler: Callable[[HttpRequest, ExcT], HttpResponse]
) -> None:
    # Ninja's annotation allows a handler to be given the exception class; it only ever passes
    # the instance it caught.
    api.add_exception_handler(exc_class, handler)  # type: ignore[arg-type]


def install_error_handlers(api: NinjaAPI) -> None:
    def respond(
        request: HttpRequest,
        status: int,
        code: str,
        detail: str,
        errors: list[dict[str, str | None]] | None = None,
    ) -> HttpResponse:
        response = api.create_response(request, error_body(code, detail, errors), status=status)
        if status == 401:
            response["WWW-Authenticate"] = 'Bearer realm="api"'
        return response

    def on_api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return respond(request, exc.status, exc.code, exc.detail, exc.errors)

    def on_validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        return respond(
            request,
            VALIDATION_STATUS,
            "invalid",
            _("Some of what was sent is not valid: see the fields listed."),
            field_errors(exc.errors, source_prefixed=True),
        )

    def on_batch_too_large(request: HttpRequest, exc: BatchTooLarge) -> HttpResponse:
        message = _("Send at most %(limit)s items at a time.") % {"limit": exc.limit}
        return respond(request, 413, "batch_too_large", message)

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if isinstance(exc, AuthenticationError):
            return respond(request, 401, "not_authenticated", not_authenticated_message())
        if exc.status_code == 400:
            # Ninja's only 400 is "Cannot parse request body".
            return respond(request, 400, "invalid_json", _("The request body is not valid JSON."))
        if exc.status_code == 429:
            message = _("Too many requests: wait a little.")
            return respond(request, 429, "too_many_requests", message)
        return respond(request, exc.status_code, "error", str(exc))

    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, 404, "not_found", not_found_message())

    def on_permission_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return respond(request, 403, "forbidden", forbidden_message())

    def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return respond(request, 413, "request_too_large", _("The request is too large."))

    def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.error("API error on %s %s", request.method, request.path, exc_info=exc)
        return respond(request, 500, "server_error", server_error_message())

    _handle(api, ApiError, on_api_error)
    _handle(api, NinjaValidationError, on_validation_error)
    _handle(api, BatchTooLarge, on_batch_too_large)
    _handle(api, HttpError, on_http_error)
    _handle(api, Http404, on_not_found)
    _handle(api, PermissionDenied, on_permission_denied)
    _handle(api, RequestDataTooBig, on_too_big)
    _handle(api, Exception, on_unexpected)


def not_found_message() -> str:
    return _("Not found, or not visible to you.")


def forbidden_message() -> str:
    return _("You may not do this.")


def csrf_message() -> str:
    return _("The CSRF check failed: send the X-CSRFToken header with the csrftoken cookie.")


def server_error_message() -> str:
    return _("Something went wrong on our side. Please try again later.")


def method_not_allowed_message() -> str:
    return _("This address does not accept this method.")
