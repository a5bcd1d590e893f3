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
CompletionRule = Literal["opened", "marked_done", "passed"]


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


# --- interactive activities (XBlocks placed by the "activity" StreamField block) ----------------
@dataclass(frozen=True)
class Settings:
    """How often a learner may answer, and the activity's own pass mark (percent)."""

    max_attempts: int = 0  # 0: no limit
    allow_retry: bool = True
    pass_threshold: int = 70


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool = False
    feedback: str = ""  # why this option is right or wrong, shown after answering


@dataclass(frozen=True)
class MultipleChoice:
    question: str
    options: tuple[Choice, ...]
    multiple_answers: bool = False
    title: str = ""
    settings: Settings = Settings()


@dataclass(frozen=True)
class Blank:
    """One answer box: every accepted answer (case, spaces and punctuation do not count)."""

    answers: tuple[str, ...]
    label: str = ""
    feedback: str = ""


@dataclass(frozen=True)
class FillBlank:
    """`text` holds one `___` per blank, in order; empty: one short-answer box under the
    question."""

    question: str
    blanks: tuple[Blank, ...]
    text: str = ""
    title: str = ""
    settings: Settings = Settings()


@dataclass(frozen=True)
class Ordering:
    question: str
    items: tuple[str, ...]  # in the right order
    title: str = ""
    settings: Settings = Settings()


@dataclass(frozen=True)
class Pair:
    term: str
    meaning: str


@dataclass(frozen=True)
class Matching:
    question: str
    pairs: tuple[Pair, ...]
    title: str = ""
    settings: Settings = Settings()


@dataclass(frozen=True)
class SimStep:
    """One screen of an app simulation. `screen.tap` names the item the learner must tap (drawn
    without a ring: finding it is the exercise); the other buttons, rows and fields on the screen
    become decoys. With `answers`, the step is one of typing into the Field at `screen.tap`."""

    screen: Screen
    alt: str
    instruction: str
    hint: str  # what to look for, shown after a wrong tap
    success: str
    answers: tuple[str, ...] = ()
    # What keyboard and screen-reader users hear for each item, in the order of `screen.items`
    # ("" for one that cannot be tapped); by default its text on the screen. For an edition in
    # another language, whose screens stay in Indonesian like the app.
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppSimulation:
    app_name: str
    intro: str
    steps: tuple[SimStep, ...]
    title: str = ""
    settings: Settings = Settings()


Activity = MultipleChoice | FillBlank | Ordering | Matching | AppSimulation
Block = Text | Callout | Steps | Figure | Document | Activity


@dataclass(frozen=True)
class Lesson:
    slug: str
    title: str
    intro: str
    minutes: int
    body: tuple[Block, ...]
    # "passed": finished when the average of the best scores of its activities reaches
    # `pass_threshold` percent.
    completion: CompletionRule = "marked_done"
    pass_threshold: int = 70


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
