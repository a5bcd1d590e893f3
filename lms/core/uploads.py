"""Checks for every file a person uploads: its type, told by its content and never by its name;
its size; an image's dimensions; and a zip archive (an .xlsx, .docx or .odt is one) against path
traversal and decompression bombs, read from the archive's directory without unpacking anything.

Each check raises ``ValidationError`` with a message for the person who chose the file, so a form
shows it beside the field and nothing is stored. Wagtail's document and image forms run them
through ``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and ``WAGTAILIMAGES_IMAGE_FORM_BASE`` (see
``DocumentForm`` and ``ImageForm``); the class roster and the certificate forms call them directly.

The limits are settings: ``PANDU_UPLOAD_MAX_BYTES`` (the document kinds an editor may upload, and
the largest file of each), ``PANDU_UPLOAD_ZIP_*`` and ``PANDU_UPLOAD_IMAGE_MAX_SIDE``; Wagtail's
own ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` bound images.
"""

from __future__ import annotations

import io
import re
import stat
import warnings
import zipfile
from pathlib import PurePosixPath
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# What a file of each kind begins with.
PDF_MAGIC = b"%PDF-"
WEBM_MAGIC = b"\x1a\x45\xdf\xa3"  # EBML, the container of WebM
MP4_BOX = b"ftyp"  # the first box of an MP4, after its 4-byte length
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Members an office file cannot be without.
OFFICE_MEMBERS = {
    "docx": {"[Content_Types].xml", "word/document.xml"},
    "xlsx": {"[Content_Types].xml", "xl/workbook.xml"},
    "odt": {"mimetype", "content.xml"},
}
KIND_NAMES = {
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "xlsx": "Excel (.xlsx)",
    "odt": "OpenDocument (.odt)",
    "mp4": "MP4",
    "webm": "WebM",
    "vtt": "WebVTT (.vtt)",
}
# A member this small cannot be a bomb, whatever its ratio: short XML compresses very well.
RATIO_FLOOR_BYTES = 1024 * 1024
# Control characters other than tab, line feed, form feed and carriage return never occur in text
# a person wrote; in a file they mean it is not text at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _size_text(size: int) -> str:
    return str(filesizeformat(size))


def head(upload: IO[bytes], length: int = 512) -> bytes:
    """The first `length` bytes of an uploaded file, which is left at its start."""
    upload.seek(0)
    data = upload.read(length)
    upload.seek(0)
    return data


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def check_size(upload: UploadedFile[bytes], *, max_bytes: int) -> None:
    size = upload.size or 0
    if size > max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s); at most %(max)s.")
            % {"size": _size_text(size), "max": _size_text(max_bytes)},
            code="too_large",
        )


def _unsafe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    return ".." in PurePosixPath(name.replace("\\", "/")).parts


def _is_link(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)  # 3: Unix


def check_zip(source: bytes | IO[bytes]) -> list[zipfile.ZipInfo]:
    """The members of a zip archive, once its directory shows it is safe to open: no member
    with an absolute name, a ``..`` or a link; not too many members; not too much once unpacked;
    no member packed more tightly than the ratio allowed (a decompression bomb); the limits are
    the PANDU_UPLOAD_ZIP_* settings. Nothing is unpacked: zipfile never returns more of a member
    than the size its directory declares."""
    max_members = settings.PANDU_UPLOAD_ZIP_MAX_MEMBERS
    max_unpacked = settings.PANDU_UPLOAD_ZIP_MAX_UNPACKED_BYTES
    max_ratio = settings.PANDU_UPLOAD_ZIP_MAX_RATIO
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ValidationError(
            _("This file is damaged or is not a zip archive, whatever its name says."),
            code="not_zip",
        ) from error
    finally:
        if not isinstance(source, bytes):
            source.seek(0)
    if len(members) > max_members:
        raise ValidationError(
            _("The archive holds more than %(max)s files.") % {"max": max_members},
            code="zip_members",
        )
    for info in members:
        if _unsafe_name(info.filename) or _is_link(info):
            raise ValidationError(
                _("The archive holds a file with a name that is not allowed: “%(name)s”.")
                % {"name": info.filename[:200]},
                code="zip_name",
            )
        if info.flag_bits & 0x1:
            raise ValidationError(
                _("The archive is protected by a password. Save it without one."),
                code="zip_encrypted",
            )
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > max_ratio * info.compress_size:
            raise ValidationError(
                _(
                    "The archive is packed far more tightly than any real document (a “zip "
                    "bomb”), so it is refused."
                ),
                code="zip_bomb",
            )
    unpacked = sum(info.file_size for info in members)
    if unpacked > max_unpacked:
        raise ValidationError(
            _("The archive would unpack to %(size)s, more than the %(max)s allowed.")
            % {"size": _size_text(unpacked), "max": _size_text(max_unpacked)},
            code="zip_size",
        )
    return members


def _mismatch(kind: str) -> ValidationError:
    return ValidationError(
        _("This is not a %(kind)s file, whatever its name says: its content is of another kind.")
        % {"kind": KIND_NAMES[kind]},
        code="content_mismatch",
    )


def _check_office(upload: UploadedFile[bytes], kind: str) -> None:
    members = check_zip(upload)
    if not OFFICE_MEMBERS[kind] <= {info.filename for info in members}:
        raise _mismatch(kind)
    if kind == "odt":
        mimetype = next(info for info in members if info.filename == "mimetype")
        if mimetype.file_size != len(ODT_MIMETYPE):
            raise _mismatch(kind)
        try:
            with zipfile.ZipFile(upload) as archive:
                content = archive.read(mimetype)
        except zipfile.BadZipFile:
            content = b""
        finally:
            upload.seek(0)
        if content != ODT_MIMETYPE:
            raise _mismatch(kind)


def _check_captions(upload: UploadedFile[bytes]) -> None:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _mismatch("vtt") from None
    if not re.match(r"WEBVTT(?:[ \t\r\n]|$)", text) or has_control_characters(text):
        raise _mismatch("vtt")


def check_document(upload: UploadedFile[bytes]) -> None:
    """A document an editor uploads: a kind Pandu takes, no larger than that kind may be, and
    with the content its name promises."""
    limits: dict[str, int] = settings.PANDU_UPLOAD_MAX_BYTES
    kind = PurePosixPath(upload.name or "").suffix.lower().lstrip(".")
    if kind not in limits:
        raise ValidationError(
            _("Files of this kind cannot be uploaded. Allowed: %(kinds)s.")
            % {"kinds": ", ".join(sorted(limits))},
            code="kind",
        )
    check_size(upload, max_bytes=limits[kind])
    start = head(upload)
    if kind == "pdf" and not start.startswith(PDF_MAGIC):
        raise _mismatch(kind)
    if kind == "mp4" and start[4:8] != MP4_BOX:
        raise _mismatch(kind)
    if kind == "webm" and not start.startswith(WEBM_MAGIC):
        raise _mismatch(kind)
    if kind in OFFICE_MEMBERS:
        _check_office(upload, kind)
    if kind == "vtt":
        _check_captions(upload)


def check_image(upload: IO[bytes]) -> None:
    """What Wagtail's image field leaves out: the whole file is read by Pillow (a damaged image
    is refused now, not when a page first needs a thumbnail of it) and neither side is longer
    than PANDU_UPLOAD_IMAGE_MAX_SIDE."""
    max_side = settings.PANDU_UPLOAD_IMAGE_MAX_SIDE
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                width, height = image.size
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("This image has too many pixels to be shown on a phone. Make it smaller."),
            code="image_pixels",
        ) from error
    except Exception as error:  # Pillow raises many kinds for a damaged file
        raise ValidationError(
            _("This image is damaged and cannot be read. Save it again and retry."),
            code="image_damaged",
        ) from error
    finally:
        upload.seek(0)
    if max(width, height) > max_side:
        raise ValidationError(
            _(
                "This image is %(width)s x %(height)s pixels; neither side may be longer than "
                "%(max)s. Make it smaller."
            )
            % {"width": width, "height": height, "max": max_side},
            code="image_side",
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (admin, chooser, multiple upload), with Pandu's checks."""

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # not when an edit keeps the stored file
            check_document(upload)
        return upload


class ImageForm(BaseImageForm):
    """Wagtail's image form (admin, chooser, multiple upload), with Pandu's checks."""

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_image(upload)
        return upload
