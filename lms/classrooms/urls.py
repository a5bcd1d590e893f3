from django.urls import path

from . import views, views_reports

app_name = "classrooms"
urlpatterns = [
    path("", views.class_list, name="list"),
    path("baru/", views.class_create, name="create"),
    path("gabung/", views.join, name="join"),
    path("tugas/", views.tasks, name="tasks"),
    path("<int:pk>/", views.class_detail, name="detail"),
    path("<int:pk>/kode-baru/", views.code_reset, name="code_reset"),
    path("<int:pk>/arsipkan/", views.class_archive, name="archive"),
    path("<int:pk>/siswa/tambah/", views.student_add, name="student_add"),
    path("<int:pk>/siswa/impor/", views.roster_import, name="roster_import"),
    path("<int:pk>/siswa/impor/contoh.csv", views.roster_template, name="roster_template"),
    path("<int:pk>/siswa/<int:user_id>/keluarkan/", views.student_remove, name="student_remove"),
    path("<int:pk>/siswa/<int:user_id>/kode-masuk/", views.login_reset, name="login_reset"),
    path("<int:pk>/siswa/<int:user_id>/izin/", views.consent, name="consent"),
    path("<int:pk>/kartu-masuk/", views.login_cards, name="login_cards"),
    # What a teacher reads about the class, and its work (views_reports).
    path("<int:pk>/dasbor/", views_reports.dashboard, name="dashboard"),
    path("<int:pk>/nilai/", views_reports.gradebook, name="gradebook"),
    path("<int:pk>/nilai.csv", views_reports.gradebook_csv, name="gradebook_csv"),
    path("<int:pk>/nilai.xlsx", views_reports.gradebook_xlsx, name="gradebook_xlsx"),
    path("<int:pk>/siswa/<int:student_id>/", views_reports.student, name="student_report"),
    path("<int:pk>/aktivitas/", views_reports.activities, name="activities"),
    path("<int:pk>/sertifikat/", views_reports.certificates, name="certificates"),
    path("<int:pk>/tugas/", views_reports.assignments, name="assignments"),
    path("<int:pk>/tugas/baru/", views_reports.assign, name="assign"),
    path(
        "<int:pk>/tugas/<int:assignment_id>/tarik/",
        views_reports.assignment_withdraw,
        name="assignment_withdraw",
    ),
]
