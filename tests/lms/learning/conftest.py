import uuid
from datetime import datetime

import pytest
from django.utils import timezone

from courses import treecache
from courses.models import CoursePage, LessonPage
from lms.accounts.models import User
from lms.accounts.services import user_ensure
from lms.learning.services import EventIn
from tests.factories import Catalog, make_course

PASSWORD = "kata-sandi-uji-panjang"


def make_user(username: str, *, birth_year: int | None = None) -> User:
    user, _created = user_ensure(
        username=username,
        password=PASSWORD,
        full_name=username.title(),
        email=f"{username}@contoh.id",
        birth_year=birth_year,
    )
    return user


def lessons_in(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def event(
    lesson: LessonPage,
    kind: str = "completed",
    *,
    at: datetime | None = None,
    event_id: uuid.UUID | None = None,
) -> EventIn:
    return EventIn(
        id=event_id or uuid.uuid4(),
        lesson_id=lesson.pk,
        type=kind,
        occurred_at=at or timezone.now(),
    )


def set_lesson(lesson: LessonPage, **fields: object) -> LessonPage:
    """Change a lesson's settings as an editor's publish would (tests may write rows; a publish
    also tells the kept page tree, which a row update does not)."""
    LessonPage.objects.filter(pk=lesson.pk).update(**fields)
    treecache.tree_changed()
    changed: LessonPage = LessonPage.objects.get(pk=lesson.pk)
    return changed


def set_course(course: CoursePage, **fields: object) -> CoursePage:
    """Change a course's settings as an editor's publish would (see set_lesson)."""
    CoursePage.objects.filter(pk=course.pk).update(**fields)
    treecache.tree_changed()
    changed: CoursePage = CoursePage.objects.get(pk=course.pk)
    return changed


@pytest.fixture
def learner(db: None) -> User:
    return make_user("wati")


@pytest.fixture
def minor(db: None) -> User:
    return make_user("siswa", birth_year=timezone.localdate().year - 13)


@pytest.fixture
def course(catalog: Catalog) -> CoursePage:
    return make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=3)


def translate(course: CoursePage, *, title: str, language: str = "en") -> CoursePage:
    """A published copy of the course, its modules and lessons in another language."""
    from wagtail.models import Locale

    from courses.models import ModulePage

    locale, _created = Locale.objects.get_or_create(language_code=language)
    copy = course.copy_for_translation(locale, copy_parents=True)
    copy.title = title
    copy.save_revision().publish()
    for page in [
        *ModulePage.objects.child_of(course).order_by("path"),
        *lessons_in(course),
    ]:
        translated = page.copy_for_translation(locale)
        translated.title = f"{page.title} (en)"
        translated.save_revision().publish()
    translated_course: CoursePage = CoursePage.objects.get(pk=copy.pk)
    return translated_course
