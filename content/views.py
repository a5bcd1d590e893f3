"""Views of the content layer, mounted by the lms (`content.urls`)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from . import permissions
from .xblocks import registry
from .xblocks.resources import ResourceNotFound, read_resource, version_of

# The URL names the file's content (its version), so a browser may keep it for a year.
LONG_CACHE = "public, max-age=31536000, immutable"


@require_safe
def xblock_resource(request: HttpRequest, block_type: str, version: str, path: str) -> HttpResponse:
    """A JavaScript, CSS or image file of an allowed XBlock type, from its Python package.
    A URL with an old version still gets the file, but not to keep."""
    if not permissions.xblock_resource_visible(block_type=block_type):
        raise Http404
    try:
        data, content_type = read_resource(registry.load_block_class(block_type), path)
    except ResourceNotFound as error:
        raise Http404 from error
    current = version_of(data)
    response = HttpResponse(data, content_type=content_type)
    response["Cache-Control"] = LONG_CACHE if version == current else "no-cache"
    response["ETag"] = f'"{current}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    # Opened on its own (an SVG, say), a file may run nothing and load nothing.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response
