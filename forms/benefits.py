"""Benefit definitions for a Polish GOPS (data, not code: see registry.py).

Every benefit residents apply for is here; Niebieska Karta is deliberately absent (it is
opened by police, OPS, school or health staff, never by a public form).
"""

from django.utils.translation import gettext_lazy as _

from .registry import BenefitDefinition, IncomePeriod, Step, registry

SOCIAL_WORKERS = "Pracownik socjalny"
BENEFIT_SPECIALISTS = "Specjalista ds. świadczeń"

UPS = "ustawa z dnia 12 marca 2004 r. o pomocy społecznej"
KPA_MONTH = _("bez zbędnej zwłoki, najpóźniej w ciągu miesiąca (art. 35 KPA)")
UPS_RATES = ("ups-kryterium-osoba-samotna", "ups-kryterium-osoba-w-rodzinie")

for definition in [
    BenefitDefinition(
        code="zasilek-staly",
        name=_("Zasiłek stały"),
        short_description=_(
            "Dla dorosłych, którzy nie mogą pracować z powodu wieku lub niepełnosprawności."
        ),
        legal_basis=f"art. 37 {UPS}",
        income_period=IncomePeriod.PREVIOUS_MONTH,
        staff_group=SOCIAL_WORKERS,
        steps=frozenset({Step.INTERVIEW, Step.PAYMENT}),
        rate_codes=UPS_RATES + ("zasilek-staly-max", "zasilek-staly-min"),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="zasilek-okresowy",
        name=_("Zasiłek okresowy"),
        short_description=_("Na czas choroby, niepełnosprawności lub bezrobocia."),
        legal_basis=f"art. 38 {UPS}",
        income_period=IncomePeriod.PREVIOUS_MONTH,
        staff_group=SOCIAL_WORKERS,
        steps=frozenset({Step.INTERVIEW, Step.PAYMENT}),
        rate_codes=UPS_RATES + ("zasilek-okresowy-min",),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="zasilek-celowy",
        name=_("Zasiłek celowy"),
        short_description=_("Na konkretną potrzebę: żywność, leki, opał, odzież, pogrzeb."),
        legal_basis=f"art. 39–41 {UPS}",
        income_period=IncomePeriod.PREVIOUS_MONTH,
        staff_group=SOCIAL_WORKERS,
        steps=frozenset({Step.INTERVIEW, Step.PAYMENT}),
        rate_codes=UPS_RATES,
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="posilek",
        name=_("Pomoc w zakresie dożywiania (posiłek)"),
        short_description=_("Posiłek, świadczenie pieniężne na żywność lub żywność w naturze."),
        legal_basis=f"art. 48b {UPS}; program „Posiłek w szkole i w domu”",
        income_period=IncomePeriod.PREVIOUS_MONTH,
        staff_group=SOCIAL_WORKERS,
        steps=frozenset({Step.INTERVIEW, Step.PAYMENT}),
        rate_codes=("posilek-kryterium-osoba-samotna", "posilek-kryterium-osoba-w-rodzinie"),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="uslugi-opiekuncze",
        name=_("Usługi opiekuńcze"),
        short_description=_(
            "Pomoc w domu dla osób, które z powodu wieku lub choroby jej potrzebują."
        ),
        legal_basis=f"art. 50 {UPS}",
        income_period=IncomePeriod.PREVIOUS_MONTH,
        staff_group=SOCIAL_WORKERS,
        steps=frozenset({Step.INTERVIEW}),
        asks_payment=False,
        rate_codes=UPS_RATES,
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="swiadczenia-zdrowotne",
        name=_("Decyzja o prawie do świadczeń opieki zdrowotnej"),
        short_description=_(
            "Dla osób nieubezpieczonych, spełniających kryterium dochodowe; ważna 90 dni."
        ),
        legal_basis="art. 54 ustawy z dnia 27 sierpnia 2004 r. o świadczeniach opieki zdrowotnej finansowanych ze środków publicznych",
        income_period=IncomePeriod.PREVIOUS_MONTH,
        staff_group=SOCIAL_WORKERS,
        steps=frozenset({Step.INTERVIEW}),
        asks_payment=False,
        rate_codes=UPS_RATES,
        decision_deadline=_("niezwłocznie, nie później niż w ciągu 30 dni"),
    ),
    BenefitDefinition(
        code="zasilek-rodzinny",
        name=_("Zasiłek rodzinny z dodatkami"),
        short_description=_("Dla rodzin z dziećmi o niskich dochodach, wraz z dodatkami."),
        legal_basis="ustawa z dnia 28 listopada 2003 r. o świadczeniach rodzinnych",
        income_period=IncomePeriod.BASE_YEAR,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.PAYMENT}),
        rate_codes=(
            "sr-kryterium",
            "sr-kryterium-niepelnosprawne-dziecko",
            "zasilek-rodzinny-do-5",
            "zasilek-rodzinny-6-18",
            "zasilek-rodzinny-18-24",
        ),
        decision_deadline=_("wniosek złożony do 31 sierpnia – wypłata do 30 listopada"),
    ),
    BenefitDefinition(
        code="swiadczenie-pielegnacyjne",
        name=_("Świadczenie pielęgnacyjne"),
        short_description=_(
            "Dla rodzica lub opiekuna dziecka ze znacznym stopniem niepełnosprawności."
        ),
        legal_basis="art. 17 ustawy o świadczeniach rodzinnych",
        income_period=IncomePeriod.NONE,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.PAYMENT}),
        asks_incomes=False,
        rate_codes=("swiadczenie-pielegnacyjne",),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="specjalny-zasilek-opiekunczy",
        name=_("Specjalny zasiłek opiekuńczy"),
        short_description=_("Dla osób, które rezygnują z pracy, by opiekować się bliskim."),
        legal_basis="art. 16a ustawy o świadczeniach rodzinnych",
        income_period=IncomePeriod.BASE_YEAR,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.INTERVIEW, Step.PAYMENT}),
        rate_codes=("specjalny-zasilek-opiekunczy", "specjalny-zasilek-opiekunczy-kryterium"),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="becikowe",
        name=_("Jednorazowa zapomoga z tytułu urodzenia dziecka (becikowe)"),
        short_description=_("1000 zł po urodzeniu dziecka; wniosek do 12 miesięcy od urodzenia."),
        legal_basis="art. 15b ustawy o świadczeniach rodzinnych",
        income_period=IncomePeriod.BASE_YEAR,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.PAYMENT}),
        rate_codes=("becikowe", "becikowe-kryterium"),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="fundusz-alimentacyjny",
        name=_("Świadczenia z funduszu alimentacyjnego"),
        short_description=_("Gdy egzekucja alimentów zasądzonych przez sąd jest bezskuteczna."),
        legal_basis="ustawa z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów",
        income_period=IncomePeriod.BASE_YEAR,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.PAYMENT}),
        rate_codes=("fa-kryterium", "fa-max"),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="dodatek-mieszkaniowy",
        name=_("Dodatek mieszkaniowy"),
        short_description=_("Dopłata do kosztów utrzymania mieszkania, na 6 miesięcy."),
        legal_basis="ustawa z dnia 21 czerwca 2001 r. o dodatkach mieszkaniowych",
        income_period=IncomePeriod.THREE_MONTHS,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.PAYMENT}),
        rate_codes=("dm-prog-jednoosobowe", "dm-prog-wieloosobowe", "przecietne-wynagrodzenie"),
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="dodatek-energetyczny",
        name=_("Dodatek energetyczny"),
        short_description=_(
            "Dla odbiorców wrażliwych energii elektrycznej, którym przyznano dodatek mieszkaniowy."
        ),
        legal_basis="art. 5c ustawy z dnia 10 kwietnia 1997 r. – Prawo energetyczne",
        income_period=IncomePeriod.NONE,
        staff_group=BENEFIT_SPECIALISTS,
        steps=frozenset({Step.PAYMENT}),
        asks_incomes=False,
        decision_deadline=KPA_MONTH,
    ),
    BenefitDefinition(
        code="karta-duzej-rodziny",
        name=_("Karta Dużej Rodziny"),
        short_description=_(
            "Zniżki i uprawnienia dla rodzin z co najmniej trojgiem dzieci, bez kryterium dochodowego."
        ),
        legal_basis="ustawa z dnia 5 grudnia 2014 r. o Karcie Dużej Rodziny",
        income_period=IncomePeriod.NONE,
        staff_group=BENEFIT_SPECIALISTS,
        asks_incomes=False,
        asks_payment=False,
        decision_deadline=KPA_MONTH,
    ),
]:
    registry.register(definition)
