from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin import CityAdminPolicy, SchoolStaffViewSet, SchoolViewSet
from .models import School, SchoolStaff

# Before any viewset asks for a policy, or Wagtail makes a default one.
register_permission_policy(School, CityAdminPolicy(School))
register_permission_policy(SchoolStaff, CityAdminPolicy(SchoolStaff))


@hooks.register("register_admin_viewset")
def register_schools() -> SchoolViewSet:
    return SchoolViewSet("schools")


@hooks.register("register_admin_viewset")
def register_school_staff() -> SchoolStaffViewSet:
    return SchoolStaffViewSet("school_staff")
