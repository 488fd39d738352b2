"""Signal receivers wiring the intake to the workflow (connected in ``apps.ready``)."""

from __future__ import annotations

import logging

logger = logging.getLogger("gops.workflows")


def application_submitted(sender=None, application=None, assign_case_number=None, **kwargs):
    # Sent inside the submission transaction: the process commits or rolls back with it.
    # The application still has its provisional number. The process starts first and the
    # final number is taken last (``start_process`` calls ``assign_case_number`` before
    # writing the start's audit entry): from the number to COMMIT the year's counter row
    # is locked and every other submission waits (bench/RESULTS.md), so the lock covers
    # two short statements (the number onto the application, the audit entry) and COMMIT.
    from .services import start_process

    start_process(application, assign_case_number=assign_case_number)


def application_supplemented(sender=None, application=None, attachments=None, **kwargs):
    from .services import supplemented

    names = ", ".join(a.original_name for a in attachments or [])
    supplemented(application, note=names)


def application_withdrawn(sender=None, application=None, **kwargs):
    from .services import WorkflowError, withdraw

    try:
        withdraw(application)
    except WorkflowError as error:
        # Too late to withdraw (decision issued): the intake checks WITHDRAWABLE first.
        logger.warning("Withdrawal of %s refused: %s", application, error)


def status_event_saved(sender=None, instance=None, created=False, raw=False, **kwargs):
    if created and not raw:
        from .notifications import notify_status_change

        notify_status_change(instance)


def ensure_groups(sender=None, app_config=None, using="default", **kwargs):
    # Some permissions (viewflow's "manage") exist only in the live models: create them
    # now, then re-apply the group permissions (idempotent, never touches other groups).
    from django.contrib.auth.management import create_permissions

    from .roles import ensure_groups as ensure

    if app_config is not None:
        create_permissions(app_config, verbosity=0, using=using)
    ensure()
