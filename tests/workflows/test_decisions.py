"""The decision PDF: content from the editable template, stored on the case."""

import io

import pytest
from pypdf import PdfReader

from gops.workflows.models import DecisionDraft, DecisionTemplate

from .factories import make_application
from .helpers import approve, draft, formal_ok, interview

pytestmark = pytest.mark.django_db


def _text(attachment) -> str:
    attachment.file.open("rb")
    try:
        reader = PdfReader(io.BytesIO(attachment.file.read()))
    finally:
        attachment.file.close()
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _approved(worker, director, **kwargs):
    application = make_application("zasilek-staly", first_name="Łucja", last_name="Żółkiewska")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, worker, **kwargs)
    approve(application, director)
    return application, DecisionDraft.objects.get(application=application, state="approved")


def test_decision_pdf_content(worker, director, settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "INSTITUTION_NAME": "GOPS w Wielgiem"}
    application, decision = _approved(worker, director, amount="1229.00")
    attachment = decision.document
    assert attachment.application == application
    assert attachment.kind == "decision" and attachment.content_type == "application/pdf"
    text = _text(attachment)
    assert application.case_number in text
    assert "Łucja Żółkiewska" in text
    assert "1 229,00 zł" in text
    assert application.benefit.legal_basis in text
    assert "Spełnione kryterium dochodowe." in text
    assert "Samorządowego Kolegium Odwoławczego" in text and "127a" in text
    assert "Anna Kierownik" in text
    assert decision.decision_number in text


def test_refusal_uses_the_edited_template(worker, director):
    DecisionTemplate.objects.filter(outcome="refused").update(
        institution_name="Ośrodek Testowy",
        ruling="Odmawiam {{ applicant_name }} – {{ benefit }}.",
        instruction="Odwołanie do SKO w 14 dni.",
    )
    _application, decision = _approved(worker, director, outcome="refused")
    text = _text(decision.document)
    assert "Odmawiam Łucja Żółkiewska – Zasiłek stały." in text
    assert "Ośrodek Testowy" in text
    assert "Odwołanie do SKO w 14 dni." in text


def test_default_wording_does_not_put_names_in_the_wrong_case(worker, director):
    # "orzekam o przyznaniu Łucja Żółkiewska" and "za pośrednictwem Gminny Ośrodek" were
    # ungrammatical: a name cannot be inflected by a template, so it goes in parentheses.
    DecisionTemplate.objects.all().delete()  # the built-in defaults
    _, decision = _approved(worker, director)
    text = _text(decision.document)
    assert "przyznaniu stronie (Łucja Żółkiewska) świadczenia" in text
    assert "za pośrednictwem organu, który ją wydał" in text
