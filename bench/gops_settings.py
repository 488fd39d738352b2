"""GOPS production settings, as deployed, with the bench's local paths.

Only what a loopback benchmark needs differs: the attachment store lives under
bench/results/, e-mail stays in memory, logs are quieter, and static URLs are not looked up
in a collectstatic manifest (the bench does not run collectstatic; the manifest lookup is a
dict access per URL, so leaving it out does not change timings).
"""

from bench.common import WORK
from gops.site.settings.production import *  # noqa: F403
from gops.site.settings.production import LOGGING

STATIC_ROOT = WORK / "static"
MEDIA_ROOT = WORK / "media"
PRIVATE_STORAGE_ROOT = WORK / "private"
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_STORAGE_ROOT, "base_url": None},
    },
}
LOGGING = {**LOGGING, "loggers": {"gops": {"handlers": ["console"], "level": "WARNING"}}}

# Every simulated resident comes from 127.0.0.1; in production each has their own address,
# so the per-IP submission limit (10/h) would stop the bench, not a real crowd. The limit
# check itself still runs on every submission.
GOPS_INTAKE = {**GOPS_INTAKE, "SUBMIT_RATE_LIMIT": "1000000/h"}  # noqa: F405
