"""The privacy page: download everything, ask for deletion, cancel it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from lms.accounts.models import User

from . import permissions, services
from .downloads import json_attachment, own_filename


class DeletionForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I understand that my progress, answers and certificates will be removed for good."
        )
    )

    def __init__(self, *args: object, user: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password


def _user(request: HttpRequest) -> User:
    user = request.user
    if not permissions.can_download_own_data(user) or not isinstance(user, User):
        raise PermissionDenied
    return user


@login_required
def privacy(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    may_delete = permissions.can_request_own_deletion(user)
    form = DeletionForm(request.POST or None, user=user)
    if request.method == "POST":
        if not may_delete:
            raise PermissionDenied
        if form.is_valid():
            pending = services.deletion_request_create(user=user)
            messages.success(
                request,
                _("Your account will be deleted on %(date)s. You can cancel until then.")
                % {"date": timezone.localtime(pending.due_at).strftime("%d-%m-%Y %H:%M")},
            )
            return redirect("privacy:home")
    return render(
        request,
        "privacy/privacy.html",
        {
            "form": form,
            "may_delete": may_delete,
            "pending": services.open_deletion_request(user=user),
        },
    )


@require_POST
@login_required
def cancel(request: HttpRequest) -> HttpResponse:
    if services.deletion_request_cancel(user=_user(request)):
        messages.success(request, _("The deletion is cancelled. Your account stays as it is."))
    return redirect("privacy:home")


@require_safe
@login_required
def download(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    return json_attachment(services.data_export(user=user), filename=own_filename())
