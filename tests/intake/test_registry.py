import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from gops.forms import benefits
from gops.forms.registry import (
    BenefitDefinition,
    Check,
    FieldKind,
    IncomePeriod,
    Question,
    clean_answers,
    registry,
)

from .factories import submission_data

EXPECTED = {
    "zasilek-staly",
    "zasilek-okresowy",
    "zasilek-celowy",
    "posilek",
    "uslugi-opiekuncze",
    "swiadczenia-zdrowotne",
    "zasilek-rodzinny",
    "swiadczenie-pielegnacyjne",
    "specjalny-zasilek-opiekunczy",
    "becikowe",
    "fundusz-alimentacyjny",
    "dodatek-mieszkaniowy",
    "dodatek-energetyczny",
    "karta-duzej-rodziny",
}


def test_every_benefit_but_niebieska_karta_is_registered():
    codes = {d.code for d in registry}
    assert codes == EXPECTED
    assert not any("niebiesk" in d.code or "Niebiesk" in str(d.name) for d in registry)


def test_registry_is_data_of_one_type():
    assert {type(d) for d in registry} == {BenefitDefinition}
    assert len(registry.choices()) == len(EXPECTED)


def test_registering_a_code_twice_is_refused():
    with pytest.raises(ValueError):
        registry.register(registry.get("becikowe"))


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_definition_is_complete(code):
    d = registry.get(code)
    assert d.questions, "every benefit asks its own questions"
    names = [q.name for q in d.questions]
    assert len(names) == len(set(names))
    assert len({a.code for a in d.attachments}) == len(d.attachments)
    assert benefits.DECLARATION_TRUTH in d.declarations
    assert benefits.DECLARATION_RODO in d.declarations
    assert d.decision_deadline
    for q in d.questions:
        if q.kind in (FieldKind.CHOICE, FieldKind.MULTICHOICE):
            assert q.choices


def test_truth_declaration_cites_criminal_liability():
    text = str(benefits.DECLARATION_TRUTH)
    assert "233 § 6" in text and "75 § 2" in text


@pytest.mark.parametrize(
    "code,question",
    [
        ("zasilek-celowy", "need"),
        ("zasilek-celowy", "amount"),
        ("posilek", "form_of_help"),
        ("becikowe", "child_birth_date"),
        ("becikowe", "medical_care_from_10th_week"),
        ("fundusz-alimentacyjny", "court_order"),
        ("fundusz-alimentacyjny", "bailiff"),
        ("dodatek-mieszkaniowy", "floor_area"),
        ("dodatek-mieszkaniowy", "people_in_household"),
        ("dodatek-mieszkaniowy", "housing_costs"),
        ("dodatek-mieszkaniowy", "landlord_account"),
        ("karta-duzej-rodziny", "children"),
    ],
)
def test_benefit_specific_questions(code, question):
    assert question in {q.name for q in registry.get(code).questions}


def test_required_documents():
    fa = {a.code for a in registry.get("fundusz-alimentacyjny").attachments if a.required}
    assert {"orzeczenie-sadu", "zaswiadczenie-komornika"} <= fa
    becikowe = {a.code for a in registry.get("becikowe").attachments if a.required}
    assert "opieka-od-10-tygodnia" in becikowe


def test_income_periods_and_steps():
    assert registry.get("zasilek-staly").income_period == IncomePeriod.PREVIOUS_MONTH
    assert registry.get("zasilek-rodzinny").income_period == IncomePeriod.BASE_YEAR
    assert registry.get("dodatek-mieszkaniowy").income_period == IncomePeriod.THREE_MONTHS
    kdr = registry.get("karta-duzej-rodziny")
    assert kdr.income_period == IncomePeriod.NONE and not kdr.asks_incomes
    assert registry.get("zasilek-staly").needs_interview
    assert not registry.get("becikowe").needs_interview
    assert not registry.get("dodatek-mieszkaniowy").asks_payment  # paid to the landlord


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_factory_answers_are_valid(code):
    d = registry.get(code)
    cleaned = clean_answers(d, submission_data(d)["answers"])
    assert set(cleaned) == {q.name for q in d.questions}


def _definition(*questions):
    return BenefitDefinition(
        code="t",
        name="t",
        short_description="",
        legal_basis="",
        income_period=IncomePeriod.NONE,
        staff_group="",
        questions=questions,
    )


class TestCleanAnswers:
    def test_required_missing_and_unknown_keys_dropped(self):
        d = _definition(Question("a", "Pytanie A"), Question("b", "B", required=False))
        with pytest.raises(ValidationError) as exc:
            clean_answers(d, {"b": "x"})
        assert "Pytanie A" in exc.value.message_dict["a"][0]
        assert clean_answers(d, {"a": " tak ", "evil": "<x>"}) == {"a": "tak"}

    def test_choice_must_be_offered(self):
        d = _definition(Question("c", "C", FieldKind.CHOICE, choices=(("x", "X"),)))
        with pytest.raises(ValidationError):
            clean_answers(d, {"c": "y"})
        assert clean_answers(d, {"c": "x"}) == {"c": "x"}

    def test_money(self):
        d = _definition(Question("m", "M", FieldKind.MONEY))
        assert clean_answers(d, {"m": "1 250,5"}) == {"m": "1250.50"}
        for bad in ("-1", "abc", "1.234", "NaN", "1e12"):
            with pytest.raises(ValidationError):
                clean_answers(d, {"m": bad})

    def test_boolean_false_is_an_answer(self):
        d = _definition(Question("b", "B", FieldKind.BOOLEAN))
        assert clean_answers(d, {"b": False}) == {"b": False}
        assert clean_answers(d, {"b": "tak"}) == {"b": True}
        with pytest.raises(ValidationError):
            clean_answers(d, {})

    def test_pesel_and_nrb_checks(self):
        d = _definition(Question("p", "P", check=Check.PESEL), Question("n", "N", check=Check.NRB))
        with pytest.raises(ValidationError) as exc:
            clean_answers(d, {"p": "44051401358", "n": "61109010140000071219812875"})
        assert set(exc.value.message_dict) == {"p", "n"}

    def test_within_12_months(self):
        d = _definition(Question("d", "D", FieldKind.DATE, check=Check.WITHIN_12_MONTHS))
        today = timezone.localdate()
        assert clean_answers(d, {"d": today.isoformat()})
        with pytest.raises(ValidationError):
            clean_answers(d, {"d": (today - datetime.timedelta(days=400)).isoformat()})
        with pytest.raises(ValidationError):
            clean_answers(d, {"d": (today + datetime.timedelta(days=1)).isoformat()})
        with pytest.raises(ValidationError):
            clean_answers(d, {"d": "2026-02-31"})

    def test_text_rules_apply(self):
        d = _definition(Question("t", "T", max_length=5))
        with pytest.raises(ValidationError):
            clean_answers(d, {"t": "a\x00b"})
        with pytest.raises(ValidationError):
            clean_answers(d, {"t": "abcdef"})
