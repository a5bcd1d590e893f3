"""Data at scale, for load tests and for finding what grows with the data: `seed_scale`.

    seed(size=SIZES["M"], password=…, write=…)  -> the manifest (what was made, where to find it)
    remove(write=…)                              -> removes what `seed` made, and nothing else

Everything made is marked: user names start with "skala-" (skala-warga-00001, skala-siswa-00001,
skala-guru-0001, skala-ortu-00001), course slugs too, schools' NPSN with 9998. The catalog page,
the site's home page and the topics are the demo's (made if missing) and are left in place.
Rows are inserted in bulk (COPY on PostgreSQL) in one transaction: a failure leaves nothing."""

from __future__ import annotations

import random
import time
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page

from content.models import XBlockUserState
from courses.models import CoursePage, LessonPage
from courses.treecache import tree_changed
from lms.accounts.models import User
from lms.certificates.models import Certificate
from lms.classrooms.models import Classroom, School
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent

from .catalog import PREFIX, Course, build_courses
from .learning import Learning, make_learning
from .people import NPSN_PREFIX, People, make_people
from .plan import GRADEBOOK_ACTIVITIES, SIZES, Plan, PlanError, Size, make_plan
from .sink import Write

__all__ = ["PREFIX", "SIZES", "PlanError", "Size", "remove", "seed", "seeded_users"]

# How many of each the manifest lists.
MANIFEST_LESSONS = 200
MANIFEST_PEOPLE = 300
MANIFEST_TEACHERS = 50
MANIFEST_COURSES = 10
LESSONS_PER_RESIDENT = 10
BIG_TABLES = (ProgressEvent, LessonProgress, XBlockUserState, Enrollment, Certificate)


def seeded_users() -> int:
    return User.objects.filter(username__startswith=PREFIX).count()


def seed(*, size: Size, password: str, write: Write) -> dict[str, Any]:
    """Make everything of `size` and return the manifest."""
    started = time.monotonic()
    # Reproducible, not secret: a size makes the same data every time.
    rng = random.Random(f"pandu-skala-{size.name}")  # noqa: S311
    plan = make_plan(size, rng)
    now = timezone.now()
    with transaction.atomic():
        _skip_row_triggers()
        write(f"  Courses: {size.courses:,} with {size.lessons:,} lessons\n")
        catalog, courses = build_courses(
            count=size.courses,
            lessons_per_course=plan.lessons_per_course,
            graded_course_activities=GRADEBOOK_ACTIVITIES,
            rng=rng,
            now=now,
        )
        write(
            f"  People: {size.users:,} ({plan.residents:,} residents, {plan.students:,} "
            f"students in {plan.classes:,} classes, {plan.teachers:,} teachers, "
            f"{plan.parents:,} parents)\n"
        )
        people = make_people(plan=plan, password=password, courses=courses, rng=rng, now=now)
        listed = set(people.residents[:MANIFEST_PEOPLE])
        learning = make_learning(
            people=people,
            courses=courses,
            target=size.progress_rows,
            rng=rng,
            now=now,
            write=write,
            remember=listed.__contains__,
        )
    if connection.vendor == "postgresql":
        # Statistics for the planner now, and (outside a caller's transaction, where VACUUM
        # cannot run) the visibility map, so that the first readers do not pay for it.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        write(f"  {command} of the tables written in bulk\n")
        with connection.cursor() as cursor:
            for model in BIG_TABLES:
                cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")
            # And statistics for every other table written (pages, classes, people): without
            # them the planner guessed 2 classes where there were 1,143, and scanned the lesson
            # table for a few lessons. Autovacuum would get there, but not before the first load.
            write("  ANALYZE of the other tables\n")
            cursor.execute("ANALYZE")
    # The pages were inserted in bulk, without the signals that tell the kept tree (treecache).
    tree_changed()
    manifest = _manifest(
        size=size, plan=plan, catalog=catalog, courses=courses, people=people, learning=learning
    )
    manifest["seconds"] = round(time.monotonic() - started, 1)
    return manifest


def _skip_row_triggers() -> None:
    """On PostgreSQL, as a superuser, skip the per-row foreign-key checks for the rest of the
    transaction, as pg_restore does: the rows made here point at rows made here, and checking
    millions of them one by one at commit takes longer than writing them. Elsewhere, or without
    the right, the checks stay."""
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
    except DatabaseError:
        pass


def _urls(model: type[Page], ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 1000):
        pages = model.objects.filter(pk__in=ids[start : start + 1000]).select_related("locale")
        if model is LessonPage:
            pages = pages.defer("body")
        for page in pages:
            found[page.pk] = str(page.get_url())
    return found


def _manifest(
    *,
    size: Size,
    plan: Plan,
    catalog: Page,
    courses: list[Course],
    people: People,
    learning: Learning,
) -> dict[str, Any]:
    lessons = [(course, lesson) for course in courses for lesson in course.lessons]
    stride = max(1, len(lessons) // MANIFEST_LESSONS)
    listed = lessons[::stride][:MANIFEST_LESSONS]
    enrolled = learning.enrolled or {}
    wanted = {lesson.page_id for _course, lesson in listed}
    residents: list[tuple[int, list[int]]] = []
    for user in people.residents[:MANIFEST_PEOPLE]:
        pages: list[int] = []
        for index in enrolled.get(user, []):
            course_lessons = courses[index].lessons
            pages += [course_lessons[0].page_id, course_lessons[len(course_lessons) // 2].page_id]
        residents.append((user, pages[:LESSONS_PER_RESIDENT]))
        wanted.update(pages[:LESSONS_PER_RESIDENT])
    urls = _urls(LessonPage, sorted(wanted))
    course_urls = _urls(CoursePage, [course.page_id for course in courses[:MANIFEST_COURSES]])
    with translation.override(settings.LANGUAGE_CODE):
        teachers: list[dict[str, Any]] = []
        for group in people.groups:
            for teacher in group.teachers:
                if len(teachers) < MANIFEST_TEACHERS and teacher not in {t["id"] for t in teachers}:
                    teachers.append(_teacher(people, teacher, group.classroom.pk))
        first = people.groups[0]
        parents = [
            {
                "username": people.usernames[parent],
                "child_paths": [
                    reverse("guardians:child", kwargs={"child_id": child})
                    for child in people.children[parent]
                ],
            }
            for parent in people.parents[:MANIFEST_PEOPLE]
        ]
        extra_paths = {
            "learner_dashboard": reverse("learning:dashboard"),
            "parent_dashboard": reverse("guardians:children"),
            "student_tasks": reverse("classrooms:tasks"),
            "login": reverse("account_login"),
        }
        gradebook = _teacher(people, first.teachers[0], first.classroom.pk)
    return {
        "size": size.name,
        "password": people.password,
        "counts": {
            "users": len(people.usernames),
            "residents": len(people.residents),
            "students": len(people.students),
            "teachers": len(people.teachers),
            "parents": len(people.parents),
            "schools": people.schools,
            "classes": plan.classes,
            "courses": len(courses),
            "modules": sum(len(course.module_keys) for course in courses),
            "lessons": len(lessons),
            "activities": sum(len(lesson.activities) for _course, lesson in lessons),
            "progress_rows": learning.progress_rows,
            "progress_events": learning.events,
            "xblock_states": learning.states,
            "enrollments": learning.enrollments,
            "courses_completed": learning.completed,
            "certificates": learning.certificates,
            "guardian_links": sum(len(c) for c in people.children.values()),
            "consents": len(people.consented),
            "assignments": people.assignments,
            "assignments_overdue": people.overdue,
        },
        "catalog_paths": [str(catalog.get_url()), *course_urls.values()],
        "lessons": [
            {
                "path": urls[lesson.page_id],
                "lesson_key": _uuid(lesson.key),
                "course_key": _uuid(course.key),
                # A course's first lesson is open to visitors; the others ask them to log in.
                "open_to_visitors": lesson is course.lessons[0],
            }
            for course, lesson in listed
        ],
        "residents": [
            {"username": people.usernames[user], "lesson_paths": [urls[p] for p in pages]}
            for user, pages in residents
        ],
        "students": [
            {"username": people.usernames[user]}
            for user in people.students
            if user in people.consented
        ][:MANIFEST_PEOPLE],
        "teachers": [{k: v for k, v in t.items() if k != "id"} for t in teachers],
        "parents": parents,
        "gradebook_40x50": {
            "teacher": gradebook["username"],
            "class_id": gradebook["class_id"],
            "gradebook_path": gradebook["gradebook_path"],
        },
        "paths": extra_paths,
    }


def _uuid(hex_key: str) -> str:
    return f"{hex_key[:8]}-{hex_key[8:12]}-{hex_key[12:16]}-{hex_key[16:20]}-{hex_key[20:]}"


def _teacher(people: People, teacher: int, class_id: int) -> dict[str, Any]:
    return {
        "id": teacher,
        "username": people.usernames[teacher],
        "class_id": class_id,
        "dashboard_path": reverse("classrooms:dashboard", kwargs={"pk": class_id}),
        "gradebook_path": reverse("classrooms:gradebook", kwargs={"pk": class_id}),
    }


def remove(*, write: Write) -> int:
    """Remove everything `seed` made (the rows of the seeded users, their classes and schools,
    the seeded courses), and nothing else. Returns the number of users removed."""
    users = User.objects.filter(username__startswith=PREFIX)
    count = users.count()
    quote = connection.ops.quote_name
    with transaction.atomic():
        for name in (
            Certificate.objects.filter(user__in=users).exclude(pdf="").values_list("pdf", flat=True)
        ):
            default_storage.delete(name)
        with connection.cursor() as cursor:
            # The big tables directly: deleting through the ORM would load every row first.
            for model in BIG_TABLES:
                write(f"  Removing the rows of {model.__name__}\n")
                column = quote(model._meta.get_field("user").column)
                cursor.execute(
                    f"DELETE FROM {quote(model._meta.db_table)} WHERE {column} IN "  # noqa: S608
                    f"(SELECT id FROM {quote(User._meta.db_table)} WHERE username LIKE %s)",
                    [f"{PREFIX}%"],
                )
        write("  Removing classes, schools, people and courses\n")
        Classroom.objects.filter(school__npsn__startswith=NPSN_PREFIX).delete()
        School.objects.filter(npsn__startswith=NPSN_PREFIX).delete()
        users.delete()
        CoursePage.objects.filter(slug__startswith=PREFIX).delete()
    return count
