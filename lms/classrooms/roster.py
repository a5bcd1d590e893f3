"""A class roster from a spreadsheet (CSV or XLSX): read it, check every row, and say what is
wrong in words a teacher understands. Nothing here writes: `services.class_roster_import` adds
the pupils of a roster that `roster_check` found clean.

The columns: name, NISN (optional, 10 digits), birth year, email or phone (optional). The first
row names them, in Indonesian or English, in any order. Excel in Indonesia writes CSV with
semicolons and in Windows-1252; other programs with commas and in UTF-8 (with or without a BOM).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.accounts.forms import OLDEST_AGE, YOUNGEST_AGE
from lms.accounts.models import User
from lms.accounts.phone import normalise_phone
from lms.core import uploads

from .models import ClassStudent

if TYPE_CHECKING:
    from .models import Classroom

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 10_000
# A sheet formatted down to row 1,048,576 is read as that many empty rows: stop well before.
MAX_BLANK_RUN = 1_000
MAX_NAME_LENGTH = 150

NAME, NISN, BIRTH_YEAR, CONTACT, EMAIL, PHONE = (
    "name",
    "nisn",
    "birth_year",
    "contact",
    "email",
    "phone",
)
# Column titles people write, reduced to letters and digits.
HEADERS = {
    NAME: {"nama", "namalengkap", "namasiswa", "namapeserta", "name", "fullname"},
    NISN: {"nisn"},
    BIRTH_YEAR: {"tahunlahir", "thnlahir", "thlahir", "birthyear", "yearofbirth"},
    CONTACT: {
        "emailatauhp",
        "emailhp",
        "hpatauemail",
        "hpemail",
        "emailataunohp",
        "emailatautelepon",
        "kontak",
        "emailorphone",
        "contact",
    },
    EMAIL: {"email", "surel", "alamatemail"},
    PHONE: {"hp", "nohp", "nomorhp", "telepon", "notelepon", "wa", "nowa", "whatsapp", "phone"},
}
_HEADER_OF = {alias: column for column, aliases in HEADERS.items() for alias in aliases}
TEMPLATE_HEADER = ["Nama", "NISN", "Tahun lahir", "Email atau HP"]

Cell = str | int | float | datetime.date | None


class RosterUnreadable(Exception):
    """The file as a whole cannot be read; the message says why, for the teacher."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RosterRow:
    line: int  # the row's number as the spreadsheet shows it (the column titles are row 1)
    full_name: str
    nisn: str
    birth_year: int
    email: str
    phone: str  # E.164


@dataclass(frozen=True)
class Problem:
    line: int | None  # None: the whole file
    message: str


@dataclass
class RosterCheck:
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems and bool(self.rows)


# --- Reading ------------------------------------------------------------------------------------
def read_table(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    """(row number, cells) for each row of the file, whatever its kind; the kind is told by the
    content, never by the file's name."""
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise RosterUnreadable(
            _(
                "This is an old Excel file (.xls). In Excel choose File, Save As, and save it "
                "as “Excel Workbook (.xlsx)” or “CSV”, then choose that file."
            )
        )
    return _read_csv(_decode(data))


def _decode(data: bytes) -> str:
    text = _decoded(data)
    # cp1252 decodes almost any bytes: control characters show it was not text at all.
    if text is not None and not uploads.has_control_characters(text):
        return text
    raise RosterUnreadable(
        _(
            "This file cannot be read as a table: it is not a CSV or XLSX file, or its letters "
            "are in an unknown encoding. Save it from your spreadsheet as “CSV UTF-8” or as "
            "“Excel Workbook (.xlsx)”."
        )
    )


def _decoded(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return None


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _read_csv(text: str) -> Iterator[tuple[int, list[Cell]]]:
    lines = text.splitlines()
    start = 0
    # Excel's own hint on the first line, e.g. "sep=;".
    if lines and lines[0].lower().startswith("sep=") and len(lines[0]) == 5:
        delimiter, start = lines[0][4], 1
    else:
        delimiter = _delimiter(next((line for line in lines if line.strip()), ""))
    reader = csv.reader(lines[start:], delimiter=delimiter)
    try:
        for number, row in enumerate(reader, start=1):
            yield number, list(row)
    except csv.Error as error:
        raise RosterUnreadable(
            _("The file is not a well-formed CSV file (%(error)s).") % {"error": error}
        ) from error


def _read_xlsx(data: bytes) -> Iterator[tuple[int, list[Cell]]]:
    not_xlsx = _(
        "This file is not an Excel workbook (.xlsx), whatever its name says. Save it from your "
        "spreadsheet as “Excel Workbook (.xlsx)” or as “CSV”."
    )
    # Checked before openpyxl opens it: an archive that unpacks outside its folder or to far
    # more than its size (a "zip bomb") is refused from its directory alone.
    try:
        members = uploads.check_zip(data)
    except ValidationError as error:
        if error.code == "not_zip":
            raise RosterUnreadable(not_xlsx) from error
        raise RosterUnreadable(error.messages[0]) from error
    names = {info.filename for info in members}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise RosterUnreadable(not_xlsx)
    # Imported here: openpyxl takes a moment to import, and only XLSX files need it.
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise RosterUnreadable(not_xlsx) from error
    return _xlsx_rows(workbook)


def _xlsx_rows(workbook: object) -> Iterator[tuple[int, list[Cell]]]:
    try:
        sheet = workbook.worksheets[0]  # type: ignore[attr-defined]
        blank_run = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if all(_blank(cell) for cell in cells):
                blank_run += 1
                if blank_run > MAX_BLANK_RUN:
                    return
                continue
            blank_run = 0
            yield number, cells
    except RosterUnreadable:
        raise
    except Exception as error:  # a damaged sheet fails while it is read
        raise RosterUnreadable(
            _("This workbook is damaged and cannot be read. Save it again and retry.")
        ) from error
    finally:
        workbook.close()  # type: ignore[attr-defined]


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


# --- Checking -----------------------------------------------------------------------------------
def _header_key(title: Cell) -> str:
    return re.sub(r"[^a-z0-9]", "", _text(title).lower())


def _columns(header: list[Cell]) -> tuple[dict[str, int], list[Problem]]:
    found: dict[str, int] = {}
    problems = []
    expected = ", ".join(TEMPLATE_HEADER)
    for index, title in enumerate(header):
        if _blank(title):
            continue
        column = _HEADER_OF.get(_header_key(title))
        if column is None:
            problems.append(
                Problem(
                    1,
                    _("Unknown column “%(title)s”. The columns are: %(expected)s.")
                    % {"title": _text(title), "expected": expected},
                )
            )
        elif column in found:
            problems.append(
                Problem(1, _("The column “%(title)s” appears twice.") % {"title": _text(title)})
            )
        else:
            found[column] = index
    missing = [
        label
        for column, label in ((NAME, TEMPLATE_HEADER[0]), (BIRTH_YEAR, TEMPLATE_HEADER[2]))
        if column not in found
    ]
    if missing:
        problems.append(
            Problem(
                1,
                _(
                    "The column “%(missing)s” is missing. The first row must name the columns: "
                    "%(expected)s."
                )
                % {"missing": "”, “".join(missing), "expected": expected},
            )
        )
    return found, problems


def _birth_year(cell: Cell, this_year: int) -> tuple[int | None, str]:
    if isinstance(cell, datetime.date):
        year = cell.year
    else:
        text = _text(cell)
        if not text:
            return None, _("The birth year is missing.")
        if not re.fullmatch(r"\d{4}", text):
            return None, _(
                "Write only the birth year, as four digits (e.g. 2014), not “%(value)s”."
            ) % {"value": text}
        year = int(text)
    if not this_year - OLDEST_AGE <= year <= this_year - YOUNGEST_AGE:
        return None, _("The birth year %(year)s cannot be right for a pupil.") % {"year": year}
    return year, ""


def _nisn(cell: Cell) -> tuple[str, str]:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        # A spreadsheet keeps an NISN typed as a number without its leading zeros.
        text = _text(cell).zfill(10)
    else:
        text = re.sub(r"[\s.\-]", "", _text(cell))
    if not text or re.fullmatch(r"\d{10}", text):
        return text, ""
    message = _("The NISN “%(value)s” must have exactly 10 digits.") % {"value": _text(cell)}
    if text.isdigit() and len(text) < 10:
        message += " " + _(
            "A spreadsheet may have dropped a leading 0: format the NISN column as text."
        )
    return "", message


def _contact(cell: Cell, kind: str) -> tuple[str, str, str]:
    """(email, phone, problem)."""
    text = _text(cell)
    if not text:
        return "", "", ""
    if kind == EMAIL or (kind == CONTACT and "@" in text):
        try:
            validate_email(text)
        except ValidationError:
            return "", "", _("“%(value)s” is not an email address.") % {"value": text}
        return text.lower(), "", ""
    phone = normalise_phone(text)
    if phone is None:
        return (
            "",
            "",
            _("“%(value)s” is neither an email address nor an Indonesian mobile number.")
            % {"value": text},
        )
    return "", phone, ""


def roster_check(
    *, data: bytes, classroom: Classroom, today: datetime.date | None = None
) -> RosterCheck:
    """Every row of the file checked, and every problem found, with its row number. A fixed
    number of queries whatever the size of the file."""
    check = RosterCheck()
    if len(data) > MAX_BYTES:
        check.problems.append(
            Problem(None, _("The file is larger than 2 MB. Split the roster into smaller files."))
        )
        return check
    try:
        table = list(_limited(read_table(data)))
    except RosterUnreadable as error:
        check.problems.append(Problem(None, error.message))
        return check
    except _TooManyRows:
        check.problems.append(
            Problem(
                None,
                _("The file has more than %(max)s rows. Split the roster into smaller files.")
                % {"max": f"{MAX_ROWS:,}".replace(",", ".")},
            )
        )
        return check
    if not table:
        check.problems.append(Problem(None, _("The file is empty.")))
        return check
    (_line, header), body = table[0], table[1:]
    columns, problems = _columns(header)
    if problems:
        check.problems.extend(problems)
        return check
    if not body:
        check.problems.append(Problem(None, _("The file has column titles but no pupils.")))
        return check
    this_year = (today or timezone.localdate()).year
    for line, cells in body:
        row, row_problems = _row(line, cells, columns, this_year)
        check.problems.extend(row_problems)
        if row is not None:
            check.rows.append(row)
    check.problems.extend(_duplicates(check.rows))
    check.problems.extend(_clashes(check.rows, classroom))
    check.problems.sort(key=lambda problem: problem.line or 0)
    return check


class _TooManyRows(Exception):
    pass


def _limited(rows: Iterable[tuple[int, list[Cell]]]) -> Iterator[tuple[int, list[Cell]]]:
    count = 0
    for line, cells in rows:
        if all(_blank(cell) for cell in cells):
            continue
        count += 1
        if count > MAX_ROWS + 1:  # the column titles and MAX_ROWS pupils
            raise _TooManyRows
        yield line, cells


def _row(
    line: int, cells: list[Cell], columns: dict[str, int], this_year: int
) -> tuple[RosterRow | None, list[Problem]]:
    def cell(column: str) -> Cell:
        index = columns.get(column)
        return cells[index] if index is not None and index < len(cells) else None

    messages = []
    if any(not _blank(value) for value in cells[max(columns.values()) + 1 :]):
        messages.append(_("This row has more cells than there are columns."))
    name = _text(cell(NAME))
    if not name:
        messages.append(_("The name is missing."))
    elif len(name) > MAX_NAME_LENGTH:
        messages.append(_("The name is longer than %(max)s characters.") % {"max": MAX_NAME_LENGTH})
    nisn, problem = _nisn(cell(NISN))
    if problem:
        messages.append(problem)
    year, problem = _birth_year(cell(BIRTH_YEAR), this_year)
    if problem:
        messages.append(problem)
    email = phone = ""
    for column in (CONTACT, EMAIL, PHONE):
        found_email, found_phone, problem = _contact(cell(column), column)
        email, phone = email or found_email, phone or found_phone
        if problem:
            messages.append(problem)
    if messages or year is None:
        return None, [Problem(line, message) for message in messages]
    return RosterRow(line, name, nisn, year, email, phone), []


def _duplicates(rows: list[RosterRow]) -> list[Problem]:
    """Each pupil once: the same NISN, email or phone twice, or the same name and birth year
    twice without an NISN to tell them apart."""
    problems = []
    first_seen: dict[tuple[str, str], int] = {}
    for row in rows:
        keys = []
        if row.nisn:
            keys.append(("nisn", row.nisn))
        else:
            keys.append(("name", f"{row.full_name.casefold()}|{row.birth_year}"))
        if row.email:
            keys.append(("email", row.email))
        if row.phone:
            keys.append(("phone", row.phone))
        earlier = next((first_seen[key] for key in keys if key in first_seen), None)
        if earlier is not None:
            problems.append(
                Problem(
                    row.line,
                    _("This pupil is already in row %(line)s of the file.") % {"line": earlier},
                )
            )
        for key in keys:
            first_seen.setdefault(key, row.line)
    return problems


def _clashes(rows: list[RosterRow], classroom: Classroom) -> list[Problem]:
    """NISNs already in the class, and email addresses or numbers that already have an account.
    Three queries."""
    nisns = {row.nisn for row in rows if row.nisn}
    emails = {row.email for row in rows if row.email}
    phones = {row.phone for row in rows if row.phone}
    in_class = (
        dict(
            ClassStudent.objects.filter(classroom=classroom, nisn__in=nisns).values_list(
                "nisn", "user__full_name"
            )
        )
        if nisns
        else {}
    )
    taken_emails: set[str] = set()
    if emails:
        taken_emails = {
            email.lower()
            for email in EmailAddress.objects.filter(email__in=emails).values_list(
                "email", flat=True
            )
        } | {
            email.lower()
            for email in User.objects.filter(Q(email__in=emails)).values_list("email", flat=True)
        }
    taken_phones = (
        set(User.objects.filter(phone__in=phones).values_list("phone", flat=True))
        if phones
        else set()
    )
    problems = []
    for row in rows:
        if row.nisn in in_class:
            problems.append(
                Problem(
                    row.line,
                    _("The NISN %(nisn)s is already in this class (%(name)s).")
                    % {"nisn": row.nisn, "name": in_class[row.nisn]},
                )
            )
        if row.email in taken_emails or row.phone in taken_phones:
            problems.append(
                Problem(
                    row.line,
                    _(
                        "This email address or number already has a Pandu account. Remove it "
                        "from the file and add this pupil with “Add a student” instead."
                    ),
                )
            )
    return problems
