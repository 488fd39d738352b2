"""The resident's journey end to end, through the test client, for every benefit type."""

from __future__ import annotations

import pytest
from django.core import mail

from gops.forms.models import Application, Attachment
from gops.forms.registry import registry
from gops.forms.steps import steps_for

from .conftest import APPLICANT_PESEL, applicant_data

pytestmark = pytest.mark.django_db

CODES = [definition.code for definition in registry]


@pytest.mark.parametrize("code", CODES)
def test_every_benefit_submitted_end_to_end(
    journey_for, client, code, django_capture_on_commit_callbacks
):
    journey = journey_for(code)
    journey.fill_all()
    with django_capture_on_commit_callbacks(execute=True):
        response = journey.submit()
    assert response.status_code == 302
    assert response["Location"].endswith("/potwierdzenie/")

    application = Application.objects.get(benefit_code=code)
    assert application.pesel == APPLICANT_PESEL
    assert application.attachments.filter(kind=Attachment.Kind.APPLICATION).exists()
    definition = registry.get(code)
    if "household" in steps_for(definition):
        assert application.household_members.count() == 1
    if "incomes" in steps_for(definition):
        assert application.incomes.get().amount == 1200
    if definition.asks_payment:
        assert application.payment_method == "account"

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert application.case_number in confirmation.text
    assert "no-store" in confirmation["Cache-Control"]
    assert "Dziękujemy – odezwiemy się wkrótce." in confirmation.text
    assert mail.outbox and application.case_number in mail.outbox[0].subject


def test_steps_skipped_when_the_benefit_does_not_ask(journey_for):
    code = next(d.code for d in registry if not d.asks_payment)
    journey = journey_for(code)
    journey.fill_all()
    response = journey.client.get(journey.step("payment"))
    assert response.status_code == 404


def test_progress_indicator_and_labels(journey_for):
    journey = journey_for("zasilek-okresowy")
    response = journey.client.get(journey.step("applicant"))
    total = len(steps_for(journey.definition)) + 1
    assert f"Krok 1 z {total}" in response.text
    assert 'autocomplete="given-name"' in response.text
    assert 'inputmode="numeric"' in response.text
    assert 'autocomplete="postal-code"' in response.text
    assert "no-store" in response["Cache-Control"]


def test_income_step_names_the_income_period(journey_for):
    journey = journey_for("zasilek-staly")
    journey.post_step("applicant", applicant_data())
    journey.post_step("household", {"action": "continue"})
    response = journey.client.get(journey.step("incomes"))
    assert "dochód z miesiąca poprzedzającego złożenie wniosku" in response.text


def test_pdf_only_for_the_submitting_session(journey_for, client, tmp_path):
    from django.test import Client

    journey = journey_for("zasilek-celowy")
    journey.fill_all()
    journey.submit()
    application = Application.objects.get()
    # Attachments live in private storage (here the test's temporary directory).
    assert application.attachments.get().file.path.startswith(str(tmp_path))
    url = f"/wnioski/pdf/{application.public_id}/"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert Client().get(url).status_code == 404


def test_process_started_with_the_application(journey_for):
    try:
        from gops.workflows.models import ApplicationProcess  # noqa: F401
    except ImportError:
        pytest.skip("gops.workflows.models.ApplicationProcess does not exist yet")
    journey = journey_for("zasilek-okresowy")
    journey.fill_all()
    journey.submit()
    application = Application.objects.get()
    assert hasattr(application, "process"), "the workflow process starts with the application"


def test_double_submit_makes_one_application(journey_for, client):
    journey = journey_for("becikowe")
    journey.fill_all()
    key = journey.submission_key()
    first = journey.submit(key)
    second = journey.submit(key)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert Application.objects.count() == 1
    page = client.get(second["Location"])
    assert Application.objects.get().case_number in page.text


def test_back_and_resubmit_shows_the_same_confirmation(journey_for, client):
    journey = journey_for("karta-duzej-rodziny")
    journey.fill_all()
    key = journey.submission_key()
    journey.submit(key)
    code_page = client.get(journey.url("potwierdzenie/")).text
    # The browser's back button shows the check page again; the resident presses "Wyślij".
    again = journey.submit(key)
    assert again["Location"].endswith("/potwierdzenie/")
    assert Application.objects.count() == 1
    assert client.get(again["Location"]).text == code_page


def test_forged_submission_key_is_refused(journey_for):
    journey = journey_for("becikowe")
    journey.fill_all()
    response = journey.submit("00000000-0000-4000-8000-000000000000")
    assert response.status_code == 400
    assert "wygasł" in response.content.decode()
    assert not Application.objects.exists()


def test_invalid_pesel_shows_the_error_summary(journey_for):
    journey = journey_for("zasilek-okresowy")
    response = journey.post_step("applicant", applicant_data(pesel="58031512340"))
    assert response.status_code == 400
    text = response.text
    assert 'role="alert"' in text
    assert 'href="#id_pesel"' in text
    assert 'aria-describedby="id_pesel-hint id_pesel-error"' in text
    assert "cyfrę kontrolną" in text
    # The summary comes before the fields in the form.
    assert text.index("error-summary") < text.index('name="first_name"')


def test_birth_date_must_match_pesel(journey_for):
    journey = journey_for("zasilek-okresowy")
    response = journey.post_step("applicant", applicant_data(birth_date="16.03.1958"))
    assert response.status_code == 400
    assert "nie zgadza się z numerem PESEL" in response.text


def test_foreigner_without_pesel_gives_a_document(journey_for):
    journey = journey_for("zasilek-okresowy")
    response = journey.post_step(
        "applicant",
        applicant_data(pesel="", document_type="paszport", document_number="ab1234567"),
    )
    assert response.status_code == 302
    missing = journey.post_step("applicant", applicant_data(pesel=""))
    assert missing.status_code == 400
    assert "PESEL" in missing.text


def test_steps_cannot_be_skipped_by_url(journey_for):
    journey = journey_for("zasilek-okresowy")
    response = journey.client.get(journey.step("declarations"))
    assert response.status_code == 302
    assert response["Location"].endswith("/krok/applicant/")


def test_household_add_and_remove_keeps_incomes_consistent(journey_for):
    journey = journey_for("zasilek-okresowy")
    journey.post_step("applicant", applicant_data())
    for first in ("Jan", "Ewa"):
        journey.post_step(
            "household",
            {
                "member-first_name": first,
                "member-last_name": "Nowak",
                "member-birth_date": "01.02.2010",
                "member-relationship": "child",
                "member-occupation": "pupil",
                "action": "add",
            },
        )
    journey.post_step("household", {"action": "continue"})
    journey.post_step(
        "incomes",
        {"income-member": "1", "income-source": "alimony", "income-amount": "500", "action": "add"},
    )
    response = journey.post_step("household", {"action": "remove-member-0"})
    assert response.status_code == 302
    page = journey.client.get(journey.step("household")).text
    assert "Ewa Nowak" in page and "Jan Nowak" not in page
    incomes = journey.client.get(journey.step("incomes")).text
    assert "Ewa Nowak – alimenty" in incomes
    bad = journey.post_step("household", {"action": "remove-member-7"})
    assert bad.status_code == 400


def test_change_link_returns_to_check_page(journey_for):
    journey = journey_for("karta-duzej-rodziny")
    journey.fill_all()
    check = journey.client.get(journey.url("sprawdz/"))
    assert "krok/applicant/?zmiana=1" in check.text
    response = journey.post_step("applicant", {**applicant_data(first_name="Maria"), "change": "1"})
    assert response["Location"].endswith("/sprawdz/")
    assert "Maria" in journey.client.get(journey.url("sprawdz/")).text


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("applicant", {"pesel": "12345678901"}),  # a PESEL whose check digit is wrong
        ("payment", {"payment_method": "account", "bank_account": "12 3456"}),
        ("declarations", []),  # declarations dropped from the session
    ],
)
def test_final_submit_checks_the_session_again(journey_for, client, part, change):
    """The step views checked every answer, but the final POST re-checks the stored state:
    a session changed behind the steps' back stores nothing and says what is wrong."""
    journey = journey_for("zasilek-okresowy")
    journey.fill_all()
    key = journey.submission_key()
    session = client.session
    name = f"intake.wizard.{journey.page.pk}"
    state = session[name]
    state[part] = {**state[part], **change} if isinstance(change, dict) else change
    session[name] = state
    session.save()
    response = journey.submit(key)
    assert response.status_code == 400
    assert "Nie udało się złożyć wniosku" in response.content.decode()
    assert not Application.objects.exists()
