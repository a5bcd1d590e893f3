"""Writes of notifications: preferences, read marks, unsubscribing, and `deliver`, which sends a
message once per (person, kind, channel, what it is about) by every channel the person chose."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from lms.accounts.models import RoleGrant, User
from lms.core.services import audit_log

from . import channels, selectors
from .channels import Message
from .models import Channel, Delivery, Kind, Notification, Preference

logger = logging.getLogger(__name__)

MAX_TOPICS = 50


class Refused(Exception):
    """A change the person may not make (e.g. SMS without a verified number)."""


def preferences_save(
    *,
    user: User,
    chosen: Iterable[tuple[str, str]],
    only: Iterable[tuple[str, str]] | None = None,
    topics: list[str] | None = None,
) -> None:
    """Turn on the (kind, channel) pairs in `chosen` and off every other pair of `only` (default:
    every pair). A channel the person cannot receive (no email, no verified number) cannot be
    turned on: Refused. `topics` (when given) are the topic keys for new courses."""
    wanted = set(chosen)
    scope = set(only) if only is not None else {(k, c) for k in Kind.values for c in Channel.values}
    for kind, channel in wanted:
        if kind not in Kind.values or channel not in Channel.values:
            raise Refused(f"{kind}/{channel}")
        if not channels.channel_available(user, channel):
            raise Refused(channel)
    scope |= wanted
    with transaction.atomic():
        existing = {
            (p.kind, p.channel): p for p in Preference.objects.select_for_update().filter(user=user)
        }
        changed: list[str] = []
        for kind, channel in sorted(scope):
            on = (kind, channel) in wanted
            found = existing.get((kind, channel))
            if found is None:
                if on:
                    Preference.objects.create(user=user, kind=kind, channel=channel, enabled=True)
                    changed.append(f"{kind}/{channel}:on")
            elif found.enabled != on:
                found.enabled = on
                found.save(update_fields=["enabled", "updated_at"])
                changed.append(f"{kind}/{channel}:{'on' if on else 'off'}")
        if topics is not None:
            clean = sorted({str(t)[:100] for t in topics})[:MAX_TOPICS]
            updated = Preference.objects.filter(user=user, kind=Kind.NEW_COURSES).update(
                topics=clean
            )
            if updated:
                changed.append("new_courses:topics")
        if changed:
            audit_log(
                actor=user,
                action="notifications.preferences",
                subject=user,
                data={"changed": changed},
            )


def preference_turn_off(*, user: User, kind: str, channel: str, by_link: bool) -> bool:
    """Turn one preference off (e.g. from an email's unsubscribe link); whether it was on."""
    with transaction.atomic():
        updated = Preference.objects.filter(
            user=user, kind=kind, channel=channel, enabled=True
        ).update(enabled=False, updated_at=timezone.now())
        if updated:
            audit_log(
                actor=user,
                action="notifications.unsubscribe",
                subject=user,
                data={"kind": kind, "channel": channel, "by_link": by_link},
            )
    return bool(updated)


def unsubscribe(*, token: str) -> channels.Unsubscribe | None:
    """Turn off the preference a signed unsubscribe token names. None: the token is not valid."""
    found = channels.unsubscribe_read(token)
    if found is None:
        return None
    user = User.objects.filter(pk=found.user_id).first()
    if user is None:
        return None
    preference_turn_off(user=user, kind=found.kind, channel=found.channel, by_link=True)
    return found


def notification_mark_read(*, user: User, notification_id: int) -> bool:
    """Mark one of the person's own notifications read; False when it is not theirs."""
    marked = Notification.objects.filter(
        pk=notification_id, user=user, read_at__isnull=True
    ).update(read_at=timezone.now())
    if marked:
        nav_forget(user_ids=[user.pk])
    return bool(marked or Notification.objects.filter(pk=notification_id, user=user).exists())


def notifications_mark_all_read(*, user: User) -> int:
    marked = Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    nav_forget(user_ids=[user.pk])
    return marked


def nav_forget(*, user_ids: Iterable[int]) -> None:
    """The header's kept state of these people (selectors.nav_state) is read again: now, and
    once the transaction commits, so that a request that read the old state in between does
    not keep it."""
    keys = [selectors.NAV_KEY.format(pk) for pk in set(user_ids)]
    if not keys:
        return
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def nav_changed(sender: type, instance: Notification | RoleGrant, **_: object) -> None:
    """A notification or a role grant was saved or deleted (connected in apps.ready)."""
    nav_forget(user_ids=[instance.user_id])


def deliver(
    *,
    user: User,
    kind: str,
    dedupe_key: str,
    build: Callable[[], Message],
    enabled_channels: Iterable[str] | None = None,
    about: User | None = None,
) -> list[str]:
    """Send the message `build` makes (called in the person's language) by each channel the
    person turned on for `kind`, once per (person, kind, channel, dedupe_key): a second call, a
    task run twice or delivered again, sends nothing more. A message whose sending fails is not
    recorded, so the next run tries again. `about` is the learner whose learning the message
    reports (see `notifications_about_delete`). Returns the channels sent now."""
    if not user.is_active:
        return []
    if enabled_channels is None:
        enabled_channels = Preference.objects.filter(
            user=user, kind=kind, enabled=True
        ).values_list("channel", flat=True)
    wanted = [c for c in enabled_channels if channels.channel_available(user, c)]
    if wanted:  # what was sent already is not built again (a rerun of a weekly batch is cheap)
        done = set(
            Delivery.objects.filter(
                user=user,
                kind=kind,
                dedupe_key=dedupe_key[:200],
                channel__in=wanted,
                sent_at__isnull=False,
            ).values_list("channel", flat=True)
        )
        wanted = [c for c in wanted if c not in done]
    if not wanted:
        return []
    with translation.override(user.preferred_language):
        message = build()
    sent: list[str] = []
    for channel in sorted(wanted):
        with transaction.atomic():
            delivery, _created = Delivery.objects.select_for_update().get_or_create(
                user=user, kind=kind, channel=channel, dedupe_key=dedupe_key[:200]
            )
            if delivery.sent_at is not None:
                continue
            try:
                channels.send(user=user, kind=kind, channel=channel, message=message, about=about)
            except Exception:
                logger.exception(
                    "Notification %s by %s to user %s failed", dedupe_key, channel, user.pk
                )
                transaction.set_rollback(True)
                continue
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
        sent.append(channel)
    return sent


def notifications_about_delete(*, user: User) -> int:
    """Remove every notification in the app about `user`'s learning, whoever received it (the
    learner, each parent): when a guardian withdraws consent, or the account is deleted, what
    was said about the learner goes with the records it came from. Delivery rows stay: they
    hold ids and times, not what was said, and keep a rerun of a task from sending again.
    Returns how many were removed."""
    return Notification.objects.filter(about=user).delete()[0]


@transaction.atomic
def notifications_forget(*, user: User) -> int:
    """Everything of notifications kept for `user` as a recipient (their list, preferences and
    the record of what was sent), and every notification about them: for an account deleted
    under UU PDP. Returns how many rows were removed."""
    removed = notifications_about_delete(user=user)
    for model in (Notification, Delivery, Preference):
        removed += model.objects.filter(user=user).delete()[0]
    return removed
