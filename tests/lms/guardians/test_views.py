"""The parents' pages: linking with a code (rate-limited), one child's page (only that child),
consent given and withdrawn online, unlinking, the student's and the teacher's code pages; every
page tried by strangers, and query counts pinned at two sizes."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import CoursePage
from lms.accounts.consent import ConsentStatus, consent_status
from lms.accounts.models import ConsentMethod, User
from lms.accounts.services import consent_record
from lms.classrooms.services import assignment_create
from lms.guardians import services
from lms.guardians.models import GuardianLink
from lms.learning.models import Enrollment
from tests.factories import Catalog, make_course

from .conftest import Family, learn, make_person

pytestmark = pytest.mark.django_db


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def link(family: Family, parent: User | None = None) -> GuardianLink:
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    return services.guardian_link_create(parent=parent or family.parent, code=code)


def consent(family: Family) -> None:
    services.guardian_consent_give(parent=family.parent, child=family.child, relationship="ibu")


def test_a_parent_links_a_child_with_the_code_from_the_students_page(family: Family) -> None:
    student = client_for(family.child)
    page = student.get("/id/orang-tua/kode/")
    assert page.status_code == 200
    made = student.post("/id/orang-tua/kode/")
    assert made.status_code == 200
    code = made.context["issued"].code
    assert made.context["formatted"] in made.content.decode()
    parent = client_for(family.parent)
    empty = parent.get("/id/orang-tua/")
    assert "kode" in empty.content.decode().lower()
    answer = parent.post("/id/orang-tua/tautkan/", {"code": code.lower()})
    assert answer.status_code == 302
    assert answer["Location"] == f"/id/orang-tua/anak/{family.child.pk}/"
    listing = parent.get("/id/orang-tua/")
    assert family.child.full_name in listing.content.decode()
    # The child sees the parent on their code page and can unlink.
    assert family.parent.full_name in student.get("/id/orang-tua/kode/").content.decode()


def test_wrong_used_and_expired_codes_get_clear_messages(family: Family) -> None:
    parent = client_for(family.parent)
    wrong = parent.post("/id/orang-tua/tautkan/", {"code": "ZZZ-ZZZ"})
    assert wrong.status_code == 400
    assert "tidak benar" in wrong.content.decode() or "not right" in wrong.content.decode()
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    parent.post("/id/orang-tua/tautkan/", {"code": code})
    used = client_for(family.other_parent).post("/id/orang-tua/tautkan/", {"code": code})
    assert used.status_code == 400
    assert used.context["form"].errors["code"]


def test_guessing_codes_is_rate_limited(family: Family) -> None:
    parent = client_for(family.parent)
    statuses = [
        parent.post("/id/orang-tua/tautkan/", {"code": f"ZZZZZ{c}"}).status_code for c in "ABCDEF"
    ]
    assert statuses == [400] * 5 + [429]
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    # Even the right code waits now.
    assert parent.post("/id/orang-tua/tautkan/", {"code": code}).status_code == 429
    assert not GuardianLink.objects.filter(parent=family.parent).exists()


def test_the_childs_page_shows_only_that_child(
    family: Family, course: CoursePage, catalog: Catalog
) -> None:
    link(family)
    consent(family)
    learn(family.child, course)
    consent_record(
        child=family.classmate,
        guardian_name="Ibu Hartono",
        relationship="ibu",
        method=ConsentMethod.PAPER,
        recorded_by=family.teacher,
    )
    learn(family.classmate, course)
    other_course = make_course(catalog, title="Kursus Rahasia Rudi", slug="rahasia", lessons=1)
    Enrollment.objects.create(user=family.classmate, course_key=other_course.translation_key)
    assignment_create(
        classroom=family.classroom,
        actor=family.teacher,
        page=course,
        students=None,
        due_at=timezone.now() + timedelta(days=2),
    )
    page = client_for(family.parent).get(f"/id/orang-tua/anak/{family.child.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert family.child.full_name in html
    assert "Aktivasi IKD" in html
    assert family.classmate.full_name not in html
    assert "Rudi" not in html
    assert "Kursus Rahasia" not in html
    assert "Ibu Hartono" not in html
    assert re.search(r"<progress[^>]*value=\"50\"", html)


@pytest.mark.parametrize("who", ["anonymous", "other_parent", "classmate", "teacher", "child"])
def test_strangers_never_reach_a_childs_pages(family: Family, who: str) -> None:
    active = link(family)
    user = None if who == "anonymous" else getattr(family, who)
    client = client_for(user)
    child = family.child.pk
    urls = [
        f"/id/orang-tua/anak/{child}/",
        f"/id/orang-tua/anak/{child}/izin/",
        f"/id/orang-tua/anak/{child}/izin/cabut/",
    ]
    for url in urls:
        for method in ("get", "post") if url != urls[0] else ("get",):
            answer = getattr(client, method)(url)
            expected = (302,) if who == "anonymous" else (404,)
            assert answer.status_code in expected, (url, method, answer.status_code)
    unlink_url = f"/id/orang-tua/tautan/{active.pk}/putuskan/"
    if who != "child":
        answer = client.post(unlink_url)
        assert answer.status_code == (302 if who == "anonymous" else 404)
        active.refresh_from_db()
        assert active.unlinked_at is None
    assert consent_status(family.child) == ConsentStatus.PENDING


def test_consent_given_and_withdrawn_on_the_parents_pages(
    family: Family, course: CoursePage, django_capture_on_commit_callbacks: Any
) -> None:
    link(family)
    parent = client_for(family.parent)
    form = parent.get(f"/id/orang-tua/anak/{family.child.pk}/izin/")
    assert form.status_code == 200
    assert "UU PDP" in form.content.decode()
    refused = parent.post(f"/id/orang-tua/anak/{family.child.pk}/izin/", {"relationship": "ibu"})
    assert refused.status_code == 400  # the box was not ticked
    given = parent.post(
        f"/id/orang-tua/anak/{family.child.pk}/izin/", {"relationship": "ayah", "agree": "on"}
    )
    assert given.status_code == 302
    assert consent_status(family.child) == ConsentStatus.GIVEN
    learn(family.child, course)
    # The teacher's class page and the child's profile read the same state.
    confirm = parent.get(f"/id/orang-tua/anak/{family.child.pk}/izin/cabut/")
    assert confirm.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        withdrawn = parent.post(f"/id/orang-tua/anak/{family.child.pk}/izin/cabut/")
    assert withdrawn.status_code == 302
    assert consent_status(family.child) == ConsentStatus.PENDING
    assert not Enrollment.objects.filter(user=family.child).exists()
    teacher_page = client_for(family.teacher).get(f"/id/kelas/{family.classroom.pk}/")
    assert teacher_page.status_code == 200


def test_either_side_unlinks_after_confirming(family: Family) -> None:
    active = link(family)
    url = f"/id/orang-tua/tautan/{active.pk}/putuskan/"
    assert client_for(family.child).get(url).status_code == 200
    assert client_for(family.child).post(url).status_code == 302
    active.refresh_from_db()
    assert active.unlinked_by == family.child
    again = link(family)
    parent = client_for(family.parent)
    assert parent.post(f"/id/orang-tua/tautan/{again.pk}/putuskan/").status_code == 302
    assert parent.get(f"/id/orang-tua/anak/{family.child.pk}/").status_code == 404


def test_a_teacher_makes_a_code_for_a_pupil_of_their_class(family: Family) -> None:
    url = f"/id/orang-tua/kode/kelas/{family.classroom.pk}/siswa/{family.child.pk}/"
    made = client_for(family.teacher).post(url)
    assert made.status_code == 200
    assert made.context["issued"].code
    for stranger in (family.other_teacher, family.parent, family.classmate):
        assert client_for(stranger).post(url).status_code == 404
    assert client_for(None).post(url).status_code == 302
    outsider = make_person("anak-lain", birth_year=2014)
    other = f"/id/orang-tua/kode/kelas/{family.classroom.pk}/siswa/{outsider.pk}/"
    assert client_for(family.teacher).post(other).status_code == 404


def test_the_header_shows_the_right_links(family: Family) -> None:
    link(family)
    parent_html = client_for(family.parent).get("/id/orang-tua/").content.decode()
    assert "/id/orang-tua/kode/" not in parent_html
    child_html = client_for(family.child).get("/id/orang-tua/kode/").content.decode()
    assert 'href="/id/orang-tua/"' not in child_html


def _children_page_queries(
    family: Family, catalog: Catalog, courses: int, django_assert_num_queries: Any
) -> None:
    link(family)
    consent(family)
    for index in range(courses):
        learn(family.child, make_course(catalog, title=f"Kursus {index}", slug=f"k{index}"))
    client = client_for(family.parent)
    client.get(f"/id/orang-tua/anak/{family.child.pk}/")  # warm caches (site, locale)
    with django_assert_num_queries(CHILD_PAGE_QUERIES):
        assert client.get(f"/id/orang-tua/anak/{family.child.pk}/").status_code == 200


CHILD_PAGE_QUERIES = 14


@pytest.mark.parametrize("courses", [1, 10])
def test_the_childs_page_takes_the_same_queries_for_1_and_10_courses(
    family: Family, catalog: Catalog, courses: int, django_assert_num_queries: Any
) -> None:
    _children_page_queries(family, catalog, courses, django_assert_num_queries)


@pytest.mark.parametrize("children", [1, 5])
def test_my_children_takes_the_same_queries_for_1_and_5_children(
    family: Family, children: int, django_assert_num_queries: Any
) -> None:
    for index in range(children):
        kid = make_person(f"anak-{index}", birth_year=2014)
        code = services.pairing_code_create(child=kid, actor=kid).code
        services.guardian_link_create(parent=family.parent, code=code)
    client = client_for(family.parent)
    client.get("/id/orang-tua/")
    with django_assert_num_queries(CHILDREN_PAGE_QUERIES):
        assert client.get("/id/orang-tua/").status_code == 200


CHILDREN_PAGE_QUERIES = 3
