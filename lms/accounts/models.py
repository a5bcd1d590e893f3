from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who uses Pandu: resident, student, teacher, parent, editor or admin."""

    full_name = models.CharField(
        _("full name"),
        max_length=150,
        blank=True,
        help_text=_("As it should be printed on certificates."),
    )

    # Not `Meta(AbstractUser.Meta)`: its stub types verbose_name as str, and the only options it
    # holds besides abstract (which Django never inherits) are the two names set here.
    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.username
