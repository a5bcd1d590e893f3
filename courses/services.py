"""Every write to the catalog outside Wagtail's own admin goes through here: the demo catalog and
any command that builds pages."""

from __future__ import annotations

from typing import TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage, Topic

P = TypeVar("P", bound=Page)


@transaction.atomic
def page_publish_child(*, parent: Page, page: P, user: AbstractBaseUser | None = None) -> P:
    """Add `page` under `parent` and publish it through a revision, as an editor's "Publish"
    would, so that it has a history and appears in the search index."""
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def child_by_slug(*, parent: Page, slug: str) -> Page | None:
    found = parent.get_children().filter(slug=slug).first()
    return found.specific if found is not None else None


@transaction.atomic
def topic_ensure(*, slug: str, name: str, sort_order: int, locale: Locale) -> Topic:
    topic, _ = Topic.objects.get_or_create(
        locale=locale, slug=slug, defaults={"name": name, "sort_order": sort_order}
    )
    return topic


@transaction.atomic
def site_home_ensure(*, title: str, intro: str, user: AbstractBaseUser | None = None) -> HomePage:
    """Make a HomePage the root of the default site, replacing the placeholder "Welcome" page that
    a fresh Wagtail database starts with. A site that already has a HomePage is left alone."""
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = child_by_slug(parent=root, slug="pandu")
    if not isinstance(home, HomePage):
        home = page_publish_child(
            parent=root,
            page=HomePage(title=title, slug="pandu", intro=intro, locale=Locale.get_default()),
            user=user,
        )
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if type(placeholder.specific) is Page and placeholder.numchild == 0:
            placeholder.delete()
    return home
