"""URLs of the content layer. The lms mounts them outside the language prefix, e.g.
``path("xblock/", include("content.urls"))``."""

from django.urls import path

from . import views

app_name = "content"

urlpatterns = [
    path(
        "resource/<str:block_type>/<str:version>/<path:path>",
        views.xblock_resource,
        name="xblock_resource",
    ),
]
