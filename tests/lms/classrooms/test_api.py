"""The classes API: listing, making and joining classes, giving work, reading the gradebook; who
reaches what, and errors in the API's shape."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from lms.accounts.models import Role, User
from lms.classrooms.models import Classroom, JoinedBy, School, StaffRole
from lms.classrooms.services import class_student_add, school_staff_add
from lms.learning.models import Enrollment
from tests.factories import Catalog
from tests.lms.api.conftest import bearer

from .conftest import make_person
from .reporting import Taught, add_students, assign, course_with_activities, scored, seed_scores

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    cache.clear()


@pytest.fixture
def taught(catalog: Catalog) -> Taught:
    return course_with_activities(catalog, lessons=2, per_lesson=2, titles={0: "Tautan palsu"})


def api(user: User | None) -> Client:
    return Client(headers=bearer(user)) if user is not None else Client()


def post(client: Client, url: str, body: Any) -> Any:
    return client.post(url, json.dumps(body), content_type="application/json")


def test_a_teacher_makes_a_class_and_gets_its_code(teacher: User, school: School) -> None:
    response = post(
        api(teacher),
        "/api/v1/classes",
        {
            "name": "VIII-B",
            "grade": 8,
            "academic_year": "2026/2027",
            "semester": 2,
            "school_id": school.pk,
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert len(body["join_code"]) == 6
    assert body["phase"] == "D"
    classroom = Classroom.objects.get(pk=body["id"])
    assert classroom.school == school


def test_making_a_class_is_refused_clearly(
    teacher: User, other_school: School, classroom: Classroom
) -> None:
    learner = make_person("warga")
    good = {"name": "VII-C", "grade": 7, "academic_year": "2026/2027", "semester": 1}
    assert post(api(learner), "/api/v1/classes", good).json()["code"] == "forbidden"
    elsewhere = post(api(teacher), "/api/v1/classes", {**good, "school_id": other_school.pk})
    assert elsewhere.status_code == 403
    bad_year = post(api(teacher), "/api/v1/classes", {**good, "academic_year": "2026-27"})
    assert bad_year.status_code == 400
    assert bad_year.json()["errors"][0]["field"] == "academic_year"
    missing = post(api(teacher), "/api/v1/classes", {"grade": 7})
    assert missing.status_code == 400
    assert {e["field"] for e in missing.json()["errors"]} == {
        "name",
        "academic_year",
        "semester",
    }
    assert Classroom.objects.count() == 1


def test_classes_are_listed_for_their_teacher_with_the_code_and_for_students_without(
    classroom: Classroom, teacher: User
) -> None:
    [student] = add_students(classroom, teacher, ["citra"])
    [as_teacher] = api(teacher).get("/api/v1/classes").json()["items"]
    assert as_teacher["role"] == "teacher"
    assert as_teacher["join_code"] == classroom.join_code
    assert as_teacher["student_count"] == 1
    assert as_teacher["school"] == "SMP Negeri 1 Balikpapan"
    [as_student] = api(student).get("/api/v1/classes").json()["items"]
    assert as_student["role"] == "student"
    assert as_student["join_code"] is None
    assert as_student["student_count"] is None


def test_a_student_joins_with_the_code_and_joining_twice_is_200(classroom: Classroom) -> None:
    student = make_person("siswa")
    client = api(student)
    typed = classroom.join_code.lower()
    first = post(client, "/api/v1/classes/join", {"code": typed})
    assert first.status_code == 201
    assert first.json() == {"id": classroom.pk, "name": "VII-A"}
    assert post(client, "/api/v1/classes/join", {"code": typed}).status_code == 200
    wrong = post(client, "/api/v1/classes/join", {"code": "ZZZZZZ"})
    assert wrong.status_code == 400
    assert wrong.json()["code"] == "invalid_code"


def test_guessing_class_codes_is_rate_limited_like_the_web_form(classroom: Classroom) -> None:
    client = api(make_person("penebak"))
    statuses = [
        post(client, "/api/v1/classes/join", {"code": f"ZZZZ{n:02}"}).status_code for n in range(12)
    ]
    assert statuses[:10] == [400] * 10
    assert statuses[10:] == [429, 429]
    refused = post(client, "/api/v1/classes/join", {"code": classroom.join_code})
    assert refused.json()["code"] == "too_many_requests"
    assert not classroom.students.exists()


def test_a_teacher_assigns_a_course_and_reads_who_could_not_be_enrolled(
    classroom: Classroom, teacher: User, taught: Taught
) -> None:
    [adult] = add_students(classroom, teacher, ["dewi"])
    minor = make_person("eko", birth_year=timezone.localdate().year - 12)
    class_student_add(classroom=classroom, student=minor, actor=teacher, joined_by=JoinedBy.TEACHER)
    due = (timezone.now() + timedelta(days=7)).replace(microsecond=0)
    response = post(
        api(teacher),
        f"/api/v1/classes/{classroom.pk}/assignments",
        {"course_id": taught.course.pk, "due_at": due.isoformat()},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["kind"] == "course"
    assert body["whole_class"] is True
    assert body["enrolled"] == 1
    assert body["due_at"].endswith("+08:00")
    [refused] = body["not_enrolled"]
    assert refused["student_id"] == minor.pk
    assert refused["reason"]
    assert Enrollment.objects.filter(user=adult, course_key=taught.course.translation_key).exists()
    again = post(
        api(teacher),
        f"/api/v1/classes/{classroom.pk}/assignments",
        {"course_id": taught.course.pk, "due_at": None},
    )
    assert again.status_code == 200
    assert again.json()["due_at"] is None


def test_a_lesson_is_assigned_to_chosen_students(
    classroom: Classroom, teacher: User, taught: Taught
) -> None:
    citra, _adi = add_students(classroom, teacher, ["citra", "adi"])
    response = post(
        api(teacher),
        f"/api/v1/classes/{classroom.pk}/assignments",
        {"lesson_id": taught.lessons[1].pk, "student_ids": [citra.pk]},
    )
    assert response.status_code == 201
    assignment = classroom.assignments.get()
    assert assignment.kind == "lesson"
    assert list(assignment.recipients.values_list("user_id", flat=True)) == [citra.pk]


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({}, 400, None),
        ({"course_id": "course", "lesson_id": "lesson"}, 400, None),
        ({"course_id": "lesson"}, 404, None),
        ({"lesson_id": "course"}, 404, None),
        ({"course_id": 99999}, 404, None),
        ({"course_id": "course", "student_ids": ["stranger"]}, 400, "student_ids"),
        ({"course_id": "course", "student_ids": []}, 400, "student_ids"),
        ({"course_id": "course", "due_at": "yesterday"}, 400, "due_at"),
        ({"course_id": "course", "due_at": "2026-01-01T08:00:00"}, 400, "due_at"),
        ({"course_id": "course", "due_at": "2020-01-01T08:00:00+08:00"}, 400, "due_at"),
    ],
)
def test_bad_assignments_are_refused_in_the_apis_shape(
    classroom: Classroom,
    teacher: User,
    taught: Taught,
    body: dict[str, Any],
    status: int,
    field: str | None,
) -> None:
    stranger = make_person("orang-lain")
    ids = {"course": taught.course.pk, "lesson": taught.lessons[0].pk, "stranger": stranger.pk}
    sent = {
        key: (
            [ids.get(v, v) for v in value]
            if isinstance(value, list)
            else ids.get(value, value)
            if isinstance(value, str) and key != "due_at"
            else value
        )
        for key, value in body.items()
    }
    response = post(api(teacher), f"/api/v1/classes/{classroom.pk}/assignments", sent)
    assert response.status_code == status, response.content
    answer = response.json()
    assert set(answer) >= {"detail", "code"}
    assert answer["detail"]
    if field is not None:
        assert field in [error["field"] for error in answer["errors"]]
    assert not classroom.assignments.exists()


def test_strangers_reach_no_class_through_the_api(
    classroom: Classroom, teacher: User, taught: Taught, school: School, other_school: School
) -> None:
    [student] = add_students(classroom, teacher, ["citra"])
    other_teacher = make_person("guru-lain", role=Role.TEACHER)
    school_staff_add(school=school, user=other_teacher, role=StaffRole.TEACHER, actor=None)
    other_admin = make_person("admin-lain")
    school_staff_add(school=other_school, user=other_admin, role=StaffRole.ADMIN, actor=None)
    for person in (other_teacher, other_admin, student):
        client = api(person)
        gives = post(
            client,
            f"/api/v1/classes/{classroom.pk}/assignments",
            {"course_id": taught.course.pk},
        )
        assert gives.status_code == 404
        assert gives.json()["code"] == "not_found"
    for person in (other_teacher, other_admin):
        assert api(person).get(f"/api/v1/classes/{classroom.pk}/gradebook").status_code == 404
    assert api(None).get(f"/api/v1/classes/{classroom.pk}/gradebook").status_code == 401
    assert api(teacher).get("/api/v1/classes/999999/gradebook").status_code == 404
    assert not classroom.assignments.exists()


def test_the_gradebook_has_students_activities_and_cells(
    classroom: Classroom, teacher: User, taught: Taught, school: School
) -> None:
    citra, adi = add_students(classroom, teacher, ["citra", "adi"])
    assign(classroom, teacher, taught.course)
    scored(citra, taught, taught.activities[0], 0.5, 0.8)
    scored(adi, taught, taught.activities[3], 0.25)
    admin = make_person("kepala")
    school_staff_add(school=school, user=admin, role=StaffRole.ADMIN, actor=None)

    book = api(teacher).get(f"/api/v1/classes/{classroom.pk}/gradebook").json()

    assert book["students"] == [{"id": adi.pk, "name": "Adi"}, {"id": citra.pk, "name": "Citra"}]
    assert [a["id"] for a in book["activities"]] == taught.activities
    assert book["activities"][0]["title"] == "Tautan palsu"
    assert book["activities"][0]["lesson_id"] == taught.lessons[0].pk
    assert book["activities"][3]["lesson_id"] == taught.lessons[1].pk
    cells = {
        (c["student_id"], c["activity_id"]): (c["best_score"], c["attempts"]) for c in book["cells"]
    }
    assert cells == {
        (citra.pk, taught.activities[0]): (80, 2),
        (adi.pk, taught.activities[3]): (25, 1),
    }
    assert api(admin).get(f"/api/v1/classes/{classroom.pk}/gradebook").json() == book
    own = api(citra).get(f"/api/v1/classes/{classroom.pk}/gradebook").json()
    assert own["students"] == [{"id": citra.pk, "name": "Citra"}]
    assert {cell["student_id"] for cell in own["cells"]} == {citra.pk}


@pytest.mark.parametrize(("students_count", "activities_count"), [(5, 10), (40, 50)])
def test_the_gradebook_api_makes_a_fixed_number_of_queries(
    catalog: Catalog,
    classroom: Classroom,
    teacher: User,
    students_count: int,
    activities_count: int,
    django_assert_num_queries: Any,
) -> None:
    taught = course_with_activities(catalog, lessons=5, per_lesson=activities_count // 5)
    students = add_students(classroom, teacher, [f"siswa-{n:02}" for n in range(students_count)])
    assign(classroom, teacher, taught.course)
    seed_scores(students, taught)
    client = api(teacher)
    url = f"/api/v1/classes/{classroom.pk}/gradebook"
    client.get(url)
    with django_assert_num_queries(9):
        response = client.get(url)
    assert len(response.json()["students"]) == students_count
    assert len(response.json()["activities"]) == activities_count
