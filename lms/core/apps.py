from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "lms.core"
    label = "core"
    verbose_name = _("Pandu")

    def ready(self) -> None:
        from django.conf import settings
        from PIL import Image

        # Every image Pillow opens (Wagtail's images, but also an admin's avatar, which no Pandu
        # form checks) is refused above Wagtail's pixel limit: a decompression bomb.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
