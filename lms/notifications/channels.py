"""How a notification reaches a person: in the app (a Notification row), by email (Django's mail,
with an unsubscribe link that works without logging in), by SMS (lms.accounts.sms, the backend
PANDU_SMS_BACKEND names) and by WhatsApp (the backend PANDU_WHATSAPP_BACKEND names: a dotted path
to a class with `send(message)`; development logs, tests keep messages in memory, production
points it at the city's WhatsApp Business provider)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from typing import Protocol

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

from lms.accounts.models import User
from lms.accounts.sms import send_sms

from .models import Channel, Kind, Notification

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "pandu.notifications.unsubscribe"
# Three SMS segments at most.
SMS_LENGTH = 459


@dataclass(frozen=True)
class Message:
    """What is said, already in the recipient's language. `url` is a path on the site (or empty);
    `lines` are the body's paragraphs."""

    title: str
    lines: list[str] = field(default_factory=list)
    url: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def short(self) -> str:
        """For SMS: the title and the link, or the start of the text when there is no link."""
        if self.url:
            return f"Pandu: {self.title} {absolute(self.url)}"
        text = " ".join(self.text.split())
        return f"Pandu: {self.title}. {text}"[:SMS_LENGTH]

    @property
    def full(self) -> str:
        """For WhatsApp: the title, the text and the link."""
        parts = [f"*Pandu: {self.title}*", self.text, absolute(self.url)]
        return "\n\n".join(part for part in parts if part)


def absolute(path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return settings.PANDU_BASE_URL.rstrip("/") + path


# --- Unsubscribe tokens -------------------------------------------------------------------------


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    kind: str
    channel: str


def unsubscribe_token(*, user: User, kind: str, channel: str) -> str:
    """A signed token naming the person, the kind and the channel. It does not expire: an email
    read months later must still let its reader stop the messages."""
    return signing.dumps({"u": user.pk, "k": kind, "c": channel}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_read(token: str) -> Unsubscribe | None:
    """The preference a token names; None when it was changed, forged or is not one."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    user_id, kind, channel = data.get("u"), data.get("k"), data.get("c")
    if not isinstance(user_id, int) or kind not in Kind.values or channel not in Channel.values:
        return None
    return Unsubscribe(user_id=user_id, kind=kind, channel=channel)


def unsubscribe_url(*, user: User, kind: str, channel: str) -> str:
    with translation.override(user.preferred_language):
        path = reverse(
            "notifications:unsubscribe",
            kwargs={"token": unsubscribe_token(user=user, kind=kind, channel=channel)},
        )
    return absolute(path)


# --- Availability -------------------------------------------------------------------------------


def channel_available(user: User, channel: str) -> bool:
    """Email needs an address; SMS and WhatsApp a verified mobile number."""
    if channel == Channel.EMAIL:
        return bool(user.email)
    if channel in (Channel.SMS, Channel.WHATSAPP):
        return bool(user.phone and user.phone_verified)
    return True


# --- WhatsApp backends --------------------------------------------------------------------------


@dataclass(frozen=True)
class WhatsApp:
    to: str  # E.164
    body: str


class WhatsAppBackend(Protocol):
    def send(self, message: WhatsApp) -> None: ...


class ConsoleWhatsAppBackend:
    """Development: the message is printed on the console of `make run`."""

    def send(self, message: WhatsApp) -> None:
        sys.stdout.write(f"WhatsApp to {message.to}: {message.body}\n")
        sys.stdout.flush()


class LogWhatsAppBackend:
    """Staging: the message is logged, never sent."""

    def send(self, message: WhatsApp) -> None:
        logger.info("WhatsApp to %s: %s", message.to, message.body)


class MemoryWhatsAppBackend:
    """Tests: messages are kept in `outbox`."""

    outbox: list[WhatsApp] = []

    def send(self, message: WhatsApp) -> None:
        MemoryWhatsAppBackend.outbox.append(message)


def send_whatsapp(*, to: str, body: str) -> None:
    backend: WhatsAppBackend = import_string(settings.PANDU_WHATSAPP_BACKEND)()
    backend.send(WhatsApp(to=to, body=body))


# --- Sending ------------------------------------------------------------------------------------


def send_email(*, user: User, kind: str, message: Message) -> None:
    link = unsubscribe_url(user=user, kind=kind, channel=Channel.EMAIL)
    with translation.override(user.preferred_language):
        context = {
            "user": user,
            "message": message,
            "url": absolute(message.url),
            "unsubscribe_url": link,
            "kind_label": Kind(kind).label,
        }
        subject = f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{message.title}"
        text = render_to_string("notifications/email/message.txt", context)
        html = render_to_string("notifications/email/message.html", context)
    email = EmailMultiAlternatives(
        subject=subject.replace("\n", " ")[:200],
        body=text,
        to=[user.email],
        headers={
            "Content-Language": user.preferred_language,
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    email.attach_alternative(html, "text/html")
    email.send()


def send(
    *, user: User, kind: str, channel: str, message: Message, about: User | None = None
) -> None:
    """Send `message` to `user` by `channel` (the caller checked the preference). `about` is the
    learner the message reports on, kept with what stays in the app."""
    if channel == Channel.IN_APP:
        Notification.objects.create(
            user=user,
            kind=kind,
            title=message.title[:200],
            body=message.text,
            url=message.url,
            about=about,
        )
    elif channel == Channel.EMAIL:
        send_email(user=user, kind=kind, message=message)
    elif channel == Channel.SMS:
        send_sms(to=user.phone, body=message.short)
    elif channel == Channel.WHATSAPP:
        send_whatsapp(to=user.phone, body=message.full)
    else:  # pragma: no cover - the choices are closed
        raise ValueError(channel)
