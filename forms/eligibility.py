"""The anonymous "Sprawdź, czy przysługuje Ci pomoc" check. Stores nothing.

Reads the same Rate records as the service pages. Income is compared as a total:
income ≤ criterion × household size (no rounding of a per-person figure), so income
exactly at the criterion qualifies.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Rate
from .registry import BenefitDefinition, registry

# The situations the questionnaire offers (code, label), and the benefits each points to.
SITUATIONS = (
    (
        "age_disability",
        gettext_lazy(
            "Mam 60 lat (kobieta) lub 65 lat (mężczyzna) albo orzeczenie o niepełnosprawności lub niezdolności do pracy"
        ),
    ),
    (
        "illness_unemployment",
        gettext_lazy("Choruję długotrwale lub jestem bezrobotny / bezrobotna"),
    ),
    (
        "specific_need",
        gettext_lazy("Potrzebuję pomocy na konkretny wydatek (żywność, leki, opał, pogrzeb)"),
    ),
    (
        "disaster",
        gettext_lazy(
            "Straciłem / straciłam dobytek w klęsce żywiołowej, pożarze lub innym zdarzeniu"
        ),
    ),
    (
        "food",
        gettext_lazy("Brakuje mi pieniędzy na jedzenie lub dziecko potrzebuje posiłku w szkole"),
    ),
    ("needs_care", gettext_lazy("Potrzebuję pomocy w domu z powodu wieku lub choroby")),
    ("uninsured", gettext_lazy("Nie mam ubezpieczenia zdrowotnego")),
    ("children", gettext_lazy("Wychowuję dzieci")),
    ("disabled_child", gettext_lazy("Opiekuję się dzieckiem z orzeczeniem o niepełnosprawności")),
    (
        "adult_carer",
        gettext_lazy(
            "Zrezygnowałem / zrezygnowałam z pracy, by opiekować się dorosłą osobą z niepełnosprawnością"
        ),
    ),
    ("newborn", gettext_lazy("W ciągu ostatnich 12 miesięcy urodziło mi się dziecko")),
    ("alimony", gettext_lazy("Nie dostaję alimentów zasądzonych przez sąd")),
    ("housing_costs", gettext_lazy("Mam trudności z opłaceniem mieszkania")),
    ("housing_allowance", gettext_lazy("Otrzymuję dodatek mieszkaniowy")),
    ("large_family", gettext_lazy("Mam troje lub więcej dzieci")),
)
SITUATION_BENEFITS = {
    "age_disability": ("zasilek-staly",),
    "illness_unemployment": ("zasilek-okresowy",),
    "specific_need": ("zasilek-celowy",),
    "disaster": ("zasilek-celowy",),
    "food": ("posilek",),
    "needs_care": ("uslugi-opiekuncze",),
    "uninsured": ("swiadczenia-zdrowotne",),
    "children": ("zasilek-rodzinny",),
    "disabled_child": ("zasilek-rodzinny", "swiadczenie-pielegnacyjne"),
    "adult_carer": ("specjalny-zasilek-opiekunczy",),
    "newborn": ("becikowe",),
    "alimony": ("fundusz-alimentacyjny",),
    "housing_costs": ("dodatek-mieszkaniowy",),
    "housing_allowance": ("dodatek-energetyczny",),
    "large_family": ("karta-duzej-rodziny",),
}
# Benefit → (criterion for a single person, criterion per person in a family).
PER_PERSON_CRITERIA = {
    "zasilek-staly": ("ups-kryterium-osoba-samotna", "ups-kryterium-osoba-w-rodzinie"),
    "zasilek-okresowy": ("ups-kryterium-osoba-samotna", "ups-kryterium-osoba-w-rodzinie"),
    "zasilek-celowy": ("ups-kryterium-osoba-samotna", "ups-kryterium-osoba-w-rodzinie"),
    "swiadczenia-zdrowotne": ("ups-kryterium-osoba-samotna", "ups-kryterium-osoba-w-rodzinie"),
    "posilek": ("posilek-kryterium-osoba-samotna", "posilek-kryterium-osoba-w-rodzinie"),
    "zasilek-rodzinny": ("sr-kryterium", "sr-kryterium"),
    "specjalny-zasilek-opiekunczy": (
        "specjalny-zasilek-opiekunczy-kryterium",
        "specjalny-zasilek-opiekunczy-kryterium",
    ),
    "becikowe": ("becikowe-kryterium", "becikowe-kryterium"),
    "fundusz-alimentacyjny": ("fa-kryterium", "fa-kryterium"),
}
NO_INCOME_TEST = {
    "swiadczenie-pielegnacyjne": gettext_lazy("To świadczenie nie zależy od dochodu."),
    "karta-duzej-rodziny": gettext_lazy("Karta nie zależy od dochodu."),
    "dodatek-energetyczny": gettext_lazy(
        "Przysługuje osobom, które mają dodatek mieszkaniowy i umowę na prąd; nie zależy od "
        "dochodu."
    ),
    "uslugi-opiekuncze": gettext_lazy(
        "Usługi przysługują bez względu na dochód; od dochodu zależy tylko odpłatność."
    ),
}


@dataclass(frozen=True)
class Assessment:
    definition: BenefitDefinition
    likely: bool
    reason: str
    criterion: Decimal | None = None  # per person (monthly), when an income test applies


def _money(value: Decimal) -> str:
    return f"{number_format(value, decimal_pos=2, force_grouping=True)} zł"


def _clean_inputs(household_size, monthly_income) -> tuple[int, Decimal]:
    try:
        size = int(household_size)
    except (TypeError, ValueError):
        size = 0
    if not 1 <= size <= 30:
        raise ValidationError(
            _("Podaj liczbę osób w gospodarstwie domowym – od 1 do 30."), code="size"
        )
    try:
        income = Decimal(str(monthly_income).replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        income = Decimal(-1)
    if not income.is_finite() or income < 0 or income >= 10**8:
        raise ValidationError(
            _("Podaj miesięczny dochód netto całego gospodarstwa, np. 2500."), code="income"
        )
    return size, income


def assess(
    household_size: int,
    monthly_income,
    situations,
    on: datetime.date | None = None,
) -> list[Assessment]:
    """Benefits the situations point to, each with whether the income fits and why.

    ``monthly_income`` is the whole household's net income a month. Likely ones first.
    """
    size, income = _clean_inputs(household_size, monthly_income)
    codes: list[str] = []
    for situation in situations or ():
        for code in SITUATION_BENEFITS.get(str(situation), ()):
            if code in registry and code not in codes:
                codes.append(code)
    rates = Rate.objects.in_force(_rate_codes(codes), on=on)
    results = [
        _assess_one(registry.get(code), size, income, set(map(str, situations)), rates)
        for code in codes
    ]
    return sorted(results, key=lambda a: not a.likely)


def _rate_codes(codes) -> set[str]:
    needed = {"dm-prog-jednoosobowe", "dm-prog-wieloosobowe", "przecietne-wynagrodzenie"}
    needed.add("sr-kryterium-niepelnosprawne-dziecko")
    for code in codes:
        needed.update(PER_PERSON_CRITERIA.get(code, ()))
    return needed


def _assess_one(definition, size, income, situations, rates) -> Assessment:
    code = definition.code
    if code in NO_INCOME_TEST:
        return Assessment(definition, True, str(NO_INCOME_TEST[code]))
    if code == "zasilek-celowy" and "disaster" in situations:
        return Assessment(
            definition,
            True,
            _(
                "Po klęsce żywiołowej lub zdarzeniu losowym zasiłek może być przyznany bez względu na dochód."
            ),
        )
    if code == "dodatek-mieszkaniowy":
        return _housing(definition, size, income, rates)
    single_code, family_code = PER_PERSON_CRITERIA[code]
    if code == "zasilek-rodzinny" and "disabled_child" in situations:
        family_code = single_code = "sr-kryterium-niepelnosprawne-dziecko"
    rate = rates.get(single_code if size == 1 else family_code)
    if rate is None:
        return Assessment(
            definition,
            False,
            _("Nie mamy aktualnego kryterium dochodowego – zapytaj w ośrodku."),
        )
    criterion = rate.amount
    per_person = (income / size).quantize(Decimal("0.01"))
    within = income <= criterion * size
    if within:
        reason = _("Dochód na osobę (%(income)s) nie przekracza kryterium %(criterion)s.") % {
            "income": _money(per_person),
            "criterion": _money(criterion),
        }
    else:
        reason = _("Dochód na osobę (%(income)s) przekracza kryterium %(criterion)s.") % {
            "income": _money(per_person),
            "criterion": _money(criterion),
        }
        if code == "zasilek-rodzinny":
            reason += " " + _(
                "Przy niewielkim przekroczeniu zasiłek może przysługiwać w niższej kwocie "
                "(zasada „złotówka za złotówkę”)."
            )
        elif code == "zasilek-celowy":
            reason += " " + _(
                "W szczególnie uzasadnionych przypadkach możliwy jest specjalny zasiłek celowy."
            )
    return Assessment(definition, within, reason, criterion)


def _housing(definition, size, income, rates) -> Assessment:
    average = rates.get("przecietne-wynagrodzenie")
    percent = rates.get("dm-prog-jednoosobowe" if size == 1 else "dm-prog-wieloosobowe")
    if average is None or percent is None:
        return Assessment(
            definition,
            False,
            _("Nie mamy aktualnego kryterium dochodowego – zapytaj w ośrodku."),
        )
    criterion = (average.amount * percent.amount / 100).quantize(Decimal("0.01"))
    per_person = (income / size).quantize(Decimal("0.01"))
    within = income * 100 <= average.amount * percent.amount * size
    template = (
        _("Średni dochód na osobę (%(income)s) nie przekracza progu %(criterion)s.")
        if within
        else _("Średni dochód na osobę (%(income)s) przekracza próg %(criterion)s.")
    )
    reason = template % {"income": _money(per_person), "criterion": _money(criterion)}
    return Assessment(definition, within, reason, criterion)
