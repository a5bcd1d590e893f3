"""Every upload is checked by its content, size and shape before anything is stored: editors'
documents and images, a teacher's class roster, the certificate forms, a backup to restore."""

from __future__ import annotations

import io
import json
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.utils.html import escape
from django.utils.translation import gettext, override
from PIL import Image
from pytest_django import Settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from lms.accounts.models import Role, User
from lms.accounts.services import user_ensure
from lms.classrooms.models import Classroom, StaffRole
from lms.classrooms.services import classroom_create, school_create, school_staff_add
from lms.core import uploads
from lms.core.backup import BackupError, backup_restore
from tests.lms.classrooms.conftest import make_person
from tests.lms.classrooms.test_roster import check, problems, xlsx_bytes

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
DOCUMENTS = "/admin/documents/add/"
IMAGES = "/admin/images/add/"
IMAGES_MULTIPLE = "/admin/images/multiple/add/"


@pytest.fixture(autouse=True)
def _own_media_root(settings: Settings, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")


def t(text: str) -> str:
    """What an Indonesian reader sees for an interface text."""
    with override("id"):
        return gettext(text)


def zip_bytes(members: dict[str, bytes], *, links: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return out.getvalue()


def bomb(members: dict[str, bytes]) -> bytes:
    """An archive of a few hundred kilobytes holding, besides `members`, 100 MB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet2.xml", "w") as member:
            zeros = b"\0" * MB
            for _ in range(100):
                member.write(zeros)
    return out.getvalue()


DOCX = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
XLSX = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}
ODT = {"mimetype": uploads.ODT_MIMETYPE, "content.xml": b"<office:document-content/>"}
PDF = b"%PDF-1.4\n" + b"0" * 2000 + b"\n%%EOF\n"
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 2000
WEBM = uploads.WEBM_MAGIC + b"\x00" * 2000
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nBuka aplikasi IKD.\n"


def png_bytes(size: tuple[int, int] = (64, 36)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#0b4f94").save(out, "PNG")
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """The first bytes of a PNG that says it is `width` by `height`, with no pixels after."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def mismatch(kind: str) -> str:
    return t(
        "This is not a %(kind)s file, whatever its name says: its content is of another kind."
    ) % {"kind": uploads.KIND_NAMES[kind]}


BOMB_MESSAGE = (
    "The archive is packed far more tightly than any real document (a “zip bomb”), so it is "
    "refused."
)


# --- Zip archives -------------------------------------------------------------------------------


def refusal(data: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as caught, override("id"):
        uploads.check_zip(data)
    return caught.value


def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking() -> None:
    data = bomb(XLSX)
    assert len(data) < 1 * MB  # 100 MB of zeros, packed
    error = refusal(data)
    assert error.code == "zip_bomb"
    assert error.messages == [t(BOMB_MESSAGE)]


@pytest.mark.parametrize(
    "name", ["../../etc/cron.d/pandu", "/etc/passwd", "xl/../../evil.xml", "C:\\evil.xml", "..\\x"]
)
def test_a_member_that_would_land_outside_the_archive_is_refused(name: str) -> None:
    error = refusal(zip_bytes({**XLSX, name: b"x"}))
    assert error.code == "zip_name"
    assert error.messages == [
        t("The archive holds a file with a name that is not allowed: “%(name)s”.") % {"name": name}
    ]


def test_a_symbolic_link_in_an_archive_is_refused() -> None:
    assert refusal(zip_bytes(XLSX, links=("xl/link.xml",))).code == "zip_name"


def test_too_many_members_or_too_much_once_unpacked_is_refused(settings: Settings) -> None:
    settings.PANDU_UPLOAD_ZIP_MAX_MEMBERS = 10
    many = zip_bytes({f"xl/sheet{number}.xml": b"<x/>" for number in range(11)})
    assert refusal(many).messages == [t("The archive holds more than %(max)s files.") % {"max": 10}]
    settings.PANDU_UPLOAD_ZIP_MAX_UNPACKED_BYTES = 1000
    # Random bytes do not pack, so this is no bomb: only the total is over.
    large = zip_bytes({"a.bin": bytes(range(256)) * 8})
    assert refusal(large).messages == [
        t("The archive would unpack to %(size)s, more than the %(max)s allowed.")
        % {"size": filesizeformat(2048), "max": filesizeformat(1000)}
    ]


def test_a_normal_archive_passes() -> None:
    names = [info.filename for info in uploads.check_zip(xlsx_bytes([["Nama", "Tahun lahir"]]))]
    assert "xl/workbook.xml" in names


# --- Editors' documents (Wagtail admin) ---------------------------------------------------------


@pytest.fixture
def editor_client(client: Client) -> Client:
    admin, _created = user_ensure(
        username="admin", password="kata-sandi-admin-panjang", full_name="Admin", is_superuser=True
    )
    client.force_login(admin)
    return client


def upload_document(client: Client, name: str, data: bytes) -> tuple[int, str]:
    response = client.post(
        DOCUMENTS,
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    return response.status_code, response.content.decode()


def stored_files(settings: Settings) -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


NOT_ZIP = "This file is damaged or is not a zip archive, whatever its name says."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("panduan.pdf", png_bytes(), lambda: mismatch("pdf")),
        ("panduan.docx", PDF, lambda: t(NOT_ZIP)),
        ("panduan.docx", zip_bytes({"word/document.xml": b"<w/>"}), lambda: mismatch("docx")),
        ("rekap.xlsx", png_bytes(), lambda: t(NOT_ZIP)),
        (
            "panduan.odt",
            zip_bytes({**ODT, "mimetype": b"application/zip"}),
            lambda: mismatch("odt"),
        ),
        ("video.mp4", PDF, lambda: mismatch("mp4")),
        ("video.webm", MP4, lambda: mismatch("webm")),
        ("teks.vtt", b"\x00\x01binary", lambda: mismatch("vtt")),
        ("teks.vtt", b"1\n00:00 --> 00:01\nHalo\n", lambda: mismatch("vtt")),
        (
            "halaman.html",
            b"<script>alert(1)</script>",
            lambda: (
                t("Files of this kind cannot be uploaded. Allowed: %(kinds)s.")
                % {"kinds": "docx, mp4, odt, pdf, vtt, webm, xlsx"}
            ),
        ),
    ],
)
def test_a_document_whose_content_is_not_what_its_name_says_is_refused_and_not_stored(
    editor_client: Client,
    settings: Settings,
    name: str,
    data: bytes,
    message: Callable[[], str],
) -> None:
    status, html = upload_document(editor_client, name, data)
    assert status == 200  # the form again, with its error
    assert escape(message()) in html
    assert not get_document_model().objects.exists()
    assert stored_files(settings) == []


def test_a_document_over_its_kinds_size_is_refused(
    editor_client: Client, settings: Settings
) -> None:
    settings.PANDU_UPLOAD_MAX_BYTES = {**settings.PANDU_UPLOAD_MAX_BYTES, "pdf": 1000}
    status, html = upload_document(editor_client, "besar.pdf", PDF)
    assert status == 200
    message = t("The file is too large (%(size)s); at most %(max)s.") % {
        "size": filesizeformat(len(PDF)),
        "max": filesizeformat(1000),
    }
    assert escape(message) in html
    assert not get_document_model().objects.exists()


def test_an_office_file_that_is_a_zip_bomb_is_refused(editor_client: Client) -> None:
    status, html = upload_document(editor_client, "laporan.docx", bomb(DOCX))
    assert status == 200
    assert escape(t(BOMB_MESSAGE)) in html
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("panduan.pdf", PDF),
        ("panduan.docx", zip_bytes(DOCX)),
        ("rekap.xlsx", xlsx_bytes([["Nama"], ["Budi"]])),
        ("panduan.odt", zip_bytes(ODT)),
        ("video.mp4", MP4),
        ("video.webm", WEBM),
        ("teks.vtt", VTT),
        ("teks-bom.vtt", b"\xef\xbb\xbf" + VTT),
    ],
)
def test_a_document_of_a_kind_lessons_use_is_stored(
    editor_client: Client, name: str, data: bytes
) -> None:
    status, _html = upload_document(editor_client, name, data)
    assert status == 302
    document = get_document_model().objects.get()
    assert document.file.read() == data


# --- Editors' images ----------------------------------------------------------------------------


def upload_image(client: Client, name: str, data: bytes) -> tuple[int, str]:
    response = client.post(
        IMAGES,
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    return response.status_code, response.content.decode()


def test_a_png_that_is_really_a_pdf_is_refused(editor_client: Client, settings: Settings) -> None:
    status, html = upload_image(editor_client, "layar.png", PDF)
    assert status == 200
    with override("id"):
        message = str(WagtailImageField().error_messages["invalid_image"])
    assert escape(message) in html
    assert not get_image_model().objects.exists()
    assert stored_files(settings) == []


def test_an_image_whose_header_claims_huge_dimensions_is_refused(editor_client: Client) -> None:
    response = editor_client.post(
        IMAGES_MULTIPLE,
        {"files[]": SimpleUploadedFile("besar.png", png_header(100_000, 100_000))},
    )
    reply = json.loads(response.content)
    assert reply["success"] is False
    with override("id"):
        wording = str(WagtailImageField().error_messages["file_too_many_pixels"])
    assert reply["error_message"].startswith(wording.split("%(")[0])
    assert not get_image_model().objects.exists()


def test_an_image_with_a_side_too_long_is_refused(editor_client: Client) -> None:
    status, html = upload_image(editor_client, "panjang.png", png_bytes((12_000, 2)))
    assert status == 200
    message = t(
        "This image is %(width)s x %(height)s pixels; neither side may be longer than %(max)s. "
        "Make it smaller."
    ) % {"width": 12_000, "height": 2, "max": 10_000}
    assert escape(message) in html
    assert not get_image_model().objects.exists()


def test_a_damaged_image_is_refused(editor_client: Client) -> None:
    damaged = bytearray(png_bytes())
    damaged[-20:-12] = b"XXXXXXXX"  # the pixel data no longer matches its checksum
    status, html = upload_image(editor_client, "rusak.png", bytes(damaged))
    assert status == 200
    assert escape(t("This image is damaged and cannot be read. Save it again and retry.")) in html
    assert not get_image_model().objects.exists()


def test_an_svg_image_is_not_taken(editor_client: Client) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    status, _html = upload_image(editor_client, "logo.svg", svg)
    assert status == 200
    assert not get_image_model().objects.exists()


def test_a_normal_image_is_stored(editor_client: Client) -> None:
    status, _html = upload_image(editor_client, "layar.png", png_bytes())
    assert status == 302
    assert get_image_model().objects.get().width == 64


# --- A teacher's class roster -------------------------------------------------------------------

UNREADABLE = (
    "This file cannot be read as a table: it is not a CSV or XLSX file, or its letters are in an "
    "unknown encoding. Save it from your spreadsheet as “CSV UTF-8” or as “Excel Workbook "
    "(.xlsx)”."
)
NOT_XLSX = (
    "This file is not an Excel workbook (.xlsx), whatever its name says. Save it from your "
    "spreadsheet as “Excel Workbook (.xlsx)” or as “CSV”."
)


@pytest.fixture
def classroom(db: None) -> Classroom:
    school = school_create(name="SMP Negeri 1 Balikpapan", npsn="30402001", level="smp", actor=None)
    teacher = make_person("bu-guru", role=Role.TEACHER)
    school_staff_add(school=school, user=teacher, role=StaffRole.TEACHER, actor=None)
    return classroom_create(
        teacher=teacher,
        name="VII-A",
        grade=7,
        academic_year="2026/2027",
        semester=1,
        school=school,
    )


def post_roster(client: Client, classroom: Classroom, name: str, data: bytes) -> tuple[int, str]:
    client.force_login(classroom.teachers.get().user)
    upload = SimpleUploadedFile(name, data)
    response = client.post(f"/id/kelas/{classroom.pk}/siswa/impor/", {"file": upload})
    return response.status_code, response.content.decode()


def test_a_roster_that_is_a_zip_bomb_is_refused_before_the_spreadsheet_is_opened(
    classroom: Classroom, client: Client
) -> None:
    users_before = User.objects.count()
    status, html = post_roster(client, classroom, "kelas.xlsx", bomb(XLSX))
    assert status == 400
    assert escape(t(BOMB_MESSAGE)) in html
    assert User.objects.count() == users_before


def test_a_roster_with_a_traversal_name_is_refused(classroom: Classroom) -> None:
    data = zip_bytes({**XLSX, "../evil.xml": b"x"})
    assert problems(check(data, classroom)) == [
        (
            None,
            t("The archive holds a file with a name that is not allowed: “%(name)s”.")
            % {"name": "../evil.xml"},
        )
    ]


def test_an_xlsx_that_is_not_a_zip_is_refused(classroom: Classroom, client: Client) -> None:
    status, html = post_roster(client, classroom, "kelas.xlsx", png_bytes())
    assert status == 400
    assert escape(t(UNREADABLE)) in html
    # A damaged zip that begins like one is named for what it claims to be.
    assert problems(check(b"PK\x03\x04" + b"\x00" * 100, classroom)) == [(None, t(NOT_XLSX))]


def test_a_csv_that_is_binary_is_refused_even_when_every_byte_decodes(
    classroom: Classroom,
) -> None:
    # No NUL byte and valid Windows-1252 throughout, yet full of control characters.
    data = b"Nama;Tahun lahir\r\n" + bytes(range(1, 9)) * 50
    assert problems(check(data, classroom)) == [(None, t(UNREADABLE))]


# --- Certificates: the public check and the admin's attendance list -----------------------------


def test_a_binary_credential_file_is_refused(client: Client) -> None:
    upload = SimpleUploadedFile("sertifikat.jwt", b"eyJ\x01\x02\x03" * 10)
    response = client.post("/id/sertifikat/periksa/", {"file": upload})
    assert response.status_code == 400
    assert escape(t("This file is not a credential.")) in response.content.decode()


def test_a_binary_attendance_list_is_refused(editor_client: Client) -> None:
    upload = SimpleUploadedFile("hadir.csv", b"peserta,kursus\n\x01\x02\x03\x04,1\n")
    response = editor_client.post("/admin/certificates_admin/attendees/", {"file": upload})
    assert response.status_code == 400
    assert escape(t("Save the list as CSV in UTF-8.")) in response.content.decode()


# --- Restoring a backup -------------------------------------------------------------------------


def test_a_backup_that_would_unpack_to_more_than_the_free_disk_is_refused(
    tmp_path: Path,
) -> None:
    manifest = {
        "format": 1,
        "engine": connection.vendor,
        "members": {"database.sqlite3": {"size": 1 << 60, "sha256": "0" * 64}},
    }
    archive = tmp_path / "pandu-bom.tar.gz"
    with tarfile.open(archive, "w:gz") as out:
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        out.addfile(info, io.BytesIO(data))
    with pytest.raises(BackupError, match=r"more than the .* free on the disk"):
        backup_restore(path=archive)
    assert not (tmp_path / "media").exists()
