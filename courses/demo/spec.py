"""The shape of the demo catalog: plain data that `courses.demo.loader` turns into Wagtail pages.

Course text is written as data so that it can be read and reviewed as prose, and so that an English
edition can mirror an Indonesian course item by item (the loader pairs them to fill in the
wagtail-localize translation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Level = Literal["dasar", "madya", "mahir"]
Pillar = Literal["cakap", "etika", "aman", "budaya"]
CalloutKind = Literal["tip", "warning", "safety"]


# --- what a generated phone screenshot shows -------------------------------------------------
@dataclass(frozen=True)
class Field:
    """A labelled input box with a made-up value (never real personal data)."""

    label: str
    value: str = ""


@dataclass(frozen=True)
class Button:
    label: str
    primary: bool = True


@dataclass(frozen=True)
class Line:
    """A line or short paragraph of plain text on the screen."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Row:
    """A tappable list row (menu entry, clinic in a list, ...), drawn with a chevron."""

    label: str
    detail: str = ""


@dataclass(frozen=True)
class Notice:
    """A coloured box on the screen: an OTP message, a warning, a success message."""

    text: str
    tone: Literal["info", "success", "danger"] = "info"


ScreenItem = Field | Button | Line | Row | Notice


@dataclass(frozen=True)
class Screen:
    """A simulated app screen drawn by `courses.demo.images` (Pillow): a phone frame, the app's
    header in its colour, a heading, then the items top to bottom. `tap` is the index in `items`
    of the element the learner must tap, drawn with a highlight ring; None for no highlight."""

    app: str
    heading: str
    items: tuple[ScreenItem, ...]
    tap: int | None = None
    color: str = "#0b5cab"


# --- lesson body blocks ------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """Rich text: simple HTML with <p>, <h2>, <h3>, <ul>/<ol>/<li>, <b>, <i>, <a href>."""

    html: str


@dataclass(frozen=True)
class Callout:
    kind: CalloutKind
    title: str
    html: str


@dataclass(frozen=True)
class Step:
    title: str
    html: str
    screen: Screen
    alt: str


@dataclass(frozen=True)
class Steps:
    title: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Figure:
    """An illustration: a screen, shown on its own with alt text and a caption."""

    screen: Screen
    alt: str
    caption: str = ""


@dataclass(frozen=True)
class Document:
    """A one-page printable PDF (a checklist, a form guide), generated with Pillow."""

    title: str
    description: str
    filename: str
    heading: str
    lines: tuple[str, ...]


Block = Text | Callout | Steps | Figure | Document


@dataclass(frozen=True)
class Lesson:
    slug: str
    title: str
    intro: str
    minutes: int
    body: tuple[Block, ...]


@dataclass(frozen=True)
class Module:
    slug: str
    title: str
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class Cover:
    """The course's cover illustration: a colour, a short label and a simple pictogram."""

    color: str
    label: str
    icon: Literal["id", "health", "heart", "shop", "megaphone", "city", "shield", "chat"]


@dataclass(frozen=True)
class Course:
    slug: str
    title: str
    summary: str
    outcomes: tuple[str, ...]
    level: Level
    pillar: Pillar
    topic: str  # slug of a Topic in courses.demo.data.TOPICS
    minutes: int
    checked_on: date
    keywords: str  # comma-separated words a resident might search for
    cover: Cover
    modules: tuple[Module, ...]
    # An English edition names its Indonesian original; it must have the same shape, item by item.
    translation_of: str | None = None


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    name_en: str


@dataclass(frozen=True)
class Catalog:
    topics: tuple[Topic, ...]
    courses: tuple[Course, ...] = field(default_factory=tuple)
