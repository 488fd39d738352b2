"""Drafts (save, e-mailed link, resume, expiry) and the public status page."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from gops.forms.models import Application, Attachment, Draft
from gops.forms.status import PUBLIC_LABELS, Status
from gops.forms.status_changes import set_status

from .conftest import applicant_data, pdf_upload

pytestmark = pytest.mark.django_db

STATUS_URL = "/wnioski/status/"


def _resume_link(message):
    match = re.search(r"http://testserver(/wnioski/wznow/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_save_draft_and_resume_in_another_browser(journey_for):
    journey = journey_for("zasilek-okresowy")
    journey.post_step("applicant", applicant_data(first_name="Halina"))
    response = journey.post_step("household", {"action": "save"})
    assert response.status_code == 302 and response["Location"].endswith("/zapisz/")
    saved = journey.client.post(journey.url("zapisz/"), {"email": "halina@example.com"})
    assert saved.status_code == 200
    draft = Draft.objects.get()
    expiry = timezone.localtime(draft.expires_at)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["halina@example.com"]
    assert str(expiry.year) in message.body and "ważny do" in message.body
    assert "ważny do" in saved.text

    other = Client()
    resumed = other.get(_resume_link(message))
    assert resumed.status_code == 302
    start = other.get(resumed["Location"])
    assert "Kontynuuj wypełnianie" in start.text
    applicant = other.get(journey.step("applicant"))
    assert 'value="Halina"' in applicant.text


def test_save_for_later_keeps_a_half_filled_first_step(journey_for):
    # The resident has not found the PESEL yet: saving must not be blocked by its error.
    journey = journey_for("zasilek-okresowy")
    response = journey.post_step(
        "applicant", {"first_name": "Halina", "last_name": "Nowak", "action": "save"}
    )
    assert response.status_code == 302 and response["Location"].endswith("/zapisz/")
    journey.client.post(journey.url("zapisz/"), {"email": "halina@example.com"})
    other = Client()
    other.get(_resume_link(mail.outbox[0]))
    applicant = other.get(journey.step("applicant"))
    assert 'value="Halina"' in applicant.text and 'value="Nowak"' in applicant.text
    # The step is still unfinished: the next one is not reachable yet.
    assert other.get(journey.step("household"))["Location"].endswith("/krok/applicant/")


def test_expired_draft_link_says_so(journey_for):
    journey = journey_for("zasilek-okresowy")
    journey.post_step("applicant", applicant_data())
    journey.client.post(journey.url("zapisz/"), {"email": "a@example.com"})
    link = _resume_link(mail.outbox[0])
    Draft.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = Client().get(link)
    assert response.status_code == 410
    assert "wygasł" in response.content.decode()
    unknown = Client().get("/wnioski/wznow/nie-ma-takiego/")
    assert unknown.status_code == 410


def test_draft_needs_a_valid_email(journey_for):
    journey = journey_for("zasilek-okresowy")
    journey.post_step("applicant", applicant_data())
    response = journey.client.post(journey.url("zapisz/"), {"email": "to nie e-mail"})
    assert response.status_code == 400
    assert 'href="#id_email"' in response.text
    assert not Draft.objects.exists()


def _submitted(journey_for, code="zasilek-okresowy"):
    journey = journey_for(code)
    journey.fill_all()
    journey.submit()
    page = journey.client.get(journey.url("potwierdzenie/")).text
    access_code = re.search(r'class="access-code">([A-Z0-9-]+)<', page).group(1)
    return Application.objects.get(), access_code


def test_status_lookup_shows_the_public_label_only(journey_for):
    application, code = _submitted(journey_for)
    set_status(application, Status.INTERVIEW, public_note="Pracownik zadzwoni do Pani.")
    client = Client()
    response = client.post(
        STATUS_URL, {"case_number": application.case_number, "access_code": code.lower()}
    )
    assert response.status_code == 302
    page = client.get(STATUS_URL)
    assert page.status_code == 200
    assert str(PUBLIC_LABELS[Status.INTERVIEW]) in page.text
    assert str(Status.INTERVIEW.label) not in page.text  # never the staff wording
    assert "Pracownik zadzwoni do Pani." in page.text
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    # Personal data is not shown on the status page.
    assert application.pesel not in page.text and application.last_name not in page.text


def test_internal_steps_with_one_public_label_show_once(journey_for):
    application, code = _submitted(journey_for)
    for status in (Status.INTERVIEW, Status.DECISION_DRAFT, Status.APPROVAL):
        set_status(application, status)
    assert PUBLIC_LABELS[Status.INTERVIEW] == PUBLIC_LABELS[Status.APPROVAL]
    client = Client()
    client.post(STATUS_URL, {"case_number": application.case_number, "access_code": code})
    page = client.get(STATUS_URL).text
    history = page.split("Historia wniosku")[1]
    assert history.count(str(PUBLIC_LABELS[Status.INTERVIEW])) == 1


def test_wrong_code_and_unknown_number_look_the_same(journey_for):
    application, code = _submitted(journey_for)
    client = Client()
    wrong_code = client.post(
        STATUS_URL, {"case_number": application.case_number, "access_code": "AAAA-BBBB-CCCC"}
    )
    unknown = client.post(STATUS_URL, {"case_number": "GOPS.8311.999.2026", "access_code": code})
    assert wrong_code.status_code == unknown.status_code == 400

    def message(response):
        return re.search(r'<ul class="error-summary__list">(.*?)</ul>', response.text, re.S).group(
            1
        )

    assert message(wrong_code) == message(unknown)
    assert str(PUBLIC_LABELS[Status.SUBMITTED]) not in wrong_code.text
    assert application.case_number not in message(wrong_code)


def test_status_lookups_are_rate_limited(journey_for, settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "STATUS_RATE_LIMIT": "3/h"}
    client = Client()
    for _ in range(3):
        response = client.post(STATUS_URL, {"case_number": "X", "access_code": "Y"})
        assert response.status_code == 400
    blocked = client.post(STATUS_URL, {"case_number": "X", "access_code": "Y"})
    assert blocked.status_code == 429
    assert "Zbyt wiele prób" in blocked.content.decode()


def test_supplement_upload_after_lookup(journey_for):
    application, code = _submitted(journey_for)
    due = timezone.localdate() + datetime.timedelta(days=7)
    set_status(
        application,
        Status.SUPPLEMENT_REQUESTED,
        resident_action="Prześlij zaświadczenie z urzędu pracy.",
        resident_action_due=due,
    )
    client = Client()
    client.post(STATUS_URL, {"case_number": application.case_number, "access_code": code})
    page = client.get(STATUS_URL)
    assert "Prześlij zaświadczenie z urzędu pracy." in page.text
    assert 'enctype="multipart/form-data"' in page.text
    response = client.post(
        STATUS_URL, {"action": "upload", "files": [pdf_upload("zaswiadczenie.pdf")]}
    )
    assert response.status_code == 200
    assert application.attachments.filter(kind=Attachment.Kind.SUPPLEMENT).count() == 1
    # Without a lookup in this session, nobody can upload.
    stranger = Client().post(STATUS_URL, {"action": "upload", "files": [pdf_upload()]})
    assert stranger.status_code == 400
    assert application.attachments.filter(kind=Attachment.Kind.SUPPLEMENT).count() == 1


def test_supplement_refuses_a_spoofed_file(journey_for):
    application, code = _submitted(journey_for)
    set_status(application, Status.SUPPLEMENT_REQUESTED, resident_action="Doślij dokument.")
    client = Client()
    client.post(STATUS_URL, {"case_number": application.case_number, "access_code": code})
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("skan.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(STATUS_URL, {"action": "upload", "files": [fake]})
    assert response.status_code == 400
    assert "nie jest dokumentem PDF" in response.text
    assert not application.attachments.filter(kind=Attachment.Kind.SUPPLEMENT).exists()
