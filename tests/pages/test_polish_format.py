from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from gops.forms.templatetags.polish_format import format_money, format_number

NB = "\u00a0"


@pytest.mark.parametrize(
    "value,expected",
    [
        (1010, f"1{NB}010,00{NB}zł"),
        (Decimal("1010.00"), f"1{NB}010,00{NB}zł"),
        ("3386", f"3{NB}386,00{NB}zł"),
        (95, f"95,00{NB}zł"),
        (Decimal("1234567.455"), f"1{NB}234{NB}567,46{NB}zł"),
        (0, f"0,00{NB}zł"),
        (-20, f"-20,00{NB}zł"),
        (None, ""),
        ("nie liczba", ""),
    ],
)
def test_money(value, expected):
    assert format_money(value) == expected


def test_number_with_chosen_decimals():
    assert format_number(Decimal("2.5"), 1) == "2,5"
    assert format_number(40, 0) == "40"


def test_zl_filter_in_a_template():
    rendered = Template("{% load polish_format %}{{ amount|zl }}").render(
        Context({"amount": Decimal("1010")})
    )
    assert rendered == f"1{NB}010,00{NB}zł"


def test_polish_dates_through_django_date_filter():
    import datetime

    with translation.override("pl"):
        rendered = Template('{{ d|date:"j E Y" }}').render(
            Context({"d": datetime.date(2025, 1, 1)})
        )
    assert rendered == "1 stycznia 2025"


def test_rate_units():
    from gops.forms.models import Rate
    from gops.forms.templatetags.polish_format import rate_value

    assert rate_value(Rate(amount=Decimal("40.00"), unit="percent")) == f"40{NB}%"
    assert rate_value(Rate(amount=Decimal("823"), unit="pln_person")) == f"823,00{NB}zł na osobę"
