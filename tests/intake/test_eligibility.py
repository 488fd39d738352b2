import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from gops.forms.eligibility import SITUATION_BENEFITS, SITUATIONS, assess
from gops.forms.models import Rate

pytestmark = pytest.mark.django_db
ON = datetime.date(2026, 3, 1)


def by_code(results):
    return {a.definition.code: a for a in results}


def test_single_person_exactly_at_the_criterion_qualifies():
    result = by_code(assess(1, "1010.00", ["illness_unemployment"], on=ON))["zasilek-okresowy"]
    assert result.likely and result.criterion == Decimal("1010")
    assert "nie przekracza" in result.reason
    over = by_code(assess(1, "1010.01", ["illness_unemployment"], on=ON))["zasilek-okresowy"]
    assert not over.likely and "przekracza" in over.reason


def test_family_uses_the_per_person_criterion():
    # 3 people × 823 zł = 2469 zł
    assert by_code(assess(3, 2469, ["specific_need"], on=ON))["zasilek-celowy"].likely
    assert not by_code(assess(3, "2469.01", ["specific_need"], on=ON))["zasilek-celowy"].likely


def test_criterion_in_force_on_the_date():
    old = by_code(assess(1, 900, ["age_disability"], on=datetime.date(2024, 6, 1)))
    assert old["zasilek-staly"].criterion == Decimal("776") and not old["zasilek-staly"].likely
    assert by_code(assess(1, 900, ["age_disability"], on=ON))["zasilek-staly"].likely


def test_staff_edit_changes_the_result():
    Rate.objects.create(
        code="ups-kryterium-osoba-samotna",
        name="x",
        amount=Decimal("1200"),
        effective_from=datetime.date(2026, 2, 1),
    )
    assert by_code(assess(1, 1100, ["illness_unemployment"], on=ON))["zasilek-okresowy"].likely


def test_posilek_uses_200_percent():
    assert by_code(assess(2, 3292, ["food"], on=ON))["posilek"].likely  # 2 × 1646
    assert not by_code(assess(2, 3293, ["food"], on=ON))["posilek"].likely


def test_family_benefit_with_disabled_child_uses_the_higher_criterion():
    plain = by_code(assess(4, 4 * 700, ["children"], on=ON))["zasilek-rodzinny"]
    assert not plain.likely and "złotówka za złotówkę" in plain.reason
    disabled = by_code(assess(4, 4 * 700, ["disabled_child"], on=ON))
    assert disabled["zasilek-rodzinny"].likely and disabled["zasilek-rodzinny"].criterion == 764
    assert disabled["swiadczenie-pielegnacyjne"].likely  # no income test


def test_benefits_without_income_test_are_listed_by_situation():
    results = by_code(assess(5, 99999, ["large_family", "housing_allowance", "needs_care"], on=ON))
    assert {"karta-duzej-rodziny", "dodatek-energetyczny", "uslugi-opiekuncze"} == set(results)
    assert all(a.likely and a.criterion is None for a in results.values())


def test_disaster_help_regardless_of_income():
    assert by_code(assess(1, 50000, ["disaster"], on=ON))["zasilek-celowy"].likely


def test_housing_allowance_threshold_is_a_share_of_average_pay():
    # 40 % of 8500 zł = 3400 zł for one person; 30 % = 2550 zł per person otherwise
    assert by_code(assess(1, 3400, ["housing_costs"], on=ON))["dodatek-mieszkaniowy"].likely
    assert not by_code(assess(1, "3400.01", ["housing_costs"], on=ON))[
        "dodatek-mieszkaniowy"
    ].likely
    two = by_code(assess(2, 5100, ["housing_costs"], on=ON))["dodatek-mieszkaniowy"]
    assert two.likely and two.criterion == Decimal("2550.00")


def test_likely_first_and_unknown_situations_ignored():
    results = assess(1, 1500, ["illness_unemployment", "large_family", "made-up"], on=ON)
    assert [a.likely for a in results] == sorted((a.likely for a in results), reverse=True)
    assert {a.definition.code for a in results} == {"zasilek-okresowy", "karta-duzej-rodziny"}


def test_no_rate_means_no_promise():
    Rate.objects.filter(code="fa-kryterium").delete()
    result = by_code(assess(2, 100, ["alimony"], on=ON))["fundusz-alimentacyjny"]
    assert not result.likely and "zapytaj" in result.reason


def test_every_situation_points_to_a_benefit():
    assert {code for code, _label in SITUATIONS} == set(SITUATION_BENEFITS)


@pytest.mark.parametrize("size,income", [(0, 100), (31, 100), ("x", 100), (1, -1), (1, "abc")])
def test_bad_input(size, income):
    with pytest.raises(ValidationError):
        assess(size, income, ["food"], on=ON)


def test_stores_nothing(django_assert_num_queries):
    with django_assert_num_queries(1):
        assess(3, 2000, [code for code, _l in SITUATIONS], on=ON)
