from django.urls import path

from . import views

app_name = "guardians"
urlpatterns = [
    path("", views.children, name="children"),
    path("tautkan/", views.link, name="link"),
    path("anak/<int:child_id>/", views.child, name="child"),
    path("anak/<int:child_id>/data.json", views.child_download, name="child_download"),
    path("anak/<int:child_id>/izin/", views.consent, name="consent"),
    path("anak/<int:child_id>/izin/cabut/", views.consent_withdraw, name="consent_withdraw"),
    path("tautan/<int:link_id>/putuskan/", views.unlink, name="unlink"),
    path("kode/", views.code, name="code"),
    path(
        "kode/kelas/<int:class_id>/siswa/<int:student_id>/",
        views.code_for_student,
        name="code_for_student",
    ),
]
