"""The content layer's URLs where the lms will mount them, and a stand-in for the lms's activity
page and handler endpoint (`tests.content.harness`), for tests that render, fetch or click."""

from django.urls import include, path

from . import harness

urlpatterns = [
    path("xblock/", include("content.urls")),
    path("activity/<str:usage_id>/", harness.page),
    path("api/v1/xblock/<str:usage_id>/handler/<str:handler>", harness.handler),
]
