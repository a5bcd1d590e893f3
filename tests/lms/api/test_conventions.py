"""What every endpoint shares: the error shape in the user's language, paging, dates with their
offset, JSON for every answer under /api/ (never a redirect to a page, never HTML)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation
from pytest_django import Settings

from courses import selectors as course_selectors
from lms.api.api import api as pandu_api
from lms.api.errors import field_message

from .conftest import Courses

pytestmark = pytest.mark.django_db


def test_an_error_has_detail_and_code_in_english_when_asked(client: Client) -> None:
    response = client.get("/api/v1/courses/424242", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found, or not visible to you.", "code": "not_found"}
    assert response["Content-Language"] == "en"


def test_an_error_is_in_indonesian_by_default(client: Client) -> None:
    response = client.get("/api/v1/courses/424242")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response["Content-Language"] == "id"
    with translation.override("id"):
        assert response.json()["detail"] == translation.gettext("Not found, or not visible to you.")


def test_a_missing_object_is_not_redirected_to_a_language_prefixed_page(client: Client) -> None:
    # Django's LocaleMiddleware would send /api/v1/courses/1 to /id/api/v1/courses/1/.
    response = client.get("/api/v1/courses/1")
    assert response.status_code == 404
    assert "Location" not in response


def test_an_unknown_address_under_the_api_answers_json(client: Client) -> None:
    response = client.get("/api/v1/no-such-thing", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_a_wrong_method_answers_json_and_says_which_are_allowed(client: Client) -> None:
    response = client.put("/api/v1/courses", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 405
    assert response.json() == {
        "detail": "This address does not accept this method.",
        "code": "method_not_allowed",
    }
    assert response["Allow"] == "GET"


def test_invalid_input_lists_the_fields_with_status_400(client: Client) -> None:
    response = client.get("/api/v1/courses/abc", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Some of what was sent is not valid: see the fields listed.",
        "code": "invalid",
        "errors": [{"field": "course_id", "detail": "Enter a whole number."}],
    }


def test_field_errors_are_in_indonesian_by_default(client: Client) -> None:
    response = client.post("/api/v1/auth/token", {"password": "x"}, content_type="application/json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [error["field"] for error in errors] == ["login"]
    with translation.override("id"):
        assert errors[0]["detail"] == translation.gettext("This field is required.")


def test_a_body_that_is_not_json_is_refused_clearly(client: Client) -> None:
    response = client.post(
        "/api/v1/auth/token",
        "login=sari",
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": "The request body is not valid JSON.",
        "code": "invalid_json",
    }


@pytest.mark.parametrize("sent", ["[1, 2]", '"sari"', "5", "null"])
def test_a_body_that_is_not_an_object_lists_the_fields_it_needs(client: Client, sent: str) -> None:
    response = client.post(
        "/api/v1/auth/token", sent, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert [error["field"] for error in response.json()["errors"]] == ["login", "password"]


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("?limit=0", ["limit"]),
        ("?limit=101", ["limit"]),
        ("?limit=ten", ["limit"]),
        ("?offset=-1", ["offset"]),
        ("?offset=99999999999999999999", ["offset"]),
        ("?limit=-5&offset=x", ["limit", "offset"]),
    ],
)
def test_bad_paging_values_are_refused_with_the_field(
    client: Client, courses: Courses, query: str, fields: list[str]
) -> None:
    response = client.get("/api/v1/courses" + query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == fields


def test_paging_walks_the_list_and_counts_all(client: Client, courses: Courses) -> None:
    first = client.get("/api/v1/courses?limit=1").json()
    second = client.get("/api/v1/courses?limit=1&offset=1").json()
    beyond = client.get("/api/v1/courses?offset=5").json()
    assert first["count"] == second["count"] == beyond["count"] == 2
    assert [c["slug"] for c in first["items"] + second["items"]] == ["ikd", "satusehat"]
    assert beyond["items"] == []


def test_pydantic_errors_without_a_translation_get_a_plain_message() -> None:
    with translation.override("en"):
        assert field_message({"type": "something_new"}) == "This value is not valid."


def test_every_operation_declares_its_error_answers() -> None:
    schema = pandu_api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            statuses = {str(status) for status in operation["responses"]}
            assert statuses & {"400", "401", "404"}, f"{method.upper()} {path} declares no errors"


def test_the_schema_is_served(client: Client) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/v1/courses" in paths
    assert "/api/v1/progress/events" in paths


def test_a_body_over_the_size_limit_is_refused_with_413(
    api: Client, settings: Settings, courses: Courses
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = api.post(
        "/api/v1/progress/events",
        {"events": [{"id": "x" * 2000}]},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 413
    assert response.json() == {"detail": "The request is too large.", "code": "request_too_large"}


def test_a_failure_on_our_side_still_answers_in_the_error_shape(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**kwargs: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(course_selectors, "courses_in_language", broken)
    response = client.get("/api/v1/courses", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 500
    assert response.json() == {
        "detail": "Something went wrong on our side. Please try again later.",
        "code": "server_error",
    }
    assert "database" not in response.content.decode()


def test_the_language_chosen_on_the_site_is_kept_by_the_api(client: Client) -> None:
    client.cookies["django_language"] = "en"
    response = client.get("/api/v1/courses/424242", HTTP_ACCEPT_LANGUAGE="id")
    assert response.json()["detail"] == "Not found, or not visible to you."
    assert "Accept-Language" in response["Vary"]
