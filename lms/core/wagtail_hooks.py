from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import AuditPermissionPolicy, AuditViewSet
from .models import AuditEntry

register_permission_policy(AuditEntry, AuditPermissionPolicy(AuditEntry))


@hooks.register("register_admin_viewset")
def register_audit_log() -> AuditViewSet:
    return AuditViewSet("audit")
