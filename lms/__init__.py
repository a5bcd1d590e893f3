"""Pandu's Django project, and the domain of people and their progress."""

from .celery import app as celery_app

__all__ = ("celery_app",)
