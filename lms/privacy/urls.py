from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("", views.privacy, name="home"),
    path("data.json", views.download, name="download"),
    path("batal-hapus/", views.cancel, name="cancel"),
]
