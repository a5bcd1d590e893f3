"""The demo pictures: right size and format, the tap ring only when asked, no crash on long text."""

from __future__ import annotations

import io
import itertools
from typing import get_args, get_type_hints

import pytest
from PIL import Image, ImageChops

from courses.demo.images import (
    SCREEN_SIZE,
    TAP,
    item_boxes,
    render_cover,
    render_document,
    render_screen,
    tap_areas,
)
from courses.demo.spec import Button, Cover, Document, Field, Line, Notice, Row, Screen

LONG = "Sangat-panjang-tanpa-spasi-https://contoh.go.id/layanan/aduan/nomor/123456789 " * 12
ITEMS = (
    Field("NIK", "6471 0000 0000 0000"),
    Field("Nomor HP"),
    Notice("Kode OTP sudah dikirim.", "info"),
    Line("Masukkan kode 6 angka.", bold=True),
    Button("Lanjut"),
    Button("Batal", primary=False),
    Row("Pengaturan", "Ubah kata sandi"),
    Notice("Berhasil.", "success"),
    Notice("Jangan bagikan OTP.", "danger"),
)


def _image(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    assert img.format == "PNG"
    return img.convert("RGB")


def _tap_pixels(img: Image.Image) -> int:
    """How many pixels have (nearly) the tap ring's colour."""
    masks = [
        band.point(lambda v, c=c: 255 if abs(v - c) < 12 else 0)
        for band, c in zip(img.split(), TAP, strict=True)
    ]
    both = ImageChops.multiply(ImageChops.multiply(masks[0], masks[1]), masks[2])
    return both.histogram()[255]


def test_screen_is_a_portrait_phone_png() -> None:
    img = _image(render_screen(Screen("Contoh", "Masuk", ITEMS)))
    assert img.size == (540, 1080)


@pytest.mark.parametrize("tap", range(len(ITEMS)))
def test_tap_ring_is_drawn_for_every_kind_of_item(tap: int) -> None:
    img = _image(render_screen(Screen("Contoh", "Masuk", ITEMS, tap=tap)))
    assert _tap_pixels(img) > 500


def test_no_tap_ring_without_tap() -> None:
    img = _image(render_screen(Screen("Contoh", "Masuk", ITEMS)))
    assert _tap_pixels(img) == 0


def test_item_boxes_are_where_the_items_are_drawn() -> None:
    screen = Screen("Contoh", "Masuk", ITEMS, color="#b71c1c")
    img = _image(render_screen(screen))
    boxes = item_boxes(screen)
    assert sorted(boxes) == list(range(len(ITEMS)))
    button = boxes[4]  # Button("Lanjut"): filled with the app's colour
    assert img.getpixel((round(button.left + 12), round((button.top + button.bottom) / 2))) == (
        183,
        28,
        28,
    )
    # Just outside the box the screen is white.
    assert img.getpixel((round(button.left + 12), round(button.top - 3))) == (255, 255, 255)
    tops = sorted((b.top, b.bottom) for b in boxes.values())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(tops)), "no overlap"
    assert all(0 <= b.left < b.right <= SCREEN_SIZE[0] for b in boxes.values())


def test_tap_areas_cover_buttons_rows_and_fields_without_overlapping() -> None:
    screen = Screen("Contoh", "Masuk", ITEMS)
    boxes, areas = item_boxes(screen), tap_areas(screen)
    assert sorted(areas) == [0, 1, 4, 5, 6]  # fields, buttons and the row; not text or notices
    for index, area in areas.items():
        assert area.contains(boxes[index])
    spans = sorted((a.top, a.bottom) for a in areas.values())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_screen_is_deterministic() -> None:
    screen = Screen("Contoh", "Masuk", ITEMS, tap=4)
    assert render_screen(screen) == render_screen(screen)


def test_long_texts_do_not_raise() -> None:
    items = (Field(LONG, LONG), Button(LONG), Line(LONG), Row(LONG, LONG), Notice(LONG, "danger"))
    img = _image(render_screen(Screen(LONG, LONG, items * 3, tap=2, color="#ffd54f")))
    assert img.size == (540, 1080)
    cover = _image(render_cover(Cover("#0b5cab", LONG, "chat"), LONG))
    assert cover.size == (1200, 675)


def test_empty_screen() -> None:
    assert _image(render_screen(Screen("", "", ()))).size == (540, 1080)


ICONS = get_args(get_type_hints(Cover)["icon"])


def test_every_icon_is_listed() -> None:
    assert len(ICONS) == 8


@pytest.mark.parametrize("icon", ICONS)
def test_cover_for_every_icon(icon: str) -> None:
    img = _image(render_cover(Cover("#0b5cab", "KTP Digital", icon), "Mengaktifkan IKD"))  # type: ignore[arg-type]
    assert img.size == (1200, 675)


def test_light_cover_colour_does_not_raise() -> None:
    assert _image(render_cover(Cover("#ffe082", "Aman", "shield"), "Judul")).size == (1200, 675)


DOC = Document(
    title="Daftar periksa IKD",
    description="Yang perlu dibawa.",
    filename="daftar-periksa-ikd.pdf",
    heading="Sebelum ke Disdukcapil",
    lines=("KTP-el asli.", "Ponsel dengan nomor HP aktif.", LONG),
)


def test_document_is_a_pdf() -> None:
    data = render_document(DOC)
    assert data.startswith(b"%PDF")
    assert b"/Type /Page" in data


def test_document_is_deterministic() -> None:
    assert render_document(DOC) == render_document(DOC)


def test_document_with_many_lines_does_not_raise() -> None:
    doc = Document("T", "", "t.pdf", LONG, tuple(LONG for _ in range(30)))
    assert render_document(doc).startswith(b"%PDF")
