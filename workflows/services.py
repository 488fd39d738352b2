"""The workflow API the staff screens call (see docs/contracts.md, "Workflow API").

Every operation that changes a task runs in one transaction under the flow's
``select_for_update`` lock on the process row, re-reads the task, and checks viewflow's
``can_assign``/``can_execute`` (transitions do not check them) plus our role rules. When
two people act on one task at once, exactly one succeeds; the other gets a
``WorkflowError`` with a Polish message describing the current state.
"""

from __future__ import annotations

import datetime
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from viewflow.workflow.exceptions import FlowLockFailed
from viewflow.workflow.status import PROCESS, STATUS

from gops.forms.models import Application, StatusEvent
from gops.forms.status import TERMINAL, WITHDRAWABLE, Status
from gops.forms.status_changes import set_status

from . import audit, deadlines, notifications, roles
from .action_forms import FORMS
from .flows import APPEAL_DAYS, STEPS, SUPPLEMENT_DAYS, ApplicationFlow, starting
from .models import (
    ApplicationProcess,
    ApplicationTask,
    CaseComment,
    DecisionDraft,
    Delay,
    Outcome,
    PaymentEntry,
    TaskDeadline,
)

OPEN_STATUSES = (STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED)


class WorkflowError(Exception):
    """An error a staff member can cause (task taken by someone else, no permission...).

    ``str(error)`` is a Polish message fit to show in the admin.
    """


# --- queries ------------------------------------------------------------------------------


def _is_staff_user(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _tasks():
    """Human tasks with everything a task list shows, in one query."""
    return (
        ApplicationTask.objects.filter(flow_task_type="HUMAN")
        .select_related("process__applicationprocess__application", "deadline_info__group", "owner")
        .order_by(F("deadline_info__due").asc(nulls_last=True), "created", "pk")
    )


def inbox(user):
    """Open tasks assigned to ``user``, earliest deadline first."""
    if not _is_staff_user(user):
        return ApplicationTask.objects.none()
    return _tasks().filter(owner=user, status__in=[STATUS.ASSIGNED, STATUS.STARTED])


def queue(user):
    """Unassigned open tasks routed to the user's groups (what they may claim).

    ``TaskDeadline.open``/``unassigned`` mirror the task, so PostgreSQL walks the partial
    index ``wf_deadline_queue_idx`` (group, due) of claimable tasks instead of joining every
    open task of the group before sorting; the task's own status and owner stay in the
    condition as well.
    """
    if not _is_staff_user(user):
        return ApplicationTask.objects.none()
    tasks = _tasks().filter(
        status=STATUS.NEW,
        owner__isnull=True,
        deadline_info__open=True,
        deadline_info__unassigned=True,
    )
    if user.is_superuser:
        return tasks
    # Group ids are cached on the user for the request: a literal list instead of a
    # subquery over auth_user_groups, which PostgreSQL misestimated (semi-join over ~4k rows).
    return tasks.filter(deadline_info__group_id__in=roles.user_group_ids(user))


def open_tasks(application):
    """The application's open human tasks (normally one)."""
    return _tasks().filter(
        process__applicationprocess__application=application, status__in=OPEN_STATUSES
    )


def visible_applications(user):
    """Applications the user may see (least privilege, one query).

    Kierownik (and superusers) see every case; a worker sees the benefit types routed to
    their groups (social workers also the types that need an environmental interview);
    Księgowość sees only cases with a payment list; anyone else sees nothing.
    """
    applications = Application.objects.all()
    if not _is_staff_user(user):
        return applications.none()
    if roles.is_director(user):
        return applications
    condition = Q(pk__in=[])
    codes = roles.benefit_codes_for(user)
    if codes:
        condition |= Q(benefit_code__in=codes)
    if roles.is_accountant(user):
        condition |= Q(status=Status.PAYMENT) | Q(
            Exists(PaymentEntry.objects.filter(application=OuterRef("pk")))
        )
    return applications.filter(condition)


def can_view_application(user, application) -> bool:
    if not _is_staff_user(user):
        return False
    if roles.is_director(user):
        return True
    if application.benefit_code in roles.benefit_codes_for(user):
        return True
    if roles.is_accountant(user):
        return (
            application.status == Status.PAYMENT
            or PaymentEntry.objects.filter(application=application).exists()
        )
    return False


@dataclass(frozen=True)
class Deadline:
    due: datetime.date | None
    overdue: bool
    due_soon: bool  # within 2 working days
    working_days_left: int | None


def deadline(task) -> Deadline:
    """The task's deadline as lists and the task page show it (no query with _tasks())."""
    try:
        info = task.deadline_info
    except TaskDeadline.DoesNotExist:
        info = None
    due = info.due if info else None
    if due is None:
        return Deadline(None, False, False, None)
    today = timezone.localdate()
    is_open = task.status in OPEN_STATUSES
    return Deadline(
        due=due,
        overdue=is_open and due < today,
        due_soon=is_open and deadlines.due_soon(due, today),
        working_days_left=deadlines.working_days_between(today, due),
    )


def task_title(task) -> str:
    spec = STEPS.get(task.flow_task.name) if task.flow_task else None
    return str(spec.title) if spec else str(task.flow_task)


def timeline(application):
    return audit.timeline(application)


def record_view(user, application, attachment=None):
    return audit.record_view(user, application, attachment)


# --- task operations ----------------------------------------------------------------------


@contextmanager
def _locked(task):
    """Transaction + flow lock; yields the activation of the freshly re-read task."""
    try:
        with transaction.atomic(), task.activation() as activation:
            yield activation
    except FlowLockFailed as error:
        raise WorkflowError(
            _("Ktoś inny właśnie pracuje nad tą sprawą. Spróbuj ponownie za chwilę.")
        ) from error


def _name(user) -> str:
    return user.get_full_name() or user.get_username()


def _application(task) -> Application:
    return task.process.applicationprocess.application


def _group_name(task) -> str | None:
    info = TaskDeadline.objects.filter(task_id=task.pk).select_related("group").first()
    return info.group.name if info else None


def _sync_deadline(task) -> None:
    """Mirror the task's state onto its ``TaskDeadline`` (what the task lists filter on).

    Called after every change of a task's owner or status: create, claim, assign,
    reassign, release, complete. Cancelling (``_close_open_tasks``) closes the rows in bulk.
    """
    TaskDeadline.objects.filter(task_id=task.pk).update(
        open=task.status in OPEN_STATUSES, unassigned=task.owner_id is None
    )


def _check_open(task) -> None:
    if task.status not in OPEN_STATUSES:
        raise WorkflowError(
            _("To zadanie jest już zakończone (%(state)s). Odśwież stronę sprawy.")
            % {"state": task.get_status_display()}
        )


def _may_work(user, task) -> bool:
    """Role rule: the task's group, or the kierownik (who supervises every case)."""
    if not _is_staff_user(user):
        return False
    if roles.is_director(user):
        return True
    return _group_name(task) in roles.user_group_names(user)


def _check_may_work(user, task) -> None:
    if not _may_work(user, task):
        raise WorkflowError(
            _("To zadanie należy do grupy „%(group)s”; nie możesz go wykonać.")
            % {"group": _group_name(task) or "?"}
        )
    if task.flow_task.name == "approval":
        if not roles.is_director(user):
            raise WorkflowError(_("Decyzję zatwierdza tylko kierownik."))
        draft = _pending_draft(_application(task))
        if draft is not None and draft.drafted_by_id == user.pk:
            raise WorkflowError(
                _("Nie możesz zatwierdzić projektu decyzji, który sam(a) przygotowałeś(-aś).")
            )


def claim(task, user):
    """Take an unassigned task from the queue."""
    with _locked(task) as activation:
        task = activation.task
        _check_open(task)
        if task.owner_id:
            if task.owner_id == user.pk:
                raise WorkflowError(_("To zadanie jest już przypisane do Ciebie."))
            raise WorkflowError(
                _("To zadanie przyjął(-ęła) już %(name)s.") % {"name": _name(task.owner)}
            )
        _check_may_work(user, task)
        if not task.flow_task.can_assign(user, task):
            raise WorkflowError(_("Nie możesz przyjąć tego zadania."))
        activation.assign(user)
        task.assigned = timezone.now()
        task.save(update_fields=["assigned"])
        _sync_deadline(task)
        application = _application(task)
        if task.flow_task.name == "formal_check" and application.status == Status.SUBMITTED:
            set_case_status(application, Status.FORMAL_CHECK)
        audit.record(application, audit.TASK_CLAIM, user, task=task.pk, summary=task_title(task))
    return task


def unassign(task, user):
    """Give a task back to the queue (its owner or the kierownik)."""
    with _locked(task) as activation:
        task = activation.task
        _check_open(task)
        if not task.owner_id:
            raise WorkflowError(_("To zadanie nie jest przypisane do nikogo."))
        if task.owner_id != user.pk and not roles.is_director(user):
            raise WorkflowError(
                _("Tylko osoba, która przyjęła zadanie, lub kierownik może je zwolnić.")
            )
        if not task.flow_task.can_unassign(user, task) and not roles.is_director(user):
            raise WorkflowError(_("Nie możesz zwolnić tego zadania."))
        previous = task.owner
        activation.unassign()
        task.assigned = None
        task.save(update_fields=["assigned"])
        _sync_deadline(task)
        audit.record(
            _application(task),
            audit.TASK_UNASSIGN,
            user,
            task=task.pk,
            summary=f"{task_title(task)} ({_name(previous)})",
        )
    return task


def reassign(task, by_user, to_user):
    """The kierownik hands a task to another member of its group."""
    if not roles.is_director(by_user):
        raise WorkflowError(_("Zadania przekazuje tylko kierownik."))
    with _locked(task) as activation:
        task = activation.task
        _check_open(task)
        if not _is_staff_user(to_user):
            raise WorkflowError(_("Tej osobie nie można przydzielać zadań."))
        _check_may_work(to_user, task)
        if task.owner_id == to_user.pk:
            raise WorkflowError(
                _("Zadanie jest już przypisane do: %(name)s.") % {"name": _name(to_user)}
            )
        if task.owner_id:
            activation.reassign(to_user)
        else:
            activation.assign(to_user)
        task.assigned = timezone.now()
        task.save(update_fields=["assigned"])
        _sync_deadline(task)
        application = _application(task)
        audit.record(
            application,
            audit.TASK_REASSIGN,
            by_user,
            task=task.pk,
            to_user=to_user.pk,
            summary=f"{task_title(task)} → {_name(to_user)}",
        )
        notifications.notify_task_assigned(task, to_user)
    return task


def action_form_class(task):
    """The Django form for the task's step; ``perform`` takes its ``cleaned_data``."""
    base = FORMS.get(task.flow_task.name)
    if base is None:
        raise WorkflowError(_("Tego zadania nie wykonuje się w formularzu."))
    return type(base.__name__, (base,), {"task": task})


def action_form_initial(task) -> dict:
    """Initial values for the action form (e.g. the returned draft's content)."""
    if task.flow_task.name == "decision_draft":
        draft = _application(task).decision_drafts.order_by("-created_at", "-pk").first()
        if draft is not None:
            return {
                "outcome": draft.outcome,
                "amount": draft.amount,
                "period_from": draft.period_from,
                "period_to": draft.period_to,
                "justification": draft.justification,
            }
    if task.flow_task.name == "notification":
        return {"delivered_on": timezone.localdate()}
    return {}


def perform(task, user, cleaned_data):
    """Complete the task with the action form's data and move the case on."""
    with _locked(task) as activation:
        task = activation.task
        _check_open(task)
        if task.owner_id != user.pk:
            if task.owner_id:
                raise WorkflowError(
                    _("To zadanie wykonuje %(name)s. Twoje zmiany nie zostały zapisane.")
                    % {"name": _name(task.owner)}
                )
            raise WorkflowError(_("Najpierw przyjmij zadanie."))
        if not task.flow_task.can_execute(user, task):
            raise WorkflowError(_("Nie możesz wykonać tego zadania."))
        _check_may_work(user, task)
        process = activation.process
        handler = _HANDLERS[task.flow_task.name]
        summary = handler(process, task, user, dict(cleaned_data)) or ""
        process.save()
        task.data = {**(task.data or {}), "result": process.last_result, "summary": summary}
        activation.start(None)
        activation.execute()
        TaskDeadline.objects.filter(task_id=task.pk).update(
            open=False, unassigned=task.owner_id is None
        )
        audit.record(
            process.application,
            audit.TASK_COMPLETE,
            user,
            task=task.pk,
            node=task.flow_task.name,
            result=process.last_result,
            summary=f"{task_title(task)}: {summary}" if summary else task_title(task),
        )
    return task


# --- step handlers: apply the form's data, set ``process.last_result`` ----------------------


def _pending_draft(application) -> DecisionDraft | None:
    return (
        application.decision_drafts.filter(state=DecisionDraft.State.DRAFT)
        .order_by("-created_at", "-pk")
        .first()
    )


def approved_decision(application) -> DecisionDraft | None:
    return (
        application.decision_drafts.filter(state=DecisionDraft.State.APPROVED)
        .order_by("-approved_at", "-pk")
        .first()
    )


def _label(form_class, field: str, value) -> str:
    return str(dict(form_class.base_fields[field].choices).get(value, value))


def _formal_check(process, task, user, data):
    application = process.application
    application.signature_method = _label(
        FORMS["formal_check"], "signature_method", data["signature_method"]
    )
    application.save(update_fields=["signature_method"])
    process.urgent = bool(data.get("urgent"))
    if data["result"] == "incomplete":
        process.last_result = "incomplete"
        process.supplement_due = deadlines.add_kpa_days(timezone.localdate(), SUPPLEMENT_DAYS)
        # The waiting task goes to whoever asked for the documents (no e-mail to oneself).
        process.data = {
            **process.data,
            "missing": data["missing"],
            "assign_next_to": user.pk,
            "assign_quietly": True,
        }
    else:
        process.last_result = "complete"
    return _label(FORMS["formal_check"], "result", data["result"])


def _await_supplement(process, task, user, data):
    if data["result"] == "unexamined":
        if process.supplement_due and timezone.localdate() <= process.supplement_due:
            raise WorkflowError(
                _("Termin na uzupełnienie mija %(date)s; do tego dnia wniosek musi czekać.")
                % {"date": process.supplement_due.strftime("%d.%m.%Y")}
            )
        process.data = {**process.data, "unexamined_note": data.get("note", "")}
    process.last_result = data["result"]
    return _label(FORMS["await_supplement"], "result", data["result"])


def _interview(process, task, user, data):
    process.data = {
        **process.data,
        "interview": {
            "carried_out_on": data["carried_out_on"].isoformat(),
            "by": user.pk,
            "findings": data["findings"],
            "recommendation": data.get("recommendation", ""),
        },
    }
    process.last_result = "done"
    return _("wywiad z %(date)s") % {"date": data["carried_out_on"].strftime("%d.%m.%Y")}


def _decision_draft(process, task, user, data):
    application = process.application
    application.decision_drafts.filter(
        state__in=[DecisionDraft.State.DRAFT, DecisionDraft.State.RETURNED]
    ).update(state=DecisionDraft.State.SUPERSEDED)
    refused = data["outcome"] == Outcome.REFUSED
    DecisionDraft.objects.create(
        application=application,
        outcome=data["outcome"],
        amount=None if refused else data.get("amount"),
        period_from=None if refused else data.get("period_from"),
        period_to=None if refused else data.get("period_to"),
        justification=data["justification"],
        drafted_by=user,
    )
    process.last_result = "drafted"
    return str(Outcome(data["outcome"]).label)


def _approval(process, task, user, data):
    from . import decisions

    application = process.application
    draft = _pending_draft(application)
    if draft is None:
        raise WorkflowError(_("Brak projektu decyzji do zatwierdzenia."))
    if draft.drafted_by_id == user.pk:
        raise WorkflowError(
            _("Nie możesz zatwierdzić projektu decyzji, który sam(a) przygotowałeś(-aś).")
        )
    if data["result"] == "returned":
        draft.state = DecisionDraft.State.RETURNED
        draft.returned_comment = data["comment"]
        draft.save(update_fields=["state", "returned_comment"])
        process.data = {**process.data, "assign_next_to": draft.drafted_by_id}
        process.last_result = "returned"
        audit.record(application, audit.DECISION_RETURN, user, summary=data["comment"])
        return _("zwrócono do poprawy")
    # Previously approved decisions (before a self-revision) stop being the current one.
    application.decision_drafts.filter(state=DecisionDraft.State.APPROVED).update(
        state=DecisionDraft.State.SUPERSEDED
    )
    draft.state = DecisionDraft.State.APPROVED
    draft.approved_by = user
    draft.approved_at = timezone.now()
    draft.decision_number = f"{application.case_number}/D{application.decision_drafts.count()}"
    draft.save()
    decisions.attach_decision(draft)
    process.last_result = "approved"
    audit.record(
        application,
        audit.DECISION_APPROVE,
        user,
        decision=draft.pk,
        summary=str(Outcome(draft.outcome).label),
    )
    return _("zatwierdzono")


def _notification(process, task, user, data):
    process.delivered_on = data["delivered_on"]
    process.delivery_method = data["method"]
    process.appeal_due = deadlines.add_kpa_days(data["delivered_on"], APPEAL_DAYS)
    process.last_result = "delivered"
    return f"{_label(FORMS['notification'], 'method', data['method'])}, {data['delivered_on']:%d.%m.%Y}"


def _appeal_window(process, task, user, data):
    result = data["result"]
    if result == "final" and process.appeal_due and timezone.localdate() <= process.appeal_due:
        raise WorkflowError(
            _("Termin na odwołanie mija %(date)s; decyzja będzie ostateczna po tym dniu.")
            % {"date": process.appeal_due.strftime("%d.%m.%Y")}
        )
    if result in ("waived", "appeal"):
        when = data.get("event_date")
        process.data = {**process.data, result: when.isoformat() if when else ""}
    process.last_result = "appeal" if result == "appeal" else "final"
    return _label(FORMS["appeal_window"], "result", result)


def _appeal(process, task, user, data):
    process.last_result = "revise" if data["result"] == "revise" else "forward"
    return _label(FORMS["appeal"], "result", data["result"])


def _sko_ruling(process, task, user, data):
    process.data = {
        **process.data,
        "sko": {"result": data["result"], "date": data["ruling_date"].isoformat()},
    }
    process.last_result = "returned" if data["result"] == "returned" else "final"
    return _label(FORMS["sko_ruling"], "result", data["result"])


def _payment(process, task, user, data):
    entries = process.application.payment_entries.filter(state=PaymentEntry.State.PENDING)
    entries.update(
        state=PaymentEntry.State.PAID,
        list_number=data["list_number"],
        paid_on=data["paid_on"],
        paid_by=user,
    )
    process.last_result = "paid"
    return _("lista %(number)s") % {"number": data["list_number"]}


_HANDLERS = {
    "formal_check": _formal_check,
    "await_supplement": _await_supplement,
    "interview": _interview,
    "decision_draft": _decision_draft,
    "approval": _approval,
    "notification": _notification,
    "appeal_window": _appeal_window,
    "appeal": _appeal,
    "sko_ruling": _sko_ruling,
    "payment": _payment,
}


# --- called by the flow ---------------------------------------------------------------------


def set_case_status(application, status, *, force: bool = False, **kwargs):
    """``set_status`` unless the case already has that status (no duplicate history)."""
    if application.status == status and not force:
        return None
    return set_status(application, status, **kwargs)


def on_task_created(activation) -> None:
    """A human task was created: route it, give it a deadline, update the case status."""
    task = activation.task
    process = activation.process
    name = task.flow_task.name
    flow = ApplicationFlow.instance
    application = process.application
    owner_id = (process.data or {}).pop("assign_next_to", None)
    quietly = (process.data or {}).pop("assign_quietly", False)
    owner = None
    if owner_id:
        owner = get_user_model().objects.filter(pk=owner_id, is_active=True).first()
        if owner is not None:
            task.owner = owner
            task.status = STATUS.ASSIGNED
            task.assigned = timezone.now()
            task.save()
    TaskDeadline.objects.create(
        task=task,
        group=roles.group(flow.group_name(name, process)),
        due=flow.due_date(name, process),
        open=task.status in OPEN_STATUSES,
        unassigned=task.owner_id is None,
    )
    if owner_id:
        if owner is not None and not quietly:
            notifications.notify_task_assigned(task, owner)
        process.save(update_fields=["data"])
    if name == "formal_check" and application.status == Status.SUBMITTED:
        return  # stays "registered" until someone starts the check (claim)
    if name == "await_supplement":
        set_case_status(
            application,
            Status.SUPPLEMENT_REQUESTED,
            force=True,
            public_note=process.data.get("missing", ""),
            resident_action=process.data.get("missing", ""),
            resident_action_due=process.supplement_due,
        )
        return
    if name == "payment":
        _create_payment_entries(process)
    set_case_status(application, STEPS[name].status)


def _create_payment_entries(process) -> None:
    application = process.application
    decision = approved_decision(application)
    if decision is None or not decision.grants_money:
        return
    PaymentEntry.objects.create(
        application=application,
        decision=decision,
        amount=decision.amount,
        period_from=decision.period_from,
        period_to=decision.period_to,
        payment_method=application.payment_method,
        bank_account=application.bank_account,
    )


# --- case-level actions ----------------------------------------------------------------------


def start_process(application, *, assign_case_number=None) -> ApplicationProcess:
    """Register the application and start its procedure (idempotent).

    ``assign_case_number`` (from ``application_submitted``): the application was created
    in the current transaction, so no process can exist for it yet (no lookup). The final
    case number is taken after the process start and before the audit entry, which is
    then written once, with the final number (the counter row stays locked from the
    number to COMMIT, so only these short statements run under it).
    """
    if assign_case_number is None:
        existing = ApplicationProcess.objects.filter(application=application).first()
        if existing is not None:
            return existing
    with starting():
        process = ApplicationFlow.start.run(application=application)
    if assign_case_number is not None:
        assign_case_number()
    audit.record(application, audit.PROCESS_START, None, summary=application.case_number)
    return process


def _close_open_tasks(process) -> None:
    for task in ApplicationTask.objects.filter(process_id=process.pk, status__in=OPEN_STATUSES):
        activation = task.flow_task.activation_class(task)
        activation.cancel()
    TaskDeadline.objects.filter(task__process_id=process.pk, open=True).update(open=False)


def withdraw(application, user=None, reason: str = ""):
    """The applicant withdrew (before the decision): close the case."""
    if user is not None and not can_view_application(user, application):
        raise WorkflowError(_("Nie masz dostępu do tej sprawy."))
    process = ApplicationProcess.objects.filter(application=application).first()
    with transaction.atomic():
        lock = ApplicationFlow.lock(process.pk) if process is not None else transaction.atomic()
        try:
            with lock:
                application.refresh_from_db()
                if application.status not in WITHDRAWABLE:
                    raise WorkflowError(
                        _("Wniosku w stanie „%(status)s” nie można już wycofać.")
                        % {"status": application.get_status_display()}
                    )
                if process is not None:
                    process.refresh_from_db()
                    _close_open_tasks(process)
                    process.status = PROCESS.CANCELED
                    process.finished = timezone.now()
                    process.save(update_fields=["status", "finished"])
                set_case_status(application, Status.WITHDRAWN, public_note=reason)
                audit.record(
                    application,
                    audit.CASE_WITHDRAW,
                    user,
                    by="staff" if user else "applicant",
                    summary=reason,
                )
        except FlowLockFailed as error:
            raise WorkflowError(_("Sprawa jest właśnie zmieniana. Spróbuj ponownie.")) from error
    return application


def supplemented(application, user=None, note: str = "") -> bool:
    """The resident supplemented: the waiting task goes back to the formal check."""
    task = (
        ApplicationTask.objects.filter(
            process__applicationprocess__application=application,
            status__in=OPEN_STATUSES,
            flow_task=ApplicationFlow.await_supplement,
        )
        .order_by("-pk")
        .first()
    )
    if task is None:
        audit.record(application, audit.CASE_SUPPLEMENTED, user, summary=note)
        return False
    with _locked(task) as activation:
        task = activation.task
        if task.status not in OPEN_STATUSES:
            return False
        if not task.owner_id:
            previous = (
                ApplicationTask.objects.filter(
                    process_id=task.process_id,
                    flow_task=ApplicationFlow.formal_check,
                    status=STATUS.DONE,
                )
                .order_by("-pk")
                .first()
            )
            owner = (previous.owner if previous else None) or user
            if owner is None:
                return False
            activation.assign(owner)
        process = activation.process
        process.last_result = "supplemented"
        process.save()
        task.data = {**(task.data or {}), "result": "supplemented", "summary": note}
        activation.start(None)
        activation.execute()
        TaskDeadline.objects.filter(task_id=task.pk).update(
            open=False, unassigned=task.owner_id is None
        )
        audit.record(application, audit.CASE_SUPPLEMENTED, user, summary=note)
    return True


def record_delay(application, user, new_date, reason):
    """Art. 36 KPA: record a new date for settling the case and notify the applicant."""
    if not can_view_application(user, application):
        raise WorkflowError(_("Nie masz dostępu do tej sprawy."))
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Podaj przyczynę zwłoki."))
    if new_date <= timezone.localdate():
        raise WorkflowError(_("Nowy termin musi być późniejszy niż dzisiaj."))
    if application.status in TERMINAL:
        raise WorkflowError(_("Sprawa jest zakończona."))
    with transaction.atomic():
        delay = Delay.objects.create(
            application=application, new_date=new_date, reason=reason, created_by=user
        )
        process = ApplicationProcess.objects.filter(application=application).first()
        if process is not None:
            process.decision_due = new_date
            process.save(update_fields=["decision_due"])
            TaskDeadline.objects.filter(
                task__process_id=process.pk,
                open=True,
                task__flow_task__in=[ApplicationFlow.decision_draft, ApplicationFlow.approval],
            ).update(due=new_date)
        note = _("Nowy termin załatwienia sprawy: %(date)s. Przyczyna: %(reason)s") % {
            "date": new_date.strftime("%d.%m.%Y"),
            "reason": reason,
        }
        # Same status, new public note: the resident's status page shows the delay.
        set_status(
            application,
            application.status,
            public_note=note,
            resident_action=application.resident_action,
            resident_action_due=application.resident_action_due,
        )
        if notifications.notify_delay(delay) is not None:
            delay.notified = True
            delay.save(update_fields=["notified"])
        audit.record(
            application,
            audit.CASE_DELAY,
            user,
            new_date=new_date.isoformat(),
            summary=note,
        )
    return delay


def add_comment(application, user, text):
    if not can_view_application(user, application):
        raise WorkflowError(_("Nie masz dostępu do tej sprawy."))
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Notatka jest pusta."))
    if len(text) > 10000:
        raise WorkflowError(_("Notatka jest za długa (najwyżej 10 000 znaków)."))
    with transaction.atomic():
        comment = CaseComment.objects.create(application=application, author=user, text=text)
        audit.record(application, audit.CASE_COMMENT, user, comment=comment.pk)
    return comment


def on_status_event(event: StatusEvent) -> None:
    notifications.notify_status_change(event)
