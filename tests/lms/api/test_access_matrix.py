"""Every API operation, called as anonymous, as the owner of the data and as another user, answers
the status declared here; another user's data is never reached by changing an id.

The operations are read from the API itself: a new endpoint without a row in MATRIX fails
`test_every_operation_has_a_declared_expectation`. Later issues add their rows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern

from courses.models import LessonPage
from lms.accounts.models import Role, User
from lms.accounts.services import role_grant
from lms.api.api import api as pandu_api
from lms.api.models import ApiToken
from lms.certificates import services as certificate_services
from lms.certificates.models import Certificate, Source
from lms.classrooms.models import Classroom
from lms.classrooms.services import classroom_create
from lms.guardians import services as guardian_services
from lms.guardians.models import GuardianLink
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.notifications.models import Preference

from .conftest import PASSWORD, Courses, bearer

pytestmark = pytest.mark.django_db

ACTORS = ("anonymous", "owner", "other")
# Addresses of the API that are not operations: the schema and its browsable page are public.
NOT_OPERATIONS = {"openapi-json": 200, "openapi-view": 200, "api-root": 404}


@dataclass
class World:
    """The owner has a token, an enrolment and progress; the other user has a token of their
    own and nothing else."""

    courses: Courses
    owner: User
    other: User
    event_id: str
    lesson: LessonPage
    clients: dict[str, Client] = field(default_factory=dict)

    def owner_data(self) -> tuple[Any, ...]:
        """Everything of the owner's that another user must not change."""
        return (
            list(Enrollment.objects.filter(user=self.owner).values_list("course_key", "left_at")),
            list(ProgressEvent.objects.filter(user=self.owner).values_list("id", "type")),
            list(
                LessonProgress.objects.filter(user=self.owner).values_list("lesson_key", "status")
            ),
            list(ApiToken.objects.filter(user=self.owner).values_list("pk", "revoked_at")),
        )


@dataclass(frozen=True)
class Case:
    expected: dict[str, int]  # status per actor
    body: Callable[[World, str], Any] | None = None
    path: Callable[[World], dict[str, int]] = lambda world: {}
    # Checks the answer an actor got (e.g. that it holds none of the owner's data).
    check: Callable[[World, str, Any], None] = lambda world, actor, response: None


def no_owner_enrolments(world: World, actor: str, response: Any) -> None:
    if actor == "other":
        assert response.json() == {"items": [], "count": 0}
    if actor == "owner":
        assert [item["course_id"] for item in response.json()["items"]] == [world.courses.ikd.pk]


def owner_event_not_recorded_again(world: World, actor: str, response: Any) -> None:
    """The owner's retry is a duplicate; someone else's use of the id records nothing for them
    and says so (it is not their duplicate)."""
    if actor in ("owner", "other"):
        [result] = response.json()["results"]
        assert result["status"] == {"owner": "duplicate", "other": "rejected"}[actor]
    if actor == "other":
        assert result["code"] == "id_taken"


def credentials(world: World, actor: str) -> dict[str, str]:
    """The owner's login with the actor's password: only the owner's own password opens it."""
    password = {"owner": PASSWORD, "other": "kata-sandi-orang-lain-99", "anonymous": "tebakan"}
    return {"login": world.owner.username, "password": password[actor]}


def owner_class(world: World) -> Classroom:
    """The owner, made a teacher, teaches a community group (made once per world)."""
    found = Classroom.objects.filter(teachers__user=world.owner).order_by("pk").first()
    if found is not None:
        return found
    role_grant(user=world.owner, role=Role.TEACHER, granted_by=None)
    return classroom_create(
        teacher=world.owner, name="Kelompok Digital", academic_year="2026/2027", semester=1
    )


def with_owner_class(world: World) -> dict[str, int]:
    """The address has no parameter: the owner's class is made before it is called."""
    owner_class(world)
    return {}


def new_class(world: World, actor: str) -> dict[str, Any]:
    owner_class(world)
    return {"name": f"VII-{actor}", "grade": 7, "academic_year": "2026/2027", "semester": 1}


def only_own_classes(world: World, actor: str, response: Any) -> None:
    if actor == "other":
        assert response.json() == {"items": [], "count": 0}
    if actor == "owner":
        assert [item["id"] for item in response.json()["items"]] == [owner_class(world).pk]


def owner_certificate(world: World) -> Certificate:
    """The owner's certificate of the course (issued once per world)."""
    return certificate_services.certificate_issue(
        user=world.owner, course=world.courses.ikd, source=Source.ADMIN, schedule_pdf=False
    ).certificate


def with_owner_certificate(world: World) -> dict[str, int]:
    owner_certificate(world)
    return {}


def only_own_certificates(world: World, actor: str, response: Any) -> None:
    if actor == "other":
        assert response.json() == {"items": [], "count": 0}
    if actor == "owner":
        codes = [item["code"] for item in response.json()["items"]]
        assert codes == [owner_certificate(world).code]


def own_preferences_only(world: World, actor: str, response: Any) -> None:
    """Another user reads and changes their own preferences; the owner's stay off until the
    owner turns one on."""
    owner_on = set(
        Preference.objects.filter(user=world.owner, enabled=True).values_list("kind", "channel")
    )
    if actor == "other":
        assert owner_on == set()
    if actor == "owner" and response.request["REQUEST_METHOD"] == "PUT":
        assert owner_on == {("course_completed", "in_app")}


# Guardians: the owner is the parent of a child (a minor) linked to them; the other user is not.
def owner_child_link(world: World) -> GuardianLink:
    """A child linked to the owner (made once per world)."""
    found = GuardianLink.objects.filter(parent=world.owner, unlinked_at__isnull=True).first()
    if found is not None:
        return found
    child = User.objects.create_user(
        username="anak-sari", password=PASSWORD, full_name="Anak Sari", birth_year=2014
    )
    code = guardian_services.pairing_code_create(child=child, actor=child).code
    return guardian_services.guardian_link_create(parent=world.owner, code=code)


def owner_child_path(world: World) -> dict[str, int]:
    return {"id": owner_child_link(world).child_id}


def link_code(world: World, actor: str) -> dict[str, str]:
    """The owner links with a fresh code of a new child; the other user tries a used code."""
    if actor == "other":
        child = owner_child_link(world).child
        code = guardian_services.pairing_code_create(child=child, actor=child).code
        guardian_services.guardian_link_create(parent=world.owner, code=code)
        return {"code": code}
    kid = User.objects.create_user(username=f"anak-{actor}", birth_year=2015)
    return {"code": guardian_services.pairing_code_create(child=kid, actor=kid).code}


def only_own_children(world: World, actor: str, response: Any) -> None:
    if actor == "other":
        assert response.json() == {"items": [], "count": 0}
    if actor == "owner":
        link = owner_child_link(world)
        assert response.json()["items"] == [
            {"id": link.child_id, "name": "Anak Sari", "link_id": link.pk}
        ]


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", "/api/v1/courses"): Case({"anonymous": 200, "owner": 200, "other": 200}),
    ("GET", "/api/v1/courses/{course_id}"): Case(
        {"anonymous": 200, "owner": 200, "other": 200},
        path=lambda world: {"course_id": world.courses.ikd.pk},
    ),
    ("GET", "/api/v1/me/enrollments"): Case(
        {"anonymous": 401, "owner": 200, "other": 200}, check=no_owner_enrolments
    ),
    ("POST", "/api/v1/me/enrollments"): Case(
        # The other user enrols themself: the owner's enrolment is not touched.
        {"anonymous": 401, "owner": 200, "other": 201},
        body=lambda world, actor: {"course_id": world.courses.ikd.pk},
    ),
    ("POST", "/api/v1/progress/events"): Case(
        # The owner's event id sent again, by the owner and by someone else: never recorded
        # twice, never moved to another learner.
        {"anonymous": 401, "owner": 200, "other": 200},
        body=lambda world, actor: {
            "events": [
                {
                    "id": world.event_id,
                    "lesson_id": world.lesson.pk,
                    "type": "completed",
                    "occurred_at": "2026-11-21T10:00:00+08:00",
                }
            ]
        },
        check=owner_event_not_recorded_again,
    ),
    ("POST", "/api/v1/auth/token"): Case(
        {"anonymous": 401, "owner": 201, "other": 401}, body=credentials
    ),
    ("DELETE", "/api/v1/auth/token"): Case(
        # Revokes the caller's own token only (see `owner_data`).
        {"anonymous": 401, "owner": 204, "other": 204}
    ),
    # Certificates: anyone checks a credential; a learner lists their own only.
    ("POST", "/api/v1/credentials/verify"): Case(
        {"anonymous": 200, "owner": 200, "other": 200},
        body=lambda world, actor: {"credential": owner_certificate(world).credential},
    ),
    ("GET", "/api/v1/me/certificates"): Case(
        {"anonymous": 401, "owner": 200, "other": 200},
        path=with_owner_certificate,
        check=only_own_certificates,
    ),
    # Classes: the owner is a teacher with a class (`owner_class`); the other user is not.
    ("GET", "/api/v1/classes"): Case(
        {"anonymous": 401, "owner": 200, "other": 200},
        path=with_owner_class,
        check=only_own_classes,
    ),
    ("POST", "/api/v1/classes"): Case(
        {"anonymous": 401, "owner": 201, "other": 403},
        body=new_class,
    ),
    ("POST", "/api/v1/classes/join"): Case(
        # The other user joins the owner's class as a student; its teacher cannot.
        {"anonymous": 401, "owner": 400, "other": 201},
        body=lambda world, actor: {"code": owner_class(world).join_code},
    ),
    ("POST", "/api/v1/classes/{id}/assignments"): Case(
        {"anonymous": 401, "owner": 201, "other": 404},
        path=lambda world: {"id": owner_class(world).pk},
        body=lambda world, actor: {"course_id": world.courses.ikd.pk},
    ),
    ("GET", "/api/v1/classes/{id}/gradebook"): Case(
        {"anonymous": 401, "owner": 200, "other": 404},
        path=lambda world: {"id": owner_class(world).pk},
    ),
    # Notifications: each person reads and changes their own preferences only.
    ("GET", "/api/v1/me/notification-preferences"): Case(
        {"anonymous": 401, "owner": 200, "other": 200}, check=own_preferences_only
    ),
    ("PUT", "/api/v1/me/notification-preferences"): Case(
        {"anonymous": 401, "owner": 200, "other": 200},
        body=lambda world, actor: {
            "items": [{"kind": "course_completed", "channel": "in_app", "enabled": True}]
        },
        check=own_preferences_only,
    ),
    # Guardians (lms.guardians): another parent or a stranger gets 404 for a child not theirs.
    ("POST", "/api/v1/guardians/pairing-codes"): Case(
        # Each caller gets a code for themself; a student_id of someone else's child is 404.
        {"anonymous": 401, "owner": 201, "other": 404},
        body=lambda world, actor: (
            {} if actor == "owner" else {"student_id": owner_child_link(world).child_id}
        ),
    ),
    ("POST", "/api/v1/guardians/links"): Case(
        {"anonymous": 401, "owner": 201, "other": 400}, body=link_code
    ),
    ("DELETE", "/api/v1/guardians/links/{id}"): Case(
        {"anonymous": 401, "owner": 204, "other": 404},
        path=lambda world: {"id": owner_child_link(world).pk},
    ),
    ("GET", "/api/v1/me/children"): Case(
        {"anonymous": 401, "owner": 200, "other": 200},
        path=lambda world: {"_": owner_child_link(world).pk},
        check=only_own_children,
    ),
    ("GET", "/api/v1/children/{id}/progress"): Case(
        {"anonymous": 401, "owner": 200, "other": 404}, path=owner_child_path
    ),
    ("GET", "/api/v1/children/{id}/export"): Case(
        {"anonymous": 401, "owner": 200, "other": 404}, path=owner_child_path
    ),
    ("POST", "/api/v1/children/{id}/consent"): Case(
        {"anonymous": 401, "owner": 201, "other": 404},
        path=owner_child_path,
        body=lambda world, actor: {"relationship": "ibu", "agree": True},
    ),
    ("DELETE", "/api/v1/children/{id}/consent"): Case(
        {"anonymous": 401, "owner": 204, "other": 404}, path=owner_child_path
    ),
}


def api_operations() -> set[tuple[str, str]]:
    schema = pandu_api.get_openapi_schema()
    return {
        (method.upper(), path)
        for path, operations in schema["paths"].items()
        for method in operations
    }


def api_url_patterns() -> list[URLPattern]:
    patterns, _app, _namespace = pandu_api.urls
    return [pattern for pattern in patterns if isinstance(pattern, URLPattern)]


def test_every_operation_has_a_declared_expectation() -> None:
    assert api_operations() == set(MATRIX)
    for case in MATRIX.values():
        assert set(case.expected) == set(ACTORS)


def test_no_operation_is_hidden_from_the_schema() -> None:
    """Each URL of the API is in the schema (or is the schema itself), so the matrix sees it."""
    in_schema = {path.removeprefix("/api/v1/") for _method, path in api_operations()}
    for pattern in api_url_patterns():
        if pattern.name in NOT_OPERATIONS:
            continue
        route = str(pattern.pattern).replace("<", "{").replace(">", "}")
        assert route in in_schema, f"/api/v1/{route} is not in the schema"


@pytest.fixture
def world(courses: Courses, learner: User, other: User) -> World:
    lesson = LessonPage.objects.live().descendant_of(courses.ikd).order_by("path").first()
    assert lesson is not None
    owner_client = Client(headers=bearer(learner))
    owner_client.post(
        "/api/v1/me/enrollments", {"course_id": courses.ikd.pk}, content_type="application/json"
    )
    event_id = str(uuid.uuid4())
    recorded = owner_client.post(
        "/api/v1/progress/events",
        {
            "events": [
                {
                    "id": event_id,
                    "lesson_id": lesson.pk,
                    "type": "completed",
                    "occurred_at": "2026-11-20T09:00:00+08:00",
                }
            ]
        },
        content_type="application/json",
    )
    assert recorded.json()["results"][0]["status"] == "recorded"
    return World(
        courses=courses,
        owner=learner,
        other=other,
        event_id=event_id,
        lesson=lesson,
        clients={
            "anonymous": Client(),
            "owner": owner_client,
            "other": Client(headers=bearer(other)),
        },
    )


def call(world: World, actor: str, method: str, path: str, case: Case) -> Any:
    url = path.format(**case.path(world))
    client = world.clients[actor]
    if case.body is None:
        return client.generic(method, url)
    return client.generic(
        method, url, data=json.dumps(case.body(world, actor)), content_type="application/json"
    )


@pytest.mark.parametrize(("method", "path"), sorted(MATRIX))
def test_each_operation_answers_each_actor_as_declared(
    world: World, method: str, path: str
) -> None:
    case = MATRIX[(method, path)]
    before = world.owner_data()
    for actor in ("anonymous", "other"):
        response = call(world, actor, method, path, case)
        assert response.status_code == case.expected[actor], (actor, response.content)
        case.check(world, actor, response)
        assert world.owner_data() == before, f"{actor} changed the owner's data"
    response = call(world, "owner", method, path, case)
    assert response.status_code == case.expected["owner"], ("owner", response.content)
    case.check(world, "owner", response)


@pytest.mark.parametrize(("name", "status"), sorted(NOT_OPERATIONS.items()))
def test_the_schema_and_its_page_are_public(client: Client, name: str, status: int) -> None:
    [pattern] = [p for p in api_url_patterns() if p.name == name]
    assert client.get(f"/api/v1/{pattern.pattern}").status_code == status


def test_another_user_gets_the_same_answer_whatever_owner_id_is_tried(world: World) -> None:
    """No endpoint takes a user id; enrolment ids do not exist in the API. Ids of courses and
    lessons are public, and every answer about a learner is about the caller."""
    other = world.clients["other"]
    for guess in (world.owner.pk, world.other.pk, world.courses.ikd.pk):
        answer = other.get(f"/api/v1/me/enrollments?user={guess}&user_id={guess}")
        assert answer.json() == {"items": [], "count": 0}
