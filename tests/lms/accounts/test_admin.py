"""The Wagtail admin's screens for guardians' paper consents and for roles."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.users.models import UserProfile

from lms.accounts.consent import may_record_learning
from lms.accounts.models import ConsentMethod, ConsentRecord, Role, RoleGrant, User
from lms.accounts.services import consent_record, user_ensure

from .schools import SchoolOf, school_with_class

pytestmark = pytest.mark.django_db
THIS_YEAR = timezone.localdate().year


def person(username: str, *roles: Role, birth_year: int | None = None, phone: str = "") -> User:
    user, _created = user_ensure(
        username=username,
        password="kopi pagi di Klandasan",
        full_name=username.title(),
        roles=roles,
        birth_year=birth_year,
        phone=phone,
    )
    return user


def admin_client(user: User) -> Client:
    # The admin in English, so that the tests read the same before and after translation.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def child() -> User:
    return person("siswa", Role.STUDENT, birth_year=THIS_YEAR - 13)


@pytest.fixture
def school(child: User) -> SchoolOf:
    """The child's school: its admin records and withdraws the consents of its pupils."""
    school = school_with_class(1, admin=person("adminsekolah", Role.SCHOOL_ADMIN))
    school.enrol(child)
    return school


@pytest.fixture
def school_admin(school: SchoolOf) -> User:
    return school.admin


def paper_consent(**overrides: str) -> dict[str, str]:
    return {
        "child": "siswa",
        "guardian_name": "Rina Wati",
        "relationship": "mother",
        "form_received": "on",
        **overrides,
    }


# --- Paper consent -------------------------------------------------------------------------------
def test_a_school_admin_records_a_paper_consent(child: User, school_admin: User) -> None:
    client = admin_client(school_admin)
    assert not may_record_learning(child)
    form = client.get("/admin/consents/new/").content.decode()
    assert "I hold the consent form, signed by this guardian" in form

    response = client.post("/admin/consents/new/", paper_consent())
    assert response.status_code == 302
    record = ConsentRecord.objects.get()
    assert (record.child, record.guardian_name, record.relationship) == (
        child,
        "Rina Wati",
        "mother",
    )
    assert record.method == ConsentMethod.PAPER
    assert record.recorded_by == school_admin
    assert may_record_learning(child)

    listing = client.get("/admin/consents/").content.decode()
    assert "Siswa (siswa)" in listing
    assert "In force" in listing
    assert f'href="/admin/consents/edit/{record.pk}/"' in listing


def test_the_child_then_sees_the_consent_on_their_profile(child: User, school_admin: User) -> None:
    admin_client(school_admin).post("/admin/consents/new/", paper_consent())
    client = Client()
    client.force_login(child)
    html = client.get("/en/akun/profil/").content.decode()
    assert "Consent given" in html
    assert "Rina Wati (mother) agreed on" in html


def test_an_admin_records_one_too(child: User) -> None:
    admin = person("admin", Role.ADMIN)
    response = admin_client(admin).post("/admin/consents/new/", paper_consent(child="siswa"))
    assert response.status_code == 302
    assert ConsentRecord.objects.get().recorded_by == admin


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"child": "dewasa"}, "Consent is only needed for a child under 18."),
        ({"child": "nobody"}, "No account found for “nobody”."),
        ({"form_received": ""}, "A paper consent needs the signed form."),
        ({"guardian_name": ""}, "This field is required."),
    ],
)
def test_refused_consents_say_why_and_change_nothing(
    child: User, school: SchoolOf, data: dict[str, str], message: str
) -> None:
    school.enrol(person("dewasa", Role.RESIDENT, birth_year=THIS_YEAR - 19))
    school_admin = school.admin
    response = admin_client(school_admin).post("/admin/consents/new/", paper_consent(**data))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ConsentRecord.objects.exists()


def test_a_second_consent_while_one_is_in_force_is_refused(child: User, school_admin: User) -> None:
    client = admin_client(school_admin)
    client.post("/admin/consents/new/", paper_consent())
    response = client.post("/admin/consents/new/", paper_consent(guardian_name="Ahmad"))
    assert response.status_code == 200
    assert "A consent for this child is already on record." in response.content.decode()
    assert ConsentRecord.objects.count() == 1


def test_withdrawing_stops_the_recording(child: User, school_admin: User) -> None:
    record = consent_record(
        child=child,
        guardian_name="Rina Wati",
        relationship="mother",
        method=ConsentMethod.PAPER,
        recorded_by=school_admin,
    )
    client = admin_client(school_admin)
    url = f"/admin/consents/edit/{record.pk}/"
    page = client.get(url).content.decode()
    assert "Rina Wati" in page
    assert "Withdraw the consent" in page

    unticked = client.post(url, {})
    assert unticked.status_code == 200
    assert "Tick the box to confirm." in unticked.content.decode()
    record.refresh_from_db()
    assert record.withdrawn_at is None

    assert client.post(url, {"confirm": "on"}).status_code == 302
    record.refresh_from_db()
    assert record.withdrawn_at is not None
    assert record.withdrawn_by == school_admin
    assert not may_record_learning(child)
    after = client.get(url).content.decode()
    assert "Withdrawn on" in after
    assert "Withdraw the consent" not in after

    # A new consent can then be recorded; the history keeps both.
    client.post("/admin/consents/new/", paper_consent(guardian_name="Ahmad", relationship="father"))
    assert ConsentRecord.objects.count() == 2
    assert may_record_learning(child)


def test_consents_are_never_deleted(child: User) -> None:
    admin = person("admin", Role.ADMIN)
    record = consent_record(
        child=child,
        guardian_name="Rina Wati",
        relationship="mother",
        method=ConsentMethod.PAPER,
        recorded_by=admin,
    )
    client = admin_client(admin)
    client.post(f"/admin/consents/delete/{record.pk}/")
    assert ConsentRecord.objects.filter(pk=record.pk).exists()


@pytest.mark.parametrize("role", [Role.EDITOR, Role.TEACHER, Role.RESIDENT])
def test_others_cannot_record_consents(child: User, role: Role) -> None:
    client = admin_client(person("lain", role))
    assert client.get("/admin/consents/").status_code in {302, 403}
    assert client.post("/admin/consents/new/", paper_consent()).status_code in {302, 403}
    assert not ConsentRecord.objects.exists()


# --- Roles ---------------------------------------------------------------------------------------
def test_an_admin_gives_and_takes_away_a_role(child: User) -> None:
    admin = person("admin", Role.ADMIN)
    guru = person("guru", phone="+6281211112222")
    client = admin_client(admin)

    response = client.post("/admin/roles/new/", {"person": "0812-1111-2222", "role": "editor"})
    assert response.status_code == 302
    grant = RoleGrant.objects.get(user=guru)
    assert grant.role == Role.EDITOR
    assert grant.granted_by == admin
    assert guru.groups.filter(name="Editors").exists()
    listing = client.get("/admin/roles/").content.decode()
    assert "Guru (guru)" in listing
    assert f'href="/admin/roles/delete/{grant.pk}/"' in listing

    page = client.get(f"/admin/roles/delete/{grant.pk}/").content.decode()
    assert "Take the role “Content editor” away from Guru (guru)?" in page
    assert client.post(f"/admin/roles/delete/{grant.pk}/").status_code == 302
    assert not RoleGrant.objects.filter(user=guru).exists()
    assert not guru.groups.filter(name="Editors").exists()


def test_an_unknown_person_is_named_in_the_error() -> None:
    client = admin_client(person("admin", Role.ADMIN))
    response = client.post("/admin/roles/new/", {"person": "nobody", "role": "teacher"})
    assert response.status_code == 200
    assert "No account found for “nobody”." in response.content.decode()
    assert not RoleGrant.objects.exclude(role=Role.ADMIN).exists()


def test_only_admins_manage_roles(school_admin: User) -> None:
    client = admin_client(school_admin)
    assert client.get("/admin/roles/").status_code in {302, 403}
    client.post("/admin/roles/new/", {"person": "adminsekolah", "role": "admin"})
    school_admin.refresh_from_db()
    assert not school_admin.is_superuser
