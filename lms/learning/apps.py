from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "lms.learning"
    label = "learning"
    verbose_name = _("Learning")

    def ready(self) -> None:
        from allauth.account.signals import user_signed_up
        from django.contrib.auth.signals import user_logged_in

        from content.signals import activity_scored

        from . import activities

        activity_scored.connect(
            activities.record_activity_score, dispatch_uid="learning_activity_scored"
        )
        user_signed_up.connect(
            activities.adopt_visitor_answers, dispatch_uid="learning_adopt_on_signup"
        )
        user_logged_in.connect(
            activities.adopt_visitor_answers, dispatch_uid="learning_adopt_on_login"
        )
