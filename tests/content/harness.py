"""A page and a handler endpoint for activities, as the lms will provide them, for browser tests
of the activities' JavaScript. Tests register what each usage id holds in `ACTIVITIES`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.views.decorators.http import require_POST

from content.xblocks.runtime import handle_django_request, load_block, render_student_view


@dataclass
class Registered:
    block_type: str
    fields: dict[str, Any]
    user_id: int
    language: str = "en"


ACTIVITIES: dict[str, Registered] = {}


def _block(usage_id: str) -> Any:
    activity = ACTIVITIES.get(usage_id)
    if activity is None:
        raise Http404
    return load_block(
        block_type=activity.block_type,
        usage_id=usage_id,
        fields=activity.fields,
        user_id=activity.user_id,
        language=activity.language,
    )


def page(request: HttpRequest, usage_id: str) -> HttpResponse:
    get_token(request)  # the CSRF cookie, which the activity's script sends back
    fragment = render_student_view(_block(usage_id))
    return HttpResponse(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Activity</title>{fragment.head_html()}</head>"
        f"<body><main>{fragment.body_html()}</main>{fragment.foot_html()}</body></html>"
    )


@require_POST
def handler(request: HttpRequest, usage_id: str, handler: str) -> HttpResponse:
    return handle_django_request(_block(usage_id), handler, request)
