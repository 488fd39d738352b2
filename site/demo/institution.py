"""The institution's facts, contact page, legal pages and menus (demo details).

Address, phone numbers, NIP/REGON, e-mails and the e-Doręczenia address are plausible
demo values, not the real office's data. NIP and REGON pass their checksums.
"""

import datetime

from .blocks import p, ul

NAME = "Gminny Ośrodek Pomocy Społecznej w Wielgiem"
SITE_URL = "https://gops.wielgie.pl"
BIP_URL = "https://bip.gops.wielgie.pl"
EMAIL = "sekretariat@gops.wielgie.pl"
PHONE = "54 289 40 20"
EDORECZENIA = "AE:PL-48213-57936-WJRTS-27"
IOD_NAME = "Anna Wiśniewska – Inspektor Ochrony Danych"
IOD_EMAIL = "iod@gops.wielgie.pl"
IOD_PHONE = "54 289 40 29"
ADDRESS = "ul. Lipnowska 12, 87-603 Wielgie"

SETTINGS = {
    "name": NAME,
    "short_name": "GOPS Wielgie",
    "street_address": "ul. Lipnowska 12",
    "postcode": "87-603",
    "city": "Wielgie",
    "nip": "8931234566",
    "regon": "910123451",
    "phone": PHONE,
    "phone_secondary": "54 289 40 21",
    "email": EMAIL,
    "office_hours": "\n".join(
        [
            "poniedziałek: 7:30–15:30",
            "wtorek: 7:30–15:30",
            "środa: 7:30–15:30",
            "czwartek: 7:30–15:30",
            "piątek: 7:30–15:30",
        ]
    ),
    "bip_url": BIP_URL,
    "edoreczenia_address": EDORECZENIA,
    "iod_name": IOD_NAME,
    "iod_email": IOD_EMAIL,
    "iod_phone": IOD_PHONE,
}

CONTACT = {
    "slug": "kontakt",
    "title": "Kontakt",
    "search_description": "Adres, telefony, e-mail, godziny pracy i pracownicy GOPS Wielgie.",
    "lead": (
        "Ośrodek mieści się na parterze budynku przy ul. Lipnowskiej 12 w Wielgiem. Wejście "
        "jest bez schodów. Jeśli potrzebujesz tłumacza języka migowego lub wizyty w domu, "
        "daj nam znać telefonicznie lub e-mailem."
    ),
    "map_url": "https://www.openstreetmap.org/search?query=Wielgie%2087-603#map=15/52.9480/19.2270",
    # (area, name, phone, e-mail)
    "contacts": [
        ("Kierownik ośrodka", "Małgorzata Kowalczyk", "54 289 40 20", "kierownik@gops.wielgie.pl"),
        (
            "Pomoc społeczna – zasiłki, posiłki, praca socjalna (rejon Wielgie, Czarne, Małomin)",
            "Katarzyna Nowak, starszy pracownik socjalny",
            "54 289 40 22",
            "pomoc@gops.wielgie.pl",
        ),
        (
            "Pomoc społeczna (rejon Teodorowo, Zaduszniki, Rumunki)",
            "Piotr Zieliński, pracownik socjalny",
            "54 289 40 23",
            "pomoc@gops.wielgie.pl",
        ),
        (
            "Świadczenia rodzinne, świadczenie pielęgnacyjne, becikowe",
            "Joanna Lewandowska, specjalista ds. świadczeń",
            "54 289 40 24",
            "swiadczenia@gops.wielgie.pl",
        ),
        (
            "Fundusz alimentacyjny, Karta Dużej Rodziny",
            "Joanna Lewandowska, specjalista ds. świadczeń",
            "54 289 40 24",
            "swiadczenia@gops.wielgie.pl",
        ),
        (
            "Dodatki mieszkaniowe i energetyczne",
            "Tomasz Wójcik, referent",
            "54 289 40 25",
            "dodatki@gops.wielgie.pl",
        ),
        ("Asystent rodziny", "Agnieszka Kamińska", "54 289 40 26", "asystent@gops.wielgie.pl"),
        (
            "Przeciwdziałanie przemocy domowej, zespół interdyscyplinarny",
            "Katarzyna Nowak",
            "54 289 40 22",
            "zespol@gops.wielgie.pl",
        ),
        (
            "Księgowość, wypłaty świadczeń",
            "Barbara Dąbrowska, główna księgowa",
            "54 289 40 27",
            "ksiegowosc@gops.wielgie.pl",
        ),
        ("Koordynator dostępności", "Tomasz Wójcik", "54 289 40 25", "dostepnosc@gops.wielgie.pl"),
        ("Inspektor ochrony danych", "Anna Wiśniewska", IOD_PHONE, IOD_EMAIL),
    ],
}

ACCESSIBILITY = {
    "slug": "deklaracja-dostepnosci",
    "title": "Deklaracja dostępności",
    "search_description": "Deklaracja dostępności strony internetowej GOPS Wielgie.",
    "entity_name": NAME,
    "site_url": SITE_URL,
    "publication_date": datetime.date(2026, 1, 15),
    "update_date": datetime.date(2026, 11, 2),
    "status": "częściowo zgodna",
    "non_accessible_content": ul(
        "część dokumentów PDF opublikowanych przed 2026 r. (uchwały, sprawozdania) to skany "
        "bez warstwy tekstowej – na prośbę udostępnimy je w formie dostępnej,",
        "filmy z wydarzeń lokalnych nie mają jeszcze napisów dla osób niesłyszących,",
        "mapa dojazdu prowadzi do serwisu zewnętrznego, którego dostępności nie kontrolujemy "
        "– adres ośrodka podajemy też tekstem.",
    ),
    "assessment": p(
        "Nie powoływaliśmy się na nadmierne obciążenie, o którym mowa w art. 8 ustawy "
        "o dostępności cyfrowej."
    ),
    "prepared_date": datetime.date(2026, 3, 20),
    "prepared_method": "samoocena przeprowadzona przez podmiot publiczny",
    "auditor": "",
    "contact_person": "Tomasz Wójcik, koordynator ds. dostępności",
    "contact_email": "dostepnosc@gops.wielgie.pl",
    "contact_phone": "54 289 40 25",
    "procedure": p(
        "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony "
        "internetowej, aplikacji mobilnej lub jakiegoś ich elementu. Można także zażądać "
        "udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład "
        "przez odczytanie niedostępnego cyfrowo dokumentu, opisanie zawartości filmu bez "
        "audiodeskrypcji itp.",
        "Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą "
        "stronę internetową lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba "
        "żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu "
        "dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.",
        "Ośrodek zrealizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia "
        "jego wystąpienia. Jeżeli dotrzymanie tego terminu nie będzie możliwe, niezwłocznie "
        "poinformujemy o tym, kiedy realizacja żądania będzie możliwa – nie później niż w "
        "ciągu 2 miesięcy. Jeżeli zapewnienie dostępności cyfrowej nie będzie możliwe, "
        "zaproponujemy alternatywny sposób dostępu do informacji.",
        "Jeśli odmówimy realizacji żądania, możesz złożyć skargę w sprawie zapewnienia "
        "dostępności cyfrowej. Po wyczerpaniu tej procedury możesz złożyć wniosek do "
        'Rzecznika Praw Obywatelskich (<a href="https://bip.brpo.gov.pl/">bip.brpo.gov.pl</a>).',
    ),
    "architecture": p(
        "Ośrodek mieści się na parterze budynku przy ul. Lipnowskiej 12 w Wielgiem. Do "
        "wejścia głównego prowadzi podjazd dla wózków; drzwi otwierają się automatycznie. "
        "Na parkingu przed budynkiem są 2 wyznaczone miejsca dla osób z niepełnosprawnościami.",
        "Wszystkie pokoje obsługi mieszkańców znajdują się na parterze, bez progów. Na "
        "parterze jest toaleta dostosowana do potrzeb osób poruszających się na wózku. "
        "Przy wejściu znajduje się pętla indukcyjna; do budynku można wejść z psem "
        "asystującym.",
        "Z tłumaczem polskiego języka migowego można się umówić z 3-dniowym wyprzedzeniem "
        "(telefon, e-mail, SMS pod numerem 600 100 200). W razie potrzeby pracownik "
        "socjalny odwiedzi Cię w domu.",
    ),
    "mobile_apps": p("Ośrodek nie udostępnia aplikacji mobilnych."),
}

PRIVACY = {
    "slug": "ochrona-danych-osobowych",
    "title": "Ochrona danych osobowych",
    "search_description": "Klauzula informacyjna RODO Gminnego Ośrodka Pomocy Społecznej w Wielgiem.",
    "lead": (
        "Zgodnie z art. 13 RODO informujemy, kto przetwarza Twoje dane osobowe w ośrodku, "
        "w jakim celu i jakie masz prawa."
    ),
    "body": (
        "<h3>Administrator danych</h3>"
        + p(
            f"Administratorem Twoich danych osobowych jest {NAME}, {ADDRESS}, "
            f"tel. {PHONE}, e-mail: {EMAIL}, adres do e-Doręczeń: {EDORECZENIA}. "
            "Ośrodek reprezentuje kierownik."
        )
        + "<h3>Inspektor ochrony danych</h3>"
        + p(
            f"W sprawach dotyczących danych osobowych możesz skontaktować się z inspektorem "
            f'ochrony danych: e-mail <a href="mailto:{IOD_EMAIL}">{IOD_EMAIL}</a>, '
            f"tel. {IOD_PHONE} lub listownie na adres ośrodka z dopiskiem „IOD”."
        )
        + "<h3>Cele i podstawy prawne przetwarzania</h3>"
        + ul(
            "rozpatrzenie wniosku i wydanie decyzji o świadczeniu, jego wypłata i rozliczenie "
            "– art. 6 ust. 1 lit. c RODO (obowiązek prawny wynikający m.in. z ustawy o pomocy "
            "społecznej, ustawy o świadczeniach rodzinnych, ustawy o pomocy osobom uprawnionym "
            "do alimentów, ustawy o dodatkach mieszkaniowych i Kodeksu postępowania "
            "administracyjnego),",
            "wykonywanie zadań w interesie publicznym, w tym praca socjalna, przeciwdziałanie "
            "przemocy domowej i wspieranie rodziny – art. 6 ust. 1 lit. e RODO,",
            "dane o stanie zdrowia, niepełnosprawności, nałogach lub przemocy – art. 9 ust. 2 "
            "lit. b RODO (obowiązki w dziedzinie zabezpieczenia i ochrony socjalnej), a także "
            "lit. g i h RODO tam, gdzie wynika to z przepisów szczególnych,",
            "kontakt telefoniczny lub e-mailowy w Twojej sprawie, jeśli podasz te dane "
            "dobrowolnie – art. 6 ust. 1 lit. a RODO (zgoda, którą możesz w każdej chwili "
            "wycofać).",
        )
        + "<h3>Odbiorcy danych</h3>"
        + p(
            "Dane mogą otrzymać wyłącznie podmioty uprawnione na podstawie przepisów prawa: "
            "m.in. Wojewoda Kujawsko-Pomorski, Samorządowe Kolegium Odwoławcze we Włocławku, "
            "sądy, komornicy, ZUS, KRUS, urzędy skarbowe, Powiatowy Urząd Pracy, a także "
            "podmioty, które świadczą na rzecz ośrodka usługi (obsługa informatyczna, "
            "operator pocztowy, bank realizujący wypłaty) na podstawie umów powierzenia. "
            "Dane z wniosków są przetwarzane w systemach teleinformatycznych ministerstwa "
            "właściwego do spraw rodziny (Emp@tia, CBB)."
        )
        + "<h3>Przekazywanie danych poza EOG</h3>"
        + p("Nie przekazujemy Twoich danych do państw spoza Europejskiego Obszaru Gospodarczego.")
        + "<h3>Jak długo przechowujemy dane</h3>"
        + p(
            "Dokumentację przechowujemy przez okres wynikający z Jednolitego Rzeczowego Wykazu "
            "Akt (JRWA) i instrukcji kancelaryjnej, zgodnie z ustawą o narodowym zasobie "
            "archiwalnym i archiwach – zwykle 10 lat od zakończenia sprawy (kategoria B10), "
            "a akta świadczeń rodzinnych i funduszu alimentacyjnego – do 10 lat od "
            "zakończenia okresu, na który przyznano świadczenie. Dane przetwarzane na "
            "podstawie zgody – do czasu jej wycofania."
        )
        + "<h3>Twoje prawa</h3>"
        + ul(
            "prawo dostępu do swoich danych i otrzymania ich kopii,",
            "prawo do sprostowania (poprawienia) danych,",
            "prawo do ograniczenia przetwarzania,",
            "prawo do usunięcia danych – tylko gdy nie ma obowiązku prawnego ich przechowywania,",
            "prawo do wniesienia sprzeciwu wobec przetwarzania opartego na art. 6 ust. 1 lit. e RODO,",
            "prawo do wycofania zgody w dowolnym momencie, bez wpływu na zgodność z prawem "
            "przetwarzania przed jej wycofaniem.",
        )
        + "<h3>Skarga do organu nadzorczego</h3>"
        + p(
            "Jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem, możesz złożyć skargę "
            "do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, 00-193 Warszawa "
            '(<a href="https://uodo.gov.pl">uodo.gov.pl</a>).'
        )
        + "<h3>Czy musisz podać dane</h3>"
        + p(
            "Podanie danych wymaganych przepisami jest warunkiem rozpatrzenia wniosku – bez "
            "nich nie możemy przyznać świadczenia. Podanie numeru telefonu i adresu e-mail "
            "jest dobrowolne."
        )
        + "<h3>Zautomatyzowane decyzje</h3>"
        + p(
            "Nie podejmujemy decyzji w sposób zautomatyzowany ani nie profilujemy. Sprawdzenie "
            "uprawnień na tej stronie ma charakter wyłącznie informacyjny i nie zapisuje danych."
        )
    ),
}

# Menus: (label, page key or URL). Page keys are resolved to pages by the builder.
MAIN_MENU = [
    ("Start", "home"),
    ("O ośrodku", "o-osrodku"),
    ("Pomoc i świadczenia", "uslugi"),
    ("Aktualności", "aktualnosci"),
    ("Kontakt", "kontakt"),
]
# The footer template always adds the accessibility statement, the privacy notice and BIP
# (required on every page), so the editable menu holds the other useful links.
FOOTER_MENU = [
    ("Sprawdź status wniosku", "/wnioski/status/"),
    ("Sprawdź, czy przysługuje Ci pomoc", "/sprawdz-uprawnienia/"),
    ("Kontakt", "kontakt"),
    ("Szukaj", "/szukaj/"),
]
