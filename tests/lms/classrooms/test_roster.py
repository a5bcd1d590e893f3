"""A class roster from a teacher's spreadsheet: every problem row shown with its reason, nothing
imported until the file is clean, then everything at once."""

from __future__ import annotations

import datetime
import io
import zipfile

import openpyxl
import pytest
from django.utils import timezone
from django.utils.translation import gettext, override
from pytest_django import DjangoAssertNumQueries

from lms.accounts.consent import ConsentStatus, consent_status
from lms.accounts.models import LoginCode, Role, User
from lms.classrooms import roster, services
from lms.classrooms.models import Classroom, ClassStudent, JoinedBy
from lms.core.models import AuditEntry
from tests.lms.classrooms.conftest import make_person

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year
PUPIL_YEAR = THIS_YEAR - 12


def csv_bytes(lines: list[str], *, encoding: str = "utf-8", sep: str = ";") -> bytes:
    return "\r\n".join(line.replace(";", sep) for line in lines).encode(encoding)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def t(text: str) -> str:
    """What an Indonesian teacher reads for an interface text."""
    with override("id"):
        return gettext(text)


def check(data: bytes, classroom: Classroom) -> roster.RosterCheck:
    with override("id"):
        return roster.roster_check(data=data, classroom=classroom)


def problems(result: roster.RosterCheck) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in result.problems]


HEADER = "Nama;NISN;Tahun lahir;Email atau HP"


def test_an_excel_csv_from_indonesia_is_read_semicolons_and_windows_1252(
    classroom: Classroom,
) -> None:
    data = csv_bytes(
        [
            HEADER,
            f"André Wijaya;0081234567;{PUPIL_YEAR};",
            f"Siti Aminah;;{PUPIL_YEAR};0812 3456 7890",
        ],
        encoding="cp1252",
    )
    result = check(data, classroom)
    assert result.clean, problems(result)
    assert [(r.full_name, r.nisn, r.birth_year, r.phone) for r in result.rows] == [
        ("André Wijaya", "0081234567", PUPIL_YEAR, ""),
        ("Siti Aminah", "", PUPIL_YEAR, "+6281234567890"),
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_commas_and_utf8_with_or_without_a_bom_are_read(
    classroom: Classroom, encoding: str
) -> None:
    data = csv_bytes(
        ["name,birth year,email or phone", f"Ñoman Gédé,{PUPIL_YEAR},noman@contoh.id"],
        encoding=encoding,
        sep=",",
    )
    result = check(data, classroom)
    assert result.clean, problems(result)
    assert result.rows[0].full_name == "Ñoman Gédé"
    assert result.rows[0].email == "noman@contoh.id"


def test_every_problem_row_is_shown_with_its_reason_in_indonesian(
    classroom: Classroom, teacher: User
) -> None:
    member = make_person("ada")
    services.class_student_add(
        classroom=classroom,
        student=member,
        actor=teacher,
        joined_by=JoinedBy.TEACHER,
        nisn="0099999999",
    )
    User.objects.create_user(username="punya", password="x", phone="+6281111111111")
    data = csv_bytes(
        [
            HEADER,
            f"Budi;12345678;{PUPIL_YEAR};",  # row 2: NISN without its leading zeros
            f"Citra;;{THIS_YEAR - 1};",  # row 3: a baby
            "Dewi;;12-05-2014;",  # row 4: a date, not a year
            f";;{PUPIL_YEAR};",  # row 5: no name
            f"Eka;0011111111;{PUPIL_YEAR};",
            f"Eka Lain;0011111111;{PUPIL_YEAR};",  # row 7: same NISN as row 6
            f"Fajar;0099999999;{PUPIL_YEAR};",  # row 8: NISN already in the class
            f"Gita;;{PUPIL_YEAR};0811-1111-1111",  # row 9: the number has an account
            f"Hana;;{PUPIL_YEAR};bukan-email",  # row 10
            f"Hana;;{PUPIL_YEAR};",  # row 11: fine
            f"hana;;{PUPIL_YEAR};",  # row 12: row 11 again
        ]
    )
    result = check(data, classroom)
    assert not result.clean
    found = problems(result)
    lines = [line for line, _message in found]
    assert lines == [2, 3, 4, 5, 7, 8, 9, 10, 12]
    messages = dict(found)
    assert messages[2] == (
        t("The NISN “%(value)s” must have exactly 10 digits.") % {"value": "12345678"}
        + " "
        + t("A spreadsheet may have dropped a leading 0: format the NISN column as text.")
    )
    assert messages[3] == t("The birth year %(year)s cannot be right for a pupil.") % {
        "year": THIS_YEAR - 1
    }
    assert "12-05-2014" in messages[4]
    assert messages[5] == t("The name is missing.")
    assert messages[7] == t("This pupil is already in row %(line)s of the file.") % {"line": 6}
    assert messages[8] == t("The NISN %(nisn)s is already in this class (%(name)s).") % {
        "nisn": "0099999999",
        "name": "Ada",
    }
    assert messages[9] == t(
        "This email address or number already has a Pandu account. Remove it "
        "from the file and add this pupil with “Add a student” instead."
    )
    assert "bukan-email" in messages[10]
    assert messages[12] == t("This pupil is already in row %(line)s of the file.") % {"line": 11}


def test_wrong_and_missing_columns_are_named(classroom: Classroom) -> None:
    result = check(csv_bytes(["Nama;Tgl lahir;Kelas", f"Budi;{PUPIL_YEAR};7A"]), classroom)
    found = problems(result)
    assert [line for line, _m in found] == [1, 1, 1]
    text = " ".join(message for _line, message in found)
    for named in ("Tgl lahir", "Kelas", "Tahun lahir"):
        assert named in text
    assert not result.rows


UNREADABLE = (
    "This file cannot be read as a table: it is not a CSV or XLSX file, or its letters are in an "
    "unknown encoding. Save it from your spreadsheet as “CSV UTF-8” or as “Excel Workbook "
    "(.xlsx)”."
)

OLD_XLS = (
    "This is an old Excel file (.xls). In Excel choose File, Save As, and save it as “Excel "
    "Workbook (.xlsx)” or “CSV”, then choose that file."
)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "The file is empty."),
        (b"Nama;Tahun lahir\r\n", "The file has column titles but no pupils."),
        # Bytes that are neither UTF-8 nor Windows-1252 (0x81 is unused in Windows-1252).
        (b"Nama;Tahun lahir\r\nBudi \x81\x8d;2014\r\n", UNREADABLE),
        (b"\x00\x01\x02binary\x00", UNREADABLE),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, OLD_XLS),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_in_words(
    classroom: Classroom, data: bytes, words: str
) -> None:
    result = check(data, classroom)
    assert not result.clean
    assert len(result.problems) == 1
    assert result.problems[0].line is None
    assert result.problems[0].message == t(words)


def test_a_zip_that_is_not_a_workbook_is_refused_whatever_its_name(classroom: Classroom) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    result = check(out.getvalue(), classroom)
    assert [p.line for p in result.problems] == [None]
    assert result.problems[0].message == t(
        "This file is not an Excel workbook (.xlsx), whatever its name says. Save it from your "
        "spreadsheet as “Excel Workbook (.xlsx)” or as “CSV”."
    )
    damaged = xlsx_bytes([["Nama", "Tahun lahir"]])[:300]
    assert not check(damaged, classroom).clean


def test_an_xlsx_workbook_is_read_by_its_content_numbers_and_dates_included(
    classroom: Classroom,
) -> None:
    data = xlsx_bytes(
        [
            ["Nama Lengkap", "NISN", "Tahun Lahir", "No HP"],
            ["Budi Santoso", 81234567, PUPIL_YEAR, None],  # a number: its zeros were dropped
            ["Citra", "0091234567", datetime.date(PUPIL_YEAR, 5, 2), "081234567890"],
            [None, None, None, None],
            ["Dewi", None, float(PUPIL_YEAR), None],
        ]
    )
    result = check(data, classroom)
    assert result.clean, problems(result)
    assert [(r.line, r.full_name, r.nisn, r.birth_year) for r in result.rows] == [
        (2, "Budi Santoso", "0081234567", PUPIL_YEAR),
        (3, "Citra", "0091234567", PUPIL_YEAR),
        (5, "Dewi", "", PUPIL_YEAR),
    ]
    assert result.rows[1].phone == "+6281234567890"


def ten_thousand(count: int) -> bytes:
    lines = [HEADER] + [f"Siswa Nomor {n};{n:010d};{PUPIL_YEAR};" for n in range(1, count + 1)]
    return csv_bytes(lines)


def test_ten_thousand_rows_are_checked_and_one_more_is_refused(
    classroom: Classroom, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    data = ten_thousand(roster.MAX_ROWS)
    assert len(data) < roster.MAX_BYTES
    with django_assert_num_queries(1):  # the NISNs already in the class
        result = check(data, classroom)
    assert result.clean
    assert len(result.rows) == roster.MAX_ROWS
    too_many = check(ten_thousand(roster.MAX_ROWS + 1), classroom)
    assert [p.line for p in too_many.problems] == [None]
    assert "10.000" in too_many.problems[0].message


def test_a_file_over_two_megabytes_is_refused(classroom: Classroom) -> None:
    data = csv_bytes([HEADER, f"{'A' * (roster.MAX_BYTES)};;{PUPIL_YEAR};"])
    result = check(data, classroom)
    assert [p.line for p in result.problems] == [None]
    assert result.problems[0].message == t(
        "The file is larger than 2 MB. Split the roster into smaller files."
    )


def test_checking_makes_the_same_queries_for_a_small_and_a_large_file(
    classroom: Classroom, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    def rows(count: int) -> bytes:
        return csv_bytes(
            [HEADER] + [f"Siswa {n};{n:010d};{PUPIL_YEAR};s{n}@contoh.id" for n in range(count)]
        )

    with django_assert_num_queries(3):
        assert check(rows(3), classroom).clean
    with django_assert_num_queries(3):
        assert check(rows(300), classroom).clean


def test_a_clean_roster_is_imported_at_once_with_login_codes(
    classroom: Classroom, teacher: User
) -> None:
    data = csv_bytes(
        [
            HEADER,
            f"Budi Santoso;0081234567;{PUPIL_YEAR};",
            f"Citra Lestari;;{PUPIL_YEAR};citra@contoh.id",
            f"Pak Darto;;{THIS_YEAR - 40};0812 2222 3333",
        ]
    )
    result = check(data, classroom)
    assert result.clean
    created = services.class_roster_import(classroom=classroom, rows=result.rows, actor=teacher)
    assert [user.full_name for user, _code in created] == [
        "Budi Santoso",
        "Citra Lestari",
        "Pak Darto",
    ]
    budi, _code = created[0]
    budi.refresh_from_db()
    assert budi.birth_year == PUPIL_YEAR
    assert not budi.has_usable_password()
    assert budi.role_grants.filter(role=Role.STUDENT).exists()
    # Children wait for their guardian's consent; the adult does not.
    assert consent_status(budi) == ConsentStatus.PENDING
    assert consent_status(created[2][0]) == ConsentStatus.NOT_NEEDED
    membership = ClassStudent.objects.get(classroom=classroom, user=budi)
    assert (membership.nisn, membership.joined_by) == ("0081234567", JoinedBy.ROSTER)
    assert User.objects.get(full_name="Pak Darto").phone == "+6281222223333"
    # One code each, stored only as a hash.
    assert LoginCode.objects.filter(user__in=[u for u, _c in created]).count() == 3
    codes = {code for _u, code in created}
    assert not LoginCode.objects.filter(code_hash__in=codes).exists()
    assert AuditEntry.objects.filter(action="classroom.student_add", subject=budi).exists()


def test_a_roster_with_one_bad_row_imports_nobody(classroom: Classroom, client: object) -> None:
    from django.test import Client

    assert isinstance(client, Client)
    teacher = classroom.teachers.get().user
    client.force_login(teacher)
    data = csv_bytes([HEADER, f"Budi;;{PUPIL_YEAR};", f"Citra;123;{PUPIL_YEAR};"])
    upload = io.BytesIO(data)
    upload.name = "kelas.csv"
    users_before = User.objects.count()
    response = client.post(f"/id/kelas/{classroom.pk}/siswa/impor/", {"file": upload})
    assert response.status_code == 400
    html = response.content.decode()
    assert t("Correct them in your spreadsheet, save it, and choose the file again.") in html
    assert "123" in html
    assert User.objects.count() == users_before
    assert not classroom.students.exists()
