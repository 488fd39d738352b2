import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gops.site.settings.production")

application = get_wsgi_application()

# Everything loaded at start-up (URLconf, admin, page models) lives as long as the worker.
# Freezing it keeps it out of the garbage collector's full passes, which otherwise stop a
# request for 100–300 ms every few hundred requests (bench/RESULTS.md, staff lists).
import_module(settings.ROOT_URLCONF)
gc.freeze()
