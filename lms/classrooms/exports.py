"""The gradebook as a file a teacher opens in a spreadsheet: CSV (UTF-8 with a byte-order mark,
so that Excel reads names with accents) and XLSX.

Names and titles are typed by people. A spreadsheet runs a cell that begins with = + - or @ as a
formula (and a tab or carriage return can smuggle one in), so such text gets a leading apostrophe:
the spreadsheet shows it as text and runs nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .reports import Gradebook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

Cell = str | int | None


def spreadsheet_safe(value: Cell) -> Cell:
    """Text a spreadsheet will show, never run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def gradebook_table(book: Gradebook) -> Iterator[list[Cell]]:
    """The header, then one row per student: name, NISN, the best score (per cent) and the
    number of attempts in each activity, and each course's total (per cent). An activity not
    tried is an empty cell."""
    header: list[Cell] = [_("Name"), _("NISN")]
    for column in book.columns:
        if column.activity is not None:
            header += [
                _("%(activity)s: best score (%%)") % {"activity": column.title},
                _("%(activity)s: attempts") % {"activity": column.title},
            ]
        else:
            header.append(_("%(total)s (%%)") % {"total": column.title})
    yield [spreadsheet_safe(cell) for cell in header]
    for row in book.rows:
        line: list[Cell] = [row.name, row.membership.nisn or None]
        for column in book.columns:
            if column.activity is not None:
                score = row.scores.get(column.activity.id)
                line += [score.percent, score.attempts] if score else [None, None]
            else:
                line.append(row.value(column))
        yield [spreadsheet_safe(cell) for cell in line]


def file_name(book: Gradebook, extension: str) -> str:
    day = timezone.localdate().isoformat()
    prefix = _("grades")
    return f"{prefix}-{slugify(book.classroom.name) or book.classroom.pk}-{day}.{extension}"


def gradebook_csv(book: Gradebook) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for line in gradebook_table(book):
        writer.writerow(["" if cell is None else cell for cell in line])
    return buffer.getvalue().encode("utf-8-sig")


def gradebook_xlsx(book: Gradebook) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # noqa: S101 - a new workbook has a sheet
    sheet.title = _("Grades")[:31]
    for line in gradebook_table(book):
        # Escaped by gradebook_table: openpyxl stores text beginning with "=" as a formula.
        sheet.append(line)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 28
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
