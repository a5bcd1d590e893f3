from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms.api.api import api
from lms.core import views as core_views
from lms.learning import activities as learning_activities

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("xblock/", include("content.urls")),
    # Before the API's routes: a plain view that reads the session and checks the CSRF token.
    path(
        "api/v1/xblock/<str:language>/<str:usage_id>/handler/<str:handler>",
        learning_activities.xblock_handler,
        name="xblock_handler",
    ),
    path(
        "api/v1/xblock/<str:language>/<str:usage_id>/handler/<str:handler>/<path:suffix>",
        learning_activities.xblock_handler,
        name="xblock_handler_suffix",
    ),
    path("api/v1/", api.urls),
    path("credentials/", include("lms.certificates.urls_credentials")),
]

urlpatterns += i18n_patterns(
    path("akun/privasi/", include("lms.privacy.urls")),
    path("akun/", include("lms.accounts.urls")),
    path("akun/", include("allauth.urls")),
    path("saya/", include("lms.learning.urls")),
    path("kelas/", include("lms.classrooms.urls")),
    path("sertifikat/", include("lms.certificates.urls")),
    path("notifikasi/", include("lms.notifications.urls")),
    path("orang-tua/", include("lms.guardians.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# allauth's rate limits answer with this page.
handler429 = "lms.accounts.views.too_many_requests"

if settings.PANDU_SERVE_MEDIA:
    urlpatterns.insert(0, re_path(r"^media/(?P<path>.+)$", core_views.media, name="media"))
