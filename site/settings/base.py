"""Settings shared by every environment. Environment-specific files import from here."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

SITE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = SITE_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "gops.site",
    "gops.pages",
    "gops.forms",
    "gops.workflows",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.forms",
    "wagtail_modeladmin",
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
    "django_filters",
    # "viewflow" (the frontend app) is not installed: staff work in the Wagtail admin.
    "viewflow.workflow",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Wagtail's PostgreSQL search backend needs it on Django 6.1.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware (like Django's UpdateCacheMiddleware): a cached page is
    # served without running sessions, CSRF, auth or messages, and stored with the headers
    # the middleware below added, so a hit looks exactly like the miss that stored it.
    "gops.pages.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "gops.site.urls"
WSGI_APPLICATION = "gops.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL (postgres://...) selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent submissions must queue rather than fail with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0
IS_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language: Polish first; Ukrainian and English are ready for translated content. The public
# site stays Polish whatever the browser asks (no LocaleMiddleware) until translated content
# exists; staff pick their admin language in their Wagtail profile.
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("polski")), ("uk", _("ukraiński")), ("en", _("angielski"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("pl", "Polski"), ("en", "English"), ("uk", "Українська")]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
# Applicants' attachments never live under MEDIA_ROOT: they are special-category data,
# served only through a permission-checked view. Any Django storage (S3 included) works.
PRIVATE_STORAGE_ROOT = Path(os.environ.get("PRIVATE_STORAGE_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_STORAGE_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Attachments are streamed to disk above this size instead of being held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Cache: Redis when REDIS_URL is set, process memory otherwise. gops.site.cache.RedisCache is
# Django's backend reusing one redis client per pool instead of building one per operation.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "gops.site.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "gops",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "gops",
        }
    }
# Identifies the deployed code (e.g. the git commit); cached pages of older releases are
# never served after a deploy.
RELEASE = os.environ.get("RELEASE", "")
# How long an anonymous page view is cached; publishing or unpublishing purges it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Per-process memo of render pieces shared by every visitor (gops.pages.render_memo); off only
# to measure what a render costs without it.
PAGE_RENDER_MEMO = os.environ.get("PAGE_RENDER_MEMO", "1") != "0"

# Celery: a Redis broker when configured; otherwise tasks run in-process (demo, tests).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL or "memory://")
CELERY_TASK_ALWAYS_EAGER = not (os.environ.get("CELERY_BROKER_URL") or REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TIMEZONE = TIME_ZONE

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "GOPS Wielgie <no-reply@gops.wielgie.pl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGIN_URL = "wagtailadmin_login"

# Wagtail
WAGTAIL_SITE_NAME = "GOPS Wielgie"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": (
            "wagtail.search.backends.database.postgres.postgres"
            if IS_POSTGRES
            else "wagtail.search.backends.database"
        ),
        "SEARCH_CONFIG": "simple",
    }
}
if not IS_POSTGRES:
    WAGTAILSEARCH_BACKENDS["default"].pop("SEARCH_CONFIG")
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "rtf", "txt", "xlsx", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# viewflow: flows are registered explicitly by the workflows app, never by import side effect.
VIEWFLOW = {"AUTOREGISTER": False}

# The workflow plugin (forms/ + workflows/) is configured here, not by importing the site.
GOPS_INTAKE = {
    # Printed on application PDFs, decisions and e-mails.
    "INSTITUTION_NAME": os.environ.get(
        "INSTITUTION_NAME", "Gminny Ośrodek Pomocy Społecznej w Wielgiem"
    ),
    # Modules that register BenefitDefinitions in gops.forms.registry.
    "BENEFIT_MODULES": ["gops.forms.benefits"],
    # {number} is the per-year sequence, {year} the year of receipt.
    "CASE_NUMBER_FORMAT": "GOPS.8311.{number}.{year}",
    "MAX_FILE_SIZE": 10 * 1024 * 1024,
    "MAX_TOTAL_UPLOAD_SIZE": 30 * 1024 * 1024,
    "DRAFT_TTL_DAYS": 7,
    "SUBMIT_RATE_LIMIT": "10/h",
    "STATUS_RATE_LIMIT": "20/h",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"gops": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
