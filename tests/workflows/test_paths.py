"""Every path of the procedure, driven through the services as staff would."""

import datetime

import pytest
from viewflow.workflow.status import PROCESS

from gops.forms.status import Status
from gops.workflows.models import DecisionDraft, PaymentEntry

from .factories import make_application
from .helpers import act, approve, current_task, deliver, draft, formal_ok, interview, today

pytestmark = pytest.mark.django_db


def statuses(application):
    return [e.status for e in application.status_events.order_by("created_at", "pk")]


def test_straight_through_granted_and_paid(worker, director, accountant):
    application = make_application("zasilek-staly")
    assert application.process.status == PROCESS.NEW
    task = current_task(application, "formal_check")
    assert task.owner_id is None and task.due is not None

    formal_ok(application, worker)
    assert application.status == Status.INTERVIEW
    interview(application, worker)
    assert application.status == Status.DECISION_DRAFT
    draft(application, worker, amount="812.50")
    assert application.status == Status.APPROVAL
    approve(application, director)
    assert application.status == Status.NOTIFICATION
    decision = DecisionDraft.objects.get(application=application, state="approved")
    assert decision.document is not None
    assert decision.document.kind == "decision"
    assert decision.document.file.read().startswith(b"%PDF")

    deliver(application, worker, on=today() - datetime.timedelta(days=20))
    assert application.status == Status.APPEAL_WINDOW
    act(application, "appeal_window", worker, result="final")
    assert application.status == Status.PAYMENT
    entry = PaymentEntry.objects.get(application=application)
    assert entry.amount == decision.amount and entry.state == "pending"

    act(application, "payment", accountant, list_number="LW/11/2026", paid_on=today())
    assert application.status == Status.CLOSED
    entry.refresh_from_db()
    assert entry.state == "paid"
    application.process.refresh_from_db()
    assert application.process.status == PROCESS.DONE
    assert statuses(application) == [
        Status.SUBMITTED,
        Status.FORMAL_CHECK,
        Status.INTERVIEW,
        Status.DECISION_DRAFT,
        Status.APPROVAL,
        Status.NOTIFICATION,
        Status.APPEAL_WINDOW,
        Status.FINAL,
        Status.PAYMENT,
        Status.CLOSED,
    ]


def test_benefit_without_interview_skips_it(specialist, director):
    application = make_application("becikowe")
    formal_ok(application, specialist)
    assert application.status == Status.DECISION_DRAFT
    assert current_task(application).flow_task.name == "decision_draft"


def test_supplement_loop_returns_to_formal_check(worker, django_capture_on_commit_callbacks):
    application = make_application("zasilek-okresowy")
    act(
        application,
        "formal_check",
        worker,
        result="incomplete",
        signature_method="brak",
        missing="Brak zaświadczenia z urzędu pracy.",
    )
    assert application.status == Status.SUPPLEMENT_REQUESTED
    assert application.resident_action == "Brak zaświadczenia z urzędu pracy."
    assert application.resident_action_due is not None
    assert application.resident_action_due >= today() + datetime.timedelta(days=7)
    waiting = current_task(application, "await_supplement")
    # The request goes back to whoever asked for it.
    assert waiting.owner_id == worker.pk
    assert waiting.due == application.resident_action_due

    from gops.forms.signals import application_supplemented

    application_supplemented.send(sender=None, application=application, attachments=[])
    application.refresh_from_db()
    current_task(application, "formal_check")
    assert application.status == Status.FORMAL_CHECK
    assert application.resident_action == ""
    formal_ok(application, worker)
    assert application.status == Status.INTERVIEW


def test_staff_records_paper_supplement(worker):
    application = make_application("zasilek-okresowy")
    act(
        application,
        "formal_check",
        worker,
        result="incomplete",
        signature_method="brak",
        missing="Podpis.",
    )
    act(
        application,
        "await_supplement",
        worker,
        result="supplemented",
        note="Złożono w sekretariacie",
    )
    assert current_task(application).flow_task.name == "formal_check"


def test_left_unexamined_only_after_the_deadline(worker):
    from gops.workflows import services

    application = make_application("zasilek-celowy")
    act(
        application,
        "formal_check",
        worker,
        result="incomplete",
        signature_method="brak",
        missing="Faktura.",
    )
    task = current_task(application, "await_supplement")
    form = services.action_form_class(task)(data={"result": "unexamined"})
    assert not form.is_valid()
    assert "mija" in str(form.errors)
    with pytest.raises(services.WorkflowError):
        services.perform(task, worker, {"result": "unexamined", "note": ""})

    process = application.process
    process.supplement_due = today() - datetime.timedelta(days=1)
    process.save()
    act(application, "await_supplement", worker, result="unexamined", note="Brak odpowiedzi.")
    assert application.status == Status.LEFT_UNEXAMINED
    application.process.refresh_from_db()
    assert application.process.status == PROCESS.DONE
    assert list(services.open_tasks(application)) == []


def test_refused_is_not_paid(worker, director):
    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker, outcome="refused")
    approve(application, director)
    deliver(application, worker)
    act(application, "appeal_window", worker, result="waived", event_date=today())
    assert application.status == Status.CLOSED
    assert not PaymentEntry.objects.filter(application=application).exists()
    assert Status.FINAL in statuses(application)


def test_unpaid_benefit_closes_after_final(specialist, director):
    application = make_application("karta-duzej-rodziny")
    formal_ok(application, specialist)
    draft(application, specialist, outcome="granted", amount="")
    approve(application, director)
    deliver(application, specialist)
    act(application, "appeal_window", specialist, result="waived", event_date=today())
    assert application.status == Status.CLOSED


def test_director_returns_draft_to_its_author(worker, director):
    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker, amount="100.00")
    act(application, "approval", director, result="returned", comment="Kwota za niska.")
    assert application.status == Status.DECISION_DRAFT
    task = current_task(application, "decision_draft")
    assert task.owner_id == worker.pk
    returned = DecisionDraft.objects.get(application=application)
    assert returned.state == "returned" and returned.returned_comment == "Kwota za niska."
    from gops.workflows import services

    assert services.action_form_initial(task)["amount"] == returned.amount
    draft(application, worker, amount="400.00")
    approve(application, director)
    assert application.status == Status.NOTIFICATION


def _to_appeal(application, worker, director):
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker, outcome="refused")
    approve(application, director)
    deliver(application, worker)
    act(application, "appeal_window", worker, result="appeal", event_date=today())
    assert application.status == Status.APPEAL


def test_appeal_forwarded_to_sko_upheld(worker, director):
    application = make_application("zasilek-staly")
    _to_appeal(application, worker, director)
    act(application, "appeal", worker, result="forward")
    assert current_task(application).flow_task.name == "sko_ruling"
    act(application, "sko_ruling", worker, result="upheld", ruling_date=today())
    assert application.status == Status.CLOSED


def test_appeal_sko_returns_case_for_new_decision(worker, director):
    application = make_application("zasilek-staly")
    _to_appeal(application, worker, director)
    act(application, "appeal", worker, result="forward")
    act(application, "sko_ruling", worker, result="returned", ruling_date=today())
    assert application.status == Status.DECISION_DRAFT


def test_self_revision_art_132_goes_back_to_decision_draft(worker, director, accountant):
    application = make_application("zasilek-staly")
    _to_appeal(application, worker, director)
    act(application, "appeal", worker, result="revise")
    assert application.status == Status.DECISION_DRAFT
    draft(application, worker, outcome="granted", amount="300.00")
    approve(application, director)
    approved = DecisionDraft.objects.filter(application=application, state="approved")
    assert approved.count() == 1 and approved.get().outcome == "granted"
    deliver(application, worker)
    act(application, "appeal_window", worker, result="waived", event_date=today())
    assert application.status == Status.PAYMENT
    assert PaymentEntry.objects.get(application=application).amount == 300


def test_withdrawal_by_the_resident(worker):
    from gops.forms.signals import application_withdrawn
    from gops.workflows import services

    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    application_withdrawn.send(sender=None, application=application)
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN
    assert list(services.open_tasks(application)) == []
    application.process.refresh_from_db()
    assert application.process.status == PROCESS.CANCELED


def test_staff_withdrawal_refused_after_decision(worker, director):
    from gops.workflows import services

    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker)
    approve(application, director)
    with pytest.raises(services.WorkflowError, match="nie można już wycofać"):
        services.withdraw(application, worker, reason="Rezygnacja")
    services_app = application.__class__.objects.get(pk=application.pk)
    assert services_app.status == Status.NOTIFICATION


def test_final_needs_the_appeal_window_to_pass(worker, director):
    from gops.workflows import services

    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker)
    approve(application, director)
    deliver(application, worker, on=today())
    task = current_task(application, "appeal_window")
    assert task.due >= today() + datetime.timedelta(days=14)
    form = services.action_form_class(task)(data={"result": "final"})
    assert not form.is_valid()


def test_staff_records_withdrawal_before_decision(worker):
    from wagtail.models import ModelLogEntry

    from gops.workflows import audit, services

    application = make_application("zasilek-okresowy")
    formal_ok(application, worker)
    services.withdraw(application, worker, reason="Pismo wnioskodawcy z 20.11.")
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN
    assert application.status_events.last().public_note == "Pismo wnioskodawcy z 20.11."
    entry = ModelLogEntry.objects.get(action=audit.CASE_WITHDRAW)
    assert entry.user == worker and entry.data["by"] == "staff"
    with pytest.raises(services.WorkflowError):
        services.withdraw(application, worker)


def test_supplement_without_a_waiting_task_is_only_logged(worker):
    from gops.forms.signals import application_supplemented

    application = make_application("zasilek-okresowy")
    application_supplemented.send(sender=None, application=application, attachments=[])
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
    assert current_task(application).flow_task.name == "formal_check"


def test_returned_draft_mails_its_author(worker, director, django_capture_on_commit_callbacks):
    from django.core import mail

    application = make_application("zasilek-staly", email="")  # no mail to the applicant
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(
            application,
            "formal_check",
            worker,
            result="incomplete",
            signature_method="brak",
            missing="Podpis.",
        )
    # The supplement wait is assigned to the requester without mailing them.
    assert mail.outbox == []
    act(application, "await_supplement", worker, result="supplemented")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker)
    with django_capture_on_commit_callbacks(execute=True):
        act(application, "approval", director, result="returned", comment="Popraw uzasadnienie.")
    assert [m.to for m in mail.outbox] == [[worker.email]]
    assert "Projekt decyzji" in mail.outbox[0].subject
