"""pytest settings: fast hashing, in-memory e-mail and cache, eager Celery."""

from .base import *  # noqa: F403
from .base import PAGE_CACHE_SECONDS  # noqa: F401

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
