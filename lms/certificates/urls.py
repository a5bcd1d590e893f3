"""The certificate pages under the language prefix (/id/sertifikat/…)."""

from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("periksa/", views.check, name="check"),
    path("<str:code>/", views.verify, name="verify"),
    path("<str:code>/pdf/", views.download_pdf, name="pdf"),
    path("<str:code>/kredensial/", views.download_credential, name="credential"),
]
