"""Settings for the server process the browser tests drive.

The test settings, with everything the process writes (media, private attachments, e-mail)
sent to the session's temporary folder instead of the working tree.
"""

import os
from pathlib import Path

from gops.site.settings.test import *  # noqa: F403

_OUT = Path(os.environ["GOPS_BROWSER_TMP"])
MEDIA_ROOT = _OUT / "media"
STATIC_ROOT = _OUT / "static"
# E-mails go to files, so a test can read what a resident or a member of staff received.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = _OUT / "mail"
WAGTAILADMIN_BASE_URL = os.environ.get("GOPS_BROWSER_URL", "http://127.0.0.1")

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A throwaway database: no fsync per transaction (migrating takes seconds, not minutes).
    DATABASES["default"]["OPTIONS"]["init_command"] = (  # noqa: F405
        "PRAGMA synchronous=OFF; PRAGMA journal_mode=WAL;"
    )
