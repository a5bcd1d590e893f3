"""The documents that credentials name, at stable addresses outside the language prefix: an
issuer's profile (its id in every credential), its public keys and its revocation list."""

from django.urls import path

from . import views

app_name = "credentials"
urlpatterns = [
    path("issuers/<uuid:public_id>", views.issuer_profile, name="issuer"),
    path("issuers/<uuid:public_id>/jwks.json", views.issuer_jwks, name="jwks"),
    path("issuers/<uuid:public_id>/revocations", views.issuer_revocations, name="revocations"),
]
