"""The catalog as Wagtail pages: Home → Catalog → Course → Module → Lesson, plus plain info pages.

Pages hold fields, panels, tree rules and search fields only; what a page shows is read by
`courses.selectors`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from django.core.validators import MaxValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.blocks import BaseStreamBlock

if TYPE_CHECKING:
    from django_stubs_ext.db.models.manager import RelatedManager


class Level(models.TextChoices):
    DASAR = "dasar", _("Basic")
    MADYA = "madya", _("Intermediate")
    MAHIR = "mahir", _("Advanced")


class Pillar(models.TextChoices):
    """The four pillars of Indonesia's national digital-literacy programme."""

    CAKAP = "cakap", _("Digital skills")
    ETIKA = "etika", _("Digital ethics")
    AMAN = "aman", _("Digital safety")
    BUDAYA = "budaya", _("Digital culture")


class CompletionRule(models.TextChoices):
    """When a lesson counts as finished. What a learner does is recorded by `lms`; the rule only
    says which of those records completes the lesson."""

    OPENED = "opened", _("Opened: finished as soon as the learner opens it")
    MARKED_DONE = "marked_done", _("Marked as done by the learner")
    PASSED = "passed", _("Passed: the learner's activity scores reach the pass mark")


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    # The slug is the catalog's filter key: the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    # Reverse accessor of CoursePage.topic (see CoursePage._default_manager).
    courses: RelatedManager[CoursePage]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="topic_unique_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


class HomePage(Page):
    intro = models.TextField(_("introduction"), max_length=400)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CatalogPage", "courses.InfoPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from . import selectors  # selectors import these models

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_context(home=self))
        return context


class CatalogPage(Page):
    intro = models.TextField(_("introduction"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalog")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from . import selectors  # selectors import these models

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(selectors.catalog_context(catalog=self, params=request.GET))
        return context


class CoursePage(Page):
    summary = models.TextField(_("summary"), max_length=400)
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=200))],
        verbose_name=_("what you will learn"),
        blank=True,
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    pillar = models.CharField(_("literacy pillar"), max_length=10, choices=Pillar.choices)
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="courses"
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    steps_checked_on = models.DateField(
        _("steps last checked"),
        help_text=_("The date the steps were last checked against the real app."),
    )
    keywords = models.CharField(
        _("search keywords"),
        max_length=300,
        blank=True,
        help_text=_("Words a resident might search for, separated by commas, e.g. KTP digital."),
    )
    sequential = models.BooleanField(
        _("lessons in order"),
        default=False,
        help_text=_(
            "Each lesson stays locked until the learner has finished the required lessons "
            "before it. The first lesson is always open."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldPanel("level"),
                FieldPanel("pillar"),
                FieldPanel("estimated_minutes"),
                FieldPanel("steps_checked_on"),
                FieldPanel("keywords"),
            ],
            heading=_("Catalog"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sequential"),
                InlinePanel(
                    "prerequisites",
                    label=_("Required course"),
                    heading=_("Courses to finish first"),
                    help_text=_(
                        "A learner can read the first lesson, but enrols and opens the others "
                        "only after finishing these courses."
                    ),
                ),
            ],
            heading=_("Learning path"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("keywords", boost=3),
        index.AutocompleteField("keywords"),
        index.FilterField("level"),
        index.FilterField("pillar"),
        index.FilterField("topic"),
        index.FilterField("locale"),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.ModulePage"]

    # Wagtail's PageManager is untyped, so the plugin finds no default manager here and cannot
    # build Topic.courses without this declaration (Django sets the attribute at class creation).
    _default_manager: ClassVar[models.Manager[CoursePage]]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from . import selectors  # selectors import these models

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_context(course=self))
        return context


class CoursePrerequisite(Orderable):
    """A course that must be finished before another one (per course, whatever the language: the
    learner's records key on the course's translation key)."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prerequisites")
    required_course = models.ForeignKey(
        CoursePage,
        verbose_name=_("required course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The learner must finish this course first."),
    )

    panels = [FieldPanel("required_course")]

    class Meta(Orderable.Meta):
        verbose_name = _("required course")
        verbose_name_plural = _("required courses")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "required_course"], name="courseprerequisite_unique"
            ),
            models.CheckConstraint(
                condition=~models.Q(course=models.F("required_course")),
                name="courseprerequisite_not_itself",
            ),
        ]

    def __str__(self) -> str:
        return str(self.required_course)


class ModulePage(Page):
    summary = models.TextField(_("summary"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from . import selectors  # selectors import these models

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(selectors.module_context(module=self))
        return context


class LessonPage(Page):
    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=10)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    completion_rule = models.CharField(
        _("finished when"),
        max_length=12,
        choices=CompletionRule.choices,
        default=CompletionRule.MARKED_DONE,
        help_text=_(
            'How the lesson counts as finished. The learner\'s own "finished" counts only for '
            "the first two; a passed lesson needs its graded activities."
        ),
    )
    pass_threshold = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
        help_text=_(
            'For "passed": the average of the learner\'s best score in each graded activity '
            "must reach this percentage."
        ),
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("A course is finished when all its required lessons are."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("completion_rule"),
                FieldPanel("pass_threshold"),
                FieldPanel("is_required"),
            ],
            heading=_("Completion"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from . import selectors  # selectors import these models

        context: dict[str, Any] = super().get_context(request, *args, **kwargs)
        context.update(selectors.lesson_context(lesson=self))
        return context


class InfoPage(Page):
    """A plain page: about Pandu, privacy, help."""

    intro = models.TextField(_("introduction"), max_length=400, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["courses.HomePage", "courses.InfoPage"]
    subpage_types = ["courses.InfoPage"]

    class Meta:
        verbose_name = _("information page")
