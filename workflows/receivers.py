"""Signal receivers wiring the intake to the workflow (connected in ``apps.ready``)."""

from __future__ import annotations

import json
import logging

logger = logging.getLogger("gops.workflows")


def application_submitted(sender=None, application=None, assign_case_number=None, **kwargs):
    # Sent inside the submission transaction: the process commits or rolls back with it.
    from .services import start_process

    if assign_case_number is None:
        start_process(application)
        return
    # The application still has its provisional number. Start the process first and take
    # the final number last: from ``assign_case_number()`` to COMMIT the year's counter row
    # is locked and every other submission waits (bench/RESULTS.md), so the lock covers a
    # few short statements instead of the whole process start. The start's audit entry,
    # written with the provisional number, then gets the final one (same transaction:
    # nobody ever sees the provisional one).
    provisional = application.case_number
    start_process(application)
    entries = _log_entries_naming(application, provisional)  # read before the lock
    final = assign_case_number()
    _rename_in_log_entries(entries, provisional, final)


def _log_entries_naming(application, text: str) -> list:
    from wagtail.log_actions import registry as log_registry

    return [
        entry
        for entry in log_registry.get_logs_for_instance(application).only("pk", "label", "data")
        if text in entry.label or text in json.dumps(entry.data, default=str)
    ]


def _replaced(value, old: str, new: str):
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, dict):
        return {k: _replaced(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_replaced(v, old, new) for v in value]
    return value


def _rename_in_log_entries(entries, old: str, new: str) -> None:
    for entry in entries:
        type(entry).objects.filter(pk=entry.pk).update(
            label=_replaced(entry.label, old, new), data=_replaced(entry.data, old, new)
        )


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
