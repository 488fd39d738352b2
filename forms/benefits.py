"""Benefit definitions for a Polish GOPS (data, not code: see registry.py).

Every benefit residents apply for is here; Niebieska Karta is deliberately absent (it is
opened by police, OPS, school or health staff, never by a public form).
"""

from django.utils.translation import gettext_lazy as _

from .registry import (
    YES_NO,
    AttachmentSpec,
    BenefitDefinition,
    Check,
    FieldKind,
    IncomePeriod,
    Question,
    Step,
    registry,
)

SOCIAL_WORKERS = "Pracownik socjalny"
BENEFIT_SPECIALISTS = "Specjalista ds. świadczeń"

UPS = "ustawy z dnia 12 marca 2004 r. o pomocy społecznej"
KPA_MONTH = _("bez zbędnej zwłoki, najpóźniej w ciągu miesiąca (art. 35 KPA)")
UPS_RATES = ("ups-kryterium-osoba-samotna", "ups-kryterium-osoba-w-rodzinie")

# --- Declarations every resident accepts (the wording is ours; the law is cited) -------

DECLARATION_TRUTH = _(
    "Oświadczam, że dane podane we wniosku i w załącznikach są prawdziwe i kompletne. "
    "Wiem, że za złożenie fałszywego oświadczenia grozi odpowiedzialność karna "
    "(art. 233 § 6 w związku z art. 233 § 1 Kodeksu karnego). Składając to oświadczenie, "
    "zastępuję pouczenie organu o tej odpowiedzialności (art. 75 § 2 Kodeksu "
    "postępowania administracyjnego)."
)
DECLARATION_RODO = _(
    "Zapoznałem się / zapoznałam się z informacją o przetwarzaniu moich danych "
    "osobowych i danych członków mojego gospodarstwa domowego przez ośrodek pomocy "
    "społecznej (art. 13 RODO)."
)
DECLARATION_CHANGES_UPS = _(
    "Zobowiązuję się niezwłocznie powiadomić ośrodek o każdej zmianie mojej sytuacji "
    "osobistej, dochodowej lub majątkowej, która ma związek z przyznaną pomocą "
    "(art. 109 ustawy o pomocy społecznej)."
)
DECLARATION_CHANGES_FAMILY = _(
    "Zobowiązuję się niezwłocznie powiadomić ośrodek o zmianach, które mają wpływ na "
    "prawo do świadczeń, w tym o zmianie liczby członków rodziny i uzyskaniu dochodu "
    "(art. 25 ustawy o świadczeniach rodzinnych). Wiem, że świadczenia nienależnie "
    "pobrane podlegają zwrotowi."
)
UPS_DECLARATIONS = (DECLARATION_TRUTH, DECLARATION_CHANGES_UPS, DECLARATION_RODO)
FAMILY_DECLARATIONS = (DECLARATION_TRUTH, DECLARATION_CHANGES_FAMILY, DECLARATION_RODO)
BASIC_DECLARATIONS = (DECLARATION_TRUTH, DECLARATION_RODO)

# --- Attachments shared by several benefits -------------------------------------------

INCOME_PROOF_MONTH = AttachmentSpec(
    "dochody-miesiac",
    _("Dokumenty o dochodach z miesiąca przed złożeniem wniosku"),
    required=False,
    help_text=_(
        "Np. zaświadczenie od pracodawcy, odcinek emerytury lub renty, decyzja o zasiłku. "
        "Jeśli ich nie masz, pracownik socjalny pomoże je uzyskać."
    ),
    multiple=True,
)
INCOME_PROOF_YEAR = AttachmentSpec(
    "dochody-rok-bazowy",
    _("Dokumenty o dochodach nieopodatkowanych z roku bazowego"),
    required=False,
    help_text=_(
        "Dochody z urzędu skarbowego i ZUS ośrodek sprawdza sam. Dołącz tylko dokumenty o "
        "dochodach, których tam nie ma (np. alimenty, stypendia, dochód z zagranicy)."
    ),
    multiple=True,
)
DISABILITY_RULING = AttachmentSpec(
    "orzeczenie-niepelnosprawnosc",
    _("Orzeczenie o niepełnosprawności lub o niezdolności do pracy"),
    required=False,
    help_text=_("Jeśli Ty lub ktoś z rodziny ma takie orzeczenie."),
)
MEDICAL_CERTIFICATE = AttachmentSpec(
    "zaswiadczenie-lekarskie",
    _("Zaświadczenie lekarskie o stanie zdrowia"),
    required=False,
    help_text=_("Potwierdza chorobę lub potrzebę opieki."),
)

# Carer benefits ask who is cared for the same way.
CARED_PERSON = (
    Question(
        "cared_person_name",
        _("Imię i nazwisko osoby, którą się opiekujesz"),
        max_length=200,
    ),
    Question(
        "cared_person_pesel",
        _("PESEL osoby, którą się opiekujesz"),
        check=Check.PESEL,
        max_length=20,
    ),
)

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
        questions=(
            Question(
                "reason",
                _("Dlaczego nie możesz pracować?"),
                FieldKind.CHOICE,
                choices=(
                    ("age", _("wiek emerytalny (kobieta od 60 lat, mężczyzna od 65 lat)")),
                    ("incapacity", _("całkowita niezdolność do pracy")),
                    ("disability", _("znaczny lub umiarkowany stopień niepełnosprawności")),
                ),
            ),
            Question(
                "lives_alone",
                _("Czy prowadzisz gospodarstwo domowe samodzielnie?"),
                FieldKind.CHOICE,
                choices=YES_NO,
                help_text=_("Od tego zależy, które kryterium dochodowe obowiązuje."),
            ),
            Question(
                "care_benefit_in_family",
                _(
                    "Czy ktoś w rodzinie pobiera na Ciebie świadczenie pielęgnacyjne "
                    "lub specjalny zasiłek opiekuńczy?"
                ),
                FieldKind.CHOICE,
                choices=YES_NO,
            ),
            Question(
                "situation",
                _("Opisz krótko swoją sytuację"),
                FieldKind.TEXTAREA,
                required=False,
                max_length=2000,
            ),
        ),
        attachments=(DISABILITY_RULING, INCOME_PROOF_MONTH),
        declarations=UPS_DECLARATIONS,
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
        questions=(
            Question(
                "reason",
                _("Z jakiego powodu potrzebujesz pomocy?"),
                FieldKind.CHOICE,
                choices=(
                    ("illness", _("długotrwała choroba")),
                    ("disability", _("niepełnosprawność")),
                    ("unemployment", _("bezrobocie")),
                    ("other_benefits", _("utrzymanie lub nabycie prawa do innych świadczeń")),
                ),
            ),
            Question(
                "registered_unemployed",
                _("Czy jesteś zarejestrowany / zarejestrowana w powiatowym urzędzie pracy?"),
                FieldKind.CHOICE,
                choices=YES_NO,
            ),
            Question(
                "expected_period",
                _("Na jak długo potrzebujesz pomocy?"),
                required=False,
                help_text=_("Np. „3 miesiące” albo „do końca leczenia”. Okres ustala ośrodek."),
                max_length=100,
            ),
            Question(
                "situation",
                _("Opisz krótko swoją sytuację"),
                FieldKind.TEXTAREA,
                max_length=2000,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "zaswiadczenie-pup",
                _("Zaświadczenie z powiatowego urzędu pracy"),
                required=False,
                help_text=_("Jeśli jesteś osobą bezrobotną."),
            ),
            MEDICAL_CERTIFICATE,
            DISABILITY_RULING,
            INCOME_PROOF_MONTH,
        ),
        declarations=UPS_DECLARATIONS,
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
        questions=(
            Question(
                "need",
                _("Na co potrzebujesz pomocy?"),
                FieldKind.CHOICE,
                choices=(
                    ("food", _("żywność")),
                    ("medicine", _("leki i leczenie")),
                    ("fuel", _("opał")),
                    ("clothing", _("odzież i obuwie")),
                    ("household", _("niezbędne przedmioty i drobne naprawy w domu")),
                    ("funeral", _("koszty pogrzebu")),
                    ("disaster", _("straty po klęsce żywiołowej, pożarze lub innym zdarzeniu")),
                    ("other", _("inna niezbędna potrzeba")),
                ),
            ),
            Question(
                "need_description",
                _("Opisz potrzebę"),
                FieldKind.TEXTAREA,
                help_text=_("Co dokładnie trzeba kupić lub opłacić i dlaczego teraz."),
                max_length=2000,
            ),
            Question(
                "amount",
                _("Jakiej kwoty potrzebujesz (zł)?"),
                FieldKind.MONEY,
                help_text=_("Jeśli nie wiesz dokładnie, podaj przybliżoną kwotę."),
            ),
            Question(
                "event_date",
                _("Data zdarzenia losowego lub klęski żywiołowej"),
                FieldKind.DATE,
                required=False,
                check=Check.PAST_DATE,
                help_text=_(
                    "Tylko jeśli wniosek dotyczy takiego zdarzenia – wtedy pomoc może "
                    "przysługiwać bez względu na dochód (art. 40)."
                ),
            ),
        ),
        attachments=(
            AttachmentSpec(
                "faktury-kosztorysy",
                _("Faktury, rachunki lub kosztorysy"),
                required=False,
                help_text=_("Pokazują, ile kosztuje to, na co potrzebujesz pomocy."),
                multiple=True,
            ),
            INCOME_PROOF_MONTH,
        ),
        declarations=UPS_DECLARATIONS,
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
        questions=(
            Question(
                "form_of_help",
                _("W jakiej formie potrzebujesz pomocy?"),
                FieldKind.MULTICHOICE,
                choices=(
                    ("meal", _("posiłek (np. obiad w szkole, przedszkolu lub w domu)")),
                    ("cash_for_food", _("świadczenie pieniężne na zakup żywności")),
                    ("food_in_kind", _("produkty żywnościowe")),
                ),
                help_text=_("Możesz zaznaczyć więcej niż jedną odpowiedź."),
            ),
            Question(
                "meal_recipients",
                _("Kto ma otrzymywać posiłek i gdzie?"),
                FieldKind.TEXTAREA,
                required=False,
                help_text=_(
                    "Np. „syn Jan – Szkoła Podstawowa w Wielgiem, klasa 3”. "
                    "Wypełnij, jeśli wybrano posiłek."
                ),
                max_length=1000,
            ),
        ),
        attachments=(INCOME_PROOF_MONTH,),
        declarations=UPS_DECLARATIONS,
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
        questions=(
            Question(
                "care_scope",
                _("W czym potrzebujesz pomocy?"),
                FieldKind.MULTICHOICE,
                choices=(
                    ("daily", _("codzienne sprawy: zakupy, posiłki, sprzątanie")),
                    ("hygiene", _("higiena i pielęgnacja")),
                    ("medical", _("pielęgnacja zalecona przez lekarza")),
                    ("contacts", _("kontakty z otoczeniem, załatwianie spraw")),
                    ("specialised", _("specjalistyczne usługi opiekuńcze")),
                ),
            ),
            Question(
                "hours_per_week",
                _("Ile godzin pomocy tygodniowo potrzebujesz?"),
                FieldKind.INTEGER,
                required=False,
                help_text=_("Orientacyjnie. Zakres ustali pracownik socjalny."),
            ),
            Question(
                "family_help",
                _("Czy rodzina może Ci pomagać? Napisz, kto i w jakim zakresie."),
                FieldKind.TEXTAREA,
                required=False,
                max_length=1000,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "zaswiadczenie-lekarskie",
                _("Zaświadczenie lekarskie o stanie zdrowia i potrzebie opieki"),
                help_text=_("Od lekarza rodzinnego lub specjalisty."),
            ),
            DISABILITY_RULING,
            INCOME_PROOF_MONTH,
        ),
        declarations=UPS_DECLARATIONS,
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
        questions=(
            Question(
                "not_insured",
                _(
                    "Nie mam ubezpieczenia zdrowotnego w NFZ, także jako członek rodziny "
                    "osoby ubezpieczonej."
                ),
                FieldKind.BOOLEAN,
            ),
            Question(
                "treatment",
                _("Jakiego leczenia potrzebujesz lub jakie już otrzymałeś / otrzymałaś?"),
                FieldKind.TEXTAREA,
                required=False,
                max_length=1000,
            ),
            Question(
                "treatment_date",
                _("Data udzielenia pomocy w nagłym wypadku"),
                FieldKind.DATE,
                required=False,
                check=Check.PAST_DATE,
                help_text=_("Tylko jeśli leczenie już się odbyło (np. w szpitalu)."),
            ),
        ),
        attachments=(
            AttachmentSpec(
                "dokumentacja-leczenia",
                _("Dokument o udzielonym leczeniu (np. karta informacyjna ze szpitala)"),
                required=False,
            ),
            INCOME_PROOF_MONTH,
        ),
        declarations=UPS_DECLARATIONS,
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
        questions=(
            Question(
                "benefit_period",
                _("Okres zasiłkowy"),
                help_text=_("Od 1 listopada do 31 października, np. „2026/2027”."),
                max_length=20,
            ),
            Question(
                "supplements",
                _("O które dodatki do zasiłku rodzinnego wnioskujesz?"),
                FieldKind.MULTICHOICE,
                required=False,
                choices=(
                    ("birth", _("z tytułu urodzenia dziecka")),
                    ("parental_leave", _("opieka nad dzieckiem w czasie urlopu wychowawczego")),
                    ("single_parent", _("samotne wychowywanie dziecka")),
                    ("large_family", _("wychowywanie dziecka w rodzinie wielodzietnej")),
                    ("disabled_child", _("kształcenie i rehabilitacja dziecka niepełnosprawnego")),
                    ("school_start", _("rozpoczęcie roku szkolnego")),
                    ("school_away", _("nauka poza miejscem zamieszkania")),
                ),
            ),
            Question(
                "disabled_child",
                _("Czy w rodzinie jest dziecko z orzeczeniem o niepełnosprawności?"),
                FieldKind.CHOICE,
                choices=YES_NO,
                help_text=_("Wtedy obowiązuje wyższe kryterium dochodowe."),
            ),
            Question(
                "income_change",
                _("Czy od roku bazowego ktoś w rodzinie uzyskał lub utracił dochód?"),
                FieldKind.CHOICE,
                choices=YES_NO,
                help_text=_("Np. nowa praca, utrata pracy, koniec zasiłku."),
            ),
        ),
        attachments=(
            AttachmentSpec(
                "orzeczenie-dziecka",
                _("Orzeczenie o niepełnosprawności dziecka"),
                required=False,
            ),
            AttachmentSpec(
                "alimenty",
                _("Wyrok lub ugoda w sprawie alimentów"),
                required=False,
                help_text=_("Jeśli samotnie wychowujesz dziecko."),
            ),
            AttachmentSpec(
                "utrata-uzyskanie-dochodu",
                _("Dokumenty o utracie lub uzyskaniu dochodu"),
                required=False,
                multiple=True,
            ),
            INCOME_PROOF_YEAR,
        ),
        declarations=FAMILY_DECLARATIONS,
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
        questions=CARED_PERSON
        + (
            Question(
                "relationship",
                _("Kim jesteś dla tej osoby?"),
                FieldKind.CHOICE,
                choices=(
                    ("parent", _("matką lub ojcem")),
                    ("guardian", _("opiekunem faktycznym")),
                    ("foster", _("rodziną zastępczą")),
                    ("other", _("inną osobą, na której ciąży obowiązek alimentacyjny")),
                ),
            ),
            Question(
                "ruling_date",
                _("Data wydania orzeczenia o niepełnosprawności"),
                FieldKind.DATE,
                check=Check.PAST_DATE,
            ),
            Question(
                "other_carer",
                _("Czy ktoś inny pobiera już świadczenie na tę osobę?"),
                FieldKind.CHOICE,
                choices=YES_NO,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "orzeczenie-znaczny-stopien",
                _(
                    "Orzeczenie o niepełnosprawności ze wskazaniem konieczności stałej opieki "
                    "(lub o znacznym stopniu niepełnosprawności)"
                ),
            ),
        ),
        declarations=FAMILY_DECLARATIONS,
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
        questions=CARED_PERSON
        + (
            Question(
                "relationship",
                _("Kim jesteś dla tej osoby?"),
                help_text=_(
                    "Np. córka, syn, małżonek. Zasiłek przysługuje osobom obowiązanym do alimentacji."
                ),
                max_length=100,
            ),
            Question(
                "gave_up_work",
                _(
                    "Nie pracuję lub zrezygnowałem / zrezygnowałam z pracy, aby sprawować "
                    "stałą opiekę nad tą osobą."
                ),
                FieldKind.BOOLEAN,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "orzeczenie-osoby-wymagajacej-opieki",
                _("Orzeczenie o znacznym stopniu niepełnosprawności osoby, którą się opiekujesz"),
            ),
            AttachmentSpec(
                "swiadectwo-pracy",
                _("Świadectwo pracy lub inny dokument o rezygnacji z zatrudnienia"),
                required=False,
            ),
            INCOME_PROOF_YEAR,
        ),
        declarations=FAMILY_DECLARATIONS,
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
        questions=(
            Question("child_first_name", _("Imię dziecka"), max_length=100),
            Question("child_last_name", _("Nazwisko dziecka"), max_length=100),
            Question(
                "child_birth_date",
                _("Data urodzenia dziecka"),
                FieldKind.DATE,
                check=Check.WITHIN_12_MONTHS,
                help_text=_("Wniosek trzeba złożyć w ciągu 12 miesięcy od urodzenia dziecka."),
            ),
            Question(
                "child_pesel",
                _("PESEL dziecka"),
                required=False,
                check=Check.PESEL,
                max_length=20,
                help_text=_("Jeśli dziecko ma już nadany numer PESEL."),
            ),
            Question(
                "applicant_role",
                _("Składasz wniosek jako"),
                FieldKind.CHOICE,
                choices=(
                    ("mother", _("matka")),
                    ("father", _("ojciec")),
                    ("legal_guardian", _("opiekun prawny")),
                    ("actual_guardian", _("opiekun faktyczny")),
                ),
            ),
            Question(
                "medical_care_from_10th_week",
                _(
                    "Matka dziecka pozostawała pod opieką medyczną nie później niż od 10. "
                    "tygodnia ciąży do porodu."
                ),
                FieldKind.BOOLEAN,
                help_text=_(
                    "Nie dotyczy opiekuna prawnego, opiekuna faktycznego i osoby, która "
                    "przysposobiła dziecko."
                ),
                required=False,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "opieka-od-10-tygodnia",
                _("Zaświadczenie lekarza lub położnej o opiece medycznej od 10. tygodnia ciąży"),
                help_text=_("Możesz je dostać w przychodni lub od położnej."),
            ),
            INCOME_PROOF_YEAR,
        ),
        declarations=FAMILY_DECLARATIONS,
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
        questions=(
            Question(
                "entitled_person_name",
                _("Imię i nazwisko osoby uprawnionej do alimentów"),
                max_length=200,
            ),
            Question(
                "entitled_person_pesel",
                _("PESEL osoby uprawnionej"),
                check=Check.PESEL,
                max_length=20,
            ),
            Question("debtor_name", _("Imię i nazwisko dłużnika alimentacyjnego"), max_length=200),
            Question(
                "debtor_address",
                _("Ostatni znany adres dłużnika"),
                required=False,
                max_length=300,
            ),
            Question(
                "court_order",
                _("Sąd, data i sygnatura orzeczenia o alimentach"),
                help_text=_("Np. „Sąd Rejonowy w Lipnie, 12.03.2024, III RC 123/24”."),
                max_length=300,
            ),
            Question(
                "monthly_alimony",
                _("Kwota alimentów zasądzona na miesiąc (zł)"),
                FieldKind.MONEY,
            ),
            Question(
                "bailiff",
                _("Komornik prowadzący egzekucję i sygnatura sprawy"),
                help_text=_("Np. „Komornik Sądowy przy SR w Lipnie Jan Kowalski, Km 456/24”."),
                max_length=300,
            ),
            Question(
                "in_education",
                _("Czy osoba uprawniona w wieku 18–25 lat uczy się lub studiuje?"),
                FieldKind.CHOICE,
                required=False,
                choices=YES_NO,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "orzeczenie-sadu",
                _("Odpis orzeczenia sądu lub ugody zasądzającej alimenty"),
            ),
            AttachmentSpec(
                "zaswiadczenie-komornika",
                _("Zaświadczenie komornika o bezskuteczności egzekucji"),
                help_text=_("Z informacją o stanie egzekucji w ostatnich dwóch miesiącach."),
            ),
            AttachmentSpec(
                "zaswiadczenie-szkoly",
                _("Zaświadczenie ze szkoły lub uczelni"),
                required=False,
                help_text=_("Dla osoby uprawnionej, która ukończyła 18 lat."),
            ),
            DISABILITY_RULING,
            INCOME_PROOF_YEAR,
        ),
        declarations=FAMILY_DECLARATIONS,
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
        # Paid to the landlord (account asked among the questions), not to the resident.
        asks_payment=False,
        rate_codes=("dm-prog-jednoosobowe", "dm-prog-wieloosobowe", "przecietne-wynagrodzenie"),
        questions=(
            Question(
                "legal_title",
                _("Na jakiej podstawie zajmujesz lokal?"),
                FieldKind.CHOICE,
                choices=(
                    ("lease", _("najem")),
                    ("cooperative", _("spółdzielcze prawo do lokalu")),
                    ("own_flat", _("własność lokalu")),
                    ("own_house", _("własność domu jednorodzinnego")),
                    ("other_title", _("inny tytuł prawny")),
                    ("no_title", _("bez tytułu prawnego, oczekuję na lokal zamienny lub socjalny")),
                ),
            ),
            Question(
                "floor_area",
                _("Powierzchnia użytkowa lokalu (m²)"),
                FieldKind.DECIMAL,
                help_text=_("Znajdziesz ją w umowie najmu lub w rozliczeniu od zarządcy."),
            ),
            Question(
                "people_in_household",
                _("Liczba osób w gospodarstwie domowym"),
                FieldKind.INTEGER,
            ),
            Question(
                "wheelchair_user",
                _("Czy w lokalu mieszka osoba niepełnosprawna poruszająca się na wózku?"),
                FieldKind.CHOICE,
                choices=YES_NO,
                help_text=_("Wtedy normatywna powierzchnia jest większa o 15 m²."),
            ),
            Question(
                "facilities",
                _("Lokal ma"),
                FieldKind.MULTICHOICE,
                required=False,
                choices=(
                    ("central_heating", _("centralne ogrzewanie")),
                    ("central_hot_water", _("centralną ciepłą wodę")),
                    ("gas", _("instalację gazu przewodowego")),
                ),
            ),
            Question(
                "housing_costs",
                _("Miesięczne wydatki na mieszkanie (zł)"),
                FieldKind.MONEY,
                help_text=_(
                    "Czynsz lub opłaty eksploatacyjne, zaliczki na media – jak w zaświadczeniu zarządcy."
                ),
            ),
            Question(
                "landlord",
                _("Zarządca lub właściciel budynku (nazwa i adres)"),
                max_length=300,
            ),
            Question(
                "landlord_account",
                _("Numer rachunku zarządcy"),
                required=False,
                check=Check.NRB,
                max_length=40,
                help_text=_(
                    "Dodatek wypłacamy zarządcy. Jeśli jesteś właścicielem domu, wpisz swój "
                    "numer rachunku."
                ),
            ),
        ),
        attachments=(
            AttachmentSpec(
                "deklaracja-dochodow",
                _("Deklaracja o dochodach gospodarstwa domowego z 3 miesięcy"),
                help_text=_("Na urzędowym wzorze; możesz ją podpisać w ośrodku."),
            ),
            AttachmentSpec(
                "zaswiadczenie-zarzadcy",
                _("Zaświadczenie zarządcy o wydatkach na mieszkanie i powierzchni lokalu"),
            ),
            AttachmentSpec(
                "tytul-prawny",
                _("Umowa najmu lub inny dokument o prawie do lokalu"),
                required=False,
            ),
            AttachmentSpec(
                "dochody-3-miesiace",
                _("Dokumenty o dochodach z 3 miesięcy przed złożeniem wniosku"),
                required=False,
                multiple=True,
            ),
        ),
        declarations=BASIC_DECLARATIONS,
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
        questions=(
            Question(
                "housing_allowance_decision",
                _("Numer i data decyzji o przyznaniu dodatku mieszkaniowego"),
                max_length=200,
            ),
            Question(
                "energy_supplier",
                _("Sprzedawca energii elektrycznej i numer umowy"),
                max_length=200,
            ),
            Question(
                "contract_party",
                _(
                    "Jestem stroną umowy kompleksowej lub umowy sprzedaży energii elektrycznej "
                    "i mieszkam w miejscu dostarczania energii."
                ),
                FieldKind.BOOLEAN,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "umowa-energia",
                _("Umowa kompleksowa lub umowa sprzedaży energii elektrycznej"),
            ),
        ),
        declarations=BASIC_DECLARATIONS,
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
        questions=(
            Question(
                "children",
                _("Dzieci, dla których wnioskujesz o kartę"),
                FieldKind.TEXTAREA,
                help_text=_(
                    "Każde dziecko w osobnej linii: imię, nazwisko, PESEL, a dla dzieci w "
                    "wieku 18–25 lat także nazwa szkoły lub uczelni."
                ),
                max_length=3000,
            ),
            Question(
                "card_for",
                _("Dla kogo karta?"),
                FieldKind.MULTICHOICE,
                choices=(
                    ("parents", _("rodzic lub rodzice / małżonek rodzica")),
                    ("children", _("dzieci")),
                ),
            ),
            Question(
                "former_large_family",
                _(
                    "Czy wnioskujesz jako rodzic, który kiedykolwiek miał na utrzymaniu co najmniej troje dzieci?"
                ),
                FieldKind.CHOICE,
                choices=YES_NO,
                help_text=_("Rodzicom przysługuje wtedy karta bezterminowa."),
            ),
            Question(
                "electronic_card",
                _("Chcę też otrzymać kartę w aplikacji mObywatel."),
                FieldKind.BOOLEAN,
                required=False,
            ),
        ),
        attachments=(
            AttachmentSpec(
                "zaswiadczenie-nauka",
                _("Zaświadczenia o nauce dzieci w wieku 18–25 lat"),
                required=False,
                multiple=True,
            ),
            AttachmentSpec(
                "orzeczenie-dziecka",
                _("Orzeczenie o niepełnosprawności dziecka"),
                required=False,
            ),
            AttachmentSpec(
                "rodzina-zastepcza",
                _("Postanowienie sądu o umieszczeniu dziecka w rodzinie zastępczej"),
                required=False,
            ),
        ),
        declarations=BASIC_DECLARATIONS,
        decision_deadline=KPA_MONTH,
    ),
]:
    registry.register(definition)
