"""Settings shared by every environment. Everything that differs between machines is read from the
environment in the module for that environment (dev, test, production)."""

import datetime
import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PANDU_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    # Pandu, top layer first: lms -> courses -> content
    "lms.accounts",
    "lms.learning",
    "lms.classrooms",
    "lms.guardians",
    "lms.notifications",
    "lms.privacy",
    "lms.certificates",
    "lms.api",
    "lms.core",
    "courses",
    "content",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "ninja",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content Security Policy: strict on the public site, looser for the Wagtail admin.
    "lms.core.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, made aware of the API outside i18n_patterns (no language redirects, JSON errors).
    "lms.api.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # One login page for the site and the admin; a second factor for staff (lms/accounts).
    "lms.accounts.middleware.AccountsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out (user name, IP address) pair before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ------------------------------------------------------------------------------------
# SQLite under var/ by default. The web process, the Celery worker and beat share it, which needs
# WAL and immediate transactions, or writers meet "database is locked".
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA foreign_keys=ON;"
        "PRAGMA busy_timeout=20000;"
    ),
}


def database_from_env(default_sqlite: Path) -> dict[str, object]:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{default_sqlite}"
    # A kept connection may have died with a database restart while its process was idle: the
    # health check at the start of a request opens a new one, instead of failing the request.
    config: dict[str, object] = dict(
        dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = dict(SQLITE_OPTIONS)
        config["CONN_MAX_AGE"] = 0
    elif config["ENGINE"] == "django.db.backends.postgresql":
        # No JIT compilation: Pandu's queries are short, and PostgreSQL compiles any query whose
        # estimated cost passes a threshold. At 40,000 pupils the estimate of "my classes" did,
        # and compiling took 19 ms of a query that runs in 0.5 ms.
        options = dict(config.get("OPTIONS") or {})  # type: ignore[call-overload]
        options["options"] = f"{options.get('options', '')} -c jit=off".strip()
        config["OPTIONS"] = options
    return config


DATABASES = {"default": database_from_env(VAR_DIR / "pandu.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "learning:dashboard"

# --- Accounts: sign-up and login (django-allauth), lockout (django-axes), two-step sign-in -------
# People sign up with an email address OR an Indonesian mobile number: the sign-up form has one
# field for either and fills allauth's `email` or `phone`; so neither is required on its own
# (allauth's check account.W001 expects one of them to be).
ACCOUNT_ADAPTER = "lms.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "signup": "lms.accounts.forms.SignupForm",
    "login": "lms.accounts.forms.LoginForm",
    "reset_password": "lms.accounts.forms.ResetPasswordForm",
    "verify_phone": "lms.accounts.forms.VerifyPhoneForm",
}
ACCOUNT_LOGIN_METHODS = {"email", "phone", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email", "phone", "password1*", "password2*"]
SILENCED_SYSTEM_CHECKS = ["account.W001"]
ACCOUNT_USER_DISPLAY = "lms.accounts.adapter.user_display"
# Verified by link; lms.accounts.stages makes it compulsory for whoever signed up by email.
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Pandu: "
# Numbers by SMS: six digits, easy to type; a mistyped number can be corrected on the code page.
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_CHANGE = True
# A whole class signs up and signs in at once from one school address, and carriers put many
# phones behind one address: allow much per IP. Wrong passwords are counted by django-axes per
# (login, IP address) instead of allauth's per login (which anyone could use to lock a person
# out) and per IP (which locks out a school).
ACCOUNT_RATE_LIMITS = {
    "login": "300/m/ip",
    "login_failed": None,
    "signup": "100/m/ip",
    "verify_phone": "1/30s/key,60/m/ip",
    "reset_password": "60/m/ip,5/m/key",
    # A class joins at once from one school address; a wrong code counts against the person too.
    "class_join": "10/m/user,60/m/ip",
    # Only wrong login codes are counted (lms.accounts.views.login_code).
    "login_code": "30/m/ip",
    # Every pairing code typed counts, right or wrong: 31^6 codes are guessed only slowly.
    "guardian_link": "5/m/user,20/h/user,60/m/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Pandu Balikpapan"
MFA_FORMS = {
    "activate_totp": "lms.accounts.forms.ActivateTOTPForm",
    "authenticate": "lms.accounts.forms.AuthenticateForm",
    "reauthenticate": "lms.accounts.forms.ReauthenticateForm",
}
# Editors, school admins and admins must set up two-step sign-in before they enter the admin.
PANDU_REQUIRE_MFA_FOR_STAFF = env_bool("PANDU_REQUIRE_MFA_FOR_STAFF", False)
# Text messages: a class with send(message); the console one prints them (development).
PANDU_SMS_BACKEND = os.environ.get("PANDU_SMS_BACKEND", "lms.accounts.sms.ConsoleSmsBackend")

AXES_VERBOSE = False  # no banner on every command
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "login"
AXES_USERNAME_CALLABLE = "lms.accounts.lockout.login_identity"
AXES_LOCKOUT_CALLABLE = "lms.accounts.lockout.lockout_response"

# Wagtail's admin signs in through the same pages (and their second factor).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# --- Languages and time --------------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Makassar"  # WITA, Balikpapan

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media ----------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Where media is served from besides this site (object storage's origin, in production).
PANDU_MEDIA_ORIGINS = [o for o in os.environ.get("PANDU_MEDIA_ORIGINS", "").split(",") if o]
# Content Security Policy (lms/core/csp.py): the public site runs no inline script or style; the
# Wagtail admin (PANDU_ADMIN_PATH) still needs them. Production adds upgrade-insecure-requests.
PANDU_ADMIN_PATH = "/admin/"
# Video sites whose players an editor may embed in a lesson.
PANDU_EMBED_ORIGINS = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *PANDU_MEDIA_ORIGINS],
        "media-src": [SELF, *PANDU_MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": PANDU_EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PANDU_CSP_ADMIN_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *PANDU_MEDIA_ORIGINS],
    "font-src": [SELF, "data:"],
    "frame-src": [SELF, *PANDU_EMBED_ORIGINS],
}
# Privacy (lms/privacy): a deletion is carried out this long after it was asked for (at most 72 h),
# and accounts unused for longer than PANDU_RETENTION_DAYS are deleted (0: never).
PANDU_DELETION_GRACE_HOURS = int(os.environ.get("PANDU_DELETION_GRACE_HOURS", "24"))
PANDU_RETENTION_DAYS = int(os.environ.get("PANDU_RETENTION_DAYS", str(3 * 365)))
# Where `make backup` (manage.py backup) writes its archives.
PANDU_BACKUP_DIR = Path(os.environ.get("PANDU_BACKUP_DIR", VAR_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Cache ---------------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery --------------------------------------------------------------------------------------
# With no broker configured, a broker on the local file system under var/ (kombu's filesystem
# transport): make run needs no other service. It loses a message whose worker dies, so every task
# is idempotent and periodic sweeps re-issue what is missing.
BROKER_DIR = Path(os.environ.get("PANDU_BROKER_DIR", VAR_DIR / "broker"))
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL or "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
    }
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {
        "task": "lms.core.tasks.publish_scheduled_pages",
        "schedule": 60.0,
    },
    "privacy-deletions": {"task": "lms.privacy.tasks.privacy_deletions_run", "schedule": 3600.0},
    "privacy-retention": {"task": "lms.privacy.tasks.privacy_retention_sweep", "schedule": 86400.0},
}

# --- Wagtail -------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Pandu"
WAGTAILADMIN_BASE_URL = os.environ.get("PANDU_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL has no Indonesian dictionary; 'simple' matches words as they are written.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"webp": "webp", "png": "webp", "jpeg": "webp", "gif": "webp"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No SVG: an SVG is a document that can carry script.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "lms.core.uploads.ImageForm"
# The documents lessons use (downloads, uploaded videos and their captions) and the largest file of
# each kind; lms/core/uploads.py checks that a file's content is of the kind its name says.
PANDU_UPLOAD_MAX_BYTES = {
    "pdf": 20 * 1024 * 1024,
    "docx": 20 * 1024 * 1024,
    "xlsx": 20 * 1024 * 1024,
    "odt": 20 * 1024 * 1024,
    "mp4": 200 * 1024 * 1024,
    "webm": 200 * 1024 * 1024,
    "vtt": 1024 * 1024,
}
WAGTAILDOCS_EXTENSIONS = list(PANDU_UPLOAD_MAX_BYTES)
WAGTAILDOCS_MAX_UPLOAD_SIZE = max(PANDU_UPLOAD_MAX_BYTES.values())
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lms.core.uploads.DocumentForm"
# A zip archive (.xlsx, .docx, .odt) is refused with more members than this, unpacking to more
# than this, or with a member packed more tightly than this ratio (a decompression bomb).
PANDU_UPLOAD_ZIP_MAX_MEMBERS = 1000
PANDU_UPLOAD_ZIP_MAX_UNPACKED_BYTES = 100 * 1024 * 1024
PANDU_UPLOAD_ZIP_MAX_RATIO = 100
PANDU_UPLOAD_IMAGE_MAX_SIDE = 10_000
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False

PANDU_BASE_URL = WAGTAILADMIN_BASE_URL
# Production serves media from its web server or object storage, not from Django.
PANDU_SERVE_MEDIA = False

# --- Email ---------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Pandu <pandu@localhost>")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per page published and per search-index task: too much for a console.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint logs each step of every PDF it makes.
        "weasyprint": {"level": "WARNING"},
    },
}

LANGUAGE_NAMES = {"id": _("Bahasa Indonesia"), "en": _("English")}

# --- Interactive activities: the XBlock runtime of content/ (issue 4) ---------------------------
# The XBlock types editors may place in a lesson. Types that run author-supplied code
# (problem_demo, …) never run, whatever this says (content/xblocks/registry.py). Development and
# test settings may add xblock-sdk's samples ("thumbs", "helloworld_demo", …); `check --deploy`
# refuses them.
PANDU_XBLOCK_ALLOWED_TYPES = [
    "pandu_multiple_choice",
    "pandu_fill_blank",
    "pandu_ordering",
    "pandu_matching",
    "pandu_app_simulation",
]
# Where a block's handlers are called: the lms endpoint's path, with {language}, {usage_id} and
# {handler}.
PANDU_XBLOCK_HANDLER_URL = "/api/v1/xblock/{language}/{usage_id}/handler/{handler}"
# Inline scripts and styles in a block's fragment (xblock-sdk's samples have them): refused, as the
# public site's Content Security Policy would block them; development may allow them.
PANDU_XBLOCK_ALLOW_INLINE_RESOURCES = False

# --- Certificates (issue 7) ----------------------------------------------------------------------
# Issues the certificates a lost task left missing, and makes missing PDFs: the file-system broker
# loses the message of a worker that dies.
CELERY_BEAT_SCHEDULE["certificates-sweep"] = {
    "task": "lms.certificates.tasks.certificates_sweep",
    "schedule": 300.0,
}
# New signing keys (RSA, RS256). 3072 bits: NIST's size for use beyond 2030; at least 2048.
PANDU_CREDENTIAL_KEY_BITS = int(os.environ.get("PANDU_CREDENTIAL_KEY_BITS", "3072"))

# --- Notifications (issue 6) ---------------------------------------------------------------------
# WhatsApp messages, through a backend like PANDU_SMS_BACKEND's: a dotted path to a class with
# `send(message)`. Development prints them; production names the provider's class.
PANDU_WHATSAPP_BACKEND = os.environ.get(
    "PANDU_WHATSAPP_BACKEND", "lms.notifications.channels.ConsoleWhatsAppBackend"
)
# The parents' weekly summary: day of the week (Celery's crontab: "sun", "mon", … or 0 = Sunday)
# and hour, WITA (CELERY_TIMEZONE).
PANDU_DIGEST_WEEKDAY = os.environ.get("PANDU_DIGEST_WEEKDAY", "sun")
PANDU_DIGEST_HOUR = int(os.environ.get("PANDU_DIGEST_HOUR", "17"))
# Students' reminders of what is due tomorrow, daily at this hour (WITA).
PANDU_REMINDER_HOUR = int(os.environ.get("PANDU_REMINDER_HOUR", "16"))

CELERY_BEAT_SCHEDULE["notifications-weekly-summaries"] = {
    "task": "lms.notifications.tasks.weekly_summaries",
    "schedule": crontab(minute=0, hour=PANDU_DIGEST_HOUR, day_of_week=PANDU_DIGEST_WEEKDAY),
}
CELERY_BEAT_SCHEDULE["notifications-assignment-reminders"] = {
    "task": "lms.notifications.tasks.assignment_reminders",
    "schedule": crontab(minute=0, hour=PANDU_REMINDER_HOUR),
}
