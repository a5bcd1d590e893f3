from typing import Any

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language, gettext, ngettext
from wagtail.models import Page

from courses import treecache

register = template.Library()


@register.filter
def duration(minutes: int | None) -> str:
    """45 → "45 menit"; 90 → "1 jam 30 menit"."""
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours})
    if rest:
        parts.append(ngettext("%(n)d minute", "%(n)d minutes", rest) % {"n": rest})
    return " ".join(parts)


@register.simple_tag(takes_context=True)
def language_links(context: dict[str, Any]) -> list[dict[str, Any]]:
    """One entry per interface language, pointing at this page in that language: the page's own
    translation where one is published, else that language's home page."""
    request: HttpRequest | None = context.get("request")
    page: Page | None = context.get("page") if isinstance(context.get("page"), Page) else None
    current = get_language()
    translations: dict[str, str] = {}
    if page is not None and page.pk is not None:
        translations = treecache.kept("translations", page.pk, lambda: _translations(page))
    path = request.path if request is not None else "/"
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or (
            f"/{code}/" if page is not None else translate_url(path, code)
        )
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


def _translations(page: Page) -> dict[str, str]:
    """The addresses of the page's live translations (itself included), by language."""
    return {
        other.locale.language_code: str(other.get_url())
        for other in page.get_translations(inclusive=True).live().select_related("locale")
    }


@register.simple_tag
def catalog_url() -> str:
    """The catalog in the current language: kept until the page tree changes."""
    language = get_language()
    return treecache.kept("catalog-url", language, lambda: _catalog_url(language))


def _catalog_url(language: str) -> str:
    from courses.models import CatalogPage

    catalog = CatalogPage.objects.live().filter(locale__language_code=language).first()
    return str((catalog.get_url() if catalog else None) or f"/{language}/")


@register.simple_tag
def lesson_word(count: int) -> str:
    return ngettext("%(n)d lesson", "%(n)d lessons", count) % {"n": count}


@register.simple_tag
def results_word(count: int) -> str:
    if count == 0:
        return gettext("No courses found")
    return ngettext("%(n)d course", "%(n)d courses", count) % {"n": count}
