"""Celery tasks of the intake (``shared_task``: the plugin never imports the site)."""

from celery import shared_task
from celery.schedules import crontab

# Periodic jobs for the site's beat schedule (see gops.site.celery).
BEAT_SCHEDULE = {
    "gops-purge-drafts": {
        "task": "gops.forms.tasks.purge_abandoned_drafts",
        "schedule": crontab(hour=3, minute=15),
    },
}


@shared_task
def purge_abandoned_drafts() -> tuple[int, int]:
    from .drafts import purge_abandoned

    return purge_abandoned()
