"""Audit entries for views and actions; e-mail at status changes and task assignment."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from gops.forms.models import Attachment
from gops.forms.status import Status
from gops.workflows import audit, services
from gops.workflows.models import EmailDelivery, NotificationTemplate

from .factories import make_application
from .helpers import act, approve, current_task, draft, formal_ok, interview

pytestmark = pytest.mark.django_db


def actions(application):
    return list(
        ModelLogEntry.objects.for_instance(application).order_by("pk").values_list("action", "user")
    )


def test_views_and_downloads_are_logged(worker):
    application = make_application("zasilek-staly")
    attachment = Attachment.objects.create(
        application=application,
        original_name="orzeczenie.pdf",
        content_type="application/pdf",
        size=10,
        sha256="0" * 64,
        file="attachments/x",
    )
    services.record_view(worker, application)
    services.record_view(worker, application, attachment=attachment)
    logged = actions(application)
    assert (audit.APPLICATION_VIEW, worker.pk) in logged
    assert (audit.ATTACHMENT_DOWNLOAD, worker.pk) in logged
    entry = ModelLogEntry.objects.get(action=audit.ATTACHMENT_DOWNLOAD)
    assert entry.data["name"] == "orzeczenie.pdf"


def test_actions_are_logged_with_who(worker, worker2, director):
    application = make_application("zasilek-staly")
    task = current_task(application)
    services.claim(task, worker)
    services.reassign(task, director, worker2)
    formal_ok(application, worker2)
    interview(application, worker2)
    draft(application, worker2)
    act(application, "approval", director, result="returned", comment="Popraw kwotę.")
    draft(application, worker2)
    approve(application, director)
    logged = actions(application)
    assert logged[0] == (audit.PROCESS_START, None)
    for expected in [
        (audit.TASK_CLAIM, worker.pk),
        (audit.TASK_REASSIGN, director.pk),
        (audit.TASK_COMPLETE, worker2.pk),
        (audit.DECISION_RETURN, director.pk),
        (audit.DECISION_APPROVE, director.pk),
        (audit.DECISION_DOCUMENT, director.pk),
    ]:
        assert expected in logged

    entries = services.timeline(application)
    assert [e.when for e in entries] == sorted(e.when for e in entries)
    kinds = {e.kind for e in entries}
    assert kinds == {"status", "log", "email"}  # e-mails queued to the applicant
    returned = [e for e in entries if e.action == audit.DECISION_RETURN]
    assert returned[0].who == "Anna Kierownik" and returned[0].text == "Popraw kwotę."
    assert any(e.kind == "status" and e.label == Status.APPROVAL.label for e in entries)


def test_log_actions_have_polish_labels():
    from wagtail.log_actions import registry

    assert registry.action_exists(audit.APPLICATION_VIEW)
    assert registry.get_action_label(audit.DECISION_APPROVE) == "Zatwierdzenie decyzji"


def test_applicant_gets_mail_at_public_status_changes(worker, django_capture_on_commit_callbacks):
    application = make_application("zasilek-staly")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        formal_ok(application, worker)  # → formal check, then interview (new public label)
    subjects = [m.subject for m in mail.outbox if m.to == [application.email]]
    assert len(subjects) == 2
    assert all(application.case_number in s for s in subjects)
    body = mail.outbox[-1].body
    assert "Wniosek w trakcie rozpatrywania" in body
    assert application.applicant_name in body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        interview(application, worker)  # interview → decision draft: same public label
    assert [m for m in mail.outbox if m.to == [application.email]] == []
    deliveries = EmailDelivery.objects.filter(application=application, to=application.email)
    assert deliveries.count() == 2
    assert set(deliveries.values_list("state", flat=True)) == {"sent"}
    assert all(d.attempts == 1 for d in deliveries)
    emails = [e for e in services.timeline(application) if e.kind == "email"]
    assert len(emails) == 2 and all(application.email in e.text for e in emails)


def test_supplement_request_mail_has_the_missing_items(worker, django_capture_on_commit_callbacks):
    application = make_application("zasilek-staly")
    with django_capture_on_commit_callbacks(execute=True):
        act(
            application,
            "formal_check",
            worker,
            result="incomplete",
            signature_method="brak",
            missing="Brak orzeczenia o niepełnosprawności.",
        )
    message = mail.outbox[-1]
    assert "Brak orzeczenia o niepełnosprawności." in message.body
    assert application.resident_action_due.strftime("%d.%m.%Y") in message.body


def test_staff_edit_the_template(worker, django_capture_on_commit_callbacks):
    NotificationTemplate.objects.filter(key=Status.FORMAL_CHECK).update(
        subject="Sprawdzamy {{ case_number }}!", body="Witaj {{ applicant_name }}."
    )
    NotificationTemplate.objects.filter(key=Status.INTERVIEW).update(active=False)
    application = make_application("zasilek-staly")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        formal_ok(application, worker)
    assert [m.subject for m in mail.outbox] == [f"Sprawdzamy {application.case_number}!"]
    assert mail.outbox[0].body == f"Witaj {application.applicant_name}."


def test_no_mail_without_commit(worker):
    application = make_application("zasilek-staly")
    mail.outbox.clear()
    formal_ok(application, worker)  # transaction of the test never commits
    assert mail.outbox == []
    assert EmailDelivery.objects.filter(state="pending").exists()


def test_reassigned_staff_get_mail(worker, worker2, director, django_capture_on_commit_callbacks):
    application = make_application("zasilek-staly")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reassign(current_task(application), director, worker2)
    assert [m.to for m in mail.outbox] == [[worker2.email]]
    assert application.case_number in mail.outbox[0].subject


def test_failed_sending_is_retried_and_logged(
    worker, settings, monkeypatch, django_capture_on_commit_callbacks
):
    import smtplib

    from django.core.mail.backends.locmem import EmailBackend

    calls = []

    def failing(self, messages):
        calls.append(1)
        raise smtplib.SMTPServerDisconnected("serwer poczty nie odpowiada")

    monkeypatch.setattr(EmailBackend, "send_messages", failing)
    application = make_application("zasilek-staly")
    with django_capture_on_commit_callbacks(execute=True):
        services.claim(current_task(application), worker)  # → formal check: one e-mail
    delivery = EmailDelivery.objects.get(application=application)
    assert delivery.state == "failed"
    assert delivery.attempts == len(calls) > 1
    assert "serwer poczty nie odpowiada" in delivery.last_error
    application.refresh_from_db()
    assert application.status == Status.FORMAL_CHECK  # staff work is unaffected
