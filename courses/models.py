"""The catalog as Wagtail pages: Home → Catalog → Course → Module → Lesson, plus plain info pages.

Pages hold fields, panels, tree rules and search fields only; what a page shows is read by
`courses.selectors`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
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

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
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
