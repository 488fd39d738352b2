"""The centre's own pages: home, about, mission, tasks, activities (own words, seed facts).

Facts come from ``shared/seed/gops-wielgie-about.txt``; the text is written anew for
residents: short sentences, the most useful information first.
"""

from .blocks import accordion, cta, heading, notice, p, paragraph, table, ul

HOME = {
    "slug": "strona-glowna",
    "title": "Gminny Ośrodek Pomocy Społecznej w Wielgiem",
    "seo_title": "GOPS Wielgie – pomoc społeczna i świadczenia dla mieszkańców gminy Wielgie",
    "search_description": (
        "Gminny Ośrodek Pomocy Społecznej w Wielgiem: zasiłki, świadczenia rodzinne, "
        "dodatki mieszkaniowe, wnioski online i kontakt z pracownikami."
    ),
    "lead": (
        "Pomagamy mieszkańcom gminy Wielgie, którzy znaleźli się w trudnej sytuacji: "
        "przyznajemy zasiłki i świadczenia rodzinne, wspieramy rodziny i seniorów, "
        "prowadzimy pracę socjalną. Większość wniosków możesz przygotować przez internet."
    ),
    # (label, page key or URL, description); page keys are resolved by the builder.
    "quick_links": [
        ("Złóż wniosek przez internet", "uslugi", "Wybierz świadczenie i wypełnij formularz."),
        ("Sprawdź status wniosku", "/wnioski/status/", "Podaj znak sprawy i kod dostępu."),
        (
            "Sprawdź, czy przysługuje Ci pomoc",
            "/sprawdz-uprawnienia/",
            "Kilka pytań, bez logowania i bez zapisywania danych.",
        ),
        ("Kontakt i godziny pracy", "kontakt", "Adres, telefony, pracownicy według spraw."),
    ],
    "body": [
        heading("Jak możemy pomóc"),
        paragraph(
            p(
                "Nie wiesz, od czego zacząć? Zadzwoń lub przyjdź do ośrodka – pracownik "
                "socjalny wysłucha, doradzi i pomoże wypełnić wniosek. Rozmowa jest "
                "bezpłatna i poufna."
            )
        ),
        notice(
            "info",
            p(
                "Wniosek wypełniony na tej stronie trzeba jeszcze podpisać – profilem "
                "zaufanym, podpisem osobistym, podpisem kwalifikowanym albo własnoręcznie "
                "w ośrodku. Po wysłaniu formularza otrzymasz plik PDF do podpisu."
            ),
        ),
    ],
}

ABOUT = {
    "slug": "o-osrodku",
    "title": "O ośrodku",
    "search_description": "Kim jesteśmy, kto nadzoruje naszą pracę i jakie sprawy załatwisz w GOPS Wielgie.",
    "lead": (
        "Gminny Ośrodek Pomocy Społecznej w Wielgiem to jednostka budżetowa gminy Wielgie. "
        "Wykonujemy zadania gminy i zadania zlecone przez administrację rządową – od pomocy "
        "społecznej po świadczenia rodzinne."
    ),
    "body": [
        heading("Kim jesteśmy"),
        paragraph(
            p(
                "Ośrodek jest jednostką organizacyjną gminy bez osobowości prawnej. Działamy "
                "na terenie całej gminy Wielgie i pomagamy wszystkim jej mieszkańcom – "
                "osobom samotnym, rodzinom z dziećmi, seniorom i osobom z niepełnosprawnościami.",
                "Nad zadaniami własnymi gminy czuwa Wójt Gminy Wielgie. Zadania zlecone z "
                "zakresu administracji rządowej nadzoruje Wojewoda Kujawsko-Pomorski.",
            )
        ),
        heading("W jakich sprawach pomagamy"),
        paragraph(
            ul(
                "pomoc społeczna – zasiłki, posiłki, usługi opiekuńcze, praca socjalna,",
                "świadczenia rodzinne – zasiłek rodzinny z dodatkami, świadczenia opiekuńcze, becikowe,",
                "fundusz alimentacyjny – gdy egzekucja alimentów jest bezskuteczna,",
                "wsparcie rodzin w wychowaniu dzieci, w tym asystent rodziny,",
                "dodatki mieszkaniowe i energetyczne, Karta Dużej Rodziny,",
                "przeciwdziałanie przemocy domowej (procedura „Niebieskie Karty”).",
            )
        ),
        heading("Dowiedz się więcej"),
        paragraph(
            p(
                'Przeczytaj o naszej <a href="page:misja">misji</a>, '
                '<a href="page:zadania">zadaniach</a> i '
                '<a href="page:dzialalnosc">działalności</a>.'
            )
        ),
        cta("Zobacz wszystkie formy pomocy", page="uslugi"),
    ],
}

MISSION = {
    "slug": "misja",
    "title": "Misja",
    "search_description": "Misja Gminnego Ośrodka Pomocy Społecznej w Wielgiem.",
    "lead": (
        "Chcemy, by każda rodzina w gminie Wielgie mogła żyć godnie i radzić sobie "
        "samodzielnie. Pomagamy, wspieramy i aktywizujemy – tak, by pomoc była mostem, "
        "a nie stanem na stałe."
    ),
    "body": [
        heading("Co jest dla nas ważne"),
        paragraph(
            ul(
                "<strong>Pomoc i wsparcie</strong> – odpowiadamy na potrzeby osób i rodzin, "
                "które same nie poradzą sobie z trudną sytuacją.",
                "<strong>Aktywizacja</strong> – wspólnie z Tobą szukamy sposobu na powrót do "
                "samodzielności: pracy, zdrowia, stabilnego domu.",
                "<strong>Integracja</strong> – przeciwdziałamy wykluczeniu i osamotnieniu, "
                "zwłaszcza seniorów i osób z niepełnosprawnościami.",
                "<strong>Lepsze życie rodzin</strong> – dbamy o to, by dzieci miały dobre "
                "warunki do rozwoju.",
            )
        ),
        heading("Jak pracujemy"),
        paragraph(
            p(
                "Pracujemy profesjonalnie i z empatią, zgodnie z kodeksem etyki zawodowej "
                "pracowników socjalnych. Rozmawiamy otwarcie, szanujemy prywatność i "
                "tajemnicę – informacje o Twojej sytuacji zostają w ośrodku.",
                "Wierzymy, że skuteczna pomoc wymaga współpracy: mieszkańców, sąsiadów, szkół, "
                "parafii, organizacji i instytucji. Dlatego informujemy o problemach społecznych "
                "w gminie i o tym, gdzie szukać wsparcia.",
                "Chcemy być urzędem nowoczesnym i przyjaznym – otwartym dla seniorów, rodzin "
                "i osób z niepełnosprawnościami.",
            )
        ),
    ],
}

TASKS = {
    "slug": "zadania",
    "title": "Zadania",
    "search_description": "Zadania własne i zlecone gminy realizowane przez GOPS Wielgie.",
    "lead": (
        "Ośrodek wykonuje zadania gminy w pomocy społecznej oraz zadania wynikające z "
        "wielu innych ustaw – od świadczeń rodzinnych po przeciwdziałanie przemocy."
    ),
    "body": [
        heading("Pomoc społeczna"),
        paragraph(
            ul(
                "rozpoznajemy potrzeby mieszkańców i analizujemy problemy społeczne w gminie,",
                "przyznajemy i wypłacamy świadczenia z ustawy o pomocy społecznej,",
                "prowadzimy pracę socjalną z osobami i rodzinami,",
                "udzielamy pomocy w środowisku oraz kierujemy do placówek, gdy jest taka potrzeba,",
                "koordynujemy gminną strategię rozwiązywania problemów społecznych, w tym "
                "programy profilaktyki i rozwiązywania problemów alkoholowych,",
                "rozwijamy nowe formy pomocy i samopomocy oraz zachęcamy mieszkańców do "
                "działania na rzecz innych,",
                "dbamy o stałe podnoszenie kwalifikacji naszych pracowników.",
            )
        ),
        heading("Zadania z innych ustaw"),
        accordion(
            [
                (
                    "Świadczenia rodzinne",
                    p(
                        "Zasiłek rodzinny z dodatkami, świadczenia opiekuńcze i becikowe – zadanie zlecone gminie."
                    ),
                ),
                (
                    "Fundusz alimentacyjny",
                    p(
                        "Wypłacamy świadczenia osobom, którym drugi rodzic nie płaci alimentów, "
                        "i podejmujemy działania wobec dłużników alimentacyjnych."
                    ),
                ),
                (
                    "Świadczenia opieki zdrowotnej",
                    p(
                        "Wydajemy decyzje o prawie do leczenia finansowanego ze środków "
                        "publicznych osobom nieubezpieczonym."
                    ),
                ),
                (
                    "Wspieranie rodziny i piecza zastępcza",
                    p(
                        "Asystent rodziny, współpraca ze szkołami i sądem, współfinansowanie pieczy zastępczej."
                    ),
                ),
                (
                    "Przeciwdziałanie przemocy domowej",
                    p(
                        "Zespół interdyscyplinarny, procedura „Niebieskie Karty”, poradnictwo i interwencja."
                    ),
                ),
                (
                    "Wychowanie w trzeźwości",
                    p("Wspólnie z gminną komisją pomagamy osobom uzależnionym i ich bliskim."),
                ),
                (
                    "Dodatki mieszkaniowe i energetyczne",
                    p(
                        "Przyjmujemy wnioski, wydajemy decyzje i przekazujemy dodatki zarządcom budynków."
                    ),
                ),
                (
                    "Orzekanie i alimenty",
                    p(
                        "Kierujemy wnioski o ustalenie niezdolności do pracy i stopnia "
                        "niepełnosprawności oraz inicjujemy postępowania o alimenty."
                    ),
                ),
            ]
        ),
        heading("Zadania własne i zlecone"),
        table(
            [
                ["Obszar", "Rodzaj zadania", "Nadzór"],
                [
                    "Pomoc społeczna: zasiłki, posiłki, usługi opiekuńcze, praca socjalna",
                    "własne gminy",
                    "Wójt Gminy Wielgie",
                ],
                [
                    "Specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi",
                    "zlecone z zakresu administracji rządowej",
                    "Wojewoda Kujawsko-Pomorski",
                ],
                [
                    "Świadczenia rodzinne, fundusz alimentacyjny",
                    "zlecone z zakresu administracji rządowej",
                    "Wojewoda Kujawsko-Pomorski",
                ],
                ["Dodatki mieszkaniowe", "własne gminy", "Wójt Gminy Wielgie"],
                [
                    "Dodatek energetyczny, Karta Dużej Rodziny",
                    "zlecone z zakresu administracji rządowej",
                    "Wojewoda Kujawsko-Pomorski",
                ],
                [
                    "Wspieranie rodziny, przeciwdziałanie przemocy",
                    "własne gminy",
                    "Wójt Gminy Wielgie",
                ],
            ],
            caption="Kto nadzoruje poszczególne zadania ośrodka",
        ),
    ],
}

ACTIVITIES = {
    "slug": "dzialalnosc",
    "title": "Działalność",
    "search_description": "Cele i obszary działalności GOPS Wielgie.",
    "lead": (
        "Działamy na terenie gminy Wielgie. Naszym celem jest, by osoby i rodziny w "
        "trudnej sytuacji odzyskały siły i samodzielność."
    ),
    "body": [
        heading("Nasze cele"),
        paragraph(
            ul(
                "pomagamy przezwyciężyć trudności, z którymi ktoś nie radzi sobie własnymi siłami,",
                "wspieramy w zaspokajaniu podstawowych potrzeb i w życiu w godnych warunkach,",
                "pomagamy usamodzielnić się i na nowo odnaleźć w społeczności lokalnej,",
                "prowadzimy poradnictwo i interwencję w sprawach przemocy domowej, "
                "w tym zajęcia wzmacniające kompetencje rodzicielskie,",
                "pracujemy z rodzinami, które mają kłopot z opieką nad dziećmi i ich "
                "wychowaniem, tak by rodzina znów dobrze pełniła swoje funkcje.",
            )
        ),
        heading("Jak wygląda pomoc"),
        paragraph(
            p(
                "Zwykle zaczynamy od rozmowy i wywiadu środowiskowego w domu. Razem z "
                "pracownikiem socjalnym ustalasz plan działania, a w razie potrzeby podpisujecie "
                "kontrakt socjalny. Świadczenia pieniężne i rzeczowe są jednym z elementów tej "
                "pomocy – obok poradnictwa, pracy socjalnej i wsparcia asystenta rodziny."
            )
        ),
        notice(
            "warning",
            p(
                "W sytuacji zagrożenia życia lub zdrowia dzwoń pod numer alarmowy "
                "<strong>112</strong>. Całodobowy telefon dla osób doznających przemocy: "
                "<strong>800 120 002</strong>."
            ),
        ),
        cta("Skontaktuj się z nami", page="kontakt"),
    ],
}
