"""Time to render a class's gradebook page (and its API answer): 40 students, 50 activities.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/gradebook.py
    python bench/gradebook.py            # without DATABASE_URL: a throwaway SQLite file

Makes a throwaway database (on the PostgreSQL server named by DATABASE_URL, or an SQLite file in
a temporary directory) and drops it at the end, migrates it, and seeds a class: a teacher, the
students, a course whose lessons hold the activities, the course assigned to the class, and every
student's attempts (one to three per activity, inserted in bulk as the scale-data generator
may). Then renders the gradebook page in this process, signed in as the teacher, --runs times
after a warm-up, and prints p50 and p95 in milliseconds. Target: p95 under 250 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
TARGET_MS = 250


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=40, help="students in the class")
    parser.add_argument("--activities", type=int, default=50, help="graded activities")
    parser.add_argument("--lessons", type=int, default=5, help="lessons they are spread over")
    parser.add_argument("--runs", type=int, default=50, help="timed renders (default 50)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed renders first")
    return parser.parse_args()


def throwaway_database() -> tuple[str, Callable[[], None]]:
    """The URL of a new, empty database, and how to remove it."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        folder = tempfile.mkdtemp(prefix="pandu-bench-")
        return f"sqlite:///{folder}/bench.sqlite3", lambda: shutil.rmtree(folder)
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        sys.exit("DATABASE_URL must point to PostgreSQL (or be unset for SQLite).")
    if parts.hostname not in LOOPBACK:
        sys.exit(f"The benchmark runs on this machine only, not on {parts.hostname}.")
    name = f"pandu_bench_{secrets.token_hex(4)}"
    admin_sql(url, f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), lambda: admin_sql(
        url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    )


def admin_sql(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


def activity_block(number: int) -> dict[str, object]:
    """A multiple-choice "Interactive activity" as a lesson body stores it."""

    def option(text: str, correct: bool) -> dict[str, object]:
        value = {"text": text, "correct": correct, "feedback": ""}
        return {"type": "item", "id": str(uuid.uuid4()), "value": value}

    return {
        "type": "activity",
        "id": str(uuid.uuid4()),
        "value": [
            {
                "type": "multiple_choice",
                "id": str(uuid.uuid4()),
                "value": {
                    "title": f"Latihan {number}" if number % 3 else "",
                    "question": "Apa nama aplikasi KTP digital?",
                    "multiple_answers": False,
                    "options": [
                        option("Mobile JKN", False),
                        option("Identitas Kependudukan Digital", True),
                    ],
                    "settings": {"max_attempts": 0, "allow_retry": True, "pass_threshold": 70},
                },
            }
        ],
    }


def seed(args: argparse.Namespace) -> tuple[object, int]:
    """Migrate, then make the class and its results. Returns the teacher and the class id."""
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Locale

    from content.activities import usage_id
    from courses import services as course_services
    from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
    from lms.accounts.models import Role, User
    from lms.accounts.services import role_grant
    from lms.classrooms.models import JoinedBy
    from lms.classrooms.services import (
        assignment_create,
        class_student_add,
        classroom_create,
    )
    from lms.learning.models import EventType, LessonProgress, ProgressEvent

    call_command("migrate", verbosity=0, interactive=False)
    home = course_services.site_home_ensure(title="Beranda", intro="Benchmark.")
    catalog = course_services.page_publish_child(
        parent=home, page=CatalogPage(title="Kursus", slug="kursus")
    )
    topic = course_services.topic_ensure(
        slug="umum", name="Umum", sort_order=0, locale=Locale.get_default()
    )
    course = course_services.page_publish_child(
        parent=catalog,
        page=CoursePage(
            title="Aman di Internet",
            slug="aman",
            summary="Benchmark.",
            level="dasar",
            pillar="cakap",
            topic=topic,
            estimated_minutes=30,
            steps_checked_on=timezone.localdate(),
        ),
    )
    module = course_services.page_publish_child(
        parent=course, page=ModulePage(title="Modul 1", slug="modul-1")
    )
    per_lesson = -(-args.activities // args.lessons)
    activities: list[tuple[str, LessonPage]] = []
    lessons: list[LessonPage] = []
    for number in range(1, args.lessons + 1):
        blocks = [
            activity_block(len(activities) + n)
            for n in range(min(per_lesson, args.activities - len(activities)))
        ]
        lesson = course_services.page_publish_child(
            parent=module,
            page=LessonPage(
                title=f"Pelajaran {number}",
                slug=f"pelajaran-{number}",
                intro="Benchmark.",
                body=json.dumps(blocks),
            ),
        )
        lessons.append(lesson)
        activities += [
            (usage_id(translation_key=lesson.translation_key, block_id=str(b["id"])), lesson)
            for b in blocks
        ]
    teacher = User.objects.create_user(username="guru", password=None, full_name="Bu Guru")
    role_grant(user=teacher, role=Role.TEACHER, granted_by=None)
    classroom = classroom_create(
        teacher=teacher, name="VII-A", grade=7, academic_year="2026/2027", semester=1
    )
    students = []
    for n in range(args.students):
        student = User.objects.create_user(
            username=f"siswa{n:03}", password=None, full_name=f"Siswa Nomor {n:03}"
        )
        class_student_add(
            classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
        )
        students.append(student)
    assignment_create(classroom=classroom, actor=teacher, page=course)
    start = timezone.now() - timedelta(days=3)
    events, rows = [], []
    for s, student in enumerate(students):
        for a, (activity_id, lesson) in enumerate(activities):
            for attempt in range(1 + (s + a) % 3):
                events.append(
                    ProgressEvent(
                        id=uuid.uuid4(),
                        user=student,
                        lesson_key=lesson.translation_key,
                        course_key=course.translation_key,
                        type=EventType.SCORED,
                        occurred_at=start + timedelta(minutes=a * 5 + attempt),
                        score=((s * 7 + a * 13 + attempt * 31) % 101) / 100,
                        activity_id=activity_id,
                        source="bench",
                    )
                )
        for number, lesson in enumerate(lessons):
            rows.append(
                LessonProgress(
                    user=student,
                    lesson_key=lesson.translation_key,
                    course_key=course.translation_key,
                    attempts=args.activities // args.lessons,
                    first_at=start,
                    last_at=start + timedelta(hours=number),
                )
            )
    ProgressEvent.objects.bulk_create(events, batch_size=2000)
    LessonProgress.objects.bulk_create(rows, batch_size=2000)
    print(
        f"seeded: {args.students} students, {len(activities)} activities, "
        f"{len(events)} scored events"
    )
    return teacher, classroom.pk


def timed(get: Callable[[], object], runs: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        get()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        get()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(label: str, times: list[float]) -> float:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=100, method="inclusive")[94] if len(times) > 1 else p50
    print(
        f"{label:<24} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {max(times):7.1f} ms"
        f"   ({len(times)} runs)"
    )
    return p95


def main() -> None:
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    url, drop = throwaway_database()
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("PANDU_VAR_DIR", tempfile.mkdtemp(prefix="pandu-bench-var-"))
    # Whitenoise warns about a missing static folder on every start.
    (Path(os.environ["PANDU_VAR_DIR"]) / "static").mkdir(parents=True, exist_ok=True)
    try:
        import django

        django.setup()
        from django.db import connection, connections
        from django.test import Client
        from django.test.utils import CaptureQueriesContext, setup_test_environment

        setup_test_environment()
        teacher, classroom_id = seed(args)
        client = Client()
        client.force_login(teacher)  # type: ignore[arg-type]
        page = f"/id/kelas/{classroom_id}/nilai/"
        api = f"/api/v1/classes/{classroom_id}/gradebook"

        def get(path: str) -> Callable[[], object]:
            def fetch() -> object:
                response = client.get(path)
                if response.status_code != 200:
                    sys.exit(f"{path} answered {response.status_code}")
                return response

            return fetch

        with CaptureQueriesContext(connection) as queries:
            body = get(page)().content  # type: ignore[attr-defined]
        rows = body.count(b'<th scope="row" class="gradebook__name">')
        print(
            f"database: {connection.vendor}; page: {rows} rows, {len(body) // 1024} KiB, "
            f"{len(queries)} queries"
        )
        p95 = report("gradebook page", timed(get(page), args.runs, args.warmup))
        report("gradebook API", timed(get(api), args.runs, args.warmup))
        report("gradebook CSV", timed(get(page.replace("nilai/", "nilai.csv")), args.runs, 1))
        verdict = "within" if p95 < TARGET_MS else "OVER"
        print(f"page p95 {p95:.1f} ms: {verdict} the target of {TARGET_MS} ms")
        connections.close_all()
    finally:
        drop()


if __name__ == "__main__":
    main()
