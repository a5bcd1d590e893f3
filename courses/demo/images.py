"""Pictures for the demo courses, drawn with Pillow: phone screens, course covers, printables.

Every function is a pure function of the spec data, so the loader can regenerate the same files on
every run. The screens show imaginary apps and say so at the bottom; they are never screenshots.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw, ImageFont

from courses.demo.spec import Button, Cover, Document, Field, Line, Notice, Row, Screen, ScreenItem

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
RGB = tuple[int, int, int]

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
WHITE: RGB = (255, 255, 255)
INK: RGB = (32, 33, 36)
GREY: RGB = (95, 99, 104)
LIGHT_GREY: RGB = (154, 160, 166)
TAP: RGB = (255, 122, 0)  # the "tap here" ring; used nowhere else, so tests can look for it
BRAND = "#0b5cab"


# --- fonts and text -----------------------------------------------------------------------------
@lru_cache(maxsize=128)
def _font(size: int, bold: bool = False) -> Font:
    names = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf") if bold else ("DejaVuSans.ttf",)
    for name in names:
        if (_FONT_DIR / name).is_file():
            return ImageFont.truetype(str(_FONT_DIR / name), size)
    return ImageFont.load_default(size=size)


@dataclass(frozen=True)
class _Type:
    size: int
    bold: bool = False

    @property
    def font(self) -> Font:
        return _font(self.size, self.bold)

    @property
    def line_height(self) -> int:
        return round(self.size * 1.38)

    def width(self, text: str) -> float:
        return self.font.getlength(text)


def _prefix_that_fits(text: str, t: _Type, width: float, suffix: str = "") -> int:
    """The length of the longest start of `text` that, followed by `suffix`, fits in `width`."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if t.width(text[:mid].rstrip() + suffix) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _ellipsize(text: str, t: _Type, width: float, force: bool = False) -> str:
    """The text, cut and ended with "…" if it is wider than `width` (or if `force`)."""
    if not force and t.width(text) <= width:
        return text
    return text[: _prefix_that_fits(text, t, width, "…")].rstrip() + "…"


def _wrap(text: str, t: _Type, width: float, max_lines: int = 99) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            # A word wider than the line (a long URL) is split across lines.
            while t.width(word) > width and len(word) > 1:
                cut = max(1, _prefix_that_fits(word, t, width))
                if current:
                    lines.append(current)
                lines.append(word[:cut])
                current, word = "", word[cut:]
            candidate = f"{current} {word}" if current else word
            if t.width(candidate) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], _ellipsize(lines[max_lines - 1], t, width, force=True)]
    return lines


def _fit(
    text: str, width: float, sizes: range, bold: bool = False, max_lines: int = 1
) -> tuple[_Type, list[str]]:
    """The largest size in `sizes` (descending) at which the text fits in `max_lines` lines."""
    for size in sizes:
        t = _Type(size, bold)
        lines = _wrap(text, t, width)
        if len(lines) <= max_lines:
            return t, lines
    t = _Type(sizes[-1], bold)
    return t, _wrap(text, t, width, max_lines)


def _text_lines(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    lines: list[str],
    t: _Type,
    fill: RGB,
    anchor: str = "l",
) -> int:
    """Draws lines down from `xy` (their left end, or their middle if anchor is "m").

    Returns the height used."""
    x, y = xy
    for i, line in enumerate(lines):
        draw.text(
            (x, y + (i + 0.5) * t.line_height), line, font=t.font, fill=fill, anchor=anchor + "m"
        )
    return len(lines) * t.line_height


# --- colours ------------------------------------------------------------------------------------
def _rgb(color: str) -> RGB:
    r, g, b = ImageColor.getrgb(color)[:3]
    return r, g, b


def _mix(a: RGB, b: RGB, amount: float) -> RGB:
    r, g, bl = (round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))
    return r, g, bl


def _luminance(c: RGB) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ink_on(bg: RGB) -> RGB:
    """White, unless the background is so light that white text would be hard to read."""
    return WHITE if 1.05 / (_luminance(bg) + 0.05) >= 3.0 else INK


# --- phone screen ---------------------------------------------------------------------------------
# Screens and covers are drawn at twice their size and halved with a box filter, because Pillow's
# shapes are not anti-aliased. All sizes in this section and the next are in those doubled pixels.
_SW, _SH = 1080, 2160
_MARGIN = 64
_CW = _SW - 2 * _MARGIN
_CONTENT_TOP, _CONTENT_BOTTOM = 276, _SH - 140
_NOTICE_TONES = {  # background, accent, text
    "info": ((232, 240, 254), (26, 115, 232), (11, 58, 117)),
    "success": ((230, 244, 234), (30, 142, 62), (13, 81, 36)),
    "danger": ((252, 232, 230), (217, 48, 37), (140, 29, 24)),
}


def _block(height: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (_CW, max(1, height)), WHITE)
    return img, ImageDraw.Draw(img)


def _heading_block(text: str, k: float) -> Image.Image:
    t, lines = _fit(text, _CW, range(round(58 * k), round(44 * k), -2), bold=True, max_lines=3)
    img, draw = _block(len(lines) * t.line_height)
    _text_lines(draw, (0, 0), lines, t, (26, 28, 30))
    return img


def _field_block(item: Field, k: float) -> Image.Image:
    label = _Type(round(32 * k))
    label_lines = _wrap(item.label, label, _CW, max_lines=2)
    box_h, pad = round(104 * k), round(28 * k)
    value, _ = _fit(
        item.value or item.label, _CW - 2 * pad, range(round(40 * k), round(30 * k), -2)
    )
    top = len(label_lines) * label.line_height + round(12 * k)
    img, draw = _block(top + box_h)
    _text_lines(draw, (0, 0), label_lines, label, GREY)
    draw.rounded_rectangle(
        (0, top, _CW - 1, top + box_h - 1),
        radius=20,
        fill=(248, 249, 251),
        outline=(199, 204, 212),
        width=3,
    )
    text = _ellipsize(item.value or item.label, value, _CW - 2 * pad)
    draw.text(
        (pad, top + box_h / 2),
        text,
        font=value.font,
        fill=INK if item.value else LIGHT_GREY,
        anchor="lm",
    )
    return img


def _button_block(item: Button, k: float, color: RGB) -> Image.Image:
    h = round(108 * k)
    t, _ = _fit(item.label, _CW - h, range(round(40 * k), round(30 * k), -2), bold=True)
    img, draw = _block(h)
    box = (0, 0, _CW - 1, h - 1)
    if item.primary:
        draw.rounded_rectangle(box, radius=h // 2, fill=color)
    else:
        draw.rounded_rectangle(box, radius=h // 2, outline=color, width=4)
    label = _ellipsize(item.label, t, _CW - h)
    draw.text(
        (_CW / 2, h / 2),
        label,
        font=t.font,
        fill=_ink_on(color) if item.primary else color,
        anchor="mm",
    )
    return img


def _line_block(item: Line, k: float) -> Image.Image:
    t = _Type(round(40 * k), item.bold)
    lines = _wrap(item.text, t, _CW)
    img, draw = _block(len(lines) * t.line_height)
    _text_lines(draw, (0, 0), lines, t, INK)
    return img


def _row_block(item: Row, k: float) -> Image.Image:
    label, detail, pad = _Type(round(40 * k)), _Type(round(32 * k)), round(30 * k)
    width = _CW - 72
    label_lines = _wrap(item.label, label, width, max_lines=2)
    detail_lines = _wrap(item.detail, detail, width, max_lines=2) if item.detail else []
    text_h = len(label_lines) * label.line_height + len(detail_lines) * detail.line_height
    img, draw = _block(text_h + 2 * pad)
    y = pad + _text_lines(draw, (0, pad), label_lines, label, INK)
    _text_lines(draw, (0, y), detail_lines, detail, GREY)
    cx, cy, arm = _CW - 40, img.height / 2, round(14 * k)
    draw.line(
        [(cx - arm, cy - 1.6 * arm), (cx, cy), (cx - arm, cy + 1.6 * arm)],
        fill=LIGHT_GREY,
        width=6,
        joint="curve",
    )
    draw.line([(0, img.height - 2), (_CW, img.height - 2)], fill=(225, 228, 232), width=3)
    return img


def _notice_block(item: Notice, k: float) -> Image.Image:
    bg, accent, ink = _NOTICE_TONES[item.tone]
    pad, icon = round(30 * k), round(48 * k)
    t = _Type(round(36 * k))
    lines = _wrap(item.text, t, _CW - 3 * pad - icon)
    img, draw = _block(max(icon, len(lines) * t.line_height) + 2 * pad)
    draw.rounded_rectangle(
        (0, 0, _CW - 1, img.height - 1), radius=28, fill=bg, outline=_mix(bg, accent, 0.35), width=3
    )
    _notice_icon(draw, pad, pad + (t.line_height - icon) // 2, icon, item.tone, accent)
    _text_lines(draw, (2 * pad + icon, pad), lines, t, ink)
    return img


def _notice_icon(draw: ImageDraw.ImageDraw, x: int, y: int, d: int, tone: str, accent: RGB) -> None:
    draw.ellipse((x, y, x + d, y + d), fill=accent)
    cx, w = x + d / 2, max(3, d // 8)
    if tone == "success":
        draw.line(
            [
                (x + d * 0.28, y + d * 0.52),
                (x + d * 0.44, y + d * 0.68),
                (x + d * 0.73, y + d * 0.36),
            ],
            fill=WHITE,
            width=w,
            joint="curve",
        )
        return
    bar, dot = (y + d * 0.44, y + d * 0.76), y + d * 0.27  # "i": dot above the bar
    if tone == "danger":  # "!": bar above the dot
        bar, dot = (y + d * 0.22, y + d * 0.58), y + d * 0.74
    draw.line([(cx, bar[0]), (cx, bar[1])], fill=WHITE, width=w)
    draw.ellipse((cx - w * 0.7, dot - w * 0.7, cx + w * 0.7, dot + w * 0.7), fill=WHITE)


def _item_block(item: ScreenItem, k: float, color: RGB) -> Image.Image:
    if isinstance(item, Field):
        return _field_block(item, k)
    if isinstance(item, Button):
        return _button_block(item, k, color)
    if isinstance(item, Line):
        return _line_block(item, k)
    if isinstance(item, Row):
        return _row_block(item, k)
    return _notice_block(item, k)


def _layout(screen: Screen, color: RGB) -> list[tuple[int | None, Image.Image, int]]:
    """(item index or None for the heading, picture, top y), shrunk to fit the screen."""
    for k in (1.0, 0.92, 0.84, 0.76, 0.68):
        placed: list[tuple[int | None, Image.Image, int]] = []
        y = _CONTENT_TOP
        heading = _heading_block(screen.heading, k)
        placed.append((None, heading, y))
        y += heading.height + round(40 * k)
        for i, item in enumerate(screen.items):
            block = _item_block(item, k, color)
            if i > 0 and not (isinstance(item, Row) and isinstance(screen.items[i - 1], Row)):
                y += round(40 * k)  # rows stack into one list; everything else gets room to breathe
            placed.append((i, block, y))
            y += block.height
        if y <= _CONTENT_BOTTOM:
            return placed
    return [p for p in placed if p[2] + p[1].height <= _CONTENT_BOTTOM]


def _status_bar(draw: ImageDraw.ImageDraw, color: RGB) -> None:
    draw.rectangle((0, 0, _SW, 84), fill=_mix(color, (0, 0, 0), 0.2))
    ink = _ink_on(color)
    draw.text((56, 42), "09:41", font=_font(30, True), fill=ink, anchor="lm")
    for i in range(4):  # signal bars
        x = 880 + i * 16
        draw.rectangle((x, 56 - 8 * (i + 1), x + 9, 56), fill=ink)
    draw.rounded_rectangle((960, 28, 1012, 56), radius=6, outline=ink, width=3)
    draw.rectangle((966, 34, 998, 50), fill=ink)
    draw.rectangle((1014, 36, 1019, 48), fill=ink)


def _header(draw: ImageDraw.ImageDraw, app: str, color: RGB) -> None:
    draw.rectangle((0, 84, _SW, 216), fill=color)
    ink = _ink_on(color)
    draw.line([(82, 128), (60, 150), (82, 172)], fill=ink, width=6, joint="curve")  # back arrow
    draw.line([(62, 150), (104, 150)], fill=ink, width=6)
    t, _ = _fit(app, _SW - 140 - _MARGIN, range(44, 32, -2), bold=True)
    draw.text(
        (140, 150), _ellipsize(app, t, _SW - 140 - _MARGIN), font=t.font, fill=ink, anchor="lm"
    )


def _tap_marker(draw: ImageDraw.ImageDraw, top: int, bottom: int, pill: bool) -> None:
    grow = 20
    box = (_MARGIN - grow, top - grow, _SW - _MARGIN + grow, bottom + grow)
    radius = (bottom - top) // 2 + grow if pill else 36
    draw.rounded_rectangle(box, radius=radius, outline=TAP, width=12)
    cx, cy = box[2], (top + bottom) // 2
    draw.ellipse((cx - 38, cy - 38, cx + 38, cy + 38), outline=_mix(TAP, WHITE, 0.55), width=8)
    draw.ellipse((cx - 24, cy - 24, cx + 24, cy + 24), fill=TAP, outline=WHITE, width=5)


@dataclass(frozen=True)
class Box:
    """A rectangle in the pixels of the PNG that `render_screen` returns."""

    left: float
    top: float
    right: float
    bottom: float

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


SCREEN_SIZE = (_SW // 2, _SH // 2)  # the PNG's width and height
TAPPABLE = (Button, Row, Field)


def item_boxes(screen: Screen) -> dict[int, Box]:
    """Where `render_screen` draws each item of `screen` (by its index in `screen.items`), in the
    PNG's pixels. An item that did not fit on the screen is missing."""
    return {
        index: Box(_MARGIN / 2, y / 2, (_MARGIN + block.width) / 2, (y + block.height) / 2)
        for index, block, y in _layout(screen, _rgb(screen.color))
        if index is not None
    }


def tap_areas(screen: Screen, pad: float = 8) -> dict[int, Box]:
    """The area a finger may touch for each button, row and field of `screen`: its box grown by
    `pad` pixels, but never past half the gap to the item above or below, so that no two areas
    overlap."""
    boxes = item_boxes(screen)
    ordered = sorted(boxes.values(), key=lambda b: b.top)
    areas = {}
    for index, box in boxes.items():
        if not isinstance(screen.items[index], TAPPABLE):
            continue
        above = [box.top - b.bottom for b in ordered if b.bottom <= box.top and b is not box]
        below = [b.top - box.bottom for b in ordered if b.top >= box.bottom and b is not box]
        up = min([pad, *(gap / 2 for gap in above)])
        down = min([pad, *(gap / 2 for gap in below)])
        areas[index] = Box(
            max(0.0, box.left - pad),
            max(0.0, box.top - up),
            min(float(SCREEN_SIZE[0]), box.right + pad),
            min(float(SCREEN_SIZE[1]), box.bottom + down),
        )
    return areas


def render_screen(screen: Screen) -> bytes:
    """A 540x1080 PNG of an imaginary app screen, with the element to tap ringed in orange."""
    color = _rgb(screen.color)
    img = Image.new("RGB", (_SW, _SH), WHITE)
    draw = ImageDraw.Draw(img)
    _status_bar(draw, color)
    _header(draw, screen.app, color)
    placed = _layout(screen, color)
    for _, block, y in placed:
        img.paste(block, (_MARGIN, y))
    for index, block, y in placed:  # after all pasting, so that no neighbour covers the ring
        if index is not None and index == screen.tap:
            _tap_marker(draw, y, y + block.height, pill=isinstance(screen.items[index], Button))
    draw.text(
        (_SW / 2, _SH - 84),
        "CONTOH — bukan aplikasi asli",
        font=_font(28),
        fill=LIGHT_GREY,
        anchor="mm",
    )
    draw.rounded_rectangle(
        (_SW / 2 - 120, _SH - 34, _SW / 2 + 120, _SH - 24), radius=5, fill=(60, 64, 67)
    )
    return _png(img.reduce(2))


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# --- course cover ---------------------------------------------------------------------------------
_CVW, _CVH = 2400, 1350
Point = tuple[float, float]


@dataclass(frozen=True)
class _Pen:
    """Draws a pictogram in fractions of its size `s`, measured from its centre."""

    draw: ImageDraw.ImageDraw
    cx: float
    cy: float
    s: float
    ink: RGB
    hole: RGB  # the colour behind the pictogram, for the cut-out parts

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
        return (*self._pt(x0, y0), *self._pt(x1, y1))

    def _pt(self, x: float, y: float) -> Point:
        return self.cx + x * self.s, self.cy + y * self.s

    def _fill(self, hole: bool) -> RGB:
        return self.hole if hole else self.ink

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, r: float = 0, hole: bool = False
    ) -> None:
        self.draw.rounded_rectangle(
            self._box(x0, y0, x1, y1), radius=r * self.s, fill=self._fill(hole)
        )

    def oval(self, x0: float, y0: float, x1: float, y1: float, hole: bool = False) -> None:
        self.draw.ellipse(self._box(x0, y0, x1, y1), fill=self._fill(hole))

    def half_oval(self, x0: float, y0: float, x1: float, y1: float, top: bool, fill: RGB) -> None:
        start, end = (180, 360) if top else (0, 180)
        self.draw.pieslice(self._box(x0, y0, x1, y1), start, end, fill=fill)

    def poly(self, points: list[Point], hole: bool = False) -> None:
        self.draw.polygon([self._pt(x, y) for x, y in points], fill=self._fill(hole))

    def line(self, points: list[Point], width: float, hole: bool = False) -> None:
        pts = [self._pt(x, y) for x, y in points]
        self.draw.line(pts, fill=self._fill(hole), width=round(width * self.s), joint="curve")

    def arc(
        self, box: tuple[float, float, float, float], start: int, end: int, width: float
    ) -> None:
        self.draw.arc(self._box(*box), start, end, fill=self.ink, width=round(width * self.s))


def _icon_id(p: _Pen) -> None:
    p.rect(-0.5, -0.32, 0.5, 0.32, r=0.07)
    p.rect(-0.43, -0.19, -0.14, 0.23, r=0.03, hole=True)  # photo
    p.oval(-0.355, -0.12, -0.215, 0.02)
    p.half_oval(-0.405, 0.05, -0.165, 0.29, top=True, fill=p.ink)
    for i, length in enumerate((0.48, 0.40, 0.28)):
        y = -0.15 + 0.13 * i
        p.rect(-0.06, y, -0.06 + length, y + 0.06, r=0.03, hole=True)


def _icon_health(p: _Pen) -> None:
    p.rect(-0.15, -0.42, 0.15, 0.42, r=0.06)
    p.rect(-0.42, -0.15, 0.42, 0.15, r=0.06)


def _icon_heart(p: _Pen) -> None:
    # The classic parametric heart curve; it spans x in [-16, 16] and y in about [-12, 17].
    ts = [2 * math.pi * i / 180 for i in range(180)]
    curve = [
        (
            16 * math.sin(t) ** 3,
            -2.5 - 13 * math.cos(t) + 5 * math.cos(2 * t) + 2 * math.cos(3 * t) + math.cos(4 * t),
        )
        for t in ts
    ]
    p.poly([(x * 0.028, y * 0.028) for x, y in curve])


def _icon_shop(p: _Pen) -> None:
    pale = _mix(p.ink, p.hole, 0.3)
    for i in range(5):  # a striped awning with a scalloped edge
        x, fill = -0.45 + 0.18 * i, p.ink if i % 2 == 0 else pale
        p.draw.rectangle(p._box(x, -0.4, x + 0.18, -0.16), fill=fill)
        p.half_oval(x, -0.25, x + 0.18, -0.07, top=False, fill=fill)
    p.rect(-0.4, -0.02, 0.4, 0.4)
    p.rect(0.08, 0.08, 0.3, 0.4, hole=True)  # door
    p.rect(-0.3, 0.08, -0.02, 0.26, hole=True)  # window
    p.rect(-0.5, 0.4, 0.5, 0.44, r=0.02)  # pavement


def _icon_megaphone(p: _Pen) -> None:
    p.rect(-0.46, -0.13, -0.32, 0.13, r=0.04)
    p.poly([(-0.36, -0.1), (0.14, -0.34), (0.14, 0.34), (-0.36, 0.1)])
    p.rect(0.11, -0.37, 0.19, 0.37, r=0.04)
    p.rect(-0.3, 0.06, -0.19, 0.36, r=0.05)  # handle
    for r in (0.16, 0.28):  # sound waves
        p.arc((0.22 - r, -r, 0.22 + r, r), -50, 50, width=0.045)


def _icon_city(p: _Pen) -> None:
    ground = 0.4
    for left, width, height in (
        (-0.46, 0.2, 0.46),
        (-0.23, 0.24, 0.8),
        (0.04, 0.19, 0.6),
        (0.26, 0.2, 0.36),
    ):
        p.rect(left, ground - height, left + width, ground)
        win, gap = 0.045, (width - 2 * 0.045) / 3
        y = ground - height + 0.07
        while y + win < ground - 0.08:
            for col in range(2):
                x = left + gap + col * (win + gap)
                p.rect(x, y, x + win, y + win, hole=True)
            y += win + 0.06
    p.rect(-0.1, ground - 0.92, -0.08, ground - 0.8)  # antenna
    p.rect(-0.5, ground, 0.5, ground + 0.04, r=0.02)


def _icon_shield(p: _Pen) -> None:
    # The right half: a shoulder, then a quadratic Bézier down to the tip; the left half mirrors it.
    side: Point = (0.38, 0.02)
    control: Point = (0.34, 0.34)
    tip: Point = (0.0, 0.46)
    curve = [
        tuple(
            a * (1 - t) ** 2 + 2 * b * (1 - t) * t + c * t * t
            for a, b, c in zip(side, control, tip, strict=True)
        )
        for t in (i / 20 for i in range(21))
    ]
    right: list[Point] = [(0.0, -0.44), (0.17, -0.38), (0.38, -0.34), *((x, y) for x, y in curve)]
    p.poly(right + [(-x, y) for x, y in reversed(right[1:-1])])
    p.line([(-0.17, 0.0), (-0.04, 0.13), (0.19, -0.13)], width=0.08, hole=True)


def _icon_chat(p: _Pen) -> None:
    p.rect(-0.48, -0.4, 0.18, 0.06, r=0.1)
    p.poly([(-0.38, 0.0), (-0.4, 0.2), (-0.2, 0.0)])
    for i in range(3):
        x = -0.27 + 0.12 * i
        p.oval(x - 0.035, -0.2, x + 0.035, -0.13, hole=True)
    # The second bubble overlaps the first; a hole-coloured outline keeps the two apart.
    p.rect(-0.15, -0.11, 0.51, 0.37, r=0.12, hole=True)
    p.rect(-0.12, -0.08, 0.48, 0.34, r=0.1)
    p.poly([(0.24, 0.3), (0.4, 0.48), (0.38, 0.3)])
    for i, length in enumerate((0.36, 0.24)):
        y = 0.05 + 0.11 * i
        p.rect(-0.01, y, -0.01 + length, y + 0.05, r=0.025, hole=True)


_PICTOGRAMS: dict[str, Callable[[_Pen], None]] = {
    "id": _icon_id,
    "health": _icon_health,
    "heart": _icon_heart,
    "shop": _icon_shop,
    "megaphone": _icon_megaphone,
    "city": _icon_city,
    "shield": _icon_shield,
    "chat": _icon_chat,
}


def render_cover(cover: Cover, title: str) -> bytes:
    """A 1200x675 PNG: the label and title on the left, the pictogram on the right."""
    bg = _rgb(cover.color)
    ink = _ink_on(bg)
    img = Image.new("RGB", (_CVW, _CVH), bg)
    draw = ImageDraw.Draw(img)
    draw.polygon([(1250, 0), (1650, 0), (1050, _CVH), (650, _CVH)], fill=_mix(bg, ink, 0.06))
    draw.ellipse((-260, 980, 260, 1500), fill=_mix(bg, ink, 0.06))
    halo = _mix(bg, ink, 0.12)
    cx, cy, r = 1800, _CVH // 2, 520
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=halo)
    _PICTOGRAMS[cover.icon](_Pen(draw, cx, cy, 620, ink, halo))

    width = 1080
    label_t, label_lines = _fit(cover.label, width, range(150, 86, -8), bold=True, max_lines=2)
    title_t, title_lines = _fit(title, width, range(76, 46, -4), max_lines=3)
    block = len(label_lines) * label_t.line_height + 96 + len(title_lines) * title_t.line_height
    y = (_CVH - block) // 2
    y += _text_lines(draw, (150, y), label_lines, label_t, ink) + 36
    draw.rounded_rectangle((154, y, 314, y + 16), radius=8, fill=ink)
    _text_lines(draw, (150, y + 60), title_lines, title_t, ink)
    return _png(img.reduce(2))


# --- printable document -------------------------------------------------------------------------
_DW, _DH, _DPI, _DMARGIN = 1240, 1754, 150, 110  # A4 portrait at 150 dpi


def _checklist(draw: ImageDraw.ImageDraw, lines: tuple[str, ...], top: int, bottom: int) -> None:
    text_x = _DMARGIN + 76
    width = _DW - _DMARGIN - text_x
    for k in (1.0, 0.9, 0.8, 0.7):
        t, gap = _Type(round(36 * k)), round(36 * k)
        wrapped = [_wrap(line, t, width) for line in lines]
        if sum(len(w) * t.line_height + gap for w in wrapped) <= bottom - top:
            break
    y = top
    for item in wrapped:
        if y + len(item) * t.line_height > bottom:
            break  # out of room on the page even at the smallest size
        side, mid = round(t.size * 1.1), y + t.line_height // 2  # the box sits on the first line
        box = (_DMARGIN, mid - side // 2, _DMARGIN + side, mid + side // 2)
        draw.rounded_rectangle(box, radius=6, outline=(60, 64, 67), width=4)
        y += _text_lines(draw, (text_x, y), item, t, INK) + gap


def _document_image(doc: Document) -> Image.Image:
    img = Image.new("RGB", (_DW, _DH), WHITE)
    draw = ImageDraw.Draw(img)
    band = _rgb(BRAND)
    t, lines = _fit(doc.heading, _DW - 2 * _DMARGIN, range(60, 38, -4), bold=True, max_lines=3)
    band_h = max(240, len(lines) * t.line_height + 140)
    draw.rectangle((0, 0, _DW, band_h), fill=band)
    _text_lines(
        draw, (_DMARGIN, (band_h - len(lines) * t.line_height) // 2), lines, t, _ink_on(band)
    )

    footer_y = _DH - 130
    _checklist(draw, doc.lines, band_h + 90, footer_y - 50)
    draw.line([(_DMARGIN, footer_y), (_DW - _DMARGIN, footer_y)], fill=(218, 220, 224), width=3)
    brand_t, title_t = _Type(28, True), _Type(28)
    brand = "Pandu — Balikpapan"
    draw.text((_DMARGIN, footer_y + 50), brand, font=brand_t.font, fill=band, anchor="lm")
    room = _DW - 2 * _DMARGIN - brand_t.width(brand) - 60
    draw.text(
        (_DW - _DMARGIN, footer_y + 50),
        _ellipsize(doc.title, title_t, room),
        font=title_t.font,
        fill=GREY,
        anchor="rm",
    )
    return img


def render_document(doc: Document) -> bytes:
    """A one-page A4 PDF: the heading in a coloured band, then the lines as a checklist."""
    buf = io.BytesIO()
    # Explicit None dates keep Pillow from stamping the current time, so the bytes are stable.
    _document_image(doc).save(
        buf,
        "PDF",
        resolution=_DPI,
        title=doc.title,
        author="Pandu",
        creationDate=None,
        modDate=None,
        quality=90,
        subsampling=0,
    )
    return buf.getvalue()
