"""The administrative procedure as ONE viewflow flow for every benefit type.

Which optional steps apply (environmental interview, payment list) comes from the benefit
definition (``definition.needs_interview`` / ``definition.is_paid``), never from a copy
of the flow. Human steps are ``flow.View`` nodes worked through ``gops.workflows.services``
(Wagtail admin screens), not through viewflow's own frontend, so no views are attached.

Gateways route on ``ApplicationProcess.last_result``: the result the staff member chose
on the task just completed (e.g. "complete"/"incomplete" at the formal check).
"""

from __future__ import annotations

import contextlib
import datetime
from contextvars import ContextVar
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from viewflow import this
from viewflow.workflow import flow, lock
from viewflow.workflow.base import Flow

from gops.forms.status import Status

from . import deadlines, roles
from .models import ApplicationProcess, ApplicationTask

# Working days staff get for a step where the law sets no specific deadline.
FORMAL_CHECK_DAYS = 7  # art. 64 § 2 KPA practice: check promptly, then call to supplement
SUPPLEMENT_DAYS = 7  # art. 64 § 2 KPA (calendar days, art. 57 § 4)
INTERVIEW_DAYS = 14  # working days (rozporządzenie w sprawie wywiadu środowiskowego)
URGENT_INTERVIEW_DAYS = 2
DELIVERY_DAYS = 3
APPEAL_DAYS = 14  # art. 129 § 2 KPA (calendar days)
FORWARD_APPEAL_DAYS = 7  # art. 133 KPA
SKO_DAYS = 30
PAYMENT_DAYS = 10


@dataclass(frozen=True)
class StepSpec:
    """Status the application shows while the task is open, and who works it."""

    status: str
    group: str  # "benefit" = the definition's staff_group
    title: str


STEPS: dict[str, StepSpec] = {
    "formal_check": StepSpec(Status.FORMAL_CHECK, "benefit", _("Ocena formalna")),
    "await_supplement": StepSpec(
        Status.SUPPLEMENT_REQUESTED, "benefit", _("Oczekiwanie na uzupełnienie")
    ),
    "interview": StepSpec(Status.INTERVIEW, roles.SOCIAL_WORKER, _("Wywiad środowiskowy")),
    "decision_draft": StepSpec(Status.DECISION_DRAFT, "benefit", _("Projekt decyzji")),
    "approval": StepSpec(Status.APPROVAL, roles.DIRECTOR, _("Akceptacja decyzji")),
    "notification": StepSpec(Status.NOTIFICATION, "benefit", _("Doręczenie decyzji")),
    "appeal_window": StepSpec(Status.APPEAL_WINDOW, "benefit", _("Termin na odwołanie")),
    "appeal": StepSpec(Status.APPEAL, "benefit", _("Rozpatrzenie odwołania")),
    "sko_ruling": StepSpec(Status.APPEAL, "benefit", _("Rozstrzygnięcie SKO")),
    "payment": StepSpec(Status.PAYMENT, roles.ACCOUNTANT, _("Lista wypłat")),
}


# Set while ``services.start_process`` runs ``ApplicationFlow.start``: the only process the
# start touches is the one it has just inserted in the current transaction.
_starting: ContextVar[bool] = ContextVar("gops_workflows_starting", default=False)


@contextlib.contextmanager
def starting():
    token = _starting.set(True)
    try:
        yield
    finally:
        _starting.reset(token)


class ProcessLock(lock.SelectForUpdateLock):
    """``SelectForUpdateLock``, without the savepoint and ``SELECT … FOR UPDATE`` while a
    process is being started: its row was inserted by the same, still open transaction,
    so no other transaction can see it, let alone lock it (three round trips saved on
    every submission)."""

    @contextlib.contextmanager
    def __call__(self, flow_class, process_pk):
        if _starting.get():
            yield
            return
        with super().__call__(flow_class, process_pk):
            yield


def _human(name: str) -> flow.View:
    """A staff task; no viewflow view: it is worked through the Wagtail admin screens."""
    return flow.View(None).Annotation(title=STEPS[name].title).onCreate(this.task_created)


def _result_is(*values):
    def condition(activation) -> bool:
        return activation.process.last_result in values

    return condition


class ApplicationFlow(Flow):
    """Rozpatrzenie wniosku

    Rejestracja, ocena formalna, wywiad, decyzja, doręczenie, odwołanie, wypłata.
    """

    process_class = ApplicationProcess
    task_class = ApplicationTask
    # SELECT … FOR UPDATE on the process row. Blocking (nowait=False): the services run
    # inside an outer transaction, where viewflow's nowait retry cannot recover from the
    # aborted transaction a failed NOWAIT leaves on PostgreSQL; waiting for the other
    # staff member's short transaction and then re-reading the task is what we want.
    # Not taken while the process is being started (``ProcessLock``).
    lock_impl = ProcessLock(nowait=False)

    start = flow.StartHandle(this.start_process).Next(this.formal_check)

    formal_check = _human("formal_check").Next(this.after_formal_check)
    after_formal_check = (
        flow.Switch()
        .Case(this.await_supplement, _result_is("incomplete"))
        .Case(this.interview, this.interview_needed)
        .Default(this.decision_draft)
    )
    await_supplement = _human("await_supplement").Next(this.after_supplement)
    after_supplement = (
        flow.Switch()
        .Case(this.left_unexamined, _result_is("unexamined"))
        .Default(this.formal_check)
    )
    left_unexamined = flow.Function(this.leave_unexamined).Next(this.end)

    interview = _human("interview").Next(this.decision_draft)
    decision_draft = _human("decision_draft").Next(this.approval)
    approval = _human("approval").Next(this.after_approval)
    after_approval = (
        flow.Switch().Case(this.decision_draft, _result_is("returned")).Default(this.notification)
    )
    notification = _human("notification").Next(this.appeal_window)
    appeal_window = _human("appeal_window").Next(this.after_appeal_window)
    after_appeal_window = (
        flow.Switch().Case(this.appeal, _result_is("appeal")).Default(this.make_final)
    )
    appeal = _human("appeal").Next(this.after_appeal)
    after_appeal = (
        flow.Switch().Case(this.decision_draft, _result_is("revise")).Default(this.sko_ruling)
    )
    sko_ruling = _human("sko_ruling").Next(this.after_sko)
    after_sko = (
        flow.Switch().Case(this.decision_draft, _result_is("returned")).Default(this.make_final)
    )
    make_final = flow.Function(this.finalise).Next(this.payment_needed)
    payment_needed = flow.If(this.needs_payment).Then(this.payment).Else(this.close)
    payment = _human("payment").Next(this.close)
    close = flow.Function(this.close_case).Next(this.end)
    end = flow.End()

    # --- node callbacks -------------------------------------------------------------

    def start_process(self, activation, application, urgent: bool = False):
        process = activation.process
        process.application = application
        process.urgent = urgent
        received = timezone.localtime(application.submitted_at).date()
        # art. 35 § 3 KPA: one month; the evidence step (interview) makes it the norm.
        process.decision_due = deadlines.add_kpa_months(received, 1)
        return process

    def interview_needed(self, activation) -> bool:
        return activation.process.application.benefit.needs_interview

    def needs_payment(self, activation) -> bool:
        process = activation.process
        decision = process.current_decision
        return bool(process.application.benefit.is_paid and decision and decision.grants_money)

    def task_created(self, activation):
        from . import services

        services.on_task_created(activation)

    def leave_unexamined(self, activation):
        from . import services

        services.set_case_status(
            activation.process.application,
            Status.LEFT_UNEXAMINED,
            public_note=activation.process.data.get("unexamined_note", ""),
        )

    def finalise(self, activation):
        from . import services

        process = activation.process
        process.final_on = timezone.localdate()
        process.save(update_fields=["final_on"])
        services.set_case_status(process.application, Status.FINAL)

    def close_case(self, activation):
        from . import services

        services.set_case_status(activation.process.application, Status.CLOSED)

    # --- deadlines --------------------------------------------------------------------

    def due_date(self, node_name: str, process: ApplicationProcess) -> datetime.date | None:
        today = timezone.localdate()
        if node_name == "formal_check":
            return deadlines.add_working_days(today, FORMAL_CHECK_DAYS)
        if node_name == "await_supplement":
            return process.supplement_due
        if node_name == "interview":
            days = URGENT_INTERVIEW_DAYS if process.urgent else INTERVIEW_DAYS
            return deadlines.add_working_days(today, days)
        if node_name in ("decision_draft", "approval"):
            return process.decision_due
        if node_name == "notification":
            return deadlines.add_working_days(today, DELIVERY_DAYS)
        if node_name == "appeal_window":
            return process.appeal_due
        if node_name == "appeal":
            return deadlines.add_kpa_days(today, FORWARD_APPEAL_DAYS)
        if node_name == "sko_ruling":
            return deadlines.add_kpa_days(today, SKO_DAYS)
        if node_name == "payment":
            return deadlines.add_working_days(today, PAYMENT_DAYS)
        return None

    def group_name(self, node_name: str, process: ApplicationProcess) -> str:
        spec = STEPS[node_name]
        if spec.group == "benefit":
            return process.application.benefit.staff_group
        return spec.group


def registered_flows() -> list[type[Flow]]:
    """The flows this app provides (viewflow's AUTOREGISTER is off; see apps.py)."""
    return [ApplicationFlow]
