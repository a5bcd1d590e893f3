"""What the load test needs before it starts, made in the database it will run against:

- a signed-in session for each person of the seed's manifest, made directly (as
  django.contrib.auth.login stores one: user id, backend, session auth hash), so that the run
  measures pages, not 1,000 password hashes;
- the floor: a bare page (bench/floor) holding the body of each lesson the residents will open;
- the plan the locustfile follows: who opens what, with which cookies.

    python -m bench.prepare --manifest var/bench/seed-S.json --plan plan.json
    python -m bench.prepare --demo --plan plan.json     # from `manage.py load_demo`'s data

Runs with the settings the server runs with (DJANGO_SETTINGS_MODULE=bench.settings and the same
SECRET_KEY: the session auth hash depends on it).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from courses.models import LessonPage
    from lms.accounts.models import User

# Lessons given a bare twin: the residents open these (and their twins) only.
BARE_LESSONS = 100
LESSONS_PER_RESIDENT = 5
SEED = 8


def session_cookies(user: User) -> dict[str, str]:
    """Cookies of a browser in which `user` is signed in: a new session saved as
    django.contrib.auth.login saves one, and a CSRF cookie (its secret, as Django sets it)."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.utils.crypto import get_random_string

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return {
        settings.SESSION_COOKIE_NAME: store.session_key,
        settings.CSRF_COOKIE_NAME: get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS),
    }


def bare_twins(lessons: Iterable[LessonPage]) -> dict[int, str]:
    """A live bare page with the body of each lesson, beside it (a child of the same module, so
    that Wagtail walks the same depth of the tree to serve either): lesson id -> the twin's URL."""
    from bench.floor.models import BarePage

    twins = {}
    for lesson in lessons:
        parent = lesson.get_parent()
        # A kept database (bench.load --keep) has the twins of an earlier run.
        earlier = BarePage.objects.child_of(parent).filter(slug=f"lantai-{lesson.pk}").first()
        if earlier is not None:
            twins[lesson.pk] = str(earlier.get_url())
            continue
        twin = parent.add_child(
            instance=BarePage(
                title=lesson.title,
                slug=f"lantai-{lesson.pk}",
                body=lesson.body.get_prep_value(),
                locale=lesson.locale,
                live=True,
            )
        )
        twins[lesson.pk] = str(twin.get_url())
    return twins


def live_lessons_by_path() -> dict[str, LessonPage]:
    from django.conf import settings

    from courses.models import LessonPage

    lessons = LessonPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    return {str(lesson.get_url()): lesson for lesson in lessons.select_related("locale")}


def users_by_name(names: Iterable[str]) -> dict[str, User]:
    from lms.accounts.models import User

    return {user.username: user for user in User.objects.filter(username__in=set(names))}


def plan_build(manifest: dict[str, Any]) -> dict[str, Any]:
    """Who opens what in the load test, with which cookies (see the module's docstring)."""
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.urls import reverse
    from django.utils import translation

    from lms.learning.permissions import can_open_lesson

    rng = random.Random(SEED)
    lessons = live_lessons_by_path()
    users = users_by_name(
        [
            entry["username"]
            for key in ("residents", "students", "parents", "teachers")
            for entry in manifest[key]
        ]
        + [manifest["gradebook_40x50"]["teacher"]]
    )
    catalog, *courses = sorted(manifest["catalog_paths"], key=len)
    visitor_lessons = [
        entry["path"]
        for entry in manifest["lessons"]
        if entry["path"] in lessons
        and can_open_lesson(AnonymousUser(), lessons[entry["path"]]).allowed
    ]

    residents = [
        (
            users[entry["username"]],
            [lessons[path] for path in entry["lesson_paths"] if path in lessons],
        )
        for entry in manifest["residents"]
        if entry["username"] in users
    ]
    pool = sorted(
        {lesson.pk: lesson for _user, own in residents for lesson in own}.values(),
        key=lambda lesson: lesson.pk,
    )
    twins = bare_twins(rng.sample(pool, min(BARE_LESSONS, len(pool))))
    resident_plans = []
    for user, own in residents:
        opened = [lesson for lesson in own if lesson.pk in twins]
        chosen = rng.sample(opened, min(LESSONS_PER_RESIDENT, len(opened)))
        allowed = [lesson for lesson in chosen if can_open_lesson(user, lesson).allowed]
        if allowed:
            resident_plans.append(
                {
                    "cookies": session_cookies(user),
                    "lessons": [
                        {"path": str(lesson.get_url()), "bare": twins[lesson.pk]}
                        for lesson in allowed
                    ],
                }
            )

    teachers = [
        {
            "cookies": session_cookies(users[entry["username"]]),
            "dashboard": entry["dashboard_path"],
            "gradebook": entry["gradebook_path"],
            "gradebook_name": "gradebook",
        }
        for entry in manifest["teachers"]
        if entry["username"] in users
    ]
    big = manifest["gradebook_40x50"]
    big_teacher = users[big["teacher"]]
    big_dashboard = next(
        (t["dashboard_path"] for t in manifest["teachers"] if t.get("class_id") == big["class_id"]),
        None,
    )
    big_entry = {
        "cookies": session_cookies(big_teacher),
        "dashboard": big_dashboard or big["gradebook_path"].replace("/nilai/", "/dasbor/"),
        "gradebook": big["gradebook_path"],
        "gradebook_name": "gradebook_40x50",
    }
    # A third of the teachers' places are the big class's teacher's (on several devices).
    mixed: list[dict[str, Any]] = []
    for place, entry in enumerate(teachers or [big_entry]):
        if place % 2 == 0:
            mixed.append(big_entry)
        mixed.append(entry)

    with translation.override(settings.LANGUAGE_CODE):
        paths = {
            "learner_dashboard": reverse("learning:dashboard"),
            "assignments": reverse("classrooms:tasks"),
            "parent_dashboard": reverse("guardians:children"),
        }
    return {
        "size": manifest.get("size"),
        "paths": paths,
        "visitor": {"catalog": catalog, "courses": courses, "lessons": visitor_lessons},
        "residents": resident_plans,
        "students": [
            {"cookies": session_cookies(users[entry["username"]])}
            for entry in manifest["students"]
            if entry["username"] in users
        ],
        "teachers": mixed,
        "parents": [
            {"cookies": session_cookies(users[entry["username"]]), "children": entry["child_paths"]}
            for entry in manifest["parents"]
            if entry["username"] in users and entry["child_paths"]
        ],
        "bare_pages": len(twins),
    }


def demo_manifest() -> dict[str, Any]:
    """A manifest of `manage.py load_demo`'s people, shaped as the seed's (seed_scale) is: the
    demo resident enrolled in the first course, the demo student, teacher and parent."""
    from django.conf import settings
    from django.urls import reverse
    from django.utils import translation

    from courses.models import CatalogPage, CoursePage, LessonPage
    from lms.accounts.models import User
    from lms.classrooms.models import Classroom
    from lms.guardians.models import GuardianLink
    from lms.learning.services import enrollment_create

    language = settings.LANGUAGE_CODE
    catalog = CatalogPage.objects.live().get(locale__language_code=language)
    courses = list(
        CoursePage.objects.live().filter(locale__language_code=language).order_by("path")
    )
    resident = User.objects.get(username="warga")
    enrollment_create(user=resident, course=courses[0])
    lessons = LessonPage.objects.live().filter(locale__language_code=language).order_by("path")
    teacher = User.objects.get(username="guru")
    classroom = Classroom.objects.filter(teachers__user=teacher).order_by("pk").first()
    if classroom is None:
        raise SystemExit("The demo teacher has no class: run manage.py load_demo first.")
    with translation.override(language):
        dashboard = reverse("classrooms:dashboard", args=[classroom.pk])
        gradebook = reverse("classrooms:gradebook", args=[classroom.pk])
        children = [
            reverse("guardians:child", args=[link.child_id])
            for link in GuardianLink.objects.filter(parent__username="orangtua")
        ]
    return {
        "size": "demo",
        "password": "",
        "catalog_paths": [str(catalog.get_url()), *[str(c.get_url()) for c in courses[:3]]],
        "lessons": [
            {
                "path": str(lesson.get_url()),
                "lesson_key": str(lesson.translation_key),
                "course_key": "",
            }
            for lesson in lessons
        ],
        "residents": [
            {
                "username": "warga",
                "lesson_paths": [
                    str(lesson.get_url()) for lesson in lessons.descendant_of(courses[0])
                ],
            }
        ],
        "students": [{"username": "siswa"}],
        "teachers": [
            {
                "username": "guru",
                "class_id": classroom.pk,
                "dashboard_path": dashboard,
                "gradebook_path": gradebook,
            }
        ],
        "parents": [{"username": "orangtua", "child_paths": children}],
        "gradebook_40x50": {
            "teacher": "guru",
            "class_id": classroom.pk,
            "gradebook_path": gradebook,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--manifest", type=Path, help="the JSON that seed_scale wrote")
    source.add_argument("--demo", action="store_true", help="use load_demo's people instead")
    parser.add_argument("--plan", type=Path, required=True, help="where to write the plan")
    args = parser.parse_args()

    import django

    django.setup()
    manifest = demo_manifest() if args.demo else json.loads(args.manifest.read_text())
    plan = plan_build(manifest)
    args.plan.write_text(json.dumps(plan))
    print(
        f"Plan: {len(plan['residents'])} residents, {len(plan['students'])} students, "
        f"{len(plan['teachers'])} teachers' places, {len(plan['parents'])} parents, "
        f"{len(plan['visitor']['lessons'])} lessons open to visitors, "
        f"{plan['bare_pages']} bare pages"
    )


if __name__ == "__main__":
    main()
