"""Every read that a catalog page needs, with its prefetching. The number of queries of each
function is fixed: it does not grow with the number of courses, modules or lessons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import QueryDict
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Page

from . import treecache
from .forms import CatalogFilterForm
from .models import CatalogPage, CoursePage, HomePage, LessonPage, ModulePage, Topic

if TYPE_CHECKING:
    from collections.abc import Iterable

CATALOG_PAGE_SIZE = 24
HOME_FEATURED = 4
COVER_RENDITIONS = ("fill-400x225|format-webp", "fill-800x450|format-webp")


@dataclass(frozen=True)
class ModuleOutline:
    module: ModulePage
    lessons: list[LessonPage]
    # Each lesson's address, in the same order: read with the outline, so that a page listing 20
    # lessons does not work out 20 addresses.
    urls: tuple[str, ...] = ()

    @property
    def items(self) -> list[tuple[LessonPage, str]]:
        """(lesson, its address) pairs, for templates."""
        return list(zip(self.lessons, self.urls, strict=True))


def _with_covers(courses: QuerySet[CoursePage]) -> QuerySet[CoursePage]:
    renditions = get_image_model().get_rendition_model().objects.all()
    return courses.select_related("topic", "cover_image").prefetch_related(
        Prefetch("cover_image__renditions", queryset=renditions)
    )


def topics_for(*, locale_id: int) -> list[Topic]:
    return list(Topic.objects.filter(locale_id=locale_id))


def catalog_courses(
    *, catalog: CatalogPage, topics: Iterable[Topic], filters: dict[str, str]
) -> QuerySet[CoursePage]:
    courses = CoursePage.objects.live().public().child_of(catalog)
    if topic_slug := filters.get("topic"):
        courses = courses.filter(topic__in=[t for t in topics if t.slug == topic_slug])
    if level := filters.get("level"):
        courses = courses.filter(level=level)
    if pillar := filters.get("pillar"):
        courses = courses.filter(pillar=pillar)
    courses = courses.order_by("path")
    # Double quotes are dropped: SQLite's full-text search reads an odd one as an unterminated
    # phrase and fails, and a resident's quotes mean nothing more than the words inside them.
    if query := (filters.get("q") or "").replace('"', " ").strip():
        # The search index ranks; the page is then read with its prefetching in rank order.
        ranked = [c.pk for c in courses.search(query, operator="and")]
        order = {pk: position for position, pk in enumerate(ranked)}
        found = _with_covers(CoursePage.objects.filter(pk__in=ranked))
        return sorted(found, key=lambda c: order[c.pk])  # type: ignore[return-value]
    return _with_covers(courses)


def catalog_context(*, catalog: CatalogPage, params: QueryDict) -> dict[str, Any]:
    topics = topics_for(locale_id=catalog.locale_id)
    form = CatalogFilterForm(params or None, topics=topics)
    filters = form.filters() if params else {}
    courses = catalog_courses(catalog=catalog, topics=topics, filters=filters)
    paginator = Paginator(courses, CATALOG_PAGE_SIZE)
    page: PaginatorPage[CoursePage] = paginator.get_page(form.page_number() if params else 1)
    query = params.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "filters": filters,
        "topics": topics,
        "courses": page,
        "result_count": paginator.count,
        "query_without_page": query.urlencode(),
    }


def home_context(*, home: HomePage) -> dict[str, Any]:
    catalog = CatalogPage.objects.live().child_of(home).first()
    if catalog is None:
        return {"catalog": None, "featured": [], "topics": []}
    featured = _with_covers(CoursePage.objects.live().public().child_of(catalog).order_by("path"))
    return {
        "catalog": catalog,
        "featured": list(featured[:HOME_FEATURED]),
        "topics": topics_for(locale_id=home.locale_id),
    }


def course_outline(*, course: CoursePage) -> list[ModuleOutline]:
    """Modules and their lessons in the order editors set, with the lessons' addresses: kept
    until the page tree changes (`treecache`), else read in two queries."""
    return course_outlines([course])[course.path]


def course_outlines(courses: Iterable[CoursePage]) -> dict[str, list[ModuleOutline]]:
    """`course_outline` of several courses, by course path: those not kept are read together, in
    two queries, whatever their number."""
    by_path = {course.path: course for course in courses}
    return treecache.kept_many(
        "outline", by_path, lambda paths: _outlines_read([by_path[path] for path in paths])
    )


def _outlines_read(courses: list[CoursePage]) -> dict[str, list[ModuleOutline]]:
    under_any = Q()
    for course in courses:
        under_any |= Q(path__startswith=course.path)
    depths = {course.depth for course in courses}
    modules = list(
        ModulePage.objects.live()
        .filter(under_any, depth__in=[depth + 1 for depth in depths])
        .order_by("path")
    )
    lessons = (
        LessonPage.objects.live()
        .filter(under_any, depth__in=[depth + 2 for depth in depths])
        .order_by("path")
        .defer("body")
    )
    by_parent: dict[str, list[LessonPage]] = {m.path: [] for m in modules}
    for lesson in lessons:
        parent_path = lesson.path[: -Page.steplen]
        if parent_path in by_parent:
            by_parent[parent_path].append(lesson)
    outlines: dict[str, list[ModuleOutline]] = {course.path: [] for course in courses}
    for module in modules:
        course_path = module.path[: -Page.steplen]
        if course_path in outlines:
            outlines[course_path].append(
                ModuleOutline(
                    module=module,
                    lessons=by_parent[module.path],
                    urls=tuple(str(lesson.get_url()) for lesson in by_parent[module.path]),
                )
            )
    return outlines


def course_context(*, course: CoursePage) -> dict[str, Any]:
    outline = course_outline(course=course)
    lessons = [lesson for part in outline for lesson in part.lessons]
    return {
        "outline": outline,
        "lesson_count": len(lessons),
        "first_lesson": lessons[0] if lessons else None,
    }


def module_context(*, module: ModulePage) -> dict[str, Any]:
    course = treecache.kept("course-above", module.path, lambda: _course_above(module))
    part = (
        next((part for part in course_outline(course=course) if part.module.pk == module.pk), None)
        if course is not None
        else None
    )
    if part is None:  # a module outside a course, or not live
        lessons = list(LessonPage.objects.live().child_of(module).order_by("path").defer("body"))
        part = ModuleOutline(
            module=module, lessons=lessons, urls=tuple(str(item.get_url()) for item in lessons)
        )
    return {"course": course, "lessons": part.lessons, "items": part.items}


# Where `lesson_course` keeps what it read, on the lesson object itself.
_LESSON_COURSE_ATTRIBUTE = "_pandu_lesson_course"


def lesson_course(lesson: LessonPage) -> tuple[CoursePage | None, list[ModuleOutline]]:
    """The lesson's course and its outline, in three queries, read once per lesson object:
    Wagtail hands the same object to the page-serving hooks and to the page's context, which both
    need them."""
    cached: tuple[CoursePage | None, list[ModuleOutline]] | None = lesson.__dict__.get(
        _LESSON_COURSE_ATTRIBUTE
    )
    if cached is None:
        # Lessons with the same parent have the same course.
        course = treecache.kept(
            "course-above", lesson.path[: -Page.steplen], lambda: _course_above(lesson)
        )
        cached = (course, course_outline(course=course) if course is not None else [])
        lesson.__dict__[_LESSON_COURSE_ATTRIBUTE] = cached
    return cached


def _course_above(page: Page) -> CoursePage | None:
    course: CoursePage | None = CoursePage.objects.ancestor_of(page).first()
    return course


def lesson_context(*, lesson: LessonPage) -> dict[str, Any]:
    course, outline = lesson_course(lesson)
    if course is None:
        return {"course": None, "outline": [], "previous": None, "next": None}
    items = [item for part in outline for item in part.items]
    lessons = [item for item, _url in items]
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    previous = items[position - 1] if position else (None, "")
    following = (
        items[position + 1] if position is not None and position + 1 < len(items) else (None, "")
    )
    module = next(
        (part.module for part in outline if lesson.path.startswith(part.module.path)), None
    )
    return {
        "course": course,
        "module": module,
        "outline": outline,
        "position": (position or 0) + 1,
        "lesson_count": len(lessons),
        "previous": previous[0],
        "previous_url": previous[1],
        "next": following[0],
        "next_url": following[1],
        "course_url": treecache.kept("url", course.path, lambda: str(course.get_url())),
    }


# --- For the JSON API (lms/api) -------------------------------------------------------------------


def courses_in_language(*, language_code: str) -> QuerySet[CoursePage]:
    """Every published course once: in this language where it has a live translation, else in
    the default language (in which the catalog is written), in the catalog's order. Counting and
    slicing it each take one query, whatever the size of the catalog."""
    courses: QuerySet[CoursePage] = CoursePage.objects.live().public().select_related("locale")
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if language_code == default:
        return courses.filter(locale__language_code=default).order_by("path")
    translated = courses.filter(locale__language_code=language_code)
    original_path = CoursePage.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=default
    ).values("path")[:1]
    in_language: QuerySet[CoursePage] = (
        courses.filter(
            Q(locale__language_code=language_code)
            | Q(locale__language_code=default)
            & ~Q(translation_key__in=translated.values("translation_key"))
        )
        .annotate(catalog_path=Coalesce(Subquery(original_path), F("path")))
        .order_by("catalog_path")
    )
    return in_language


def published_course(*, course_id: int) -> CoursePage | None:
    """The course with this page id if it is published and not behind a view restriction."""
    course: CoursePage | None = (
        CoursePage.objects.live().public().select_related("locale").filter(pk=course_id).first()
    )
    return course


def under_unpublished_page(page: Page) -> bool:
    """Whether a page above `page` (below the tree's root) is not live. Wagtail routes through
    unpublished pages, so the live lessons of an unpublished course would still be served. One
    query on the indexed path, none for a site's home page."""
    ends = range(Page.steplen * 2, len(page.path), Page.steplen)
    if not ends:
        return False
    above = [page.path[:end] for end in ends]
    return treecache.kept(
        "under-unpublished",
        page.path,
        lambda: bool(Page.objects.filter(path__in=above, live=False).exists()),
    )
