"""Celery tasks of the workflows app (``shared_task``: the plugin never imports the site).

Without a broker the settings run them eagerly in-process (demo, tests).
"""

from __future__ import annotations

import datetime
import logging
import smtplib

from celery import shared_task
from celery.schedules import crontab
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger("gops.workflows")

MAX_RETRIES = 6

# Periodic jobs for the site's CELERY_BEAT_SCHEDULE (the plugin never configures Celery).
BEAT_SCHEDULE = {
    "gops-deadline-reminders": {
        "task": "gops.workflows.tasks.send_deadline_reminders",
        "schedule": crontab(hour=7, minute=0, day_of_week="1-5"),
    },
    "gops-retry-pending-emails": {
        "task": "gops.workflows.tasks.retry_pending_emails",
        "schedule": 600.0,
    },
}
RETRY_ON = (smtplib.SMTPException, OSError, ConnectionError, TimeoutError)


@shared_task(
    bind=True,
    autoretry_for=RETRY_ON,
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
    acks_late=True,
)
def send_email(self, delivery_id: int) -> str:
    """Send one logged e-mail; every attempt and its error are written to EmailDelivery."""
    from .models import EmailDelivery

    with transaction.atomic():
        delivery = EmailDelivery.objects.select_for_update().filter(pk=delivery_id).first()
        if delivery is None or delivery.state == EmailDelivery.State.SENT:
            return "skipped"
        delivery.attempts += 1
        delivery.save(update_fields=["attempts"])
    try:
        EmailMessage(subject=delivery.subject, body=delivery.body, to=[delivery.to]).send()
    except Exception as error:
        final = self.request.retries >= MAX_RETRIES or not isinstance(error, RETRY_ON)
        EmailDelivery.objects.filter(pk=delivery_id).update(
            state=EmailDelivery.State.FAILED if final else EmailDelivery.State.RETRYING,
            last_error=f"{type(error).__name__}: {error}"[:2000],
        )
        logger.warning("E-mail %s attempt %s failed: %s", delivery_id, delivery.attempts, error)
        raise
    EmailDelivery.objects.filter(pk=delivery_id).update(
        state=EmailDelivery.State.SENT, sent_at=timezone.now(), last_error=""
    )
    return "sent"


@shared_task
def retry_pending_emails() -> int:
    """Re-queue messages a broker outage left pending (run periodically)."""
    from .models import EmailDelivery
    from .notifications import dispatch

    stale = timezone.now() - datetime.timedelta(minutes=10)
    ids = list(
        EmailDelivery.objects.filter(
            state=EmailDelivery.State.PENDING, created_at__lt=stale
        ).values_list("pk", flat=True)[:500]
    )
    for pk in ids:
        dispatch(pk)
    return len(ids)


@shared_task
def send_deadline_reminders() -> int:
    """Remind staff of open tasks due within 2 working days (run daily, e.g. at 7:00)."""
    from .deadlines import is_working_day
    from .notifications import send_deadline_reminders as remind

    if not is_working_day(timezone.localdate()):
        return 0  # nobody reads them on a holiday; Monday's run covers the weekend
    return remind()
