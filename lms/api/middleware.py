"""The API lives outside `i18n_patterns` (/api/v1/, not /id/…): Django's LocaleMiddleware needs to
know it."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseBase
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .errors import (
    error_response,
    forbidden_message,
    method_not_allowed_message,
    not_found_message,
    server_error_message,
)

API_PREFIX = "/api/"
# Also outside the language prefix, answered in JSON: issuers' profiles, keys and revocation lists.
JSON_PREFIXES = (API_PREFIX, "/credentials/")


def is_api_request(request: HttpRequest) -> bool:
    return request.path_info.startswith(JSON_PREFIXES)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware (it replaces it in MIDDLEWARE). The language of an API answer is
    chosen as for any address outside `i18n_patterns`: the language chosen on the site (its
    cookie), else the Accept-Language header, else Indonesian. Two differences for the API:

    - a 404 is never redirected to a language-prefixed page address (Django would send
      `/api/v1/courses/999` to `/id/api/v1/courses/999/`, which Wagtail then claims);
    - answers made outside the API's handlers — an unknown address, a method the address does not
      accept, a crash in a middleware — are given in the API's error shape, not as HTML.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not is_api_request(request):
            return super().process_response(request, response)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            allow = response.get("Allow")
            response = _as_api_error(response.status_code)
            if allow:
                response["Allow"] = allow
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


def _as_api_error(status: int) -> HttpResponseBase:
    if status == 404:
        return error_response(404, "not_found", not_found_message())
    if status == 405:
        return error_response(405, "method_not_allowed", method_not_allowed_message())
    if status == 403:
        return error_response(403, "forbidden", forbidden_message())
    if status >= 500:
        return error_response(status, "server_error", server_error_message())
    return error_response(status, "bad_request", _bad_request_message())


def _bad_request_message() -> str:
    return translation.gettext("The request could not be understood.")
