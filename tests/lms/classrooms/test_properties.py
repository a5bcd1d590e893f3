"""Properties of what teachers and pupils type or upload: a roster file of any bytes is answered
with problems, never an error page; every pupil a clean roster holds is read back as written,
whatever the delimiter, encoding and column order; a class code typed any common way finds its
class, and a look-alike letter never finds another one."""

from __future__ import annotations

import csv
import io
import string
from dataclasses import replace

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from lms.accounts.phone import normalise_phone
from lms.classrooms import roster
from lms.classrooms.models import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, Classroom
from lms.classrooms.services import normalize_join_code

pytestmark = pytest.mark.django_db

PROPERTIES = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TODAY = timezone.localdate()


def check(data: bytes, classroom: Classroom) -> roster.RosterCheck:
    return roster.roster_check(data=data, classroom=classroom, today=TODAY)


# --- Any bytes ----------------------------------------------------------------------------------


@PROPERTIES
@given(data=st.one_of(st.binary(max_size=2000), st.binary().map(lambda b: b"PK\x03\x04" + b)))
def test_any_bytes_are_read_as_a_table_or_refused_with_the_modules_own_error(
    data: bytes,
) -> None:
    try:
        rows = list(roster.read_table(data))
    except roster.RosterUnreadable as error:
        rows, reason = [], error.message
    else:
        reason = ""
    assert reason or all(isinstance(cells, list) for _number, cells in rows)


# --- A clean roster round-trips -----------------------------------------------------------------

NAME_LETTERS = st.characters(categories=["L"]) | st.sampled_from(" '.-")
NAMES = (
    st.text(NAME_LETTERS, min_size=1, max_size=40)
    .map(lambda name: " ".join(name.split()))
    .filter(lambda name: name[:1].isalpha())
)
NISNS = st.one_of(st.just(""), st.from_regex(r"[0-9]{10}", fullmatch=True))
YEARS = st.integers(TODAY.year - 120, TODAY.year - 5)
EMAILS = st.from_regex(
    r"[a-z][a-z0-9]{0,8}(\.[a-z0-9]{1,4})?@[a-z]{2,9}\.(id|com|sch\.id)", fullmatch=True
)
MOBILES = st.from_regex(r"08[1-9][0-9]{7,10}", fullmatch=True)
# Random cells, and cells that look like what the columns hold, so that some rows pass.
CELL = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=12),
    NAMES,
    YEARS.map(str),
    NISNS,
    EMAILS,
    MOBILES,
)
ROW_LIKE = st.tuples(NAMES | CELL, NISNS | CELL, YEARS.map(str) | CELL, EMAILS | MOBILES | CELL)
PLAUSIBLE = st.tuples(NAMES, NISNS, YEARS.map(str), EMAILS | MOBILES | CELL)
LINES = st.lists(st.lists(CELL, max_size=6) | ROW_LIKE.map(list) | PLAUSIBLE.map(list), max_size=8)
PHONE_SPELLINGS = [
    lambda local: local,
    lambda local: "-".join(local[i : i + 4] for i in range(0, len(local), 4)),
    lambda local: " ".join(local[i : i + 4] for i in range(0, len(local), 4)),
    lambda local: "+62 " + local[1:],
    lambda local: "62" + local[1:],
]


@st.composite
def pupils(draw: st.DrawFn) -> tuple[roster.RosterRow, str]:
    """A pupil as the checker should read them, and the contact cell as a teacher typed it."""
    kind = draw(st.sampled_from(["none", "email", "phone"]))
    email = phone = contact = ""
    if kind == "email":
        email = draw(EMAILS)
        contact = draw(st.sampled_from([email, email.upper(), f" {email} "]))
    elif kind == "phone":
        local = draw(MOBILES)
        contact = draw(st.sampled_from(PHONE_SPELLINGS))(local)
        phone = normalise_phone(local) or ""
    row = roster.RosterRow(
        line=0,
        full_name=draw(NAMES),
        nisn=draw(NISNS),
        birth_year=draw(YEARS),
        email=email,
        phone=phone,
    )
    return row, contact


def write_cells(
    pupils: list[tuple[roster.RosterRow, str]], header: list[str], delimiter: str, encoding: str
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row, contact in pupils:
        cells = {
            "Nama": row.full_name,
            "NISN": row.nisn,
            "Tahun lahir": str(row.birth_year),
            "Email atau HP": contact,
        }
        writer.writerow([cells[title] for title in header])
    return out.getvalue().encode(encoding)


def write(rows: list[roster.RosterRow], header: list[str], delimiter: str, encoding: str) -> bytes:
    return write_cells([(row, row.email or row.phone) for row in rows], header, delimiter, encoding)


def distinct(pupils: list[tuple[roster.RosterRow, str]]) -> bool:
    """No two rows the checker would call the same pupil."""
    keys: list[tuple[str, str]] = []
    for row, _contact in pupils:
        name = f"{row.full_name.casefold()}|{row.birth_year}"
        keys.append(("nisn", row.nisn) if row.nisn else ("name", name))
        keys.extend((kind, value) for kind, value in (("e", row.email), ("p", row.phone)) if value)
    return len(keys) == len(set(keys))


@PROPERTIES
@given(
    written=st.lists(pupils(), min_size=1, max_size=6),
    header=st.permutations(roster.TEMPLATE_HEADER),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_every_pupil_of_a_clean_roster_is_read_back_as_written(
    classroom: Classroom,
    written: list[tuple[roster.RosterRow, str]],
    header: list[str],
    delimiter: str,
    encoding: str,
) -> None:
    assume(distinct(written))
    try:
        data = write_cells(written, header, delimiter, encoding)
    except UnicodeEncodeError:  # a name Windows-1252 cannot hold is saved as UTF-8 instead
        encoding = "utf-8"
        data = write_cells(written, header, delimiter, encoding)
    # Windows-1252 bytes that also spell valid UTF-8 (e.g. "Ã©") are read as UTF-8: no reader
    # can tell those two files apart.
    assume(encoding != "cp1252" or data.decode("cp1252") == data.decode("utf-8", "replace"))
    result = check(data, classroom)
    assert result.problems == []
    expected = [replace(row, line=line) for line, (row, _c) in enumerate(written, start=2)]
    assert result.rows == expected


def as_lines(rows: list[list[str]], delimiter: str) -> str:
    return "\n".join(delimiter.join(cells) for cells in rows)


@PROPERTIES
@given(
    body=LINES,
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_text_under_a_right_header_gets_problems_or_rows_never_an_exception(
    classroom: Classroom, body: list[list[str]], delimiter: str, encoding: str
) -> None:
    """Rows of random cells under the template's header: each accepted row, written again,
    is accepted again as the same pupil (so nothing is accepted that the rules would refuse)."""
    text = as_lines([roster.TEMPLATE_HEADER, *body], delimiter)
    result = check(text.encode(encoding), classroom)
    assert all(problem.message for problem in result.problems)
    event("some rows accepted" if result.rows else "no row accepted")
    if result.rows:
        again = check(write(result.rows, list(roster.TEMPLATE_HEADER), ";", "utf-8"), classroom)
        assert [replace(row, line=0) for row in again.rows] == [
            replace(row, line=0) for row in result.rows
        ]


# --- Class codes --------------------------------------------------------------------------------

CODES = st.text(st.sampled_from(JOIN_CODE_ALPHABET), min_size=JOIN_CODE_LENGTH).map(
    lambda code: code[:JOIN_CODE_LENGTH]
)
GAPS = st.lists(st.sampled_from([" ", "-", "\t", "\u00a0", "  ", "--"]), max_size=2).map("".join)


@st.composite
def typed(draw: st.DrawFn, code: str) -> str:
    """The code as a person types it: any case, spaces and dashes anywhere."""
    out = draw(GAPS)
    for char in code:
        out += draw(st.sampled_from([char, char.lower()])) + draw(GAPS)
    return out


@PROPERTIES
@given(data=st.data(), code=CODES)
def test_a_class_code_typed_any_common_way_is_that_code(data: st.DataObject, code: str) -> None:
    assert normalize_join_code(data.draw(typed(code))) == code


@PROPERTIES
@given(text=st.text())
def test_reading_a_typed_class_code_is_idempotent(text: str) -> None:
    once = normalize_join_code(text)
    assert normalize_join_code(once) == once


@PROPERTIES
@given(data=st.data(), code=CODES, look_alike=st.sampled_from("0Oo1IiLl"))
def test_a_look_alike_letter_never_makes_another_classs_code(
    data: st.DataObject, code: str, look_alike: str
) -> None:
    """No code holds 0, O, 1, I or L, so a code typed with one is refused, never read as some
    other class's code."""
    position = data.draw(st.integers(0, JOIN_CODE_LENGTH - 1))
    mistyped = code[:position] + look_alike + code[position + 1 :]
    read = normalize_join_code(mistyped)
    assert not (len(read) == JOIN_CODE_LENGTH and set(read) <= set(JOIN_CODE_ALPHABET))
    assert set(string.ascii_uppercase + string.digits) - set(JOIN_CODE_ALPHABET) == set("01ILO")
