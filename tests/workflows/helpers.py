"""Driving a case through the services as the admin screens do: claim, form, perform."""

from __future__ import annotations

import datetime

from django.utils import timezone

from gops.workflows import services


def current_task(application, node=None):
    tasks = list(services.open_tasks(application))
    if node is not None:
        tasks = [t for t in tasks if t.flow_task.name == node]
    assert len(tasks) == 1, [t.flow_task.name for t in services.open_tasks(application)]
    return tasks[0]


def act(application, node, user, **data):
    """Claim the open ``node`` task if needed, validate ``data`` with its form, perform."""
    task = current_task(application, node)
    if task.owner_id != user.pk:
        if task.owner_id:
            services.reassign(task, _director_for(user), user)
        else:
            services.claim(task, user)
    form = services.action_form_class(task)(data=_form_data(data))
    assert form.is_valid(), form.errors
    services.perform(task, user, form.cleaned_data)
    application.refresh_from_db()
    return task


def _form_data(data: dict) -> dict:
    out = {}
    for key, value in data.items():
        if isinstance(value, datetime.date):
            value = value.isoformat()
        if value is True:
            value = "on"
        if value is False or value is None:
            continue
        out[key] = value
    return out


def _director_for(user):  # pragma: no cover - tests claim tasks themselves
    raise AssertionError("task is assigned to somebody else")


def today():
    return timezone.localdate()


def formal_ok(application, user, **extra):
    return act(
        application,
        "formal_check",
        user,
        result="complete",
        signature_method="profil_zaufany",
        **extra,
    )


def interview(application, user):
    return act(
        application,
        "interview",
        user,
        carried_out_on=today(),
        findings="Warunki mieszkaniowe skromne, dochód potwierdzony.",
    )


def draft(application, user, outcome="granted", amount="650.00"):
    data = {"outcome": outcome, "justification": "Spełnione kryterium dochodowe."}
    if outcome != "refused":
        data.update(
            amount=amount, period_from=today(), period_to=today() + datetime.timedelta(days=180)
        )
    return act(application, "decision_draft", user, **data)


def approve(application, user):
    return act(application, "approval", user, result="approved")


def deliver(application, user, on=None):
    return act(application, "notification", user, method="post", delivered_on=on or today())
