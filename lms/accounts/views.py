"""The profile page, and a password reset by SMS for people who signed up with a mobile number.
Views parse, check, call a service and render."""

from __future__ import annotations

import hmac
import time
from typing import Any

from allauth.account import signals as allauth_signals
from allauth.account.adapter import get_adapter
from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import services
from .forms import LoginCodeForm, PhoneResetForm, PhoneResetRequestForm, ProfileForm
from .models import User
from .permissions import can_edit_profile
from .selectors import profile_summary

# A code sent by SMS to reset a password: how long it holds and how many tries it allows.
PHONE_RESET_SESSION_KEY = "pandu_phone_reset"
PHONE_RESET_TIMEOUT = 15 * 60
PHONE_RESET_MAX_ATTEMPTS = 3


@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not can_edit_profile(user):
        return redirect_to_login(request.get_full_path())
    assert isinstance(user, User)  # noqa: S101 - can_edit_profile checked it
    if request.method == "POST":
        form = ProfileForm(request.POST, user=user)
        if form.is_valid():
            data = form.cleaned_data
            services.user_profile_update(
                user=user,
                full_name=data["full_name"],
                birth_year=data["birth_year"],
                adult_confirmed=data["adult_confirmed"],
                kecamatan=data["kecamatan"],
                kelurahan=data["kelurahan"],
                preferred_language=data["preferred_language"],
            )
            return _saved_in_language(request, data["preferred_language"])
        status = 400
    else:
        form = ProfileForm(user=user)
        status = 200
    context = {
        "form": form,
        "summary": profile_summary(user=user),
        "ambiguous_year": form.ambiguous_year(),
    }
    return render(request, "account/profile.html", context, status=status)


def _saved_in_language(request: HttpRequest, language: str) -> HttpResponse:
    """Back to the profile, now in the language the person chose, which is also remembered for
    the pages without a language in their address."""
    url = translate_url(request.path, language)
    with translation.override(language):
        messages.success(request, _("Your profile is saved."))
    response = HttpResponseRedirect(url)
    language_cookie_set(response, language)
    return response


def language_cookie_set(response: HttpResponseBase, language: str) -> None:
    """As Django's set_language view remembers a choice of language."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


# --- Forgot the password, signed up with a mobile number ----------------------------------------
@require_http_methods(["GET", "POST"])
def phone_reset_request(request: HttpRequest) -> HttpResponse:
    form = PhoneResetRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            phone = form.cleaned_data["phone"]
            if not ratelimit.consume(request, action="reset_password", key=phone):
                form.add_error(
                    None, _("Too many requests for a code. Wait a few minutes and try again.")
                )
            else:
                _phone_reset_start(request, phone)
                return HttpResponseRedirect(reverse("accounts:phone_reset_confirm"))
        status = 400
    return render(request, "account/phone_reset_request.html", {"form": form}, status=status)


def _phone_reset_start(request: HttpRequest, phone: str) -> None:
    """Send a code if an account has this number. The next page looks the same either way, so
    that nobody learns from it whether a number uses Pandu."""
    adapter = get_adapter(request)
    user = adapter.get_user_by_phone(phone)
    state: dict[str, Any] = {"phone": phone, "at": time.time(), "attempts": 0}
    if isinstance(user, User) and user.is_active:
        code = adapter.generate_phone_verification_code(user=user, phone=phone)
        state.update(user_id=user.pk, code=code)
        services.user_password_reset_code_send(user=user, phone=phone, code=code)
    request.session[PHONE_RESET_SESSION_KEY] = state


@require_http_methods(["GET", "POST"])
def phone_reset_confirm(request: HttpRequest) -> HttpResponse:
    state: dict[str, Any] | None = request.session.get(PHONE_RESET_SESSION_KEY)
    if not state or time.time() - state["at"] > PHONE_RESET_TIMEOUT:
        request.session.pop(PHONE_RESET_SESSION_KEY, None)
        messages.error(request, _("That code has expired. Ask for a new one."))
        return HttpResponseRedirect(reverse("accounts:phone_reset"))
    user_id = state.get("user_id")
    user = User.objects.filter(pk=user_id, is_active=True).first() if user_id else None
    expected: str = state.get("code", "")

    def code_is_valid(code: str) -> bool:
        return bool(expected) and hmac.compare_digest(code, expected)

    form = PhoneResetForm(request.POST or None, user=user, code_is_valid=code_is_valid)
    status = 200
    if request.method == "POST":
        if form.is_valid() and user is not None:
            request.session.pop(PHONE_RESET_SESSION_KEY, None)
            services.user_password_reset(
                user=user, password=form.cleaned_data["password1"], phone=state["phone"]
            )
            allauth_signals.password_reset.send(sender=User, request=request, user=user)
            messages.success(request, _("Your new password is saved. Sign in with it."))
            return HttpResponseRedirect(reverse("account_login"))
        if "code" in form.errors:
            state["attempts"] += 1
            if state["attempts"] >= PHONE_RESET_MAX_ATTEMPTS:
                request.session.pop(PHONE_RESET_SESSION_KEY, None)
                messages.error(request, _("Too many wrong codes. Ask for a new one."))
                return HttpResponseRedirect(reverse("accounts:phone_reset"))
            request.session[PHONE_RESET_SESSION_KEY] = state
        status = 400
    context = {"form": form, "phone": state["phone"]}
    return render(request, "account/phone_reset_confirm.html", context, status=status)


# --- Sign in with a one-time code from a login card ---------------------------------------------
@require_http_methods(["GET", "POST"])
def login_code(request: HttpRequest) -> HttpResponse:
    """The QR code on a card opens this page with the code filled in; the pupil presses the
    button (a GET never signs anyone in: link previews would use the code up)."""
    form = LoginCodeForm(request.POST or None, initial={"code": request.GET.get("kode", "")})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            # Only wrong codes count, so that a whole class signing in at once is never held up.
            if not ratelimit.consume(request, action="login_code", dry_run=True):
                form.add_error(None, _("Too many wrong codes. Wait a few minutes and try again."))
            else:
                user = services.login_code_redeem(code=form.cleaned_data["code"])
                if user is None:
                    ratelimit.consume(request, action="login_code")
                    form.add_error(
                        "code",
                        _(
                            "This code does not work. Check the letters and digits; a code "
                            "works once and for 30 days. Ask your teacher for a new card."
                        ),
                    )
                else:
                    auth_login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                    messages.success(
                        request,
                        _(
                            "Welcome, %(name)s! You are signed in. The code on your card is now "
                            "used up: stay signed in on this device, or ask your teacher for a "
                            "new card."
                        )
                        % {"name": user.get_full_name()},
                    )
                    return HttpResponseRedirect(reverse("classrooms:tasks"))
        status = 400
    return render(request, "account/login_code.html", {"form": form}, status=status)


def too_many_requests(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """allauth's rate limits (handler429 in lms/urls.py, and AccountsMiddleware)."""
    return render(request, "account/429.html", status=429)
