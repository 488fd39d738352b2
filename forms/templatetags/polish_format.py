"""Polish number and money formatting for templates: ``{{ amount|zl }}`` → "1 010,00 zł".

Thousands are grouped with a no-break space (U+00A0) and the currency is joined with one,
so an amount never wraps across lines; the same character is used everywhere.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.utils.translation import gettext

register = template.Library()

NBSP = "\u00a0"


def _to_decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    if hasattr(value, "amount"):  # a Rate or similar record
        value = value.amount
    try:
        return Decimal(str(value).replace(" ", "").replace(NBSP, "").replace(",", "."))
    except (InvalidOperation, ValueError):
        return None


def format_number(value, decimals: int = 2) -> str:
    """Polish grouping and decimal comma: 1234567.5 → "1 234 567,50"."""
    number = _to_decimal(value)
    if number is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    number = number.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    integer, _, fraction = f"{abs(number):f}".partition(".")
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    text = NBSP.join(groups)
    if decimals:
        text = f"{text},{fraction}"
    return f"{sign}{text}"


def format_money(value) -> str:
    text = format_number(value, 2)
    return f"{text}{NBSP}zł" if text else ""


@register.filter
def zl(value):
    """Money in złoty: ``1010`` → "1 010,00 zł"."""
    return format_money(value)


@register.filter
def liczba(value, decimals=2):
    """A number in Polish notation: ``{{ 2.5|liczba:1 }}`` → "2,5"."""
    try:
        decimals = int(decimals)
    except (TypeError, ValueError):
        decimals = 2
    return format_number(value, decimals)


@register.filter
def rate_value(rate):
    """A Rate record in its unit: money in zł, percentages with %, areas in m²."""
    unit = getattr(rate, "unit", "pln")
    if unit == "percent":
        return f"{format_number(rate.amount, 0 if rate.amount == int(rate.amount) else 2)}{NBSP}%"
    if unit == "m2":
        return f"{format_number(rate.amount, 0)}{NBSP}m²"
    if unit == "pln_person":
        return gettext("%(amount)s na osobę") % {"amount": format_money(rate.amount)}
    return format_money(rate.amount)
