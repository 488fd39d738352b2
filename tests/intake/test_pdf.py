import io

import pytest
from pypdf import PdfReader

from gops.forms.pdf import application_pdf
from gops.forms.registry import registry
from gops.forms.submission import submit_application

from .factories import new_key, pending_for, submission_data

pytestmark = pytest.mark.django_db


def make(code, private_dir):
    d = registry.get(code)
    return submit_application(d.code, submission_data(d), pending_for(d), new_key()).application


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    # Lines wrap anywhere: compare with single spaces.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize("code", sorted(d.code for d in registry))
def test_pdf_parses_and_holds_the_application(code, private_dir):
    app = make(code, private_dir)
    data = application_pdf(app)
    assert data.startswith(b"%PDF-")
    text = text_of(data)
    assert app.case_number in text
    assert "Wiśniewska" in text  # Polish letters survive (embedded Unicode font)
    assert "Data wpływu" in text
    assert "Profil" in text or "profilem zaufanym" in text
    assert "233 § 6" in text


def test_pdf_sections_and_institution_name(private_dir, settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "INSTITUTION_NAME": "GOPS w Wielgiem"}
    app = make("fundusz-alimentacyjny", private_dir)
    text = text_of(application_pdf(app))
    for expected in (
        "GOPS w Wielgiem",
        "Dane wnioskodawcy",
        "Gospodarstwo domowe",
        "Dochody",
        "Jan Wiśniewski",
        "Odpis orzeczenia sądu",
        "Oświadczenia",
        "61 1090 1014 0000 0712 1981 2874",
        "podpis",
    ):
        assert expected in text, expected
    assert "Inny Ośrodek" in text_of(application_pdf(app, "Inny Ośrodek"))


def test_uncompressed_output_for_inspection(private_dir):
    app = make("karta-duzej-rodziny", private_dir)
    data = application_pdf(app, compress=False)
    assert b"/FlateDecode" not in data.split(b"/FontFile2")[0]
    assert app.case_number in text_of(data)
