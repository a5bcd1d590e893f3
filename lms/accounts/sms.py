"""Text messages (SMS), through a backend chosen by the setting PANDU_SMS_BACKEND: a dotted path
to a class with `send(message)`. Development prints them on the console; tests keep them in
memory; production points the setting at a class that talks to the city's SMS gateway."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Sms:
    to: str  # E.164, e.g. +6281234567890
    body: str


class SmsBackend(Protocol):
    def send(self, message: Sms) -> None: ...


class ConsoleSmsBackend:
    """Development: the message is printed on the console of `make run`, as Django's console
    email backend does with email."""

    def send(self, message: Sms) -> None:
        sys.stdout.write(f"SMS to {message.to}: {message.body}\n")
        sys.stdout.flush()


class MemorySmsBackend:
    """Tests: messages are kept in `outbox`, like Django's locmem email backend."""

    outbox: list[Sms] = []

    def send(self, message: Sms) -> None:
        MemorySmsBackend.outbox.append(message)


def send_sms(*, to: str, body: str) -> None:
    backend: SmsBackend = import_string(settings.PANDU_SMS_BACKEND)()
    backend.send(Sms(to=to, body=body))
