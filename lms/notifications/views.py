"""Pages of notifications: the list ("Notifikasi"), the settings ("Pengaturan notifikasi") and
the unsubscribe page of an email's link, which works without logging in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.accounts.models import User

from . import channels, permissions, selectors, services
from .forms import PreferencesForm, field_name
from .models import Channel, Kind, Notification


def _user(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User) or not permissions.can_use(user):
        raise Http404
    return user


@require_GET
@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    items = selectors.notifications_for(user=user)
    unread = sum(1 for item in items if item.read_at is None)
    if len(items) >= selectors.PAGE_SIZE:
        unread = selectors.unread_count(user=user)
    return render(request, "notifications/list.html", {"items": items, "unread": unread})


@login_required
@require_POST
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark the notification read and go to its link (a path on this site), or back to the list."""
    user = _user(request)
    item = Notification.objects.filter(pk=pk, user=user).first()
    if item is None:
        raise Http404
    services.notification_mark_read(user=user, notification_id=item.pk)
    if item.url and url_has_allowed_host_and_scheme(
        item.url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(item.url)
    return redirect("notifications:list")


@login_required
@require_POST
def notifications_read_all(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    services.notifications_mark_all_read(user=user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    grid = selectors.preferences_of(user=user)
    form = PreferencesForm(request.POST or None, user=user, grid=grid)
    if request.method == "POST" and form.is_valid():
        services.preferences_save(
            user=user,
            chosen=form.chosen(),
            only=form.editable(),
            topics=list(form.cleaned_data["topics"]),
        )
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    rows = [
        (
            label,
            [
                (form[field_name(cell.kind, cell.channel)], cell, Channel(cell.channel).label)
                for cell in cells
            ],
        )
        for _kind, label, cells in grid.rows
    ]
    return render(
        request,
        "notifications/preferences.html",
        {
            "form": form,
            "rows": rows,
            "channels": Channel.choices,
            "has_email": channels.channel_available(user, Channel.EMAIL),
            "has_phone": channels.channel_available(user, Channel.SMS),
        },
    )


@csrf_exempt  # the signed token is the proof; mail programs post here without a CSRF token
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what the link turns off and asks to confirm; POST turns it off (also the
    one-click unsubscribe of RFC 8058). No login needed."""
    found = channels.unsubscribe_read(token)
    person = User.objects.filter(pk=found.user_id).first() if found else None
    if found is None or person is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    context = {
        "kind_label": Kind(found.kind).label,
        "channel_label": Channel(found.channel).label,
    }
    # The page is in the language of the link's prefix: the person's language when it was sent.
    if request.method == "POST":
        services.unsubscribe(token=token)
        return render(request, "notifications/unsubscribe_done.html", context)
    return render(request, "notifications/unsubscribe_confirm.html", context)
