"""What the API reads and answers. Conventions (README, "API"): lists as `{"items", "count"}`
paged by `limit` and `offset`; enum values lower-case ASCII; progress an integer from 0 to 100;
URLs as absolute paths with the language prefix; datetimes in ISO 8601 with their offset (WITA)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, Literal, TypeVar
from uuid import UUID

from django.utils import timezone
from ninja import Field, Schema
from pydantic import AwareDatetime, PlainSerializer, PlainValidator, field_validator
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails

from courses.models import CompletionRule, Level, Pillar

from .errors import BatchTooLarge

# Wagtail's page ids are 32-bit: a larger number is refused here rather than by the database.
PageId = Annotated[int, Field(ge=1, le=2_147_483_647)]

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
MAX_EVENTS = 500


def _local_iso(value: datetime) -> str:
    return timezone.localtime(value).isoformat()


# Answered in Balikpapan's time (WITA, +08:00) with the offset written out.
LocalDatetime = Annotated[datetime, PlainSerializer(_local_iso, return_type=str)]

ItemT = TypeVar("ItemT")


class Paging(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="How many items, 1 to 100.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many items to skip.")


class ListOf(Schema, Generic[ItemT]):
    items: list[ItemT]
    count: int = Field(description="How many items there are in all, on every page.")


# --- Authentication ------------------------------------------------------------------------------


class TokenIn(Schema):
    login: str = Field(
        min_length=1, max_length=254, description="Email address, mobile number or user name."
    )
    password: str = Field(min_length=1, max_length=4096)
    totp: str = Field(
        "",
        max_length=64,
        description="The 6-digit code of the authenticator app (or a recovery code); required "
        "when the account has two-factor authentication on.",
    )
    name: str = Field("", max_length=100, description="The app or device, to recognise it later.")


class TokenOut(Schema):
    token: str = Field(description="Send it as `Authorization: Bearer <token>`.")
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the scheme's name, not a secret
    expires_at: LocalDatetime


# --- Catalog -------------------------------------------------------------------------------------


class CourseOut(Schema):
    id: int
    title: str
    slug: str
    level: Level
    pillar: Pillar
    language: str = Field(description="The language of this copy of the course: id or en.")
    url: str


class LessonOut(Schema):
    id: int
    title: str
    url: str
    completion_rule: CompletionRule


class ModuleOut(Schema):
    id: int
    title: str
    lessons: list[LessonOut]


class CourseDetailOut(CourseOut):
    summary: str
    modules: list[ModuleOut]


# --- Learning ------------------------------------------------------------------------------------


class EnrollmentIn(Schema):
    course_id: PageId


class EnrollmentOut(Schema):
    course_id: int
    title: str
    url: str
    progress: int = Field(ge=0, le=100, description="Per cent of the required lessons finished.")
    enrolled_at: LocalDatetime
    completed_at: LocalDatetime | None
    next_lesson_id: int | None


class ProgressEventIn(Schema):
    id: UUID = Field(description="Made by the app; sending the same event again counts once.")
    lesson_id: PageId
    type: Literal["opened", "completed"]
    occurred_at: AwareDatetime = Field(description="ISO 8601 with the offset.")


@dataclass(frozen=True)
class MalformedEvent:
    """An item of a batch that is not a valid event: rejected on its own, the others go on."""

    id: str | None
    errors: list[ErrorDetails]


def _event_or_malformed(value: Any) -> ProgressEventIn | MalformedEvent:
    try:
        return ProgressEventIn.model_validate(value)
    except PydanticValidationError as error:
        raw_id = value.get("id") if isinstance(value, dict) else None
        return MalformedEvent(
            id=raw_id if isinstance(raw_id, str) else None,
            errors=error.errors(include_url=False, include_input=False),
        )


# Each item is judged on its own, so validation never fails for the batch because of one event;
# the schema still documents a valid event.
LenientEvent = Annotated[
    ProgressEventIn | MalformedEvent,
    PlainValidator(_event_or_malformed, json_schema_input_type=ProgressEventIn),
]


class ProgressBatchIn(Schema):
    events: list[LenientEvent] = Field(max_length=MAX_EVENTS)

    @field_validator("events", mode="before")
    @classmethod
    def _at_most_max_events(cls, value: Any) -> Any:
        if isinstance(value, list) and len(value) > MAX_EVENTS:
            raise BatchTooLarge(MAX_EVENTS)
        return value


class EventResultOut(Schema):
    id: str | None = Field(description="The event's id as sent; null if it sent none.")
    status: Literal["recorded", "duplicate", "rejected"]
    reason: str = Field(
        "", description="Why it was rejected, in the user's language; empty otherwise."
    )
    code: str = Field("", description="Why it was rejected, lower-case ASCII; empty otherwise.")


class ProgressBatchOut(Schema):
    results: list[EventResultOut]
