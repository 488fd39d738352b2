"""Celery app. Without a broker configured, settings make tasks run eagerly in-process."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gops.site.settings.production")

app = Celery("gops")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_finalize.connect
def schedule_periodic_jobs(sender, **kwargs):
    """The plugins publish their periodic jobs; the site decides to run them (celery -B)."""
    from gops.forms.tasks import BEAT_SCHEDULE as INTAKE_JOBS
    from gops.workflows.tasks import BEAT_SCHEDULE as WORKFLOW_JOBS

    sender.conf.beat_schedule = {**INTAKE_JOBS, **WORKFLOW_JOBS, **sender.conf.beat_schedule}
