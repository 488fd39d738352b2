"""Celery tasks of the intake (``shared_task``: the plugin never imports the site)."""

import smtplib

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


# The SMTP errors worth another try (a relay down or throttling at the July peak).
RETRY_ON = (smtplib.SMTPException, OSError, ConnectionError, TimeoutError)
# Both confirmation tasks: up to six retries with growing pauses (30 s, capped at an hour),
# acknowledged only once done so a worker lost mid-send does not lose the message.
SEND_OPTIONS = {
    "autoretry_for": RETRY_ON,
    "retry_backoff": 30,
    "retry_backoff_max": 3600,
    "retry_jitter": True,
    "max_retries": 6,
    "acks_late": True,
}


@shared_task(**SEND_OPTIONS)
def send_confirmation_email(application_id: int, to: str, subject: str, body: str, html: str):
    """Send the resident's confirmation, queued by the submission after commit.

    The message is rendered in the request (``emails.render_confirmation``) and only its
    text travels here, so the access code exists in clear only in this message: in the
    process itself when the task runs eagerly (demo, tests), or for the seconds the job
    waits in the Redis broker (deleted once acknowledged) — never in the database. Sent at
    most once per application (``confirmation_sent_at`` is claimed atomically); a failed
    send releases the claim and the task retries with backoff.
    """
    from .emails import deliver_confirmation

    return deliver_confirmation(application_id, to, subject, body, html)


@shared_task(**SEND_OPTIONS)
def render_and_send_confirmation(application_id: int, access_code: str):
    """Render and send the resident's confirmation, queued by the submission after commit.

    Rendering here rather than in the request keeps two templates off the submission's
    CPU (bench/RESULTS.md). The code travels in the job exactly as long as the rendered
    message did before (it is in the message's text either way): for the seconds the job
    waits in the Redis broker, deleted once acknowledged — never in the database. Sent at
    most once per application (``confirmation_sent_at``); a failed send retries.
    (``send_confirmation_email`` stays for jobs queued by the previous version.)
    """
    from .emails import send_confirmation_by_id

    return send_confirmation_by_id(application_id, access_code)
