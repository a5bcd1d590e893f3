"""Each block's JavaScript and CSS, served from its package: long-lived, typed, nothing else."""

from typing import Any

import pytest
from django.test import Client
from pytest_django import Settings

from content.xblocks.multiple_choice import MultipleChoiceBlock
from content.xblocks.resources import resource_version
from content.xblocks.runtime import render_student_view

from .conftest import MC, Activity, mc_fields, new_usage_id

pytestmark = pytest.mark.django_db


def url(path: str, block_type: str = MC, version: str | None = None) -> str:
    version = version or resource_version(MultipleChoiceBlock, path)
    return f"/xblock/resource/{block_type}/{version}/{path}"


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("static/multiple_choice.js", "text/javascript; charset=utf-8"),
        ("static/multiple_choice.css", "text/css; charset=utf-8"),
    ],
)
def test_a_blocks_file_is_served_for_a_year(client: Client, path: str, content_type: str) -> None:
    response = client.get(url(path))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content.startswith(b"/* Pandu multiple choice")


def test_an_old_version_gets_the_file_but_not_to_keep(client: Client) -> None:
    response = client.get(url("static/multiple_choice.js", version="000000000000"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-cache"


def test_the_rendered_fragment_links_to_files_that_are_served(client: Client, learner: int) -> None:
    fragment = render_student_view(
        Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    )
    served = [r.data for r in fragment.resources if r.data.startswith("/xblock/")]
    assert len(served) == 4  # the shared activity.css/.js and the type's own
    for link in served:
        response = client.get(link)
        assert response.status_code == 200
        assert "immutable" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "static/../multiple_choice.py",
        "static/./multiple_choice.js",
        "static/%2e%2e/multiple_choice.py",
        "static/..%2fmultiple_choice.py",
        "static/.hidden.js",
        "static//multiple_choice.js",
        "static/multiple_choice.py",
        "static/missing.js",
        "templates/multiple_choice/form.html",
        "templates/multiple_choice/form.js",
        "multiple_choice.py",
        "static",
    ],
)
def test_nothing_outside_the_public_folder_is_served(client: Client, path: str) -> None:
    response = client.get(f"/xblock/resource/{MC}/0/{path}")
    assert response.status_code == 404


def test_files_of_types_that_may_not_run_are_not_served(client: Client, settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC]
    path = "static/multiple_choice.js"
    for block_type in ("problem_demo", "thumbs", "not_installed", "NOPE"):
        assert client.get(url(path, block_type=block_type)).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_files_are_only_read(client: Client, method: str) -> None:
    response: Any = getattr(client, method)(url("static/multiple_choice.js"))
    assert response.status_code == 405
