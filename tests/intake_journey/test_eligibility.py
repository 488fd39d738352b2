"""The anonymous eligibility check: a GET form, boundaries from the Rate records."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gops.forms.models import Application, Draft, Rate

pytestmark = pytest.mark.django_db

URL = "/sprawdz-uprawnienia/"


def _criterion(code):
    return Rate.objects.in_force([code])[code].amount


def _likely_section(text):
    start = text.find("Prawdopodobnie możesz otrzymać")
    end = text.find("<details", start)
    return text[start:end] if start != -1 else ""


def test_income_exactly_at_the_criterion_qualifies(client, form_pages):
    criterion = _criterion("ups-kryterium-osoba-samotna")
    response = client.get(
        URL,
        {"household_size": "1", "monthly_income": str(criterion), "situations": "age_disability"},
    )
    assert response.status_code == 200
    likely = _likely_section(response.text)
    assert "Zasiłek stały" in likely
    assert form_pages["zasilek-staly"].url in likely
    assert "nie decyzja" in response.text  # the disclaimer


def test_one_grosz_above_the_criterion_does_not(client, form_pages):
    criterion = _criterion("ups-kryterium-osoba-samotna") + Decimal("0.01")
    response = client.get(
        URL,
        {
            "household_size": "1",
            "monthly_income": f"{criterion}".replace(".", ","),
            "situations": "age_disability",
        },
    )
    assert response.status_code == 200
    assert "Zasiłek stały" not in _likely_section(response.text)
    assert "Zasiłek stały" in response.text  # listed among the unlikely ones, with why


def test_family_criterion_per_person(client, form_pages):
    per_person = _criterion("ups-kryterium-osoba-w-rodzinie")
    at = client.get(
        URL,
        {
            "household_size": "3",
            "monthly_income": str(per_person * 3),
            "situations": "specific_need",
        },
    )
    assert "Zasiłek celowy" in _likely_section(at.text)


def test_form_errors_and_nothing_stored(client):
    response = client.get(URL, {"household_size": "0", "monthly_income": "abc"})
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert 'href="#id_household_size"' in response.text
    assert not Application.objects.exists() and not Draft.objects.exists()
    assert "sessionid" not in response.cookies


def test_blank_form_is_a_plain_get(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'method="get"' in response.text
    assert 'role="alert"' not in response.text
