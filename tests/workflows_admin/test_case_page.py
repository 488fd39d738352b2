"""The application page: data, attachments (audited download), timeline, comment, delay."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from gops.workflows.models import Delay

from .factories import make_application, make_attachment
from .helpers import case_url

pytestmark = pytest.mark.django_db


def audit_actions(application):
    return list(ModelLogEntry.objects.for_instance(application).values_list("action", flat=True))


def test_case_page_shows_the_whole_application(as_user, worker):
    application = make_application(last_name="Wójcik")
    make_attachment(application, name="orzeczenie-o-niepelnosprawnosci.pdf")
    response = as_user(worker).get(case_url(application))
    page = response.content.decode()
    assert response.status_code == 200
    for text in [
        application.case_number,
        "Wójcik",
        application.pesel,
        "Anna",  # household member
        "850",  # income
        "61109010140000071219812874",
        "Oświadczam, że dane są prawdziwe.",
        "orzeczenie-o-niepelnosprawnosci.pdf",
        "Historia sprawy",
        "art. 36 KPA",
    ]:
        assert text in page, text


def test_opening_a_case_writes_an_audit_entry(as_user, worker):
    application = make_application()
    before = audit_actions(application).count("gops.application.view")
    as_user(worker).get(case_url(application))
    assert audit_actions(application).count("gops.application.view") == before + 1


def test_attachment_download_is_streamed_as_attachment_and_audited(as_user, worker):
    application = make_application()
    attachment = make_attachment(application, content=b"%PDF-1.4 tajne", name="zaświadczenie.pdf")
    url = reverse("workflows_admin:attachment", args=[application.public_id, attachment.public_id])

    response = as_user(worker).get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 tajne"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "gops.attachment.download" in audit_actions(application)


def test_attachment_of_another_case_is_404(as_user, worker):
    first = make_application()
    second = make_application()
    attachment = make_attachment(second)
    url = reverse("workflows_admin:attachment", args=[first.public_id, attachment.public_id])
    assert as_user(worker).get(url).status_code == 404


def test_attachment_refused_to_staff_who_may_not_see_the_case(as_user, specialist):
    application = make_application("zasilek-staly")
    attachment = make_attachment(application)
    url = reverse("workflows_admin:attachment", args=[application.public_id, attachment.public_id])
    assert as_user(specialist).get(url).status_code == 404
    assert "gops.attachment.download" not in audit_actions(application)


def test_attachment_download_needs_get(as_user, worker):
    application = make_application()
    attachment = make_attachment(application)
    url = reverse("workflows_admin:attachment", args=[application.public_id, attachment.public_id])
    assert as_user(worker).post(url).status_code == 405


def test_comment_appears_on_the_timeline(as_user, worker):
    application = make_application()
    client = as_user(worker)
    response = client.post(
        reverse("workflows_admin:comment", args=[application.public_id]),
        {"comment-text": "Zadzwonić do wnioskodawcy w sprawie orzeczenia."},
        follow=True,
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Zadzwonić do wnioskodawcy w sprawie orzeczenia." in page
    assert "Ewa Socjalna" in page


def test_empty_comment_is_a_400_with_a_polish_message(as_user, worker):
    application = make_application()
    response = as_user(worker).post(
        reverse("workflows_admin:comment", args=[application.public_id]), {"comment-text": ""}
    )
    assert response.status_code == 400
    assert "Popraw błędy" in response.content.decode()


def test_recording_a_delay(as_user, director):
    application = make_application()
    new_date = timezone.localdate() + datetime.timedelta(days=30)
    response = as_user(director).post(
        reverse("workflows_admin:delay", args=[application.public_id]),
        {"delay-new_date": new_date.isoformat(), "delay-reason": "Oczekiwanie na opinię lekarza."},
        follow=True,
    )
    assert response.status_code == 200
    delay = Delay.objects.get(application=application)
    assert delay.new_date == new_date
    assert "Oczekiwanie na opinię lekarza." in response.content.decode()


def test_delay_in_the_past_is_rejected(as_user, director):
    application = make_application()
    response = as_user(director).post(
        reverse("workflows_admin:delay", args=[application.public_id]),
        {"delay-new_date": "2020-01-01", "delay-reason": "x"},
    )
    assert response.status_code == 400
    assert "po dzisiejszej dacie" in response.content.decode()
    assert not Delay.objects.filter(application=application).exists()


def test_overdue_decision_deadline_is_highlighted(as_user, worker):
    from gops.workflows.models import ApplicationProcess

    application = make_application()
    ApplicationProcess.objects.filter(application=application).update(
        decision_due=timezone.localdate() - datetime.timedelta(days=2)
    )
    page = as_user(worker).get(case_url(application)).content.decode()
    assert "po terminie" in page


def test_timeline_shows_who_did_what_and_views_separately(as_user, worker, director):
    from gops.workflows import services

    from .helpers import open_task

    application = make_application()
    services.claim(open_task(application), worker)
    as_user(worker).get(case_url(application))
    page = as_user(director).get(case_url(application)).content.decode()
    history = page.split('id="gops-timeline-section"')[1].split("</section>")[0]
    assert "Przyjęto zadanie" in history and "Ewa Socjalna" in history
    views = history.split("Kto otwierał wniosek")[1]
    assert "Ewa Socjalna" in views and "Jan Kierownik" in views
    assert history.split("Kto otwierał wniosek")[0].count("Otwarto wniosek") == 0


def test_reassign_offers_only_members_of_the_tasks_group(as_user, director, worker, specialist):
    application = make_application("zasilek-staly")
    page = as_user(director).get(case_url(application)).content.decode()
    assert "Ewa Socjalna" in page  # a social worker may take a social-assistance task
    assert "Marta Świadczeń" not in page


def _act(application, node, user, **data):
    from gops.workflows import services

    task = next(t for t in services.open_tasks(application) if t.flow_task.name == node)
    services.claim(task, user)
    form = services.action_form_class(task)(data=data)
    assert form.is_valid(), form.errors
    services.perform(task, user, form.cleaned_data)


def test_director_sees_the_draft_they_are_asked_to_approve(as_user, worker, director):
    application = make_application()
    today = timezone.localdate().isoformat()
    _act(application, "formal_check", worker, result="complete", signature_method="w_osrodku")
    _act(application, "interview", worker, carried_out_on=today, findings="Warunki skromne.")
    _act(
        application,
        "decision_draft",
        worker,
        outcome="granted",
        amount="650.00",
        period_from=today,
        period_to=today,
        justification="Spełnione kryterium dochodowe – uzasadnienie testowe.",
    )
    page = as_user(director).get(case_url(application)).content.decode()
    assert "Akceptacja decyzji" in page
    panel = page.split('id="gops-decision-section"')[1].split("</section>")[0]
    assert "uzasadnienie testowe" in panel
    assert "650,00" in panel
    assert "przyznano" in panel


def test_closed_case_offers_no_delay_notice(as_user, worker):
    from gops.workflows import services

    application = make_application()
    page = as_user(worker).get(case_url(application)).content.decode()
    assert 'id="gops-delay-section"' in page
    services.withdraw(application, worker, "Pismo wnioskodawcy.")
    page = as_user(worker).get(case_url(application)).content.decode()
    assert 'id="gops-delay-section"' not in page
