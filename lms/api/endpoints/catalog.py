"""The published catalog, open to everyone."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import translation
from ninja import Path, Query, Router
from wagtail.coreutils import get_supported_content_language_variant

from courses import selectors as course_selectors
from courses.models import CompletionRule, CoursePage, Level, Pillar

from .. import permissions
from ..errors import ApiError, Error, not_found_message
from ..schemas import (
    CourseDetailOut,
    CourseOut,
    LessonOut,
    ListOf,
    ModuleOut,
    PageId,
    Paging,
)
from .pages import page_path

router = Router(tags=["catalog"])


class CourseList(ListOf[CourseOut]):
    pass


def course_out(course: CoursePage, request: HttpRequest) -> CourseOut:
    return CourseOut(
        id=course.pk,
        title=course.title,
        slug=course.slug,
        level=Level(course.level),
        pillar=Pillar(course.pillar),
        language=course.locale.language_code,
        url=page_path(course, request),
    )


@router.get(
    "/courses",
    response={200: CourseList, 400: Error},
    auth=None,
    summary="The published catalog",
)
def course_list(request: HttpRequest, paging: Query[Paging]) -> CourseList:
    """Every published course once, in the request's language where it is translated (else in
    Indonesian), in the catalog's order."""
    language = get_supported_content_language_variant(translation.get_language())
    courses = course_selectors.courses_in_language(language_code=language)
    count = courses.count()
    page = courses[paging.offset : paging.offset + paging.limit]
    return CourseList(items=[course_out(course, request) for course in page], count=count)


@router.get(
    "/courses/{course_id}",
    response={200: CourseDetailOut, 400: Error, 404: Error},
    auth=None,
    summary="A course with its modules and lessons",
)
def course_detail(request: HttpRequest, course_id: Path[PageId]) -> CourseDetailOut:
    course = course_selectors.published_course(course_id=course_id)
    if course is None or not permissions.can_see_course(course):
        raise ApiError(404, "not_found", not_found_message())
    outline = course_selectors.course_outline(course=course)
    return CourseDetailOut(
        **course_out(course, request).model_dump(),
        summary=course.summary,
        modules=[
            ModuleOut(
                id=part.module.pk,
                title=part.module.title,
                lessons=[
                    LessonOut(
                        id=lesson.pk,
                        title=lesson.title,
                        url=page_path(lesson, request),
                        completion_rule=CompletionRule(lesson.completion_rule),
                    )
                    for lesson in part.lessons
                ],
            )
            for part in outline
        ],
    )
