"""GET and PUT /api/v1/me/notification-preferences."""

from __future__ import annotations

import pytest
from django.test import Client

from lms.notifications.models import Preference
from tests.lms.api.conftest import bearer

from .conftest import make_user

pytestmark = pytest.mark.django_db

URL = "/api/v1/me/notification-preferences"


def test_everything_is_off_at_first() -> None:
    client = Client(headers=bearer(make_user("warga")))
    body = client.get(URL).json()
    assert len(body["items"]) == 20
    assert not any(item["enabled"] for item in body["items"])
    by_channel = {item["channel"]: item["available"] for item in body["items"]}
    assert by_channel == {"in_app": True, "email": True, "sms": False, "whatsapp": False}
    assert body["new_course_topics"] == []


def test_put_changes_the_listed_pairs_only() -> None:
    user = make_user("warga", phone="+6281234567890")
    client = Client(headers=bearer(user))
    put = client.put(
        URL,
        {
            "items": [
                {"kind": "weekly_summary", "channel": "whatsapp", "enabled": True},
                {"kind": "new_courses", "channel": "email", "enabled": True},
            ],
            "new_course_topics": ["kesehatan", "kependudukan"],
        },
        content_type="application/json",
    )
    assert put.status_code == 200
    assert put.json()["new_course_topics"] == ["kependudukan", "kesehatan"]
    client.put(
        URL,
        {"items": [{"kind": "new_courses", "channel": "email", "enabled": False}]},
        content_type="application/json",
    )
    on = set(Preference.objects.filter(user=user, enabled=True).values_list("kind", "channel"))
    assert on == {("weekly_summary", "whatsapp")}


def test_a_channel_the_person_cannot_receive_is_refused() -> None:
    user = make_user("tanpa-hp", email="")
    client = Client(headers=bearer(user))
    for channel in ("sms", "whatsapp", "email"):
        answer = client.put(
            URL,
            {"items": [{"kind": "weekly_summary", "channel": channel, "enabled": True}]},
            content_type="application/json",
        )
        assert answer.status_code == 400
        assert answer.json()["code"] == "channel_unavailable"
    assert not Preference.objects.filter(user=user).exists()


@pytest.mark.parametrize(
    "body",
    [
        {"items": [{"kind": "spam", "channel": "email", "enabled": True}]},
        {"items": [{"kind": "weekly_summary", "channel": "pager", "enabled": True}]},
        {"items": "semua"},
        {},
    ],
)
def test_nonsense_is_a_400_in_the_apis_error_shape(body: object) -> None:
    client = Client(headers=bearer(make_user("warga")))
    answer = client.put(URL, body, content_type="application/json")
    assert answer.status_code == 400
    assert set(answer.json()) >= {"detail", "code"}


def test_anonymous_gets_401_and_a_session_needs_csrf() -> None:
    assert Client().get(URL).status_code == 401
    assert Client().put(URL, {"items": []}, content_type="application/json").status_code == 401
    make_user("warga")
    session = Client(enforce_csrf_checks=True)
    session.login(username="warga", password="kata-sandi-yang-panjang-42")
    assert session.get(URL).status_code == 200
    assert session.put(URL, {"items": []}, content_type="application/json").status_code == 403
