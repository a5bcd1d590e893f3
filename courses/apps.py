from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale, Page, Site, get_page_models
        from wagtail.signals import post_page_move

        from . import treecache
        from .models import CoursePrerequisite

        request_started.connect(treecache.request_started, dispatch_uid="pandu-tree-request")
        request_finished.connect(treecache.request_finished, dispatch_uid="pandu-tree-request")
        post_page_move.connect(treecache.changed, dispatch_uid="pandu-tree-move")
        # Each page type sends these with its own class as the sender. Not one receiver for every
        # sender: a post_delete receiver for any model would stop Django deleting rows in bulk.
        for model in (Page, *get_page_models(), Site, Locale, CoursePrerequisite):
            uid = f"pandu-tree-{model.__name__}"
            post_save.connect(treecache.changed, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(treecache.changed, sender=model, dispatch_uid=f"{uid}-delete")
