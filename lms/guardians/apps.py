from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuardiansConfig(AppConfig):
    name = "lms.guardians"
    label = "guardians"
    verbose_name = _("Parents and guardians")
