"""Valid submissions for any benefit definition, built from the definition itself."""

import datetime
import uuid

from django.utils import timezone

from gops.forms.attachments import inspect_upload, store_pending
from gops.forms.registry import Check, FieldKind

from .conftest import pdf_bytes, upload

CHILD_PESEL = "02270803624"  # born 8 July 2002
APPLICANT_PESEL = "44051401359"  # born 14 May 1944
VALID_NRB = "61 1090 1014 0000 0712 1981 2874"


def answer_for(question):
    if question.check == Check.PESEL:
        return CHILD_PESEL
    if question.check == Check.NRB:
        return VALID_NRB
    kind = question.kind
    if kind == FieldKind.CHOICE:
        return question.choices[0][0]
    if kind == FieldKind.MULTICHOICE:
        return [question.choices[0][0]]
    if kind == FieldKind.BOOLEAN:
        return True
    if kind == FieldKind.DATE:
        return (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    if kind in (FieldKind.MONEY, FieldKind.DECIMAL):
        return "450.50"
    if kind == FieldKind.INTEGER:
        return 3
    return "Odpowiedź testowa"


def submission_data(definition, **overrides):
    data = {
        "applicant": {
            "first_name": "Zofia",
            "last_name": "Wiśniewska",
            "pesel": APPLICANT_PESEL,
            "birth_date": "1944-05-14",
            "citizenship": "polskie",
            "street": "Lipowa",
            "house_number": "7",
            "flat_number": "2",
            "postcode": "87-603",
            "city": "Wielgie",
            "gmina": "Wielgie",
            "phone": "600 123 456",
            "email": "zofia@example.pl",
        },
        "household": [
            {
                "first_name": "Jan",
                "last_name": "Wiśniewski",
                "pesel": CHILD_PESEL,
                "birth_date": "2002-07-08",
                "relationship": "child",
                "occupation": "student",
                "disability": False,
            }
        ]
        if definition.asks_household
        else [],
        "incomes": [
            {"member": None, "source": "pension", "amount": "1500.00", "period": "10/2026"},
            {"member": 0, "source": "civil_contract", "amount": "300.50"},
        ]
        if definition.asks_incomes
        else [],
        "answers": {q.name: answer_for(q) for q in definition.questions},
        "payment": {"payment_method": "account", "bank_account": VALID_NRB}
        if definition.asks_payment
        else {},
        "declarations": [str(d) for d in definition.declarations],
    }
    data.update(overrides)
    return data


def pending_for(definition, only_required=True):
    files = []
    for spec in definition.attachments:
        if only_required and not spec.required:
            continue
        file = upload(f"{spec.code}.pdf", pdf_bytes())
        files.append({**store_pending(file, inspect_upload(file)), "spec_code": spec.code})
    return files


def new_key():
    return str(uuid.uuid4())
