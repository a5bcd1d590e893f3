"""The guardians' API: codes (student, teacher), links (rate-limited), children, one child's
progress and consent; every child-scoped call by another parent, a teacher or a classmate is a
404; query counts pinned at two sizes."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from courses.models import CoursePage
from lms.accounts.consent import ConsentStatus, consent_status
from lms.accounts.models import User
from lms.api import services as api_services
from lms.guardians import services
from lms.learning.models import Enrollment
from tests.factories import Catalog, make_course

from .conftest import Family, learn, make_person

pytestmark = pytest.mark.django_db


def api(user: User) -> Client:
    _token, key = api_services.token_create(user=user, name="test")
    return Client(headers={"Authorization": f"Bearer {key}"})


def post(client: Client, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, body, content_type="application/json")


def test_a_student_makes_a_code_and_a_parent_links_with_it(family: Family) -> None:
    made = post(api(family.child), "/api/v1/guardians/pairing-codes", {})
    assert made.status_code == 201
    body = made.json()
    assert len(body["code"]) == 6
    assert body["student_id"] == family.child.pk
    assert body["expires_at"].endswith("+08:00")
    parent = api(family.parent)
    linked = post(parent, "/api/v1/guardians/links", {"code": body["code"]})
    assert linked.status_code == 201
    assert linked.json()["child"] == {"id": family.child.pk, "name": family.child.full_name}
    children = parent.get("/api/v1/me/children").json()
    assert children == {
        "items": [
            {"id": family.child.pk, "name": family.child.full_name, "link_id": linked.json()["id"]}
        ],
        "count": 1,
    }
    again = post(api(family.other_parent), "/api/v1/guardians/links", {"code": body["code"]})
    assert again.status_code == 400
    assert again.json()["code"] == "invalid_code"


def test_a_teacher_makes_a_code_for_their_pupil_only(family: Family) -> None:
    body = {"student_id": family.child.pk}
    assert post(api(family.teacher), "/api/v1/guardians/pairing-codes", body).status_code == 201
    for stranger in (family.other_teacher, family.parent, family.classmate):
        answer = post(api(stranger), "/api/v1/guardians/pairing-codes", body)
        assert answer.status_code == 404, stranger
        assert answer.json()["code"] == "not_found"
    missing = post(api(family.teacher), "/api/v1/guardians/pairing-codes", {"student_id": 99999})
    assert missing.status_code == 404


def test_guessing_is_rate_limited_in_the_api(family: Family) -> None:
    parent = api(family.parent)
    statuses = [
        post(parent, "/api/v1/guardians/links", {"code": f"ZZZZZ{c}"}).status_code for c in "ABCDEF"
    ]
    assert statuses == [400] * 5 + [429]
    limited = post(parent, "/api/v1/guardians/links", {"code": "ZZZZZZ"})
    assert limited.json()["code"] == "too_many_requests"


def _link(family: Family, parent: User | None = None) -> int:
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    return services.guardian_link_create(parent=parent or family.parent, code=code).pk


def test_strangers_get_404_for_a_child_not_linked_to_them(family: Family) -> None:
    link_id = _link(family)
    child = family.child.pk
    for stranger in (family.other_parent, family.teacher, family.classmate, family.child):
        client = api(stranger)
        assert client.get(f"/api/v1/children/{child}/progress").status_code == 404
        assert (
            post(
                client, f"/api/v1/children/{child}/consent", {"relationship": "ibu", "agree": True}
            )
        ).status_code == 404
        assert client.delete(f"/api/v1/children/{child}/consent").status_code == 404
        if stranger != family.child:
            assert client.delete(f"/api/v1/guardians/links/{link_id}").status_code == 404
    anonymous = Client()
    assert anonymous.get(f"/api/v1/children/{child}/progress").status_code == 401
    assert anonymous.get("/api/v1/me/children").status_code == 401
    assert consent_status(family.child) == ConsentStatus.PENDING
    # The child unlinks; the parent then gets 404 too.
    assert api(family.child).delete(f"/api/v1/guardians/links/{link_id}").status_code == 204
    assert api(family.parent).get(f"/api/v1/children/{child}/progress").status_code == 404
    assert api(family.parent).delete(f"/api/v1/guardians/links/{link_id}").status_code == 404


def test_consent_through_the_api_gates_recording_and_withdrawal_deletes(
    family: Family, course: CoursePage, django_capture_on_commit_callbacks: Any
) -> None:
    _link(family)
    parent = api(family.parent)
    url = f"/api/v1/children/{family.child.pk}/consent"
    refused = post(parent, url, {"relationship": "ibu", "agree": False})
    assert refused.status_code == 400
    given = post(parent, url, {"relationship": "ibu", "agree": True})
    assert given.status_code == 201
    assert given.json()["guardian_name"] == family.parent.full_name
    assert post(parent, url, {"relationship": "ibu", "agree": True}).status_code == 409
    learn(family.child, course)
    progress = parent.get(f"/api/v1/children/{family.child.pk}/progress").json()
    assert progress["consent"]["status"] == "given"
    assert [item["title"] for item in progress["enrollments"]] == ["Aktivasi IKD"]
    assert progress["enrollments"][0]["progress"] == 50
    with django_capture_on_commit_callbacks(execute=True):
        assert parent.delete(url).status_code == 204
    assert not Enrollment.objects.filter(user=family.child).exists()
    after = parent.get(f"/api/v1/children/{family.child.pk}/progress").json()
    assert after["consent"]["status"] == "pending"
    assert after["enrollments"] == []


def test_an_adult_child_needs_no_consent(family: Family) -> None:
    adult = make_person("anak-dewasa")
    code = services.pairing_code_create(child=adult, actor=adult).code
    services.guardian_link_create(parent=family.parent, code=code)
    answer = post(
        api(family.parent),
        f"/api/v1/children/{adult.pk}/consent",
        {"relationship": "ibu", "agree": True},
    )
    assert answer.status_code == 400


@pytest.mark.parametrize("courses", [1, 10])
def test_progress_takes_the_same_queries_for_1_and_10_courses(
    family: Family, catalog: Catalog, courses: int, django_assert_num_queries: Any
) -> None:
    _link(family)
    services.guardian_consent_give(parent=family.parent, child=family.child, relationship="ibu")
    for index in range(courses):
        learn(family.child, make_course(catalog, title=f"Kursus {index}", slug=f"k{index}"))
    client = api(family.parent)
    url = f"/api/v1/children/{family.child.pk}/progress"
    assert len(client.get(url).json()["enrollments"]) == courses
    with django_assert_num_queries(PROGRESS_QUERIES):
        assert client.get(url).status_code == 200


PROGRESS_QUERIES = 12


@pytest.mark.parametrize("children", [1, 5])
def test_my_children_takes_the_same_queries_for_1_and_5(
    family: Family, children: int, django_assert_num_queries: Any
) -> None:
    for index in range(children):
        kid = make_person(f"anak-{index}", birth_year=2014)
        code = services.pairing_code_create(child=kid, actor=kid).code
        services.guardian_link_create(parent=family.parent, code=code)
    client = api(family.parent)
    client.get("/api/v1/me/children")
    with django_assert_num_queries(CHILDREN_QUERIES):
        assert client.get("/api/v1/me/children").json()["count"] == children


CHILDREN_QUERIES = 3
