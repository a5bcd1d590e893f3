from wagtail.fields import StreamField
from wagtail.models import Page

from content.blocks import BaseStreamBlock


class BarePage(Page):
    """A lesson's body (the same StreamField block) without the lesson page around it."""

    body = StreamField(BaseStreamBlock())

    template = "floor/bare_page.html"
