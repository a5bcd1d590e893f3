from typing import Any

from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic
from .selectors import under_unpublished_page


# Before any other app's hook (lms records a learner's visit to a lesson in its own).
@hooks.register("before_serve_page", order=-10)
def hide_pages_under_unpublished(
    page: Page, request: HttpRequest, serve_args: Any, serve_kwargs: Any
) -> None:
    """A page under an unpublished one is not on the site either: unpublishing a course hides
    its modules and lessons, even those left live."""
    if under_unpublished_page(page):
        raise Http404


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
