"""What a teacher reads about a class's work: the dashboard, the gradebook, a student's history
and which activities most students fail; the pages that show them and who may open them."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from lms.accounts.models import Role, User
from lms.certificates.models import Source
from lms.certificates.services import certificate_issue
from lms.classrooms import reports
from lms.classrooms.models import Classroom, JoinedBy, School, StaffRole
from lms.classrooms.services import class_student_add, classroom_archive, school_staff_add
from lms.learning.models import ProgressEvent
from tests.factories import Catalog, make_course
from tests.lms.classrooms.conftest import make_person

from .reporting import (
    Taught,
    add_students,
    assign,
    course_with_activities,
    scored,
    seed_scores,
    touched,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def taught(catalog: Catalog) -> Taught:
    return course_with_activities(
        catalog, lessons=2, per_lesson=2, titles={0: "Kenali tautan palsu"}
    )


@pytest.fixture
def students(classroom: Classroom, teacher: User) -> list[User]:
    return add_students(classroom, teacher, ["citra", "adi", "budi"])


# --- The dashboard ----------------------------------------------------------------------------


def test_the_dashboard_shows_each_students_progress_on_each_assignment(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, _budi = students
    assign(classroom, teacher, taught.course)
    touched(citra, taught, taught.lessons[0], completed=True)
    touched(adi, taught, taught.lessons[0])

    board = reports.dashboard(classroom=classroom)

    assert [row.name for row in board.rows] == ["Adi", "Budi", "Citra"]
    by_name = {row.name: row for row in board.rows}
    [citra_work] = by_name["Citra"].progress
    assert citra_work is not None
    assert (citra_work.done, citra_work.total, citra_work.percent) == (1, 2, 50)
    assert by_name["Adi"].progress[0] is not None
    assert by_name["Adi"].progress[0].started
    assert by_name["Budi"].last_activity is None
    assert by_name["Citra"].last_activity is not None


def test_overdue_work_and_a_student_who_has_not_started_work_due_soon_are_flagged(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, budi = students
    assign(classroom, teacher, taught.course, due_at=timezone.now() + timedelta(days=2))
    touched(citra, taught, taught.lessons[0])
    for lesson in taught.lessons:
        touched(adi, taught, lesson, completed=True)

    board = reports.dashboard(classroom=classroom)
    stuck = {row.name: [s.reason for s in row.stuck] for row in board.rows}
    assert stuck == {"Adi": [], "Budi": ["not_started"], "Citra": []}

    later = reports.dashboard(classroom=classroom, now=timezone.now() + timedelta(days=3))
    overdue = {row.name: row.overdue for row in later.rows}
    # Done work is never overdue.
    assert overdue == {"Adi": 0, "Budi": 1, "Citra": 1}
    assert budi.pk in {row.student.pk for row in later.stuck}


def test_work_due_in_a_week_does_not_flag_a_student_yet(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    assign(classroom, teacher, taught.course, due_at=timezone.now() + timedelta(days=7))
    assert reports.dashboard(classroom=classroom).stuck == []


def test_failing_an_activity_three_times_without_passing_makes_a_student_stuck(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, budi = students
    assign(classroom, teacher, taught.course)
    first = taught.activities[0]
    scored(citra, taught, first, 0.2, 0.4, 0.5)  # three failures: stuck
    scored(adi, taught, first, 0.2, 0.4, 0.5, 0.8)  # passed in the end
    scored(budi, taught, first, 0.2, 0.3)  # two failures only

    board = reports.dashboard(classroom=classroom)

    [row] = board.stuck
    assert row.name == "Citra"
    [reason] = row.stuck
    assert (reason.reason, reason.title, reason.attempts) == ("failing", "Kenali tautan palsu", 3)


def test_the_dashboard_sorts_by_name_progress_and_last_activity(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, _adi, budi = students
    assign(classroom, teacher, taught.course)
    now = timezone.now()
    touched(citra, taught, taught.lessons[0], completed=True, at=now - timedelta(days=3))
    touched(citra, taught, taught.lessons[1], completed=True, at=now - timedelta(days=2))
    touched(budi, taught, taught.lessons[0], completed=True, at=now - timedelta(hours=1))

    def names(sort: str) -> list[str]:
        return [row.name for row in reports.dashboard(classroom=classroom, sort=sort).rows]

    assert names("name") == ["Adi", "Budi", "Citra"]
    assert names("-name") == ["Citra", "Budi", "Adi"]
    assert names("-progress") == ["Citra", "Budi", "Adi"]
    assert names("progress") == ["Adi", "Budi", "Citra"]
    assert names("-last") == ["Budi", "Citra", "Adi"]
    assert names("whatever") == ["Adi", "Budi", "Citra"]


def test_work_given_to_chosen_students_shows_only_in_their_rows(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, _adi, _budi = students
    assign(classroom, teacher, taught.lessons[1], students=[citra])
    board = reports.dashboard(classroom=classroom)
    given = {row.name: row.progress[0] is not None for row in board.rows}
    assert given == {"Adi": False, "Budi": False, "Citra": True}


# --- The gradebook ----------------------------------------------------------------------------


def test_the_gradebook_has_best_scores_attempts_and_course_totals(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, _budi = students
    assign(classroom, teacher, taught.course)
    first, second, third, _fourth = taught.activities
    scored(citra, taught, first, 0.5, 1.0, 0.75)
    scored(citra, taught, second, 0.6)
    scored(adi, taught, third, 0.8)

    with translation.override("en"):
        book = reports.gradebook(classroom=classroom)

    # An activity without a title of its own is named after its lesson.
    assert [column.title for column in book.columns] == [
        "Kenali tautan palsu",
        "Pelajaran 1 — activity 2",
        "Pelajaran 2 — activity 1",
        "Pelajaran 2 — activity 2",
        "Total: Aman di Internet",
    ]
    rows = {row.name: row for row in book.rows}
    assert rows["Citra"].scores[first].percent == 100
    assert rows["Citra"].scores[first].attempts == 3
    assert rows["Citra"].scores[second].percent == 60
    # (1.0 + 0.6 + 0 + 0) / 4, an activity not tried counting 0.
    assert rows["Citra"].totals[taught.course.translation_key] == 40
    assert rows["Adi"].totals[taught.course.translation_key] == 20
    assert rows["Budi"].scores == {}
    assert rows["Budi"].totals[taught.course.translation_key] == 0


def test_the_gradebook_sorts_by_any_column_with_untried_last(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, _budi = students
    assign(classroom, teacher, taught.course)
    first = taught.activities[0]
    scored(citra, taught, first, 0.4)
    scored(adi, taught, first, 0.9)

    def names(sort: str) -> list[str]:
        return [row.name for row in reports.gradebook(classroom=classroom, sort=sort).rows]

    assert names("name") == ["Adi", "Budi", "Citra"]
    assert names("-name") == ["Citra", "Budi", "Adi"]
    assert names(f"-{first}") == ["Adi", "Citra", "Budi"]
    assert names(first) == ["Budi", "Citra", "Adi"]
    assert names(f"-total:{taught.course.translation_key}") == ["Adi", "Citra", "Budi"]
    assert names("pandu:not-a-column") == ["Adi", "Budi", "Citra"]


def test_a_students_history_lists_their_attempts_newest_first(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, _budi = students
    assign(classroom, teacher, taught.course)
    scored(citra, taught, taught.activities[0], 0.3, 0.9)
    scored(adi, taught, taught.activities[0], 0.1)
    membership = classroom.students.get(user=citra)

    history = reports.student_history(classroom=classroom, membership=membership)

    assert [(a.title, a.score, a.passed) for a in history.attempts] == [
        ("Kenali tautan palsu", 90, True),
        ("Kenali tautan palsu", 30, False),
    ]
    assert history.attempts[0].lesson_title == "Pelajaran 1"
    assert [row.name for row in history.gradebook.rows] == ["Citra"]


def test_the_activities_most_students_fail_come_first(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, budi = students
    assign(classroom, teacher, taught.course)
    first, second, third, _fourth = taught.activities
    for student in students:
        scored(student, taught, third, 0.2)  # everyone fails
    scored(citra, taught, second, 0.9)
    scored(adi, taught, second, 0.1)  # one of two fails
    scored(budi, taught, first, 0.95)

    results = reports.activity_results(classroom=classroom)

    assert [(r.activity.id, r.failing_percent, r.tried, r.not_tried) for r in results] == [
        (third, 100, 3, 0),
        (second, 50, 2, 1),
        (first, 0, 1, 2),
        (taught.activities[3], 0, 0, 3),
    ]


def test_a_class_without_assignments_or_students_has_empty_reports(
    classroom: Classroom,
) -> None:
    assert reports.dashboard(classroom=classroom).rows == []
    book = reports.gradebook(classroom=classroom)
    assert (book.rows, book.columns) == ([], [])
    assert reports.activity_results(classroom=classroom) == []


# --- A fixed number of queries whatever the size of the class ----------------------------------


@pytest.fixture(params=[(5, 10), (40, 50)], ids=["5x10", "40x50"])
def sized(
    request: pytest.FixtureRequest, catalog: Catalog, classroom: Classroom, teacher: User
) -> tuple[Classroom, Taught]:
    students_count, activities_count = request.param
    taught = course_with_activities(catalog, lessons=5, per_lesson=activities_count // 5)
    students = add_students(classroom, teacher, [f"siswa-{n:02}" for n in range(students_count)])
    assign(classroom, teacher, taught.course, due_at=timezone.now() + timedelta(days=1))
    seed_scores(students, taught)
    return classroom, taught


def test_the_reports_make_a_fixed_number_of_queries(
    sized: tuple[Classroom, Taught], django_assert_num_queries: object
) -> None:
    classroom, taught = sized
    membership = classroom.students.select_related("user").first()
    assert membership is not None
    # Wagtail reads the site's root paths once for the pages' URLs, then keeps them in the cache.
    reports.dashboard(classroom=classroom)
    with django_assert_num_queries(7):  # type: ignore[operator]
        board = reports.dashboard(classroom=classroom, sort="-progress")
    assert len(board.rows) == classroom.students.count()
    with django_assert_num_queries(6):  # type: ignore[operator]
        book = reports.gradebook(classroom=classroom, sort=f"-{taught.activities[-1]}")
    assert len(book.columns) == len(taught.activities) + 1
    with django_assert_num_queries(6):  # type: ignore[operator]
        reports.activity_results(classroom=classroom)
    with django_assert_num_queries(8):  # type: ignore[operator]
        reports.student_history(classroom=classroom, membership=membership)
    with django_assert_num_queries(3):  # type: ignore[operator]
        reports.class_certificates(classroom)


def test_the_teacher_sees_the_certificates_of_the_class_courses_only(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User], catalog: Catalog
) -> None:
    assign(classroom, teacher, taught.course)
    other_course = make_course(catalog, title="Kursus lain", slug="kursus-lain")
    citra = next(s for s in students if s.username == "citra")
    issued = certificate_issue(
        user=citra, course=taught.course, source=Source.ADMIN, schedule_pdf=False
    ).certificate
    certificate_issue(user=citra, course=other_course, source=Source.ADMIN, schedule_pdf=False)

    page = signed_in(teacher).get(page_url("certificates", classroom)).content.decode()
    assert reverse("certificates:verify", args=[issued.code]) in page
    assert taught.course.title in page
    assert "Kursus lain" not in page
    assert page.count(gettext("None yet")) == 2  # adi and budi


# --- The pages ----------------------------------------------------------------------------------

PAGES = [
    "dashboard",
    "gradebook",
    "gradebook_csv",
    "gradebook_xlsx",
    "activities",
    "certificates",
    "assignments",
]


def page_url(name: str, classroom: Classroom) -> str:
    return reverse(f"classrooms:{name}", args=[classroom.pk])


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def strangers(school: School, other_school: School, classroom: Classroom) -> dict[str, User]:
    """People who must not see the class's reports."""
    other_teacher = make_person("guru-lain", role=Role.TEACHER)
    school_staff_add(school=school, user=other_teacher, role=StaffRole.TEACHER, actor=None)
    other_admin = make_person("admin-lain")
    school_staff_add(school=other_school, user=other_admin, role=StaffRole.ADMIN, actor=None)
    student = make_person("siswa-kelas")
    class_student_add(classroom=classroom, student=student, actor=student, joined_by=JoinedBy.CODE)
    return {"other teacher": other_teacher, "other school's admin": other_admin, "student": student}


@pytest.mark.parametrize("name", PAGES)
def test_strangers_cannot_open_the_reports(
    classroom: Classroom, strangers: dict[str, User], name: str
) -> None:
    url = page_url(name, classroom)
    anonymous = Client().get(url)
    assert anonymous.status_code == 302
    assert "/akun/" in anonymous["Location"]
    for who, person in strangers.items():
        assert signed_in(person).get(url).status_code == 404, who


def test_strangers_cannot_assign_or_withdraw_work(
    classroom: Classroom, teacher: User, taught: Taught, strangers: dict[str, User]
) -> None:
    assign(classroom, teacher, taught.course)
    assignment = classroom.assignments.get()
    withdraw = reverse("classrooms:assignment_withdraw", args=[classroom.pk, assignment.pk])
    for who, person in strangers.items():
        client = signed_in(person)
        response = client.post(
            page_url("assign", classroom), {"target": taught.lessons[0].pk, "audience": "class"}
        )
        assert response.status_code == 404, who
        assert client.post(withdraw).status_code == 404, who
    assert list(classroom.assignments.values_list("target_key", flat=True)) == [
        taught.course.translation_key
    ]


def test_the_school_admin_reads_the_reports_of_their_schools_classes(
    classroom: Classroom, school: School
) -> None:
    admin = make_person("kepala")
    school_staff_add(school=school, user=admin, role=StaffRole.ADMIN, actor=None)
    for name in PAGES:
        assert signed_in(admin).get(page_url(name, classroom)).status_code == 200, name


def test_a_student_reads_their_own_history_and_nobody_elses(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, _budi = students
    assign(classroom, teacher, taught.course)
    scored(citra, taught, taught.activities[0], 0.3)
    own = reverse("classrooms:student_report", args=[classroom.pk, citra.pk])
    other = reverse("classrooms:student_report", args=[classroom.pk, adi.pk])
    response = signed_in(citra).get(own)
    assert response.status_code == 200
    assert "Kenali tautan palsu" in response.content.decode()
    assert signed_in(citra).get(other).status_code == 404
    assert signed_in(teacher).get(other).status_code == 200
    assert Client().get(own).status_code == 302


def test_a_teacher_assigns_a_lesson_to_chosen_students_with_a_due_time_in_wita(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    citra, adi, _budi = students
    client = signed_in(teacher)
    form = client.get(page_url("assign", classroom))
    html = form.content.decode()
    assert f'<optgroup label="{taught.course.title}">' in html
    assert "Pelajaran 2" in html
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(
        page_url("assign", classroom),
        {
            "target": taught.lessons[1].pk,
            "audience": "chosen",
            "students": [citra.pk, adi.pk],
            "due_date": tomorrow.isoformat(),
            "due_time": "07:30",
        },
    )
    assert response.status_code == 302
    assignment = classroom.assignments.get()
    assert assignment.target_key == taught.lessons[1].translation_key
    assert not assignment.whole_class
    assert set(assignment.recipients.values_list("user_id", flat=True)) == {citra.pk, adi.pk}
    due = timezone.localtime(assignment.due_at, ZoneInfo("Asia/Makassar"))
    assert (due.date(), due.hour, due.minute) == (tomorrow, 7, 30)
    listing = client.get(response["Location"]).content.decode()
    assert "Pelajaran 2" in listing
    assert "07:30" in listing


def test_the_teacher_reads_who_could_not_be_enrolled_and_why(
    classroom: Classroom, teacher: User, taught: Taught
) -> None:
    add_students(classroom, teacher, ["dewi"])
    minor = make_person("eko", birth_year=timezone.localdate().year - 12)
    class_student_add(classroom=classroom, student=minor, actor=teacher, joined_by=JoinedBy.TEACHER)
    client = signed_in(teacher)
    with translation.override("en"):
        response = client.post(
            page_url("assign", classroom),
            {"target": taught.course.pk, "audience": "class"},
            follow=True,
            HTTP_ACCEPT_LANGUAGE="en",
        )
    html = response.content.decode()
    assert "Eko could not be enrolled yet: waiting for a parent" in html.replace("&#x27;", "'")
    assert classroom.assignments.count() == 1


def test_bad_assignments_are_refused_in_words_and_change_nothing(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    client = signed_in(teacher)
    yesterday = timezone.localdate() - timedelta(days=1)
    cases = [
        {"target": "", "audience": "class"},
        {"target": taught.course.pk, "audience": "chosen"},
        {"target": taught.course.pk, "audience": "class", "due_date": yesterday.isoformat()},
        {"target": taught.course.pk, "audience": "class", "due_time": "08:00"},
        {"target": 999999, "audience": "class"},
    ]
    for data in cases:
        response = client.post(page_url("assign", classroom), data)
        assert response.status_code == 400, data
        assert 'class="field__error"' in response.content.decode(), data
    assert classroom.assignments.count() == 0


def test_a_teacher_withdraws_work_and_the_progress_stays(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    assign(classroom, teacher, taught.course)
    scored(students[0], taught, taught.activities[0], 0.9)
    assignment = classroom.assignments.get()
    url = reverse("classrooms:assignment_withdraw", args=[classroom.pk, assignment.pk])
    client = signed_in(teacher)
    assert "Aman di Internet" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    assert classroom.assignments.count() == 0
    assert ProgressEvent.objects.filter(user=students[0]).count() == 1


def test_the_pages_show_the_data_and_their_empty_states(
    classroom: Classroom, teacher: User, taught: Taught
) -> None:
    client = signed_in(teacher)
    with translation.override("en"):
        empty = client.get(page_url("dashboard", classroom), HTTP_ACCEPT_LANGUAGE="en")
    assert empty.status_code == 200
    students = add_students(classroom, teacher, ["citra", "adi"])
    assign(classroom, teacher, taught.course, due_at=timezone.now() + timedelta(days=1))
    scored(students[0], taught, taught.activities[0], 0.1, 0.2, 0.3)
    board = client.get(page_url("dashboard", classroom)).content.decode()
    assert "Citra" in board
    assert "Adi" in board
    assert "badge--stuck" in board
    book = client.get(page_url("gradebook", classroom) + "?sort=-name").content.decode()
    assert book.index("Citra") < book.index("Adi")
    assert 'aria-sort="descending"' in book
    assert "gradebook__cell--fail" in book
    hard = client.get(page_url("activities", classroom)).content.decode()
    assert "Kenali tautan palsu" in hard


@pytest.mark.parametrize("name", ["dashboard", "gradebook", "activities"])
def test_the_pages_make_a_fixed_number_of_queries(
    sized: tuple[Classroom, Taught],
    teacher: User,
    name: str,
    django_assert_num_queries: object,
) -> None:
    classroom, _taught = sized
    client = signed_in(teacher)
    url = page_url(name, classroom)
    client.get(url)
    expected = {"dashboard": 11, "gradebook": 10, "activities": 10}[name]
    with django_assert_num_queries(expected):  # type: ignore[operator]
        assert client.get(url).status_code == 200


def test_an_archived_class_keeps_its_reports_but_gets_no_new_work(
    classroom: Classroom, teacher: User, taught: Taught, students: list[User]
) -> None:
    assign(classroom, teacher, taught.course)
    classroom_archive(classroom=classroom, actor=teacher)
    client = signed_in(teacher)
    assert client.get(page_url("gradebook", classroom)).status_code == 200
    response = client.post(
        page_url("assign", classroom), {"target": taught.lessons[0].pk, "audience": "class"}
    )
    assert response.status_code == 302
    assert classroom.assignments.count() == 1


def test_a_students_page_makes_a_fixed_number_of_queries(
    sized: tuple[Classroom, Taught], teacher: User, django_assert_num_queries: object
) -> None:
    classroom, taught = sized
    membership = classroom.students.order_by("pk").first()
    assert membership is not None
    client = signed_in(teacher)
    url = reverse("classrooms:student_report", args=[classroom.pk, membership.user_id])
    client.get(url)
    with django_assert_num_queries(15):  # type: ignore[operator]
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("<time ") >= len(taught.activities)
