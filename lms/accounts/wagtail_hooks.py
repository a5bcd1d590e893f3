from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import (
    ConsentPermissionPolicy,
    ConsentViewSet,
    RoleGrantPermissionPolicy,
    RoleGrantViewSet,
)
from .models import ConsentRecord, RoleGrant

# Before any viewset asks for a policy, or Wagtail makes a default one.
register_permission_policy(RoleGrant, RoleGrantPermissionPolicy(RoleGrant))
register_permission_policy(ConsentRecord, ConsentPermissionPolicy(ConsentRecord))


@hooks.register("register_admin_viewset")
def register_role_grants() -> RoleGrantViewSet:
    return RoleGrantViewSet("roles")


@hooks.register("register_admin_viewset")
def register_consents() -> ConsentViewSet:
    return ConsentViewSet("consents")
