"""Usage ids: where an activity sits, the same in every process and in every language.

Format: ``pandu:<translation_key>:<block_id>``, for example
``pandu:4f1c2a7e-0d5b-4c69-9a43-6f3b2d1e8c10:8d2c6b1e-3f4a-4b7c-9e2d-1a0b5c6d7e8f``.

- ``translation_key`` is the lesson page's Wagtail ``translation_key`` (a UUID, written in its
  canonical lower-case, hyphenated form): every language's copy of a lesson shares it.
- ``block_id`` is the id of the StreamField block that places the activity (wagtail-localize keeps
  it in every translation): letters, digits, ``-`` and ``_``, at most 64 characters.

So a learner's state, and the lms's progress, belong to the activity, not to one language's copy.
Nothing is generated or remembered in memory: an id is made from the lesson and parsed back by
reading the string, so a handler call that reaches a fresh process finds the same block.

In Pandu a definition is not shared between usages (an activity's content lives with its lesson),
so a usage's definition id is its usage id.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from xblock.exceptions import NoSuchDefinition, NoSuchUsage
from xblock.runtime import IdGenerator, IdReader

PREFIX = "pandu"
BLOCK_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
_USAGE_ID = re.compile(
    r"pandu:(?P<key>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):"
    r"(?P<block>[A-Za-z0-9_-]{1,64})"
)


class InvalidUsageId(ValueError):
    """A string that is not a Pandu usage id."""


@dataclass(frozen=True)
class UsageKey:
    translation_key: uuid.UUID
    block_id: str

    def __str__(self) -> str:
        return f"{PREFIX}:{self.translation_key}:{self.block_id}"


def make_usage_id(*, translation_key: uuid.UUID | str, block_id: str) -> str:
    """The usage id of the activity placed by StreamField block `block_id` in the lesson whose
    translation key is `translation_key`."""
    try:
        key = (
            translation_key
            if isinstance(translation_key, uuid.UUID)
            else uuid.UUID(translation_key)
        )
    except ValueError as error:
        raise InvalidUsageId(f"Not a UUID: {translation_key!r}") from error
    if not BLOCK_ID_PATTERN.fullmatch(block_id):
        raise InvalidUsageId(f"Not a StreamField block id: {block_id!r}")
    return str(UsageKey(key, block_id))


def parse_usage_id(usage_id: str) -> UsageKey:
    """The lesson key and block id in `usage_id`; only the canonical form is accepted, so that one
    activity has exactly one id."""
    match = _USAGE_ID.fullmatch(usage_id) if isinstance(usage_id, str) else None
    if match is None:
        raise InvalidUsageId(f"Not a Pandu usage id: {usage_id!r}")
    return UsageKey(uuid.UUID(match["key"]), match["block"])


class PanduIdManager(IdReader, IdGenerator):
    """Reads ids by parsing them. The type of each block comes from the lesson content that the
    caller handed to the runtime (`block_types`, usage id -> block type), never from a table kept
    in memory between requests.

    Pandu makes ids from lessons (`make_usage_id`), not by importing OLX, and runs no asides, so
    creating definitions or asides is refused."""

    def __init__(self, block_types: Mapping[str, str]) -> None:
        self._block_types = block_types

    def get_definition_id(self, usage_id: str) -> str:
        try:
            parse_usage_id(usage_id)
        except InvalidUsageId as error:
            raise NoSuchUsage(repr(usage_id)) from error
        return usage_id

    def get_block_type(self, def_id: str) -> str:
        try:
            return self._block_types[def_id]
        except KeyError as error:
            raise NoSuchDefinition(repr(def_id)) from error

    def create_usage(self, def_id: str) -> str:
        raise NotImplementedError("Pandu's usage ids are made from lessons: make_usage_id().")

    def create_definition(self, block_type: str, slug: str | None = None) -> str:
        raise NotImplementedError("Pandu's usage ids are made from lessons: make_usage_id().")

    def create_aside(self, definition_id: str, usage_id: str, aside_type: str) -> tuple[str, str]:
        raise NotImplementedError("Pandu's runtime runs no XBlock asides.")

    def get_usage_id_from_aside(self, aside_id: str) -> str:
        raise NoSuchUsage(repr(aside_id))

    def get_definition_id_from_aside(self, aside_id: str) -> str:
        raise NoSuchDefinition(repr(aside_id))

    def get_aside_type_from_usage(self, aside_id: str) -> str:
        raise NoSuchUsage(repr(aside_id))

    def get_aside_type_from_definition(self, aside_id: str) -> str:
        raise NoSuchDefinition(repr(aside_id))
