"""Every service and benefit of GOPS Wielgie, with the texts residents need before applying.

Amounts and income thresholds are NOT typed here: the service page renders them from the
staff-editable ``Rate`` records. The texts say how the criterion works and what counts.
``benefit_code`` links a service to the intake registry; services without one (Niebieska
Karta, praca socjalna, asystent rodziny) are information only and get no form.
"""

from .blocks import p, ul

UPS = "ustawa z dnia 12 marca 2004 r. o pomocy społecznej"
USR = "ustawa z dnia 28 listopada 2003 r. o świadczeniach rodzinnych"
KPA = "ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego"

OFFICE = "GOPS Wielgie, ul. Lipnowska 12, 87-603 Wielgie, pokój nr 3 (parter), pon.–pt. 7:30–15:30"

FREE = p("Złożenie wniosku i wydanie decyzji są bezpłatne. Nie płacisz opłaty skarbowej.")

UPS_INCOME = p(
    "Liczy się przeciętny miesięczny dochód netto z miesiąca poprzedzającego złożenie "
    "wniosku (lub z miesiąca złożenia, gdy dochód w tym czasie się zmienił). Do dochodu z "
    "gospodarstwa rolnego przyjmuje się stałą kwotę za każdy hektar przeliczeniowy. "
    "Nie wlicza się m.in. jednorazowej pomocy pieniężnej, świadczenia wychowawczego 800+, "
    "dodatku mieszkaniowego i energetycznego. Aktualne kwoty kryterium podajemy poniżej."
)

UPS_DOCS = [
    "wniosek (formularz online albo papierowy) lub zgłoszenie ustne w ośrodku,",
    "dokument tożsamości do wglądu,",
    "zaświadczenia lub oświadczenia o dochodach wszystkich osób w gospodarstwie domowym "
    "z miesiąca przed złożeniem wniosku,",
    "w przypadku osób bezrobotnych – zaświadczenie z Powiatowego Urzędu Pracy w Lipnie "
    "albo oświadczenie o statusie,",
    "pozostałe dokumenty ustala pracownik socjalny podczas wywiadu środowiskowego.",
]

UPS_DEADLINES = p(
    "Wniosek możesz złożyć w dowolnym momencie. Pracownik socjalny przeprowadza wywiad "
    "środowiskowy w Twoim domu w ciągu 14 dni roboczych (w pilnych sprawach w ciągu 2 dni). "
    "Decyzję wydajemy bez zbędnej zwłoki, najpóźniej w ciągu miesiąca (art. 35 KPA). "
    "Od decyzji możesz odwołać się w ciągu 14 dni do Samorządowego Kolegium Odwoławczego we "
    "Włocławku, za naszym pośrednictwem."
)

FAMILY_DEADLINES = p(
    "Okres zasiłkowy trwa od 1 listopada do 31 października. Wnioski na nowy okres "
    "przyjmujemy elektronicznie od 1 lipca, a papierowo od 1 sierpnia. Wniosek złożony do "
    "31 sierpnia z kompletem dokumentów – wypłata do 30 listopada; złożony we wrześniu lub "
    "październiku – do 31 grudnia; w listopadzie lub grudniu – do końca lutego."
)


def how_to_apply(online: bool = True, empatia: bool = False, extra: str = "") -> str:
    items = []
    if online:
        items.append(
            "<strong>Przez internet na tej stronie</strong> – wypełnij formularz, a potem "
            "podpisz otrzymany plik PDF profilem zaufanym, podpisem osobistym lub "
            "kwalifikowanym (albo przynieś go podpisany do ośrodka)."
        )
    if empatia:
        items.append(
            "<strong>Przez portal Emp@tia</strong>, bankowość elektroniczną lub PUE ZUS, "
            "jeśli wolisz kanał krajowy."
        )
    items.append(f"<strong>Osobiście</strong> – {OFFICE}.")
    items.append(
        "<strong>Pocztą</strong> – na adres ośrodka; decyduje data nadania w placówce "
        "pocztowej operatora wyznaczonego."
    )
    items.append("<strong>Przez e-Doręczenia lub ePUAP</strong> – pismo podpisane elektronicznie.")
    html = ul(*items)
    if extra:
        html += p(extra)
    return html


SERVICES = [
    {
        "slug": "zasilek-staly",
        "title": "Zasiłek stały",
        "category": "pomoc-spoleczna",
        "benefit_code": "zasilek-staly",
        "summary": (
            "Comiesięczne świadczenie dla dorosłej osoby, która nie może pracować, bo "
            "osiągnęła wiek emerytalny albo ma orzeczenie o niezdolności do pracy lub o "
            "znacznym lub umiarkowanym stopniu niepełnosprawności. Zasiłek uzupełnia "
            "dochód do ustalonego poziomu i daje prawo do ubezpieczenia zdrowotnego."
        ),
        "who_may_apply": ul(
            "pełnoletnia osoba samotnie gospodarująca, całkowicie niezdolna do pracy z "
            "powodu wieku lub niepełnosprawności, której dochód nie przekracza kryterium "
            "dla osoby samotnej,",
            "pełnoletnia osoba pozostająca w rodzinie, całkowicie niezdolna do pracy, gdy "
            "jej dochód i dochód na osobę w rodzinie nie przekraczają kryterium.",
        ),
        "income_criterion_note": UPS_INCOME
        + p(
            "Wysokość zasiłku to różnica między kryterium a Twoim dochodem (dla osoby "
            "samotnej – nie więcej niż kwota maksymalna), nie mniej niż kwota minimalna."
        ),
        "required_documents": ul(
            *UPS_DOCS,
            "orzeczenie o niepełnosprawności lub o niezdolności do pracy (ZUS, KRUS, "
            "zespół ds. orzekania), albo dokument potwierdzający wiek emerytalny,",
            "decyzja o wysokości emerytury lub renty, jeśli ją pobierasz.",
        ),
        "legal_basis": p(f"art. 37 i art. 106 ust. 4 – {UPS}; {KPA}."),
        "deadlines": UPS_DEADLINES,
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["zasilek-okresowy", "uslugi-opiekuncze", "praca-socjalna"],
        "form": {
            "intro": p(
                "Ten formularz przygotuje wniosek o zasiłek stały. Zajmie około 15 minut. "
                "Przygotuj orzeczenie o niepełnosprawności lub niezdolności do pracy oraz "
                "informacje o dochodach z ostatniego miesiąca."
            ),
            "help": {
                "household": p("Wpisz osoby, z którymi mieszkasz i wspólnie się utrzymujesz."),
                "incomes": p(
                    "Podaj dochody netto z miesiąca przed złożeniem wniosku: emerytura, "
                    "renta, wynagrodzenie, alimenty. Nie wpisuj 800+."
                ),
                "attachments": p("Dołącz skan lub zdjęcie orzeczenia (PDF, JPG lub PNG)."),
            },
        },
    },
    {
        "slug": "zasilek-okresowy",
        "title": "Zasiłek okresowy",
        "category": "pomoc-spoleczna",
        "benefit_code": "zasilek-okresowy",
        "summary": (
            "Świadczenie na czas przejściowych trudności – długotrwałej choroby, "
            "niepełnosprawności, bezrobocia albo braku możliwości utrzymania się z innych "
            "źródeł. Okres wypłaty ustala ośrodek na podstawie wywiadu środowiskowego."
        ),
        "who_may_apply": ul(
            "osoba samotnie gospodarująca, której dochód jest niższy od kryterium dla "
            "osoby samotnej,",
            "rodzina, której dochód jest niższy od kryterium dochodowego rodziny,",
            "a przyczyną trudnej sytuacji jest choroba, niepełnosprawność, bezrobocie lub "
            "brak uprawnień do świadczeń z innych systemów.",
        ),
        "income_criterion_note": UPS_INCOME
        + p(
            "Zasiłek wynosi co najmniej połowę różnicy między kryterium a dochodem, nie mniej "
            "niż kwota minimalna."
        ),
        "required_documents": ul(
            *UPS_DOCS,
            "zaświadczenie lekarskie o chorobie lub orzeczenie o niepełnosprawności, jeśli "
            "to przyczyna wniosku.",
        ),
        "legal_basis": p(f"art. 38 i art. 106 ust. 4 – {UPS}."),
        "deadlines": UPS_DEADLINES,
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["zasilek-staly", "zasilek-celowy", "praca-socjalna"],
        "form": {
            "intro": p(
                "Wypełnij wniosek o zasiłek okresowy. Pomocne będą: zaświadczenie z urzędu "
                "pracy albo zaświadczenie lekarskie oraz informacje o dochodach domowników."
            ),
            "help": {
                "details": p("Opisz krótko, co się stało i od kiedy trwa trudna sytuacja."),
                "incomes": p("Jeśli ktoś nie ma dochodu, wpisz 0 zł – to też ważna informacja."),
            },
        },
    },
    {
        "slug": "zasilek-celowy",
        "title": "Zasiłek celowy",
        "category": "pomoc-spoleczna",
        "benefit_code": "zasilek-celowy",
        "summary": (
            "Jednorazowa pomoc na konkretną, niezbędną potrzebę: żywność, leki i leczenie, "
            "opał, odzież, drobne remonty, koszty pogrzebu. W szczególnych przypadkach "
            "przyznajemy specjalny zasiłek celowy lub zasiłek zwrotny, a po klęsce "
            "żywiołowej – pomoc niezależnie od dochodu."
        ),
        "who_may_apply": ul(
            "osoby i rodziny z dochodem nieprzekraczającym kryterium,",
            "w szczególnie uzasadnionych przypadkach – osoby z dochodem powyżej kryterium "
            "(specjalny zasiłek celowy albo zasiłek zwrotny),",
            "osoby, które poniosły straty w wyniku zdarzenia losowego, klęski żywiołowej "
            "lub ekologicznej – bez względu na dochód.",
        ),
        "income_criterion_note": UPS_INCOME,
        "required_documents": ul(
            *UPS_DOCS,
            "faktury, rachunki lub kosztorys potrzebnego wydatku (np. opał, leki),",
            "przy pomocy po zdarzeniu losowym – dokumenty potwierdzające szkodę.",
        ),
        "legal_basis": p(f"art. 39, 39a, 40 i 41 – {UPS}."),
        "deadlines": UPS_DEADLINES,
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["posilek", "zasilek-okresowy", "dodatek-mieszkaniowy"],
        "form": {
            "intro": p(
                "Ten formularz służy do wnioskowania o zasiłek celowy na określoną potrzebę. "
                "Napisz, na co potrzebujesz pomocy i ile to kosztuje."
            ),
            "help": {
                "details": p(
                    "Wybierz potrzebę (np. opał, leki) i wpisz przybliżoną kwotę. Jeśli masz "
                    "fakturę lub kosztorys, dołączysz go w kroku „Załączniki”."
                ),
            },
        },
    },
    {
        "slug": "posilek",
        "title": "Posiłek w szkole i w domu (dożywianie)",
        "category": "pomoc-spoleczna",
        "benefit_code": "posilek",
        "summary": (
            "Pomoc w formie gorącego posiłku (np. obiad w szkole lub przedszkolu), "
            "świadczenia pieniężnego na zakup żywności albo żywności w naturze. Realizujemy "
            "ją w ramach rządowego programu „Posiłek w szkole i w domu”."
        ),
        "who_may_apply": ul(
            "dzieci do czasu rozpoczęcia nauki w szkole podstawowej i uczniowie do "
            "zakończenia szkoły ponadpodstawowej,",
            "osoby i rodziny w trudnej sytuacji, w szczególności osoby starsze, chore "
            "i z niepełnosprawnościami,",
            "jeśli dochód nie przekracza 200% kryterium z ustawy o pomocy społecznej.",
        ),
        "income_criterion_note": UPS_INCOME
        + p(
            "Dziecko może zjeść posiłek w szkole także bez decyzji, na wniosek dyrektora "
            "szkoły – bez wywiadu środowiskowego (do 20% dzieci korzystających z posiłków)."
        ),
        "required_documents": ul(*UPS_DOCS, "nazwa szkoły lub przedszkola dziecka."),
        "legal_basis": p(
            f"art. 48b – {UPS}; uchwała nr 140 Rady Ministrów z 15.10.2018 r. w sprawie "
            "ustanowienia wieloletniego rządowego programu „Posiłek w szkole i w domu” "
            "na lata 2019–2028 (ze zm.)."
        ),
        "deadlines": p(
            "Wnioski przyjmujemy przez cały rok; przed nowym rokiem szkolnym najlepiej do "
            "końca sierpnia, by dziecko dostało obiad od pierwszego dnia nauki."
        )
        + UPS_DEADLINES,
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["zasilek-celowy", "zasilek-rodzinny", "asystent-rodziny"],
        "form": {
            "intro": p(
                "Złóż wniosek o posiłek dla dziecka w szkole lub przedszkolu albo o "
                "świadczenie na zakup żywności. Przygotuj nazwę szkoły i dochody z "
                "ostatniego miesiąca."
            ),
            "help": {
                "household": p("Dodaj wszystkie dzieci, dla których chcesz posiłek."),
                "details": p("Wybierz formę pomocy: posiłek, pieniądze na żywność lub żywność."),
            },
        },
    },
    {
        "slug": "uslugi-opiekuncze",
        "title": "Usługi opiekuńcze",
        "category": "pomoc-spoleczna",
        "benefit_code": "uslugi-opiekuncze",
        "summary": (
            "Pomoc opiekunki w domu dla osoby, która z powodu wieku, choroby lub "
            "niepełnosprawności potrzebuje wsparcia w codziennych czynnościach: zakupy, "
            "przygotowanie posiłku, sprzątanie, higiena, kontakt z lekarzem. Możliwe są też "
            "specjalistyczne usługi opiekuńcze, np. dla osób z zaburzeniami psychicznymi."
        ),
        "who_may_apply": ul(
            "osoba samotna, która potrzebuje pomocy innych osób, a jest jej pozbawiona,",
            "osoba w rodzinie, gdy rodzina nie może zapewnić jej opieki (np. z powodu pracy "
            "lub stanu zdrowia opiekunów).",
        ),
        "income_criterion_note": UPS_INCOME
        + p(
            "Usługi są bezpłatne dla osób z dochodem do kryterium. Powyżej kryterium płacisz "
            "część kosztu godziny usług według tabeli z uchwały Rady Gminy Wielgie."
        ),
        "required_documents": ul(
            *UPS_DOCS,
            "zaświadczenie lekarskie o stanie zdrowia i potrzebie pomocy osób drugich.",
        ),
        "legal_basis": p(
            f"art. 50 – {UPS}; uchwała Rady Gminy Wielgie w sprawie szczegółowych warunków "
            "przyznawania i odpłatności za usługi opiekuńcze."
        ),
        "deadlines": UPS_DEADLINES,
        "how_to_apply": how_to_apply(
            extra="Wniosek może złożyć także członek rodziny, sąsiad lub lekarz – za zgodą osoby potrzebującej pomocy."
        ),
        "fees": p(
            "Odpłatność zależy od dochodu i jest ustalana w decyzji. Osoby z dochodem do "
            "kryterium nie płacą. W szczególnych przypadkach ośrodek może zwolnić z opłat."
        ),
        "related": ["zasilek-staly", "specjalny-zasilek-opiekunczy", "praca-socjalna"],
        "form": {
            "intro": p(
                "Wniosek o usługi opiekuńcze w domu. Napisz, w czym potrzebna jest pomoc i "
                "ile godzin dziennie. Przygotuj zaświadczenie od lekarza rodzinnego."
            ),
            "help": {
                "details": p("Np. zakupy 2 razy w tygodniu, pomoc w myciu codziennie rano."),
                "attachments": p("Dołącz zaświadczenie lekarskie, jeśli już je masz."),
            },
        },
    },
    {
        "slug": "swiadczenia-zdrowotne",
        "title": "Prawo do świadczeń opieki zdrowotnej dla osób nieubezpieczonych",
        "category": "pomoc-spoleczna",
        "benefit_code": "swiadczenia-zdrowotne",
        "summary": (
            "Decyzja wójta (wydawana przez ośrodek), dzięki której osoba bez ubezpieczenia "
            "zdrowotnego może leczyć się bezpłatnie w ramach NFZ. Decyzja obowiązuje przez "
            "90 dni od wskazanej w niej daty."
        ),
        "who_may_apply": ul(
            "obywatel Polski (lub inna uprawniona osoba) mieszkający w gminie Wielgie, "
            "który nie ma ubezpieczenia zdrowotnego,",
            "spełniający kryterium dochodowe z ustawy o pomocy społecznej,",
            "w nagłych przypadkach wniosek składa szpital lub przychodnia, która udzieliła "
            "pomocy – w ciągu 7 dni od rozpoczęcia leczenia.",
        ),
        "income_criterion_note": UPS_INCOME,
        "required_documents": ul(
            *UPS_DOCS,
            "oświadczenie o braku ubezpieczenia zdrowotnego (lub wydruk z eWUŚ).",
        ),
        "legal_basis": p(
            "art. 54 ustawy z dnia 27 sierpnia 2004 r. o świadczeniach opieki zdrowotnej "
            f"finansowanych ze środków publicznych; art. 106 ust. 4 – {UPS}."
        ),
        "deadlines": p(
            "Decyzję wydajemy niezwłocznie, nie później niż w ciągu 8 dni od złożenia "
            "wniosku (w nagłym przypadku – od dnia, w którym udzielono świadczenia). "
            "Prawo do świadczeń trwa 90 dni."
        ),
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["zasilek-okresowy", "zasilek-celowy"],
        "form": {
            "intro": p(
                "Wniosek o decyzję potwierdzającą prawo do bezpłatnego leczenia. Jeśli "
                "jesteś w szpitalu, wniosek może złożyć za Ciebie placówka."
            ),
            "help": {
                "details": p("Wpisz, od kiedy nie masz ubezpieczenia i czy leczenie już trwa."),
            },
        },
    },
    {
        "slug": "zasilek-rodzinny",
        "title": "Zasiłek rodzinny z dodatkami",
        "category": "swiadczenia-rodzinne",
        "benefit_code": "zasilek-rodzinny",
        "summary": (
            "Miesięczne wsparcie na częściowe pokrycie kosztów utrzymania dziecka. Do "
            "zasiłku mogą przysługiwać dodatki: z tytułu urodzenia dziecka, opieki w czasie "
            "urlopu wychowawczego, samotnego wychowywania, wychowywania w rodzinie "
            "wielodzietnej, kształcenia i rehabilitacji dziecka z niepełnosprawnością, "
            "rozpoczęcia roku szkolnego oraz nauki poza miejscem zamieszkania."
        ),
        "who_may_apply": ul(
            "rodzice dziecka, jeden z rodziców, opiekun prawny lub faktyczny,",
            "osoba ucząca się (pełnoletnia, niepozostająca na utrzymaniu rodziców),",
            "na dziecko do 18. roku życia, do 21 lat, gdy uczy się w szkole, lub do 24 lat, "
            "gdy ma orzeczenie o znacznym stopniu niepełnosprawności.",
        ),
        "income_criterion_note": p(
            "Liczy się dochód rodziny na osobę z roku bazowego (dla okresu 2026/2027 – "
            "z 2025 r.), skorygowany o dochody utracone i uzyskane. Gdy dochód przekroczy "
            "kryterium, zasiłek zmniejsza się o kwotę przekroczenia („złotówka za "
            "złotówkę”); świadczeń poniżej 20 zł nie wypłaca się."
        ),
        "required_documents": ul(
            "wniosek o zasiłek rodzinny (i dodatki, o które się ubiegasz),",
            "oświadczenia o dochodach niepodlegających opodatkowaniu i o gospodarstwie rolnym, "
            "jeśli dotyczy – dochody z PIT i ZUS ośrodek sprawdza sam,",
            "odpis wyroku lub ugody alimentacyjnej, jeśli alimenty są zasądzone,",
            "orzeczenie o niepełnosprawności dziecka – przy dodatku na rehabilitację,",
            "zaświadczenie ze szkoły – przy dziecku powyżej 18 lat lub nauce poza miejscem zamieszkania.",
        ),
        "legal_basis": p(
            f"art. 4–14 {USR}; rozporządzenie Ministra Rodziny w sprawie sposobu i trybu postępowania w sprawach o przyznanie świadczeń rodzinnych."
        ),
        "deadlines": FAMILY_DEADLINES,
        "how_to_apply": how_to_apply(empatia=True),
        "fees": FREE,
        "related": ["becikowe", "karta-duzej-rodziny", "fundusz-alimentacyjny"],
        "form": {
            "intro": p(
                "Wniosek o zasiłek rodzinny na okres zasiłkowy od 1 listopada do "
                "31 października. Przygotuj PESEL dzieci i informacje o dochodach rodziny "
                "z roku bazowego."
            ),
            "help": {
                "household": p(
                    "Dodaj drugiego rodzica i wszystkie dzieci pozostające na utrzymaniu."
                ),
                "incomes": p(
                    "Wpisz dochody z roku bazowego. Dochody opodatkowane sprawdzimy w "
                    "urzędzie skarbowym – podaj tylko te, o które pyta formularz."
                ),
                "details": p("Zaznacz dodatki, o które się ubiegasz."),
            },
        },
    },
    {
        "slug": "swiadczenie-pielegnacyjne",
        "title": "Świadczenie pielęgnacyjne",
        "category": "swiadczenia-rodzinne",
        "benefit_code": "swiadczenie-pielegnacyjne",
        "summary": (
            "Świadczenie dla rodzica lub opiekuna, który opiekuje się dzieckiem z "
            "niepełnosprawnością. Od 2024 r. opiekun może jednocześnie pracować zarobkowo. "
            "Świadczenie nie zależy od dochodu."
        ),
        "who_may_apply": ul(
            "matka, ojciec, opiekun faktyczny dziecka, rodzina zastępcza niezawodowa – "
            "opiekujący się dzieckiem do 18. roku życia,",
            "gdy dziecko ma orzeczenie o niepełnosprawności ze wskazaniami konieczności "
            "stałej lub długotrwałej opieki i stałego współudziału opiekuna.",
        ),
        "income_criterion_note": p("Świadczenie przysługuje bez względu na dochód rodziny."),
        "required_documents": ul(
            "wniosek,",
            "orzeczenie o niepełnosprawności dziecka ze wskazaniami w pkt 7 i 8,",
            "dokument potwierdzający opiekę faktyczną lub ustanowienie rodziny zastępczej, jeśli dotyczy.",
        ),
        "legal_basis": p(f"art. 17 {USR} (w brzmieniu od 1 stycznia 2024 r.)."),
        "deadlines": p(
            "Świadczenie przyznajemy na czas obowiązywania orzeczenia. Jeśli złożysz "
            "wniosek w ciągu 3 miesięcy od wydania orzeczenia, świadczenie przysługuje od "
            "miesiąca złożenia wniosku o orzeczenie. Decyzja – do miesiąca od złożenia "
            "kompletnego wniosku."
        ),
        "how_to_apply": how_to_apply(empatia=True),
        "fees": FREE,
        "related": ["specjalny-zasilek-opiekunczy", "zasilek-rodzinny", "uslugi-opiekuncze"],
        "form": {
            "intro": p(
                "Wniosek o świadczenie pielęgnacyjne dla opiekuna dziecka z "
                "niepełnosprawnością. Będzie potrzebne orzeczenie dziecka."
            ),
            "help": {
                "attachments": p(
                    "Dołącz orzeczenie o niepełnosprawności dziecka (wszystkie strony)."
                ),
            },
        },
    },
    {
        "slug": "specjalny-zasilek-opiekunczy",
        "title": "Specjalny zasiłek opiekuńczy",
        "category": "swiadczenia-rodzinne",
        "benefit_code": "specjalny-zasilek-opiekunczy",
        "summary": (
            "Miesięczne świadczenie dla osoby, która rezygnuje z pracy, aby opiekować się "
            "dorosłym członkiem rodziny o znacznym stopniu niepełnosprawności."
        ),
        "who_may_apply": ul(
            "osoby, na których ciąży obowiązek alimentacyjny (np. dzieci wobec rodzica),",
            "gdy nie podejmują lub rezygnują z pracy, by sprawować stałą opiekę,",
            "jeśli dochód rodziny opiekuna i rodziny osoby wymagającej opieki nie przekracza kryterium.",
        ),
        "income_criterion_note": p(
            "Kryterium sprawdzamy osobno dla rodziny opiekuna i rodziny osoby wymagającej "
            "opieki, na podstawie dochodów z roku bazowego. Przed wydaniem decyzji pracownik "
            "socjalny przeprowadza wywiad środowiskowy."
        ),
        "required_documents": ul(
            "wniosek,",
            "orzeczenie o znacznym stopniu niepełnosprawności osoby wymagającej opieki,",
            "oświadczenia o dochodach obu rodzin (jeśli nie wynikają z rejestrów),",
            "świadectwo pracy lub inne potwierdzenie rezygnacji z zatrudnienia.",
        ),
        "legal_basis": p(
            f"art. 16a {USR}; ustawa z 4 kwietnia 2014 r. o ustaleniu i wypłacie zasiłków dla opiekunów."
        ),
        "deadlines": p(
            "Zasiłek przyznajemy na okres zasiłkowy (1 listopada – 31 października), a przy "
            "orzeczeniu na czas określony – do końca miesiąca, w którym upływa orzeczenie. "
            "Decyzja – do miesiąca od złożenia kompletnego wniosku, po wywiadzie środowiskowym."
        ),
        "how_to_apply": how_to_apply(empatia=True),
        "fees": FREE,
        "related": ["swiadczenie-pielegnacyjne", "uslugi-opiekuncze"],
        "form": {
            "intro": p(
                "Wniosek o specjalny zasiłek opiekuńczy. Podasz dane osoby, którą się "
                "opiekujesz, oraz dochody obu rodzin."
            ),
            "help": {
                "details": p("Wpisz dane osoby wymagającej opieki i łączące Was pokrewieństwo."),
            },
        },
    },
    {
        "slug": "becikowe",
        "title": "Becikowe – jednorazowa zapomoga z tytułu urodzenia dziecka",
        "category": "swiadczenia-rodzinne",
        "benefit_code": "becikowe",
        "summary": (
            "Jednorazowa zapomoga wypłacana po urodzeniu się żywego dziecka, niezależna od "
            "dodatku z tytułu urodzenia dziecka do zasiłku rodzinnego."
        ),
        "who_may_apply": ul(
            "matka lub ojciec dziecka, opiekun prawny albo faktyczny,",
            "jeśli dochód rodziny na osobę nie przekracza kryterium,",
            "matka pozostawała pod opieką lekarską lub położnej od 10. tygodnia ciąży do porodu.",
        ),
        "income_criterion_note": p(
            "Liczy się dochód rodziny na osobę z roku bazowego, z uwzględnieniem dochodu "
            "utraconego i uzyskanego."
        ),
        "required_documents": ul(
            "wniosek,",
            "zaświadczenie lekarskie lub od położnej o opiece od 10. tygodnia ciąży "
            "(nie dotyczy opiekunów prawnych, faktycznych i rodziców adopcyjnych),",
            "oświadczenia o dochodach niepodlegających opodatkowaniu, jeśli dotyczy.",
        ),
        "legal_basis": p(f"art. 15b {USR}."),
        "deadlines": p(
            "Wniosek złóż w ciągu 12 miesięcy od urodzenia dziecka (przy opiece faktycznej "
            "lub przysposobieniu – od objęcia opieką, nie później niż do ukończenia przez "
            "dziecko 18 lat). Decyzja – do miesiąca od złożenia kompletnego wniosku."
        ),
        "how_to_apply": how_to_apply(empatia=True),
        "fees": FREE,
        "related": ["zasilek-rodzinny", "karta-duzej-rodziny"],
        "form": {
            "intro": p(
                "Wniosek o becikowe. Przygotuj zaświadczenie o opiece medycznej w ciąży "
                "oraz informacje o dochodach rodziny."
            ),
            "help": {
                "attachments": p("Zaświadczenie wystawia lekarz lub położna prowadząca ciążę."),
            },
        },
    },
    {
        "slug": "fundusz-alimentacyjny",
        "title": "Świadczenia z funduszu alimentacyjnego",
        "category": "inne",
        "benefit_code": "fundusz-alimentacyjny",
        "summary": (
            "Gdy rodzic nie płaci zasądzonych alimentów, a komornik nie może ich "
            "wyegzekwować, państwo wypłaca świadczenie w wysokości bieżących alimentów, "
            "nie wyższe niż kwota maksymalna. Ośrodek prowadzi też działania wobec dłużnika."
        ),
        "who_may_apply": ul(
            "osoba uprawniona do alimentów do 18. roku życia,",
            "do 25. roku życia, jeśli uczy się w szkole lub szkole wyższej,",
            "bez ograniczenia wieku, jeśli ma orzeczenie o znacznym stopniu niepełnosprawności,",
            "gdy egzekucja komornicza okazała się bezskuteczna, a dochód rodziny na osobę "
            "nie przekracza kryterium.",
        ),
        "income_criterion_note": p(
            "Liczy się dochód rodziny na osobę z roku bazowego. Gdy kryterium zostanie "
            "przekroczone, świadczenie zmniejsza się o kwotę przekroczenia."
        ),
        "required_documents": ul(
            "wniosek,",
            "odpis wyroku, ugody lub postanowienia o alimentach,",
            "zaświadczenie komornika o bezskuteczności egzekucji (z ostatnich 2 miesięcy),",
            "zaświadczenie ze szkoły lub uczelni – dla osoby pełnoletniej uczącej się.",
        ),
        "legal_basis": p(
            f"ustawa z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów; {KPA}."
        ),
        "deadlines": p(
            "Okres świadczeniowy trwa od 1 października do 30 września. Wnioski online "
            "od 1 lipca, papierowe od 1 sierpnia. Wniosek złożony do 31 sierpnia – wypłata "
            "do 31 października; we wrześniu – do 30 listopada; w październiku – do 31 grudnia."
        ),
        "how_to_apply": how_to_apply(empatia=True),
        "fees": FREE,
        "related": ["zasilek-rodzinny", "praca-socjalna"],
        "form": {
            "intro": p(
                "Wniosek o świadczenia z funduszu alimentacyjnego. Będzie potrzebny wyrok "
                "zasądzający alimenty i zaświadczenie komornika o bezskutecznej egzekucji."
            ),
            "help": {
                "details": p("Podaj sygnaturę wyroku i dane dłużnika, jeśli je znasz."),
                "attachments": p("Zaświadczenie komornika nie może być starsze niż 2 miesiące."),
            },
        },
    },
    {
        "slug": "dodatek-mieszkaniowy",
        "title": "Dodatek mieszkaniowy",
        "category": "inne",
        "benefit_code": "dodatek-mieszkaniowy",
        "summary": (
            "Dopłata do czynszu i opłat za mieszkanie dla osób o niskich dochodach. "
            "Przyznajemy ją na 6 miesięcy, a wypłacamy zarządcy budynku do 10. dnia "
            "miesiąca (właścicielom domów – bezpośrednio)."
        ),
        "who_may_apply": ul(
            "najemcy i podnajemcy lokali, właściciele mieszkań i domów jednorodzinnych, "
            "osoby z tytułem prawnym do lokalu (np. spółdzielcze prawo),",
            "gdy średni dochód z 3 miesięcy nie przekracza ustawowego progu,",
            "a powierzchnia mieszkania nie przekracza normatywnej o więcej niż 30% "
            "(lub 50%, gdy pokoje i kuchnia zajmują do 60% powierzchni).",
        ),
        "income_criterion_note": p(
            "Próg dochodowy to procent przeciętnego wynagrodzenia (40% dla osoby samotnej, "
            "30% na osobę w gospodarstwie wieloosobowym). Liczy się średni miesięczny dochód "
            "z 3 miesięcy przed złożeniem wniosku. Powierzchnia normatywna: 35 m² dla 1 osoby, "
            "40 m² dla 2, 45 m² dla 3, 55 m² dla 4, 65 m² dla 5, 70 m² dla 6 osób "
            "(+5 m² za każdą kolejną; +15 m² dla osoby na wózku)."
        ),
        "required_documents": ul(
            "wniosek,",
            "deklaracja o dochodach gospodarstwa domowego z 3 miesięcy,",
            "zaświadczenie zarządcy o wydatkach na mieszkanie (wypełnia zarządca lub właściciel),",
            "dokumenty potwierdzające dochody, wydatki i tytuł prawny do lokalu.",
        ),
        "legal_basis": p(
            "ustawa z dnia 21 czerwca 2001 r. o dodatkach mieszkaniowych; rozporządzenie "
            "Ministra Rozwoju i Technologii w sprawie dodatków mieszkaniowych."
        ),
        "deadlines": p(
            "Wniosek możesz złożyć w każdej chwili. Dodatek przysługuje od pierwszego dnia "
            "miesiąca po złożeniu wniosku, przez 6 miesięcy. Decyzja – do miesiąca. "
            "Odwołanie – do SKO we Włocławku w ciągu 14 dni."
        ),
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["dodatek-energetyczny", "zasilek-celowy"],
        "form": {
            "intro": p(
                "Wniosek o dodatek mieszkaniowy. Przygotuj dochody wszystkich domowników z "
                "ostatnich 3 miesięcy i zaświadczenie od zarządcy o opłatach."
            ),
            "help": {
                "details": p(
                    "Podaj powierzchnię użytkową mieszkania, pokoi i kuchni (z umowy lub aktu)."
                ),
                "incomes": p("Wpisz łączny dochód z 3 pełnych miesięcy przed złożeniem wniosku."),
            },
        },
    },
    {
        "slug": "dodatek-energetyczny",
        "title": "Dodatek energetyczny",
        "category": "inne",
        "benefit_code": "dodatek-energetyczny",
        "summary": (
            "Zryczałtowana dopłata do kosztów energii elektrycznej dla odbiorcy wrażliwego, "
            "czyli osoby, która ma przyznany dodatek mieszkaniowy."
        ),
        "who_may_apply": ul(
            "osoba, której przyznano dodatek mieszkaniowy,",
            "będąca stroną umowy kompleksowej lub umowy sprzedaży energii elektrycznej,",
            "zamieszkująca w miejscu dostarczania energii.",
        ),
        "income_criterion_note": p(
            "Nie ma osobnego kryterium – warunkiem jest prawo do dodatku mieszkaniowego. "
            "Wysokość ogłasza co roku minister właściwy do spraw energii."
        ),
        "required_documents": ul(
            "wniosek,",
            "kopia umowy z dostawcą energii elektrycznej (lub faktury potwierdzającej umowę).",
        ),
        "legal_basis": p("art. 5c–5e ustawy z dnia 10 kwietnia 1997 r. – Prawo energetyczne."),
        "deadlines": p(
            "Dodatek przyznajemy na okres, na który przyznano dodatek mieszkaniowy. Wypłata "
            "do 10. dnia miesiąca. Decyzja – do miesiąca."
        ),
        "how_to_apply": how_to_apply(),
        "fees": FREE,
        "related": ["dodatek-mieszkaniowy"],
        "form": {
            "intro": p(
                "Wniosek o dodatek energetyczny. Możesz go złożyć razem z wnioskiem o "
                "dodatek mieszkaniowy albo po jego przyznaniu."
            ),
            "help": {
                "attachments": p(
                    "Dołącz umowę z dostawcą prądu (strona z numerem umowy i danymi stron)."
                ),
            },
        },
    },
    {
        "slug": "karta-duzej-rodziny",
        "title": "Karta Dużej Rodziny",
        "category": "inne",
        "benefit_code": "karta-duzej-rodziny",
        "summary": (
            "Karta zniżek dla rodzin z co najmniej trojgiem dzieci – w sklepach, na kolei, "
            "w instytucjach kultury, na paliwo i w wielu innych miejscach. Wydawana w wersji "
            "tradycyjnej i elektronicznej (w aplikacji mObywatel)."
        ),
        "who_may_apply": ul(
            "rodzic lub małżonek rodzica mający na utrzymaniu co najmniej troje dzieci,",
            "rodzina zastępcza, prowadzący rodzinny dom dziecka,",
            "rodzice, którzy kiedykolwiek mieli na utrzymaniu co najmniej troje dzieci – "
            "kartę bezterminową.",
        ),
        "income_criterion_note": p("Karta przysługuje bez względu na dochód."),
        "required_documents": ul(
            "wniosek,",
            "dokumenty tożsamości członków rodziny do wglądu,",
            "zaświadczenie ze szkoły lub uczelni – dla dzieci od 18 do 25 lat,",
            "orzeczenie o niepełnosprawności – dla dziecka powyżej 25 lat, jeśli dotyczy.",
        ),
        "legal_basis": p("ustawa z dnia 5 grudnia 2014 r. o Karcie Dużej Rodziny."),
        "deadlines": p(
            "Kartę wydajemy niezwłocznie po złożeniu kompletnego wniosku. Odmowa przyznania "
            "karty następuje w drodze decyzji, od której przysługuje odwołanie."
        ),
        "how_to_apply": how_to_apply(empatia=True),
        "fees": p(
            "Karta jest bezpłatna, także w wersji elektronicznej. Za duplikat zgubionej lub "
            "zniszczonej karty tradycyjnej pobierana jest niewielka opłata określona w "
            "przepisach – jej aktualną wysokość podamy w ośrodku."
        ),
        "related": ["zasilek-rodzinny", "becikowe"],
        "form": {
            "intro": p(
                "Wniosek o Kartę Dużej Rodziny dla wszystkich członków rodziny. Przygotuj "
                "numery PESEL dzieci i małżonka."
            ),
            "help": {
                "household": p("Dodaj wszystkie dzieci, także dorosłe, które się uczą."),
                "details": p("Zaznacz, czy chcesz kartę tradycyjną, elektroniczną, czy obie."),
            },
        },
    },
    {
        "slug": "niebieska-karta",
        "title": "Niebieska Karta – pomoc dla osób doznających przemocy domowej",
        "category": "pomoc-spoleczna",
        "benefit_code": "",
        "summary": (
            "„Niebieska Karta” to procedura, w której policja, ośrodek pomocy społecznej, "
            "szkoła, ochrona zdrowia i komisja rozwiązywania problemów alkoholowych wspólnie "
            "pomagają osobie doznającej przemocy domowej. Procedurę wszczyna przedstawiciel "
            "jednej z tych instytucji – nie składa się w tej sprawie wniosku przez internet."
        ),
        "who_may_apply": p(
            "Z pomocy może skorzystać każda osoba doznająca przemocy domowej, a także "
            "świadek przemocy. Możesz przyjść do ośrodka, zadzwonić lub powiedzieć o "
            "przemocy policjantowi, nauczycielowi, lekarzowi lub pielęgniarce."
        ),
        "income_criterion_note": p("Pomoc nie zależy od dochodu."),
        "required_documents": p(
            "Nie są potrzebne żadne dokumenty. Formularz „Niebieska Karta – A” wypełnia "
            "przedstawiciel instytucji podczas rozmowy z Tobą."
        ),
        "legal_basis": p(
            "ustawa z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej; "
            "rozporządzenie Rady Ministrów z 6 września 2023 r. w sprawie procedury "
            "„Niebieskie Karty” oraz wzorów formularzy."
        ),
        "deadlines": p(
            "Grupa diagnostyczno-pomocowa spotyka się nie później niż w ciągu 5 dni od "
            "wszczęcia procedury. W sytuacji zagrożenia dzwoń pod <strong>112</strong>."
        ),
        "how_to_apply": ul(
            "<strong>W nagłej sytuacji</strong> – zadzwoń pod 112.",
            "<strong>Telefon „Niebieska Linia”</strong> – 800 120 002 (całodobowo, bezpłatnie).",
            f"<strong>Osobiście</strong> – {OFFICE}; rozmowa odbędzie się w osobnym pokoju.",
            "<strong>Telefonicznie</strong> – pracownik socjalny ds. przeciwdziałania przemocy: 54 289 40 22.",
        ),
        "fees": p("Pomoc jest bezpłatna."),
        "related": ["praca-socjalna", "asystent-rodziny"],
    },
    {
        "slug": "praca-socjalna",
        "title": "Praca socjalna i poradnictwo",
        "category": "pomoc-spoleczna",
        "benefit_code": "",
        "summary": (
            "Rozmowa, doradztwo i wspólne planowanie zmian z pracownikiem socjalnym. Pomagamy "
            "załatwić sprawy w urzędach, znaleźć pracę lub leczenie, uporządkować sytuację "
            "rodzinną. Możemy zawrzeć kontrakt socjalny, który opisuje wspólne kroki."
        ),
        "who_may_apply": p(
            "Każdy mieszkaniec gminy Wielgie – bez względu na dochód. Praca socjalna nie "
            "wymaga decyzji administracyjnej."
        ),
        "income_criterion_note": p("Bez kryterium dochodowego."),
        "required_documents": p(
            "Nie są potrzebne. Wystarczy zgłosić się do ośrodka lub zadzwonić."
        ),
        "legal_basis": p(f"art. 45 i art. 108 – {UPS}."),
        "deadlines": p("Pierwsze spotkanie umawiamy zwykle w ciągu kilku dni roboczych."),
        "how_to_apply": ul(
            f"<strong>Osobiście</strong> – {OFFICE}.",
            "<strong>Telefonicznie</strong> – 54 289 40 20.",
            "<strong>E-mailem</strong> – sekretariat@gops.wielgie.pl (bez danych o zdrowiu).",
        ),
        "fees": p("Bezpłatnie."),
        "related": ["asystent-rodziny", "zasilek-okresowy", "niebieska-karta"],
    },
    {
        "slug": "asystent-rodziny",
        "title": "Asystent rodziny",
        "category": "pomoc-spoleczna",
        "benefit_code": "",
        "summary": (
            "Asystent rodziny odwiedza rodzinę w domu i pomaga rodzicom w prowadzeniu domu, "
            "wychowaniu dzieci, załatwianiu spraw i rozwiązywaniu problemów, tak by dzieci "
            "mogły bezpiecznie wychowywać się z rodzicami."
        ),
        "who_may_apply": p(
            "Rodziny z dziećmi, które mają trudności w wypełnianiu funkcji opiekuńczo-"
            "wychowawczych. Asystenta przydziela kierownik ośrodka, zwykle na wniosek "
            "pracownika socjalnego, za zgodą rodziny; może go też zobowiązać sąd."
        ),
        "income_criterion_note": p("Bez kryterium dochodowego."),
        "required_documents": p("Nie są potrzebne – wystarczy zgoda rodziny na współpracę."),
        "legal_basis": p(
            "art. 10–17 ustawy z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie "
            "pieczy zastępczej."
        ),
        "deadlines": p(
            "Współpraca trwa tyle, ile potrzebuje rodzina; plan pracy przeglądamy co 3 miesiące."
        ),
        "how_to_apply": ul(
            f"<strong>Osobiście</strong> – {OFFICE}.",
            "<strong>Telefonicznie</strong> – 54 289 40 20.",
        ),
        "fees": p("Bezpłatnie."),
        "related": ["praca-socjalna", "posilek", "niebieska-karta"],
    },
]

CONFIRMATION = p(
    "Dziękujemy. Zapisz znak sprawy i kod dostępu – będą potrzebne, aby sprawdzić status "
    "wniosku. Pobierz plik PDF, podpisz go profilem zaufanym, podpisem osobistym lub "
    "kwalifikowanym i wyślij przez e-Doręczenia albo przynieś podpisany do ośrodka. Jeśli "
    "czegoś zabraknie, poprosimy o uzupełnienie w ciągu 7 dni."
)

INDEX = {
    "slug": "pomoc-i-swiadczenia",
    "title": "Pomoc i świadczenia",
    "search_description": "Wszystkie formy pomocy i świadczenia GOPS Wielgie: kto może dostać, jakie dokumenty, jak złożyć wniosek.",
    "lead": (
        "Wybierz sprawę, aby sprawdzić, kto może otrzymać pomoc, jakie dokumenty przygotować "
        "i jak złożyć wniosek. Przy większości świadczeń możesz wypełnić wniosek przez internet."
    ),
}
