"""Tests: fast password hashing, tasks run in process unless a test starts a real worker."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MEDIA_ROOT = VAR_DIR / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
WAGTAILADMIN_BASE_URL = "http://testserver"
PANDU_BASE_URL = WAGTAILADMIN_BASE_URL
LOGGING["root"]["level"] = "WARNING"  # type: ignore[index]

# A file, not memory, so that a Celery worker process started by an integration test can share it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
PANDU_SERVE_MEDIA = True

# pytest-xdist runs the suite in several processes, each on its own test database (pytest-django
# names them). Each also gets its own Redis database for the cache, counting down from REDIS_URL's:
# a test's cache.clear() empties a whole Redis database, whatever the key prefix, and would take
# another process's cached reads away in the middle of a test that counts its queries.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _XDIST_WORKER.startswith("gw"):
    _redis = urlsplit(REDIS_URL)
    _database = int(_redis.path.lstrip("/") or 0) - int(_XDIST_WORKER[2:])
    CACHES["default"]["LOCATION"] = urlunsplit(_redis._replace(path=f"/{max(_database, 0)}"))

# Django's test client logs in without a request, which django-axes refuses; the lockout tests
# switch it on for themselves.
AXES_ENABLED = False
PANDU_SMS_BACKEND = "lms.accounts.sms.MemorySmsBackend"
PANDU_REQUIRE_MFA_FOR_STAFF = False
# WhatsApp messages are kept in memory, for tests to read.
PANDU_WHATSAPP_BACKEND = "lms.notifications.channels.MemoryWhatsAppBackend"
