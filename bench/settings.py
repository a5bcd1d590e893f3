"""The production settings plus the load test's floor page (bench/floor).

Static files keep production's hashed names (pages look each one up in the manifest as they do
in production) but are not compressed: the load test asks for pages only, and compressing every
file would add minutes to each run."""

from lms.settings import production
from lms.settings.production import *  # noqa: F403

INSTALLED_APPS = [*production.INSTALLED_APPS, "bench.floor"]
STORAGES = {
    **production.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
