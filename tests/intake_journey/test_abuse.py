"""Bad input and abuse at the HTTP layer: always a 4xx with a Polish message, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client

from gops.forms.models import Application

from .conftest import applicant_data

pytestmark = pytest.mark.django_db


def test_honeypot_refuses_and_stores_nothing(journey_for):
    journey = journey_for("becikowe")
    journey.fill_all()
    response = journey.submit(website="http://spam.example")
    assert response.status_code == 400
    assert "automatycznych" in response.content.decode()
    assert not Application.objects.exists()


def test_submission_rate_limited_per_ip(journey_for, form_pages, settings):
    from .conftest import Journey

    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "SUBMIT_RATE_LIMIT": "1/h"}
    first = journey_for("becikowe")
    first.fill_all()
    assert first.submit().status_code == 302
    second = Journey(Client(), form_pages["becikowe"])
    second.fill_all()
    response = second.submit()
    assert response.status_code == 429
    assert "Zbyt wiele prób" in response.content.decode()
    assert Application.objects.count() == 1


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("first_name", "A" * 5000, "za długi"),
        ("last_name", "Kowal\x00ska", "znaki sterujące"),
        ("city", "Wielgie\u202e", "znaki sterujące"),
        ("street", "<script>alert(1)</script>", "HTML"),
        ("postcode", "87603000", "00-000"),
        ("phone", "12", "9 cyfr"),
        ("birth_date", "31.02.1958", "dzień.miesiąc.rok"),
    ],
)
def test_hostile_applicant_input_gets_a_clear_400(journey_for, field, value, message):
    journey = journey_for("zasilek-okresowy")
    response = journey.post_step("applicant", applicant_data(**{field: value}))
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text


def test_broken_utf8_is_refused(journey_for):
    journey = journey_for("zasilek-okresowy")
    body = (
        "&".join(
            f"{k}={v}" for k, v in applicant_data(first_name="X").items() if k != "first_name"
        ).encode()
        + b"&first_name=Ann%FF%FEa"
    )
    response = journey.client.post(
        journey.step("applicant"), body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert "kodowanie" in response.text


def test_oversized_request_is_a_400(journey_for, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    journey = journey_for("zasilek-okresowy")
    response = journey.post_step("applicant", applicant_data(city="x" * 20_000))
    assert response.status_code == 400


def test_missing_csrf_token_gets_the_polish_403(form_pages):
    client = Client(enforce_csrf_checks=True)
    page = form_pages["zasilek-okresowy"]
    response = client.post(page.url + "krok/applicant/", applicant_data())
    assert response.status_code == 403
    text = response.content.decode()
    assert "Formularz wygasł" in text
    assert "CSRF verification failed" not in text


def test_tampered_fields_and_urls(journey_for):
    journey = journey_for("zasilek-okresowy")
    assert journey.client.get(journey.step("nie-ma-takiego")).status_code == 404
    assert journey.client.get(journey.step("payment-x")).status_code == 404
    journey.post_step("applicant", applicant_data())
    assert journey.post_step("household", {"action": "remove-member-abc"}).status_code == 400
    assert journey.post_step("household", {"action": "x" * 100}).status_code == 400
    journey.post_step("household", {"action": "continue"})
    forged = journey.post_step(
        "incomes",
        {"income-member": "99", "income-source": "pension", "income-amount": "10", "action": "add"},
    )
    assert forged.status_code == 400
    assert "Wybierz poprawną" in forged.text or "Wybierz" in forged.text
    wrong_source = journey.post_step(
        "incomes",
        {
            "income-member": "applicant",
            "income-source": "lottery",
            "income-amount": "10",
            "action": "add",
        },
    )
    assert wrong_source.status_code == 400
    bad_key = journey.client.post(journey.url("wyslij/"), {"submission_key": "not-a-uuid"})
    assert bad_key.status_code == 400
    assert not Application.objects.exists()


def test_submit_before_finishing_goes_back_to_the_missing_step(journey_for):
    journey = journey_for("zasilek-okresowy")
    journey.post_step("applicant", applicant_data())
    check = journey.client.get(journey.url("sprawdz/"))
    assert check.status_code == 302 and check["Location"].endswith("/krok/household/")
    assert not Application.objects.exists()


def test_status_page_rejects_hostile_input(client):
    response = client.post(
        "/wnioski/status/", {"case_number": "<script>" + "x" * 5000, "access_code": "\x00"}
    )
    assert response.status_code == 400
    assert "<script>" not in response.content.decode()


def test_pdf_url_with_a_bad_uuid_is_404(client):
    assert client.get("/wnioski/pdf/not-a-uuid/").status_code == 404


def test_broken_encoding_in_the_url_is_a_404(journey_for):
    journey = journey_for("zasilek-okresowy")
    assert journey.client.get(journey.url("krok/%FF%FE/")).status_code == 404
    assert journey.client.get("/wnioski/wznow/%FF%FE/").status_code in (404, 410)
