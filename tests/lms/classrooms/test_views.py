"""The class pages as a teacher, a school admin and a student meet them, and as strangers find
them closed: another teacher, another school's admin, a student, a visitor."""

from __future__ import annotations

import datetime
import io
import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, override
from pytest_django import DjangoAssertNumQueries, Settings

from courses.models import LessonPage
from lms.accounts.models import ConsentMethod, ConsentRecord, Role, User
from lms.classrooms import services
from lms.classrooms.forms import current_academic_year, current_semester
from lms.classrooms.models import Classroom, ClassStudent, JoinedBy, School, StaffRole
from lms.classrooms.services import school_staff_add
from lms.core.models import AuditEntry
from lms.learning.services import EventIn, progress_events_record
from tests.factories import Catalog, make_course
from tests.lms.classrooms.conftest import make_person

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year


def t(text: str) -> str:
    with override("id"):
        return gettext(text)


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response
    return response.content.decode()


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def other_teacher(other_school: School) -> User:
    user = make_person("pak-guru", role=Role.TEACHER)
    school_staff_add(school=other_school, user=user, role=StaffRole.TEACHER, actor=None)
    return user


@pytest.fixture
def school_admin(school: School) -> User:
    user = make_person("admin-smp")
    school_staff_add(school=school, user=user, role=StaffRole.ADMIN, actor=None)
    return user


@pytest.fixture
def other_admin(other_school: School) -> User:
    user = make_person("admin-sd")
    school_staff_add(school=other_school, user=user, role=StaffRole.ADMIN, actor=None)
    return user


@pytest.fixture
def student(classroom: Classroom, teacher: User) -> User:
    user = make_person("rudi-siswa", birth_year=THIS_YEAR - 12)
    services.class_student_add(
        classroom=classroom, student=user, actor=teacher, joined_by=JoinedBy.CODE
    )
    return user


def as_user(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


# --- Kelas saya ---------------------------------------------------------------------------------
def test_a_new_teacher_sees_how_to_start(client: Client, teacher: User) -> None:
    html = page(as_user(client, teacher), "/id/kelas/")
    assert t("You have no class yet.") in html
    assert 'href="/id/kelas/baru/"' in html


def test_the_teacher_sees_their_classes_with_student_counts(
    client: Client, teacher: User, classroom: Classroom, student: User, other_teacher: User
) -> None:
    services.classroom_create(
        teacher=other_teacher, name="Kelas Orang Lain", academic_year="2026/2027", semester=1
    )
    html = page(as_user(client, teacher), "/id/kelas/")
    assert "VII-A" in html
    assert "Kelas Orang Lain" not in html
    with override("id"):
        assert ngettext("%(n)s student", "%(n)s students", 1) % {"n": 1} in html


def test_a_school_admin_sees_their_schools_classes_only(
    client: Client, school_admin: User, classroom: Classroom, other_teacher: User
) -> None:
    services.classroom_create(
        teacher=other_teacher, name="Kelas Lain", academic_year="2026/2027", semester=1
    )
    html = page(as_user(client, school_admin), "/id/kelas/")
    assert "VII-A" in html
    assert "Kelas Lain" not in html
    assert page(client, f"/id/kelas/{classroom.pk}/")


def test_a_school_admin_without_classes_yet_is_told_where_they_will_appear(
    client: Client, school_admin: User
) -> None:
    html = page(as_user(client, school_admin), "/id/kelas/")
    assert t("The classes of your school appear here once a teacher makes them.") in html
    assert 'href="/id/kelas/baru/"' not in html


def test_a_student_is_sent_to_their_tasks_and_a_visitor_to_sign_in(
    client: Client, student: User
) -> None:
    for url in ("/id/kelas/", "/id/kelas/baru/", "/id/kelas/tugas/", "/id/kelas/gabung/"):
        assert client.get(url)["Location"].startswith("/id/akun/login/"), url
    response = as_user(client, student).get("/id/kelas/")
    assert response["Location"] == "/id/kelas/tugas/"


@pytest.mark.parametrize("size", [2, 12])
def test_the_class_list_makes_a_fixed_number_of_queries(
    client: Client,
    teacher: User,
    school: School,
    size: int,
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    for n in range(size):
        classroom = services.classroom_create(
            teacher=teacher, name=f"K{n}", academic_year="2026/2027", semester=1, school=school
        )
        for m in range(3):
            services.class_student_add(
                classroom=classroom,
                student=make_person(f"s{n}-{m}"),
                actor=teacher,
                joined_by=JoinedBy.CODE,
            )
    as_user(client, teacher)
    # Session and user, the classes, the teacher's role; the header's catalog link and class links.
    with django_assert_num_queries(6):
        client.get("/id/kelas/")


# --- Buat kelas ---------------------------------------------------------------------------------
def test_the_school_year_is_prefilled_in_wita() -> None:
    # 30 June 2026, 16:30 UTC is already 1 July in Balikpapan: the new school year.
    moment = datetime.datetime(2026, 6, 30, 16, 30, tzinfo=datetime.UTC)
    assert current_academic_year(timezone.localdate(moment)) == "2026/2027"
    assert current_semester(timezone.localdate(moment)) == 1
    assert current_academic_year(datetime.date(2027, 1, 15)) == "2026/2027"
    assert current_semester(datetime.date(2027, 1, 15)) == 2


def test_a_teacher_makes_a_class_at_their_school_or_a_community_group(
    client: Client, teacher: User, school: School, other_school: School
) -> None:
    as_user(client, teacher)
    form = page(client, "/id/kelas/baru/")
    assert f'value="{current_academic_year()}"' in form
    assert school.name in form
    assert other_school.name not in form
    assert t("Community learning group (no school)") in form

    response = client.post(
        "/id/kelas/baru/",
        {
            "name": "VIII-C",
            "grade": "8",
            "academic_year": "2026/2027",
            "semester": "1",
            "school": str(school.pk),
        },
    )
    made = Classroom.objects.get(name="VIII-C")
    assert response["Location"] == f"/id/kelas/{made.pk}/"
    assert (made.school, made.phase) == (school, "D")

    client.post(
        "/id/kelas/baru/",
        {"name": "Warga Klandasan", "academic_year": "2026/2027", "semester": "2", "school": ""},
    )
    assert Classroom.objects.get(name="Warga Klandasan").school is None


def test_a_class_cannot_be_made_at_another_school_or_by_a_non_teacher(
    client: Client, teacher: User, other_school: School, student: User
) -> None:
    as_user(client, teacher)
    response = client.post(
        "/id/kelas/baru/",
        {"name": "X", "academic_year": "2026/2027", "semester": "1", "school": other_school.pk},
    )
    assert response.status_code == 400
    assert not Classroom.objects.filter(name="X").exists()
    bad_year = client.post(
        "/id/kelas/baru/", {"name": "Y", "academic_year": "2026/2028", "semester": "1"}
    )
    assert bad_year.status_code == 400
    assert as_user(client, student).get("/id/kelas/baru/").status_code == 404


# --- The class page -----------------------------------------------------------------------------
def test_the_class_page_shows_the_code_and_the_students(
    client: Client, teacher: User, classroom: Classroom, student: User
) -> None:
    ClassStudent.objects.filter(user=student).update(nisn="0081234567")
    adult = make_person("pak-darto", birth_year=THIS_YEAR - 40)
    services.class_student_add(
        classroom=classroom, student=adult, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    html = page(as_user(client, teacher), f"/id/kelas/{classroom.pk}/")
    assert classroom.join_code in html
    assert "Rudi-Siswa" in html
    assert "0081234567" in html
    assert capfirst(t("waiting for a parent's consent")).replace("'", "&#x27;") in html
    assert capfirst(t("not needed")) in html
    assert capfirst(t("class code")) in html
    assert f"/id/kelas/{classroom.pk}/siswa/{student.pk}/izin/" in html


@pytest.mark.parametrize("size", [5, 40])
def test_the_class_page_makes_a_fixed_number_of_queries(
    client: Client,
    teacher: User,
    classroom: Classroom,
    size: int,
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    for name, year in [(f"Anak {n}", THIS_YEAR - 12) for n in range(size)]:
        services.class_student_create(
            classroom=classroom, full_name=name, birth_year=year, actor=teacher
        )
    with_consent = classroom.students.first()
    assert with_consent is not None
    ConsentRecord.objects.create(
        child=with_consent.user,
        guardian_name="Ibu",
        relationship="ibu",
        method=ConsentMethod.PAPER,
        text_version="1",
        given_at=timezone.now(),
    )
    as_user(client, teacher)
    # Session, user, the class, "teaches", students, consents, login codes, teachers; the header's
    # catalog link and class links.
    with django_assert_num_queries(10):
        response = client.get(f"/id/kelas/{classroom.pk}/")
    assert response.content.decode().count('id="student-') == size


def test_a_school_admin_manages_their_schools_class(
    client: Client, school_admin: User, classroom: Classroom, student: User
) -> None:
    as_user(client, school_admin)
    assert page(client, f"/id/kelas/{classroom.pk}/")
    response = client.post(
        f"/id/kelas/{classroom.pk}/siswa/{student.pk}/izin/",
        {"guardian_name": "Ibu Sari", "relationship": "ibu"},
    )
    assert response.status_code == 302
    record = ConsentRecord.objects.get(child=student)
    assert (record.method, record.recorded_by) == (ConsentMethod.PAPER, school_admin)


def class_urls(classroom: Classroom, student: User) -> list[tuple[str, str]]:
    base = f"/id/kelas/{classroom.pk}"
    one = f"{base}/siswa/{student.pk}"
    return [
        ("get", f"{base}/"),
        ("get", f"{base}/kode-baru/"),
        ("post", f"{base}/kode-baru/"),
        ("get", f"{base}/arsipkan/"),
        ("post", f"{base}/arsipkan/"),
        ("get", f"{base}/siswa/tambah/"),
        ("post", f"{base}/siswa/tambah/"),
        ("get", f"{base}/siswa/impor/"),
        ("post", f"{base}/siswa/impor/"),
        ("get", f"{base}/siswa/impor/contoh.csv"),
        ("get", f"{one}/keluarkan/"),
        ("post", f"{one}/keluarkan/"),
        ("get", f"{one}/kode-masuk/"),
        ("post", f"{one}/kode-masuk/"),
        ("post", f"{one}/izin/"),
        ("get", f"{base}/kartu-masuk/"),
        ("post", f"{base}/kartu-masuk/"),
    ]


@pytest.mark.parametrize("stranger", ["other_teacher", "other_admin", "student", "anonymous"])
def test_strangers_find_nothing_and_change_nothing(
    client: Client,
    request: pytest.FixtureRequest,
    classroom: Classroom,
    student: User,
    stranger: str,
) -> None:
    if stranger != "anonymous":
        as_user(client, request.getfixturevalue(stranger))
    code = classroom.join_code
    audit_before = AuditEntry.objects.count()
    for method, url in class_urls(classroom, student):
        data = {"guardian_name": "X", "relationship": "Y", "mode": "new", "new-full_name": "Z"}
        response = getattr(client, method)(url, data if method == "post" else None)
        if stranger == "anonymous":
            assert response.status_code == 302, url
            assert response["Location"].startswith("/id/akun/login/"), url
        else:
            assert response.status_code == 404, (method, url)
    classroom.refresh_from_db()
    assert classroom.join_code == code
    assert classroom.archived_at is None
    assert classroom.students.count() == 1
    assert AuditEntry.objects.count() == audit_before
    assert not ConsentRecord.objects.exists()


def test_a_new_class_code_after_confirming(
    client: Client, teacher: User, classroom: Classroom
) -> None:
    as_user(client, teacher)
    old = classroom.join_code
    confirm = page(client, f"/id/kelas/{classroom.pk}/kode-baru/")
    assert old in confirm
    classroom.refresh_from_db()
    assert classroom.join_code == old  # looking at the question changes nothing
    client.post(f"/id/kelas/{classroom.pk}/kode-baru/")
    classroom.refresh_from_db()
    assert classroom.join_code != old
    assert classroom.join_code in page(client, f"/id/kelas/{classroom.pk}/")


def test_archiving_a_class(client: Client, teacher: User, classroom: Classroom) -> None:
    as_user(client, teacher)
    response = client.post(f"/id/kelas/{classroom.pk}/arsipkan/")
    assert response["Location"] == "/id/kelas/"
    classroom.refresh_from_db()
    assert classroom.archived_at is not None
    html = page(client, f"/id/kelas/{classroom.pk}/")
    assert classroom.join_code not in html
    # An archived class takes no new students.
    client.post(
        f"/id/kelas/{classroom.pk}/siswa/tambah/",
        {"mode": "new", "new-full_name": "Budi", "new-birth_year": "2014"},
    )
    assert not classroom.students.exists()


# --- Adding and removing students ---------------------------------------------------------------
def test_adding_an_existing_account_by_email_or_phone(
    client: Client, teacher: User, classroom: Classroom
) -> None:
    someone = User.objects.create_user(
        username="rina", password="x", email="rina@contoh.id", phone="+6281234567890"
    )
    as_user(client, teacher)
    url = f"/id/kelas/{classroom.pk}/siswa/tambah/"
    response = client.post(
        url, {"mode": "existing", "existing-identifier": "0812-3456-7890", "existing-nisn": ""}
    )
    assert response.status_code == 302
    membership = ClassStudent.objects.get(classroom=classroom, user=someone)
    assert membership.joined_by == JoinedBy.TEACHER
    missing = client.post(url, {"mode": "existing", "existing-identifier": "tidak-ada"})
    assert missing.status_code == 400
    itself = client.post(url, {"mode": "existing", "existing-identifier": teacher.username})
    assert itself.status_code == 400
    assert classroom.students.count() == 1


def test_adding_a_pupil_without_an_account_gives_a_login_card(
    client: Client, teacher: User, classroom: Classroom
) -> None:
    as_user(client, teacher)
    response = client.post(
        f"/id/kelas/{classroom.pk}/siswa/tambah/",
        {
            "mode": "new",
            "new-full_name": "Budi Santoso",
            "new-birth_year": str(THIS_YEAR - 11),
            "new-nisn": "0081234567",
        },
    )
    assert response.status_code == 302
    budi = User.objects.get(full_name="Budi Santoso")
    assert budi.birth_year == THIS_YEAR - 11
    assert ClassStudent.objects.get(user=budi).nisn == "0081234567"
    detail = page(client, f"/id/kelas/{classroom.pk}/")
    assert f"/id/kelas/{classroom.pk}/kartu-masuk/" in detail
    cards = page(client, f"/id/kelas/{classroom.pk}/kartu-masuk/")
    assert "Budi Santoso" in cards
    assert cards.count("<svg") >= 1
    assert "http://testserver/id/akun/kode/" in cards
    # Once printed, the codes are forgotten on this device.
    client.post(f"/id/kelas/{classroom.pk}/kartu-masuk/")
    assert "Budi Santoso" not in page(client, f"/id/kelas/{classroom.pk}/kartu-masuk/")


def test_a_bad_new_pupil_is_refused_in_words(
    client: Client, teacher: User, classroom: Classroom
) -> None:
    as_user(client, teacher)
    response = client.post(
        f"/id/kelas/{classroom.pk}/siswa/tambah/",
        {"mode": "new", "new-full_name": "", "new-birth_year": "1800", "new-nisn": "123"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert t("Write the pupil's full name.").replace("'", "&#x27;") in html
    assert t("An NISN has 10 digits.") in html
    assert not classroom.students.exists()


def test_removing_a_student_after_confirming(
    client: Client, teacher: User, classroom: Classroom, student: User
) -> None:
    as_user(client, teacher)
    url = f"/id/kelas/{classroom.pk}/siswa/{student.pk}/keluarkan/"
    assert student.get_full_name() in page(client, url)
    assert classroom.students.count() == 1
    client.post(url)
    assert not classroom.students.exists()
    assert User.objects.filter(pk=student.pk).exists()


def test_reset_login_from_the_class_page(
    client: Client, teacher: User, classroom: Classroom, student: User
) -> None:
    pupil, _code = services.class_student_create(
        classroom=classroom, full_name="Budi", birth_year=2014, actor=teacher
    )
    as_user(client, teacher)
    html = page(client, f"/id/kelas/{classroom.pk}/")
    assert f"/siswa/{pupil.pk}/kode-masuk/" in html
    # A student who signs in with their own password has no "Reset login".
    assert f"/siswa/{student.pk}/kode-masuk/" not in html
    client.post(f"/id/kelas/{classroom.pk}/siswa/{pupil.pk}/kode-masuk/")
    assert "Budi" in page(client, f"/id/kelas/{classroom.pk}/kartu-masuk/")
    client.post(f"/id/kelas/{classroom.pk}/siswa/{student.pk}/kode-masuk/")
    assert not student.login_codes.exists()


def test_consent_from_the_paper_form_on_the_students_row(
    client: Client, teacher: User, classroom: Classroom, student: User
) -> None:
    as_user(client, teacher)
    url = f"/id/kelas/{classroom.pk}/siswa/{student.pk}/izin/"
    client.post(url, {"guardian_name": "", "relationship": ""})
    assert not ConsentRecord.objects.exists()
    client.post(url, {"guardian_name": "Ibu Sari", "relationship": "ibu"})
    record = ConsentRecord.objects.get(child=student)
    assert (record.guardian_name, record.recorded_by) == ("Ibu Sari", teacher)
    assert AuditEntry.objects.filter(action="classroom.consent_record", subject=student).exists()
    html = page(client, f"/id/kelas/{classroom.pk}/")
    assert url not in html


def test_roster_import_through_the_page(
    client: Client, teacher: User, classroom: Classroom
) -> None:
    as_user(client, teacher)
    template = client.get(f"/id/kelas/{classroom.pk}/siswa/impor/contoh.csv")
    assert template["Content-Type"].startswith("text/csv")
    upload = io.BytesIO(template.content)
    upload.name = "contoh.csv"
    response = client.post(f"/id/kelas/{classroom.pk}/siswa/impor/", {"file": upload})
    assert response.status_code == 302
    names = set(classroom.students.values_list("user__full_name", flat=True))
    assert names == {"Siti Aminah", "Budi Santoso"}
    cards = page(client, f"/id/kelas/{classroom.pk}/kartu-masuk/")
    assert cards.count('class="login-card"') == 2


# --- Students: joining and "Tugas" --------------------------------------------------------------
def test_a_student_joins_with_the_code(client: Client, classroom: Classroom) -> None:
    someone = make_person("rina")
    as_user(client, someone)
    wrong = client.post("/id/kelas/gabung/", {"code": "ZZZZZZ"})
    assert wrong.status_code == 400
    assert (
        t("No class has this code. Check it with your teacher: it has 6 letters and digits.")
        in wrong.content.decode()
    )
    response = client.post("/id/kelas/gabung/", {"code": classroom.join_code.lower()})
    assert response["Location"] == "/id/kelas/tugas/"
    assert ClassStudent.objects.filter(classroom=classroom, user=someone).exists()
    # Now the header has "Tugas".
    assert 'href="/id/kelas/tugas/"' in page(client, "/id/kelas/tugas/")


def test_joining_is_rate_limited(client: Client, settings: Settings, classroom: Classroom) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "class_join": "3/m/user"}
    as_user(client, make_person("penebak"))
    for _attempt in range(3):
        assert client.post("/id/kelas/gabung/", {"code": "ZZZZZZ"}).status_code == 400
    blocked = client.post("/id/kelas/gabung/", {"code": classroom.join_code})
    assert t("Too many tries. Wait a minute, then type the code again.") in (
        blocked.content.decode()
    )
    assert not classroom.students.exists()


def test_a_visitor_signs_in_before_joining(client: Client) -> None:
    response = client.get("/id/kelas/gabung/?kode=ABCDEF")
    assert response["Location"].startswith("/id/akun/login/?next=")


def test_tasks_empty_state(client: Client, student: User) -> None:
    html = page(as_user(client, student), "/id/kelas/tugas/")
    assert t("You have no assignments yet.") in html
    assert "VII-A" in html


def test_tasks_overdue_to_do_and_done_with_due_dates_in_wita(
    client: Client, catalog: Catalog, teacher: User, classroom: Classroom
) -> None:
    pupil = make_person("dewasa", birth_year=THIS_YEAR - 20)
    services.class_student_add(
        classroom=classroom, student=pupil, actor=teacher, joined_by=JoinedBy.CODE
    )
    ikd = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)
    jkn = make_course(catalog, title="Mobile JKN", slug="jkn", lessons=1)
    oss = make_course(catalog, title="OSS", slug="oss", lessons=1)
    due = timezone.now() + timedelta(days=3)
    services.assignment_create(classroom=classroom, actor=teacher, page=ikd, due_at=due)
    services.assignment_create(classroom=classroom, actor=teacher, page=jkn)
    overdue, _ = services.assignment_create(
        classroom=classroom, actor=teacher, page=oss, due_at=timezone.now() + timedelta(hours=1)
    )
    type(overdue).objects.filter(pk=overdue.pk).update(due_at=timezone.now() - timedelta(days=1))
    lesson = LessonPage.objects.descendant_of(jkn).get()
    progress_events_record(
        user=pupil,
        events=[
            EventIn(
                id=uuid.uuid4(), lesson_id=lesson.pk, type="completed", occurred_at=timezone.now()
            )
        ],
        source="form",
    )
    html = page(as_user(client, pupil), "/id/kelas/tugas/")
    overdue_at, todo_at, done_at = (
        html.index(t("Overdue")),
        html.index(t("To do")),
        html.index(t("Done")),
    )
    assert overdue_at < html.index("OSS") < todo_at < html.index("Aktivasi IKD") < done_at
    assert html.index("Mobile JKN") > done_at
    wita = timezone.localtime(due, datetime.timezone(timedelta(hours=8)))
    assert f"{wita:%H.%M} WITA" in html
    assert 'max="100" value="0"' in html


@pytest.mark.parametrize("size", [1, 8])
def test_tasks_make_a_fixed_number_of_queries(
    client: Client,
    catalog: Catalog,
    teacher: User,
    classroom: Classroom,
    student: User,
    size: int,
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    for n in range(size):
        course = make_course(catalog, title=f"Kursus {n}", slug=f"k-{n}", lessons=2)
        services.assignment_create(classroom=classroom, actor=teacher, page=course)
    as_user(client, student)
    client.get("/id/kelas/tugas/")
    with django_assert_num_queries(6):
        response = client.get("/id/kelas/tugas/")
    assert response.content.decode().count('class="task ') == size


# --- Schools and their staff in the Wagtail admin (city admins) ---------------------------------
def test_a_city_admin_adds_a_school_and_its_teacher_in_the_admin(client: Client) -> None:
    admin = User.objects.create_superuser(username="kota", password="x", email="kota@contoh.id")
    client.force_login(admin)
    assert client.get("/admin/schools/").status_code == 200
    response = client.post(
        "/admin/schools/new/",
        {"name": "SD Negeri 7", "npsn": "30401007", "level": "sd", "kecamatan": ""},
    )
    assert response.status_code == 302
    school = School.objects.get(npsn="30401007")
    assert AuditEntry.objects.filter(action="school.create", actor=admin).exists()
    bad = client.post("/admin/schools/new/", {"name": "X", "npsn": "123", "level": "sd"})
    assert bad.status_code == 200
    assert not School.objects.filter(name="X").exists()

    guru = make_person("guru-baru")
    client.post(
        "/admin/school_staff/new/",
        {"person": "guru-baru", "school": school.pk, "role": StaffRole.TEACHER},
    )
    staff = school.staff.get(user=guru)
    assert guru.role_grants.filter(role=Role.TEACHER).exists()
    client.post(f"/admin/school_staff/delete/{staff.pk}/")
    assert not school.staff.exists()


def test_a_school_admin_cannot_manage_schools_in_the_admin(
    client: Client, school_admin: User, school: School
) -> None:
    client.force_login(school_admin)
    for url in ("/admin/schools/", "/admin/schools/new/", "/admin/school_staff/new/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    client.post(
        "/admin/school_staff/new/",
        {"person": school_admin.username, "school": school.pk, "role": StaffRole.TEACHER},
    )
    assert not school.staff.filter(role=StaffRole.TEACHER).exists()


@pytest.mark.parametrize("size", [3, 30])
def test_the_login_cards_make_a_fixed_number_of_queries(
    client: Client,
    teacher: User,
    classroom: Classroom,
    size: int,
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    as_user(client, teacher)
    roster = "Nama;Tahun lahir\r\n" + "".join(f"Anak {n};{THIS_YEAR - 10}\r\n" for n in range(size))
    upload = io.BytesIO(roster.encode())
    upload.name = "kelas.csv"
    client.post(f"/id/kelas/{classroom.pk}/siswa/impor/", {"file": upload})
    # Session, user, the class, "teaches", the pupils; the header's catalog link and class links.
    with django_assert_num_queries(7):
        response = client.get(f"/id/kelas/{classroom.pk}/kartu-masuk/")
    assert response.content.decode().count('class="login-card"') == size
