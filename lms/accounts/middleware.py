"""The admin's door: one login page for everyone, and a second factor for staff when the
setting PANDU_REQUIRE_MFA_FOR_STAFF asks for it. And a page that explains a rate limit, where
allauth would otherwise let its RateLimited exception through (e.g. a code asked for again too
soon while signing up)."""

from __future__ import annotations

from collections.abc import Callable

from allauth.core.exceptions import RateLimited
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .permissions import must_set_up_mfa
from .views import too_many_requests

ADMIN_PREFIX = "/admin/"
# Wagtail's own login page checks only the password, so it would skip the second factor.
ADMIN_LOGIN = "/admin/login/"


class AccountsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path == ADMIN_LOGIN:
            target = reverse("account_login")
            next_url = request.GET.get(REDIRECT_FIELD_NAME)
            if next_url:
                target += "?" + urlencode({REDIRECT_FIELD_NAME: next_url})
            return HttpResponseRedirect(target)
        if path.startswith(ADMIN_PREFIX) and must_set_up_mfa(request.user):
            messages.warning(
                request,
                _(
                    "The admin holds people's personal data, so it needs two-step sign-in. "
                    "Set it up once with an authenticator app on your phone; then continue to "
                    "the admin."
                ),
            )
            # The page of recovery codes that ends the set-up leads on to the admin.
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, RateLimited):
            return too_many_requests(request)
        return None
