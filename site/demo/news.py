"""News items for the demo: realistic announcements from 2026."""

import datetime

from .blocks import heading, notice, p, paragraph, ul

INDEX = {
    "slug": "aktualnosci",
    "title": "Aktualności",
    "search_description": "Komunikaty i ogłoszenia Gminnego Ośrodka Pomocy Społecznej w Wielgiem.",
    "lead": ("Komunikaty, terminy składania wniosków i zmiany w godzinach pracy ośrodka."),
}

NEWS = [
    {
        "slug": "posilek-w-szkole-i-w-domu-2026",
        "title": "Posiłek w szkole i w domu – wnioski na 2026 rok",
        "date": datetime.date(2026, 1, 12),
        "lead": (
            "W 2026 roku kontynuujemy program „Posiłek w szkole i w domu”. Dzieci mogą "
            "otrzymać obiad w szkole, a dorośli – pieniądze na zakup żywności."
        ),
        "body": [
            paragraph(
                p(
                    "Z pomocy mogą skorzystać rodziny, których dochód nie przekracza 200% "
                    "kryterium z ustawy o pomocy społecznej – w 2026 r. to 2 020 zł dla osoby "
                    "samotnej i 1 646 zł na osobę w rodzinie.",
                    "Wniosek złożysz przez internet, w ośrodku lub za pośrednictwem dyrektora "
                    "szkoły. Jeśli dziecko jest głodne, szkoła może wydać mu posiłek od razu, "
                    "jeszcze przed decyzją.",
                )
            ),
        ],
    },
    {
        "slug": "swiadczenia-rodzinne-od-1-lipca-2026",
        "title": "Od 1 lipca wnioski o świadczenia rodzinne na okres 2026/2027",
        "date": datetime.date(2026, 6, 22),
        "lead": (
            "Od 1 lipca 2026 r. przyjmujemy wnioski elektroniczne o zasiłek rodzinny, "
            "świadczenia z funduszu alimentacyjnego i specjalny zasiłek opiekuńczy. "
            "Wnioski papierowe – od 1 sierpnia."
        ),
        "body": [
            heading("Kiedy złożyć wniosek"),
            paragraph(
                ul(
                    "złożony do 31 sierpnia – wypłata do 30 listopada 2026 r.,",
                    "złożony we wrześniu lub październiku – wypłata do 31 grudnia 2026 r.,",
                    "złożony w listopadzie lub grudniu – wypłata do końca lutego 2027 r.",
                )
            ),
            paragraph(
                p(
                    "Dochody bierzemy z roku bazowego 2025. Dochody opodatkowane sprawdzamy "
                    "sami w urzędzie skarbowym, więc nie musisz przynosić zaświadczeń z PIT."
                )
            ),
            notice(
                "info",
                p(
                    "Najszybciej złożysz wniosek przez internet na naszej stronie lub przez "
                    "portal Emp@tia. W lipcu i sierpniu ośrodek przyjmuje interesantów "
                    "również we wtorki do 17:00."
                ),
            ),
        ],
    },
    {
        "slug": "zasilek-celowy-na-opal-sezon-grzewczy-2026",
        "title": "Sezon grzewczy: zasiłek celowy na opał",
        "date": datetime.date(2026, 9, 28),
        "lead": (
            "Zbliża się sezon grzewczy. Osoby w trudnej sytuacji mogą ubiegać się o zasiłek "
            "celowy na zakup opału."
        ),
        "body": [
            paragraph(
                p(
                    "Wniosek można złożyć przez cały sezon. Pracownik socjalny przeprowadzi "
                    "wywiad w domu i oceni potrzeby. Przy wniosku przydatna jest faktura lub "
                    "oferta sprzedawcy opału.",
                    "Jeśli masz przyznany dodatek mieszkaniowy, sprawdź też, czy przysługuje "
                    "Ci dodatek energetyczny.",
                )
            ),
            notice(
                "warning",
                p(
                    "Wiesz o samotnej starszej osobie, która może marznąć w domu? Zadzwoń do "
                    "nas: 54 289 40 20. W nocy i w święta – numer alarmowy 112."
                ),
            ),
        ],
    },
    {
        "slug": "dzien-wolny-14-sierpnia-2026",
        "title": "14 sierpnia ośrodek nieczynny",
        "date": datetime.date(2026, 8, 3),
        "lead": (
            "W piątek 14 sierpnia 2026 r. ośrodek będzie nieczynny. To dzień wolny w zamian "
            "za święto 15 sierpnia, które w tym roku przypada w sobotę."
        ),
        "body": [
            paragraph(
                p(
                    "W pozostałe dni sierpnia pracujemy od poniedziałku do piątku w godzinach "
                    "7:30–15:30, a we wtorki – ze względu na wnioski o świadczenia rodzinne – "
                    "do 17:00. Wnioski można też zostawić w skrzynce podawczej przy wejściu "
                    "do urzędu gminy albo złożyć przez internet."
                )
            ),
        ],
    },
    {
        "slug": "godziny-pracy-swieta-2026",
        "title": "Godziny pracy w okresie świątecznym",
        "date": datetime.date(2026, 11, 23),
        "lead": (
            "W okresie świątecznym ośrodek będzie nieczynny 24, 25 i 31 grudnia 2026 r. "
            "oraz 1 stycznia 2027 r. Zapraszamy od poniedziałku 4 stycznia."
        ),
        "body": [
            paragraph(
                ul(
                    "24 grudnia (czwartek, Wigilia) i 25 grudnia (piątek) – święta, ośrodek nieczynny,",
                    "31 grudnia (czwartek) – dzień wolny w zamian za święto 26 grudnia, które "
                    "przypada w sobotę,",
                    "1 stycznia 2027 r. (piątek) – święto, ośrodek nieczynny,",
                    "od 4 stycznia 2027 r. – zwykłe godziny pracy, pon.–pt. 7:30–15:30.",
                )
            ),
            paragraph(
                p(
                    "Grudniowe wypłaty zasiłków zrealizujemy do 22 grudnia. W pilnych "
                    "sprawach w dni wolne dzwoń pod numer 112, a osoby doznające przemocy – "
                    "na całodobową linię „Niebieska Linia” 800 120 002."
                )
            ),
        ],
    },
]
