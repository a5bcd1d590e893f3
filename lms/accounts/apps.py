from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from allauth.account.signals import password_reset, user_logged_in

        password_reset.connect(_clear_lockouts, dispatch_uid="accounts_clear_lockouts")
        user_logged_in.connect(_remember_language, dispatch_uid="accounts_remember_language")


def _clear_lockouts(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    from .lockout import lockouts_clear

    lockouts_clear(user=user)


def _remember_language(sender: Any, request: Any, response: Any, user: Any, **kwargs: Any) -> None:
    """After signing in, the pages without a language in their address open in the person's."""
    from .views import language_cookie_set

    language_cookie_set(response, user.preferred_language)
