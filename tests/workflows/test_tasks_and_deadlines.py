"""Deadlines on tasks, the overdue flag, delays (art. 36 KPA) and reminders."""

import datetime

import pytest
from django.core import mail

from gops.workflows import deadlines, services
from gops.workflows.models import Delay, TaskDeadline

from .factories import make_application
from .helpers import current_task, formal_ok, today

pytestmark = pytest.mark.django_db


def test_every_task_has_group_and_deadline(worker):
    application = make_application("zasilek-staly")
    task = current_task(application)
    info = services.deadline(task)
    assert info.due == deadlines.add_working_days(today(), 7)
    assert not info.overdue
    assert task.deadline_info.group.name == "Pracownik socjalny"
    formal_ok(application, worker)
    interview = current_task(application, "interview")
    assert interview.due == deadlines.add_working_days(today(), 14)


def test_urgent_interview_within_two_working_days(worker):
    application = make_application("zasilek-celowy")
    formal_ok(application, worker, urgent=True)
    assert current_task(application, "interview").due == deadlines.add_working_days(today(), 2)


def test_overdue_flag(worker):
    application = make_application("zasilek-staly")
    task = current_task(application)
    TaskDeadline.objects.filter(task=task).update(due=today() - datetime.timedelta(days=1))
    task = current_task(application)
    assert services.deadline(task).overdue
    assert task.overdue


def test_record_delay_moves_the_deadline_and_tells_the_applicant(
    worker, django_capture_on_commit_callbacks
):
    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    from .helpers import interview

    interview(application, worker)
    new_date = today() + datetime.timedelta(days=40)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        delay = services.record_delay(application, worker, new_date, "Oczekiwanie na opinię ZUS.")
    assert Delay.objects.get(application=application).new_date == new_date
    assert delay.notified
    assert current_task(application, "decision_draft").due == new_date
    application.process.refresh_from_db()
    assert application.process.decision_due == new_date
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [application.email]
    assert new_date.strftime("%d.%m.%Y") in message.body
    assert "Oczekiwanie na opinię ZUS." in message.body
    last_event = application.status_events.order_by("-pk").first()
    assert "Oczekiwanie na opinię ZUS." in last_event.public_note


def test_record_delay_validates(worker):
    application = make_application("zasilek-staly")
    with pytest.raises(services.WorkflowError, match="przyczynę"):
        services.record_delay(application, worker, today() + datetime.timedelta(days=5), " ")
    with pytest.raises(services.WorkflowError, match="później"):
        services.record_delay(application, worker, today(), "Powód")


def test_deadline_reminders(worker, worker2, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    mine = make_application("zasilek-staly")
    queued = make_application("zasilek-staly")
    later = make_application("zasilek-staly")
    services.claim(current_task(mine), worker)
    soon = deadlines.add_working_days(today(), 1)
    for application in (mine, queued):
        TaskDeadline.objects.filter(task=current_task(application)).update(due=soon)
    TaskDeadline.objects.filter(task=current_task(later)).update(
        due=deadlines.add_working_days(today(), 5)
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_deadline_reminders")
    recipients = sorted(m.to[0] for m in mail.outbox)
    # The owner about their task; the whole group about the unassigned one.
    assert recipients == sorted([worker.email, worker.email, worker2.email])
    assert all(
        mine.case_number in m.subject or queued.case_number in m.subject for m in mail.outbox
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_deadline_reminders")
    assert mail.outbox == []  # once a day


def test_action_form_rejects_control_characters(worker):
    application = make_application("zasilek-staly")
    task = current_task(application)
    form = services.action_form_class(task)(
        data={"result": "incomplete", "signature_method": "brak", "missing": "Brak\x00podpisu"}
    )
    assert not form.is_valid()
    assert "missing" in form.errors


def test_comment(worker):
    application = make_application("zasilek-staly")
    comment = services.add_comment(application, worker, "Telefon od wnioskodawcy.")
    assert comment.author == worker
    with pytest.raises(services.WorkflowError):
        services.add_comment(application, worker, "   ")
    entries = services.timeline(application)
    assert any(e.kind == "comment" and e.who == "Ewa Socjalna" for e in entries)
