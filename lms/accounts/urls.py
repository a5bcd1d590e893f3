from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profil/", views.profile, name="profile"),
    path("kode/", views.login_code, name="login_code"),
    path("sandi/lupa-hp/", views.phone_reset_request, name="phone_reset"),
    path("sandi/lupa-hp/kode/", views.phone_reset_confirm, name="phone_reset_confirm"),
]
