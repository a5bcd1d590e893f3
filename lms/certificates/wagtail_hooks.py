from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import (
    CertificatePermissionPolicy,
    CertificateViewSet,
    IssuerPermissionPolicy,
    IssuerViewSet,
)
from .models import Certificate, Issuer

# Before any viewset asks for a policy, or Wagtail makes a default one.
register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
register_permission_policy(Issuer, IssuerPermissionPolicy(Issuer))


@hooks.register("register_admin_viewset")
def register_certificates() -> CertificateViewSet:
    return CertificateViewSet("certificates_admin")


@hooks.register("register_admin_viewset")
def register_issuers() -> IssuerViewSet:
    return IssuerViewSet("certificate_issuers")
