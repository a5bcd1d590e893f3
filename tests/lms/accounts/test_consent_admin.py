"""A school admin sees and manages the guardian consents of their own school's pupils only; the
city's admin sees every school's."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.db import connection
from django.http import HttpResponseBase
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.permissions import policy_registry

from lms.accounts.admin_views import ConsentViewSet
from lms.accounts.consent import may_record_learning
from lms.accounts.models import ConsentMethod, ConsentRecord, Role, User
from lms.accounts.services import consent_record, user_ensure
from lms.classrooms.services import classroom_archive

from .schools import SchoolOf, school_with_class

pytestmark = pytest.mark.django_db
CHILD_BIRTH_YEAR = timezone.localdate().year - 13
NOT_YOUR_PUPIL = (
    "“%(name)s” is not a pupil in a class of your school. The consent is recorded by the "
    "child's own school, or by the city's admin."
)


def pupil(username: str) -> User:
    user, _created = user_ensure(
        username=username,
        password="kopi pagi di Klandasan",
        full_name=username.replace("-", " ").title(),
        roles=(Role.STUDENT,),
        birth_year=CHILD_BIRTH_YEAR,
    )
    return user


def consent_for(child: User, guardian_name: str) -> ConsentRecord:
    return consent_record(
        child=child,
        guardian_name=guardian_name,
        relationship="ibu",
        method=ConsentMethod.PAPER,
        recorded_by=None,
    )


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@dataclass(frozen=True)
class City:
    a: SchoolOf
    b: SchoolOf
    pupil_a: User
    pupil_b: User
    consent_a: ConsentRecord
    consent_b: ConsentRecord
    city_admin: User


@pytest.fixture
def city() -> City:
    """Two schools, each with a pupil whose mother's consent is on record."""
    a, b = school_with_class(1), school_with_class(2)
    pupil_a, pupil_b = pupil("siswa-satu"), pupil("siswa-dua")
    a.enrol(pupil_a)
    b.enrol(pupil_b)
    city_admin, _created = user_ensure(
        username="admin-kota",
        password="kopi pagi di Klandasan",
        full_name="Admin Kota",
        roles=(Role.ADMIN,),
    )
    return City(
        a=a,
        b=b,
        pupil_a=pupil_a,
        pupil_b=pupil_b,
        consent_a=consent_for(pupil_a, "Rina Wati"),
        consent_b=consent_for(pupil_b, "Sri Lestari"),
        city_admin=city_admin,
    )


def edit_link(record: ConsentRecord) -> str:
    return f'href="/admin/consents/edit/{record.pk}/"'


def turned_away(response: HttpResponseBase) -> bool:
    """Wagtail's "no permission": back to the admin's home page, with a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


# --- The list ------------------------------------------------------------------------------------
def test_a_school_admin_lists_only_their_own_pupils(city: City) -> None:
    listing = signed_in(city.a.admin).get("/admin/consents/").content.decode()
    assert "Siswa Satu (siswa-satu)" in listing
    assert edit_link(city.consent_a) in listing
    assert "Siswa Dua" not in listing
    assert "Sri Lestari" not in listing
    assert edit_link(city.consent_b) not in listing


def test_searching_does_not_reach_another_schools_pupils(city: City) -> None:
    found = signed_in(city.a.admin).get("/admin/consents/results/", {"q": "Sri"})
    assert found.status_code == 200
    assert "Siswa Dua" not in found.content.decode()


def test_the_city_admin_lists_every_school(city: City) -> None:
    listing = signed_in(city.city_admin).get("/admin/consents/").content.decode()
    assert edit_link(city.consent_a) in listing
    assert edit_link(city.consent_b) in listing


def test_a_pupil_in_two_schools_is_in_both_admins_care_and_listed_once(city: City) -> None:
    city.b.enrol(city.pupil_a)
    for admin in (city.a.admin, city.b.admin):
        client = signed_in(admin)
        assert client.get("/admin/consents/").content.decode().count(edit_link(city.consent_a)) == 1
        assert client.get(f"/admin/consents/edit/{city.consent_a.pk}/").status_code == 200


def test_last_years_classes_do_not_count(city: City) -> None:
    classroom_archive(classroom=city.a.classroom, actor=city.a.teacher)
    client = signed_in(city.a.admin)
    assert edit_link(city.consent_a) not in client.get("/admin/consents/").content.decode()
    assert turned_away(client.get(f"/admin/consents/edit/{city.consent_a.pk}/"))


# --- One consent's pages -------------------------------------------------------------------------
@pytest.mark.parametrize("view", ["edit", "history", "history_results", "usage"])
def test_another_schools_consent_is_turned_away(city: City, view: str) -> None:
    client = signed_in(city.a.admin)
    own = client.get(reverse(f"consents:{view}", args=[city.consent_a.pk]))
    assert own.status_code == 200
    other = client.get(reverse(f"consents:{view}", args=[city.consent_b.pk]))
    assert turned_away(other)
    home = client.get(other["Location"]).content.decode()
    assert escape(gettext("Sorry, you do not have permission to access this area.")) in home
    assert "Sri Lestari" not in home


@pytest.mark.parametrize("view", ["edit", "history", "history_results", "usage"])
def test_the_city_admin_opens_any_schools_consent(city: City, view: str) -> None:
    client = signed_in(city.city_admin)
    assert client.get(reverse(f"consents:{view}", args=[city.consent_b.pk])).status_code == 200


def test_another_schools_consent_cannot_be_withdrawn(city: City) -> None:
    response = signed_in(city.a.admin).post(
        f"/admin/consents/edit/{city.consent_b.pk}/", {"confirm": "on"}
    )
    assert turned_away(response)
    city.consent_b.refresh_from_db()
    assert city.consent_b.withdrawn_at is None
    assert may_record_learning(city.pupil_b)


def test_the_city_admin_withdraws_any_schools_consent(city: City) -> None:
    response = signed_in(city.city_admin).post(
        f"/admin/consents/edit/{city.consent_b.pk}/", {"confirm": "on"}
    )
    assert response.status_code == 302
    city.consent_b.refresh_from_db()
    assert city.consent_b.withdrawn_by == city.city_admin
    assert not may_record_learning(city.pupil_b)


def test_wagtail_is_told_only_of_the_consents_the_admin_manages(city: City) -> None:
    """What Wagtail asks the permission policy, e.g. whether to link an object in its reports."""
    policy = policy_registry.get_by_type(ConsentRecord)
    assert policy.user_has_permission_for_instance(city.a.admin, "change", city.consent_a)
    assert not policy.user_has_permission_for_instance(city.a.admin, "change", city.consent_b)
    assert policy.user_has_permission_for_instance(city.city_admin, "change", city.consent_b)
    assert list(policy.instances_user_has_permission_for(city.a.admin, "change")) == [
        city.consent_a
    ]
    assert set(policy.instances_user_has_permission_for(city.city_admin, "change")) == {
        city.consent_a,
        city.consent_b,
    }


# --- Recording a paper consent -------------------------------------------------------------------
def paper_consent(child: str) -> dict[str, str]:
    return {
        "child": child,
        "guardian_name": "Ahmad",
        "relationship": "ayah",
        "form_received": "on",
    }


def test_a_school_admin_cannot_record_a_consent_for_another_schools_pupil(city: City) -> None:
    newcomer = pupil("siswa-baru")
    city.b.enrol(newcomer)
    response = signed_in(city.a.admin).post("/admin/consents/new/", paper_consent("siswa-baru"))
    assert response.status_code == 200
    page = response.content.decode()
    assert escape(gettext(NOT_YOUR_PUPIL) % {"name": "siswa-baru"}) in page
    # The other school's pupil's name is not shown to this admin.
    assert "Siswa Baru" not in page
    assert not newcomer.consents.exists()
    assert not may_record_learning(newcomer)


def test_a_school_admin_records_a_consent_for_their_own_new_pupil(city: City) -> None:
    newcomer = pupil("siswa-baru")
    city.a.enrol(newcomer)
    response = signed_in(city.a.admin).post("/admin/consents/new/", paper_consent("siswa-baru"))
    assert response.status_code == 302
    assert newcomer.consents.get().recorded_by == city.a.admin


def test_the_city_admin_records_a_consent_for_any_child(city: City) -> None:
    newcomer = pupil("siswa-baru")
    city.b.enrol(newcomer)
    response = signed_in(city.city_admin).post("/admin/consents/new/", paper_consent("siswa-baru"))
    assert response.status_code == 302
    assert may_record_learning(newcomer)


# --- The list's number of queries ----------------------------------------------------------------
def add_pupils_with_consent(school: SchoolOf, first: int, count: int) -> None:
    for number in range(first, first + count):
        child = pupil(f"siswa-{number:02d}")
        school.enrol(child)
        consent_for(child, f"Wali {number}")


def listing_queries(client: Client, expected_rows: int) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        listing = client.get("/admin/consents/").content.decode()
    assert listing.count('href="/admin/consents/edit/') == expected_rows
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("persona", ["school admin", "city admin"])
def test_the_list_costs_the_same_for_3_and_30_consents(persona: str) -> None:
    school = school_with_class(1)
    admin = school.admin
    if persona == "city admin":
        admin, _created = user_ensure(
            username="admin-kota", password="kopi", full_name="Admin Kota", roles=(Role.ADMIN,)
        )
    client = signed_in(admin)
    page_size = ConsentViewSet.list_per_page
    add_pupils_with_consent(school, 1, 3)
    client.get("/admin/consents/")  # The first request fills the process's caches.
    few = listing_queries(client, 3)
    add_pupils_with_consent(school, 4, 27)
    many = listing_queries(client, min(30, page_size))
    assert len(many) == len(few), "\n".join(["3 consents:", *few, "", "30 consents:", *many])
