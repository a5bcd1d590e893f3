"""Notification preferences: a person reads and changes their own (opt-in: all off until turned
on)."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema

from lms.notifications import permissions as notification_permissions
from lms.notifications import selectors as notification_selectors
from lms.notifications import services as notification_services

from ..auth import LOGIN_REQUIRED, caller
from ..errors import ApiError, Error, not_authenticated_message

router = Router(tags=["notifications"])

KindName = Literal[
    "assignment_due", "course_completed", "certificate_issued", "weekly_summary", "new_courses"
]
ChannelName = Literal["in_app", "email", "sms", "whatsapp"]


class PreferenceOut(Schema):
    kind: KindName
    channel: ChannelName
    enabled: bool
    available: bool = Field(
        description="False when the person cannot receive this channel: no email address, or no "
        "confirmed mobile number for SMS and WhatsApp."
    )


class PreferencesOut(Schema):
    items: list[PreferenceOut]
    new_course_topics: list[str] = Field(description="Topic keys for new courses; empty: all.")


class PreferenceIn(Schema):
    kind: KindName
    channel: ChannelName
    enabled: bool


class PreferencesIn(Schema):
    items: list[PreferenceIn] = Field(
        max_length=20, description="The pairs to change; pairs not listed stay as they are."
    )
    new_course_topics: list[str] | None = Field(None, max_length=50)


def preferences_out(request: HttpRequest) -> PreferencesOut:
    user = caller(request).user
    grid = notification_selectors.preferences_of(user=user)
    return PreferencesOut(
        items=[
            PreferenceOut(
                kind=cell.kind,  # type: ignore[arg-type]
                channel=cell.channel,  # type: ignore[arg-type]
                enabled=cell.enabled,
                available=cell.available,
            )
            for cell in grid.cells()
        ],
        new_course_topics=grid.topics,
    )


def _check(request: HttpRequest) -> None:
    if not notification_permissions.can_use(caller(request).user):
        raise ApiError(401, "not_authenticated", not_authenticated_message())


@router.get(
    "/me/notification-preferences",
    response={200: PreferencesOut, 401: Error},
    auth=LOGIN_REQUIRED,
    summary="My notification preferences",
)
def notification_preferences_get(request: HttpRequest) -> PreferencesOut:
    """Every kind and channel, on or off. Nothing is sent unless it is on."""
    _check(request)
    return preferences_out(request)


@router.put(
    "/me/notification-preferences",
    response={200: PreferencesOut, 400: Error, 401: Error},
    auth=LOGIN_REQUIRED,
    summary="Change my notification preferences",
)
def notification_preferences_put(request: HttpRequest, payload: PreferencesIn) -> PreferencesOut:
    """Turns the listed pairs on or off. A channel the person cannot receive cannot be turned on
    (400, `channel_unavailable`)."""
    _check(request)
    user = caller(request).user
    listed = {(item.kind, item.channel) for item in payload.items}
    chosen = {(item.kind, item.channel) for item in payload.items if item.enabled}
    try:
        notification_services.preferences_save(
            user=user, chosen=chosen, only=listed, topics=payload.new_course_topics
        )
    except notification_services.Refused as refusal:
        raise ApiError(
            400,
            "channel_unavailable",
            _(
                "This channel is not available: add an email address, or add and confirm your "
                "mobile number, first."
            ),
        ) from refusal
    return preferences_out(request)
