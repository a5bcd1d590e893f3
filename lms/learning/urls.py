from django.urls import path

from . import views

app_name = "learning"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("kursus/<int:course_id>/ikuti/", views.enroll, name="enroll"),
    path("kursus/<int:course_id>/keluar/", views.leave, name="leave"),
    path("pelajaran/<int:lesson_id>/selesai/", views.lesson_complete, name="lesson_complete"),
]
