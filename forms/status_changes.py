"""Changing an application's status: the single place that writes its public history."""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import Application, StatusEvent
from .status import Status


@transaction.atomic
def set_status(
    application: Application,
    status: Status | str,
    *,
    public_note: str = "",
    resident_action: str = "",
    resident_action_due: datetime.date | None = None,
) -> StatusEvent:
    """Move the application to ``status`` and record the step for the resident.

    ``resident_action`` (with its deadline) is what the status page tells the resident to
    do now; it is cleared on every status change unless given again.
    """
    application.status = Status(status)
    application.status_changed_at = timezone.now()
    application.resident_action = resident_action
    application.resident_action_due = resident_action_due
    application.save(
        update_fields=["status", "status_changed_at", "resident_action", "resident_action_due"]
    )
    return StatusEvent.objects.create(
        application=application, status=application.status, public_note=public_note
    )
