"""The files an XBlock serves from its package: which, with what content type, at which version."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django.conf import settings
from xblock.exceptions import DisallowedFileError

# What a block may serve, by file extension; anything else is not found.
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".webp": "image/webp",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".woff2": "font/woff2",
}
# Plain names separated by "/": no segment starts with a dot, so no "..", no hidden files.
_PATH = re.compile(r"[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+")
VERSION_LENGTH = 12

_versions: dict[tuple[Any, str], str] = {}


class ResourceNotFound(LookupError):
    pass


def read_resource(block_class: Any, path: str) -> tuple[bytes, str]:
    """The bytes and content type of a file in a block's package, as the block's own
    `open_local_resource` finds it (in its public folder only)."""
    content_type = CONTENT_TYPES.get(_extension(path))
    if content_type is None or not _PATH.fullmatch(path):
        raise ResourceNotFound(path)
    try:
        with block_class.open_local_resource(path) as file:
            data: bytes = file.read()
    except (DisallowedFileError, OSError) as error:
        raise ResourceNotFound(path) from error
    return data, content_type


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:VERSION_LENGTH]


def resource_version(block_class: Any, path: str) -> str:
    """A short hash of the file's content, for its URL. Remembered per process, except in
    development, where files change under a running server."""
    key = (block_class, path)
    if settings.DEBUG or key not in _versions:
        _versions[key] = version_of(read_resource(block_class, path)[0])
    return _versions[key]


def _extension(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
