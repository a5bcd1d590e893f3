"""`python manage.py seed_scale`: data at scale (lms/core/scale/), here at the tests' size XS:
100 users, 2 courses of 20 lessons, 3,000 progress rows, one class of 40 students with the
course of 50 activities assigned. At XS the only class is the gradebook's, so "every student in
a class of 30 to 40" holds as at the real sizes; so do the counts, which come from the same
plan."""

import json
import random
from collections import Counter
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from content.models import XBlockUserState
from courses.models import CoursePage, LessonPage
from lms.accounts.consent import is_minor, may_record_learning
from lms.accounts.models import User
from lms.certificates.models import Certificate
from lms.certificates.verification import verify_online
from lms.classrooms.models import Assignment, Classroom, ClassStudent
from lms.classrooms.reports import class_work
from lms.core.scale import SIZES, PlanError
from lms.core.scale.plan import make_plan, spread
from lms.guardians.models import GuardianLink
from lms.learning.models import Enrollment, EventType, LessonProgress, ProgressEvent
from tests.factories import make_catalog, make_course

pytestmark = pytest.mark.django_db
PASSWORD = "sandi-skala-untuk-uji"
SIZE = SIZES["XS"]


def seed(tmp_path: Path, *options: str) -> dict[str, Any]:
    manifest = tmp_path / "seed.json"
    out = StringIO()
    call_command(
        "seed_scale",
        "--size",
        "XS",
        "--manifest",
        str(manifest),
        "--password",
        PASSWORD,
        *options,
        stdout=out,
    )
    assert "progress rows" in out.getvalue()  # the progress line
    return dict(json.loads(manifest.read_text()))


def seeded() -> Any:
    return User.objects.filter(username__startswith="skala-")


def test_seed_makes_its_size_with_classes_parents_and_consistent_records(tmp_path: Path) -> None:
    manifest = seed(tmp_path)
    counts = manifest["counts"]
    users = seeded()
    assert counts["users"] == users.count() == SIZE.users
    courses = CoursePage.objects.live().filter(slug__startswith="skala-")
    assert counts["courses"] == courses.count() == SIZE.courses
    lessons = LessonPage.objects.live().filter(url_path__contains="/skala-")
    assert counts["lessons"] == lessons.count() == SIZE.lessons
    assert counts["progress_rows"] == LessonProgress.objects.count() == SIZE.progress_rows
    assert counts["progress_events"] == ProgressEvent.objects.count()
    assert counts["xblock_states"] == XBlockUserState.objects.count() > 0
    assert counts["enrollments"] == Enrollment.objects.count()
    assert manifest["password"] == PASSWORD
    # The bulk-built page tree is sound: paths, depths and child counts (treebeard's own check).
    assert all(problem == [] for problem in Page.find_problems())

    # Every student is in exactly one class of 30 to 40, with one or two teachers.
    students = users.filter(username__startswith="skala-siswa-")
    assert counts["students"] == students.count()
    memberships = Counter(ClassStudent.objects.values_list("user_id", flat=True))
    assert set(memberships) == set(students.values_list("pk", flat=True))
    assert set(memberships.values()) == {1}
    for classroom in Classroom.objects.annotate(
        pupils=Count("students", distinct=True), staff=Count("teachers", distinct=True)
    ):
        assert 30 <= classroom.pupils <= 40
        assert 1 <= classroom.staff <= 2
    # Students are minors with a linked parent; nothing of theirs is stored without consent.
    assert all(is_minor(student) for student in students)
    linked = set(GuardianLink.objects.values_list("child_id", flat=True))
    assert linked == set(students.values_list("pk", flat=True))
    learners = User.objects.filter(pk__in=LessonProgress.objects.values("user_id").distinct())
    assert all(may_record_learning(learner) for learner in learners)
    assert Assignment.objects.filter(due_at__lt=timezone.now()).exists()  # some overdue

    # Progress rows agree with their events, and enrolments with the progress.
    scored = Counter(
        ProgressEvent.objects.filter(type=EventType.SCORED).values_list("user_id", "lesson_key")
    )
    for row in LessonProgress.objects.all():
        assert row.attempts == scored[(row.user_id, row.lesson_key)]
    per_course = SIZE.lessons // SIZE.courses
    done = Counter(
        LessonProgress.objects.filter(status="completed").values_list("user_id", "course_key")
    )
    for enrollment in Enrollment.objects.all():
        finished = done[(enrollment.user_id, enrollment.course_key)] == per_course
        assert (enrollment.completed_at is not None) == finished
    # One certificate per course finished, each with a credential that verifies.
    assert (
        counts["certificates"]
        == Certificate.objects.count()
        == Enrollment.objects.filter(completed_at__isnull=False).count()
        > 0
    )
    for certificate in Certificate.objects.all()[:3]:
        checked = verify_online(certificate.credential)
        assert checked.valid
        assert f"urn:uuid:{certificate.course_key}" in json.dumps(checked.claims)


def test_the_manifest_pages_answer_for_their_users(tmp_path: Path) -> None:
    manifest = seed(tmp_path)
    visitor = Client()

    def as_user(username: str) -> Client:
        client = Client()
        client.force_login(User.objects.get(username=username))
        return client

    for path in manifest["catalog_paths"]:
        assert visitor.get(path).status_code == 200, path
    resident = as_user(manifest["residents"][0]["username"])
    for lesson in manifest["lessons"]:
        client = visitor if lesson["open_to_visitors"] else resident
        assert client.get(lesson["path"]).status_code == 200, lesson
    assert len(manifest["lessons"]) == SIZE.lessons  # fewer than 200: all of them
    for entry in manifest["residents"][:5]:
        client = as_user(entry["username"])
        assert entry["lesson_paths"]
        for path in [*entry["lesson_paths"], manifest["paths"]["learner_dashboard"]]:
            assert client.get(path).status_code == 200, path
    for entry in manifest["teachers"]:
        client = as_user(entry["username"])
        for path in (entry["dashboard_path"], entry["gradebook_path"]):
            assert client.get(path).status_code == 200, path
    for entry in manifest["parents"][:5]:
        client = as_user(entry["username"])
        for path in [manifest["paths"]["parent_dashboard"], *entry["child_paths"]]:
            assert client.get(path).status_code == 200, path
    for entry in manifest["students"][:5]:
        assert as_user(entry["username"]).get(manifest["paths"]["student_tasks"]).status_code == 200

    # The gradebook of the budget: 40 students by 50 activities, with scores.
    gradebook = manifest["gradebook_40x50"]
    page = as_user(gradebook["teacher"]).get(gradebook["gradebook_path"])
    assert page.content.count(b'<th scope="row" class="gradebook__name">') == 40
    classroom = Classroom.objects.get(pk=gradebook["class_id"])
    assert len(class_work(classroom).activities) == 50
    scored = ProgressEvent.objects.filter(
        type=EventType.SCORED, user__in=classroom.students.values("user_id")
    )
    assert scored.values("user_id").distinct().count() == 40

    # Everyone signs in with the manifest's password, through the login form.
    client = Client()
    response = client.post(
        reverse("account_login"),
        {"login": manifest["teachers"][0]["username"], "password": PASSWORD},
    )
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") is not None


def test_a_second_run_is_refused_and_reset_replaces_only_scale_data(tmp_path: Path) -> None:
    other_course = make_course(make_catalog(), title="Kursus editor", slug="kursus-editor")
    other_user = User.objects.create_user(username="warga", password=None)
    seed(tmp_path)
    first = (seeded().count(), LessonProgress.objects.count(), Page.objects.count())

    with pytest.raises(CommandError, match="--reset"):
        seed(tmp_path)
    assert (seeded().count(), LessonProgress.objects.count(), Page.objects.count()) == first

    seed(tmp_path, "--reset")
    assert (seeded().count(), LessonProgress.objects.count(), Page.objects.count()) == first

    call_command("seed_scale", "--remove", stdout=StringIO())
    assert not seeded().exists()
    assert not LessonProgress.objects.exists()
    assert not Classroom.objects.exists()
    assert not CoursePage.objects.filter(slug__startswith="skala-").exists()
    assert CoursePage.objects.filter(pk=other_course.pk, live=True).exists()
    assert User.objects.filter(pk=other_user.pk).exists()
    assert all(problem == [] for problem in Page.find_problems())
    assert not ProgressEvent.objects.exists()


@pytest.mark.parametrize("name", ["S", "M", "L"])
def test_the_real_sizes_have_classes_of_30_to_40_and_their_exact_numbers(name: str) -> None:
    size = SIZES[name]
    plan = make_plan(size, random.Random(name))  # noqa: S311 - not a secret
    assert plan.class_sizes[0] == 40  # the gradebook's class
    assert all(30 <= pupils <= 40 for pupils in plan.class_sizes)
    assert plan.residents + plan.students + plan.teachers + plan.parents == size.users
    assert sorted(child for children in plan.children for child in children) == list(
        range(plan.students)
    )
    assert size.lessons == 20 * size.courses


def test_progress_rows_are_spread_exactly_within_their_bounds() -> None:
    shares = spread(total=1000, weights=[5.0, 1.0, 1.0, 0.1], low=[1, 1, 300, 1], cap=400)
    assert sum(shares) == 1000
    assert shares[0] == 400  # capped
    assert shares[2] >= 300
    assert all(share >= 1 for share in shares)
    with pytest.raises(PlanError):
        spread(total=2000, weights=[1.0] * 4, low=[1] * 4, cap=400)
