"""Fixtures for the resident journey: a form page per benefit and a walker through it."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone
from stdnum.pl import pesel as stdnum_pesel

from gops.forms.registry import FieldKind, registry

VALID_NRB = "61 1090 1014 0000 0712 1981 2874"
PDF_BYTES = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def make_pesel(birth: datetime.date, serial: str = "1234") -> str:
    month = birth.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[birth.year // 100]
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial}"
    return body + stdnum_pesel.calc_check_digit(body)


APPLICANT_BIRTH = datetime.date(1958, 3, 15)
APPLICANT_PESEL = make_pesel(APPLICANT_BIRTH)


def applicant_data(**overrides):
    data = {
        "first_name": "Anna",
        "last_name": "Kowalska",
        "pesel": APPLICANT_PESEL,
        "birth_date": APPLICANT_BIRTH.strftime("%d.%m.%Y"),
        "citizenship": "polskie",
        "street": "Główna",
        "house_number": "12",
        "flat_number": "",
        "postcode": "87-603",
        "city": "Wielgie",
        "gmina": "Wielgie",
        "phone": "600 123 456",
        "email": "anna@example.com",
        "action": "continue",
    }
    data.update(overrides)
    return data


def answer_for(question):
    """A minimal valid answer for one of the definition's questions, by its kind."""
    kind = question.kind
    recent = (timezone.localdate() - datetime.timedelta(days=30)).strftime("%d.%m.%Y")
    if question.check == "pesel":
        return make_pesel(datetime.date(2015, 5, 20), "0011")
    if question.check == "nrb":
        return VALID_NRB
    if kind in (FieldKind.CHOICE,):
        return question.choices[0][0]
    if kind == FieldKind.MULTICHOICE:
        return [question.choices[0][0]]
    if kind == FieldKind.BOOLEAN:
        return "on"
    if kind == FieldKind.DATE:
        return recent
    if kind in (FieldKind.MONEY, getattr(FieldKind, "DECIMAL", "money")):
        return "100,50"
    if kind == FieldKind.INTEGER:
        return "3"
    return "Opis sytuacji"


def pdf_upload(name="skan.pdf"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


@pytest.fixture(autouse=True)
def _private_storage(settings, tmp_path, monkeypatch):
    """Uploads go to a temporary directory, not the checkout's var/private."""
    from django.core.files.storage import storages

    from gops.forms.models import Attachment

    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    # The model field resolved its storage at import time.
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", storages["private"])


@pytest.fixture
def form_pages(db):
    """A live ApplicationFormPage for every registered benefit, under the site root."""
    from wagtail.models import Site

    from gops.forms.models import ApplicationFormPage

    root = Site.objects.get(is_default_site=True).root_page
    pages = {}
    for definition in registry:
        page = ApplicationFormPage(
            title=f"Wniosek: {definition.name}",
            slug=f"wniosek-{definition.code}",
            benefit_code=definition.code,
            confirmation_message="<p>Dziękujemy – odezwiemy się wkrótce.</p>",
        )
        root.add_child(instance=page)
        pages[definition.code] = page
    return pages


class Journey:
    """Walks a form page step by step through the test client, like a resident would."""

    def __init__(self, client, page):
        self.client = client
        self.page = page
        self.definition = registry.get(page.benefit_code)

    def url(self, suffix=""):
        return self.page.url + suffix

    def step(self, name):
        return self.url(f"krok/{name}/")

    def post_step(self, name, data, **kwargs):
        return self.client.post(self.step(name), data, **kwargs)

    def fill_all(self, applicant=None):
        from gops.forms.steps import steps_for

        steps = steps_for(self.definition)
        for name in steps:
            response = getattr(self, f"_fill_{name}")(applicant)
            assert response.status_code == 302, (name, response.status_code, _errors(response))
        return steps

    def _fill_applicant(self, applicant):
        return self.post_step("applicant", applicant or applicant_data())

    def _fill_household(self, _applicant):
        child_birth = datetime.date(2015, 5, 20)
        response = self.post_step(
            "household",
            {
                "member-first_name": "Jan",
                "member-last_name": "Kowalski",
                "member-pesel": make_pesel(child_birth, "0011"),
                "member-birth_date": "",
                "member-relationship": "child",
                "member-occupation": "pupil",
                "action": "add",
            },
        )
        assert response.status_code == 302, _errors(response)
        return self.post_step("household", {"action": "continue"})

    def _fill_incomes(self, _applicant):
        response = self.post_step(
            "incomes",
            {
                "income-member": "applicant",
                "income-source": "pension",
                "income-amount": "1 200,00",
                "action": "add",
            },
        )
        assert response.status_code == 302, _errors(response)
        return self.post_step("incomes", {"income-member": "applicant", "action": "continue"})

    def _fill_details(self, _applicant):
        data = {"action": "continue"}
        for question in self.definition.questions:
            if question.required:
                data[question.name] = answer_for(question)
        return self.post_step("details", data)

    def _fill_payment(self, _applicant):
        return self.post_step(
            "payment",
            {"payment_method": "account", "bank_account": VALID_NRB, "action": "continue"},
        )

    def _fill_attachments(self, _applicant):
        data = {"action": "continue"}
        for spec in self.definition.attachments:
            if spec.required:
                data[f"file_{spec.code}"] = pdf_upload(f"{spec.code}.pdf")
        # Always at least one PDF, so every benefit is tested with an attachment.
        data["file_extra"] = pdf_upload("dodatkowy.pdf")
        return self.post_step("attachments", data)

    def _fill_declarations(self, _applicant):
        from gops.forms.steps import declarations_for

        data = {f"decl_{i}": "on" for i, _t in enumerate(declarations_for(self.definition))}
        data["action"] = "continue"
        return self.post_step("declarations", data)

    def submission_key(self):
        response = self.client.get(self.url("sprawdz/"))
        assert response.status_code == 200, response.status_code
        match = re.search(r'name="submission_key" value="([0-9a-f-]{36})"', response.text)
        assert match, "the check page carries a submission key"
        return match.group(1)

    def submit(self, key=None, **extra):
        key = key or self.submission_key()
        return self.client.post(
            self.url("wyslij/"), {"submission_key": key, "website": "", **extra}
        )


def _errors(response):
    text = getattr(response, "text", "")
    match = re.search(r'<div class="error-summary".*?</div>', text, re.S)
    return match.group(0) if match else text[:500]


@pytest.fixture
def journey_for(client, form_pages):
    def make(code):
        return Journey(client, form_pages[code])

    return make
