"""Seed the thresholds and amounts in force (staff edit them later in "Kwoty i kryteria").

Figures follow the centre's domain brief; where its source is marked for checking the
record's note says so, and the average pay is a placeholder staff must confirm.
"""

import datetime
from decimal import Decimal

from django.db import migrations

UPS = "ustawa o pomocy społecznej"
USR = "ustawa o świadczeniach rodzinnych"
UPS_CRITERIA_2025 = "art. 8 ust. 1 u.p.s.; rozporządzenie RM z 10.07.2024 (od 1.01.2025)"

PLN, PER_PERSON, PERCENT = "pln", "pln_person", "percent"


def d(text):
    return datetime.date.fromisoformat(text)


RATES = [
    # code, name, amount, unit, effective_from, legal basis, note
    ("ups-kryterium-osoba-samotna", "Kryterium dochodowe pomocy społecznej – osoba samotnie gospodarująca", "776", PLN, "2022-01-01", "art. 8 ust. 1 pkt 1 u.p.s.", ""),
    ("ups-kryterium-osoba-samotna", "Kryterium dochodowe pomocy społecznej – osoba samotnie gospodarująca", "1010", PLN, "2025-01-01", UPS_CRITERIA_2025, ""),
    ("ups-kryterium-osoba-w-rodzinie", "Kryterium dochodowe pomocy społecznej – osoba w rodzinie", "600", PER_PERSON, "2022-01-01", "art. 8 ust. 1 pkt 2 u.p.s.", ""),
    ("ups-kryterium-osoba-w-rodzinie", "Kryterium dochodowe pomocy społecznej – osoba w rodzinie", "823", PER_PERSON, "2025-01-01", UPS_CRITERIA_2025, ""),
    ("ups-dochod-z-hektara", "Dochód z 1 ha przeliczeniowego (pomoc społeczna)", "459", PLN, "2025-01-01", "art. 8 ust. 8 u.p.s.", ""),
    ("zasilek-staly-max", "Zasiłek stały – kwota maksymalna", "1229", PLN, "2025-01-01", "art. 37 ust. 2 u.p.s.", ""),
    ("zasilek-staly-min", "Zasiłek stały – kwota minimalna", "100", PLN, "2025-01-01", "art. 37 ust. 3 u.p.s.", ""),
    ("zasilek-okresowy-min", "Zasiłek okresowy – kwota minimalna", "20", PLN, "2025-01-01", "art. 38 ust. 3 u.p.s.", ""),
    ("posilek-kryterium-osoba-samotna", "Posiłek – kryterium dla osoby samotnej (200% kryterium)", "2020", PLN, "2025-01-01", "program „Posiłek w szkole i w domu”; art. 48b u.p.s.", ""),
    ("posilek-kryterium-osoba-w-rodzinie", "Posiłek – kryterium na osobę w rodzinie (200% kryterium)", "1646", PER_PERSON, "2025-01-01", "program „Posiłek w szkole i w domu”; art. 48b u.p.s.", ""),
    ("sr-kryterium", "Świadczenia rodzinne – kryterium dochodowe", "674", PER_PERSON, "2019-11-01", "art. 5 ust. 1 " + USR, "Data obowiązywania do sprawdzenia."),
    ("sr-kryterium-niepelnosprawne-dziecko", "Świadczenia rodzinne – kryterium z dzieckiem niepełnosprawnym", "764", PER_PERSON, "2019-11-01", "art. 5 ust. 2 " + USR, "Data obowiązywania do sprawdzenia."),
    ("zasilek-rodzinny-do-5", "Zasiłek rodzinny – dziecko do 5 lat", "95", PLN, "2016-11-01", "art. 6 ust. 2 pkt 1 " + USR, ""),
    ("zasilek-rodzinny-6-18", "Zasiłek rodzinny – dziecko 6–18 lat", "124", PLN, "2016-11-01", "art. 6 ust. 2 pkt 2 " + USR, ""),
    ("zasilek-rodzinny-18-24", "Zasiłek rodzinny – dziecko 18–24 lata", "135", PLN, "2016-11-01", "art. 6 ust. 2 pkt 3 " + USR, ""),
    ("swiadczenie-pielegnacyjne", "Świadczenie pielęgnacyjne – kwota miesięczna", "3386", PLN, "2026-01-01", "art. 17 ust. 3 " + USR, ""),
    ("specjalny-zasilek-opiekunczy", "Specjalny zasiłek opiekuńczy – kwota miesięczna", "620", PLN, "2019-11-01", "art. 16a ust. 3 " + USR, ""),
    ("specjalny-zasilek-opiekunczy-kryterium", "Specjalny zasiłek opiekuńczy – kryterium dochodowe", "764", PER_PERSON, "2019-11-01", "art. 16a ust. 2 " + USR, ""),
    ("becikowe", "Jednorazowa zapomoga z tytułu urodzenia dziecka", "1000", PLN, "2006-01-01", "art. 15b ust. 1 " + USR, ""),
    ("becikowe-kryterium", "Becikowe – kryterium dochodowe", "1922", PER_PERSON, "2012-01-01", "art. 15b ust. 2 " + USR, ""),
    ("fa-kryterium", "Fundusz alimentacyjny – kryterium dochodowe", "1209", PER_PERSON, "2022-10-01", "art. 9 ust. 2 ustawy o pomocy osobom uprawnionym do alimentów", ""),
    ("fa-max", "Fundusz alimentacyjny – maksymalna kwota na osobę", "1000", PLN, "2024-10-01", "art. 10 ust. 1 ustawy o pomocy osobom uprawnionym do alimentów", ""),
    ("dm-prog-jednoosobowe", "Dodatek mieszkaniowy – próg dochodu, gospodarstwo jednoosobowe", "40", PERCENT, "2022-01-01", "art. 3 ust. 1 ustawy o dodatkach mieszkaniowych", "Procent przeciętnego wynagrodzenia."),
    ("dm-prog-wieloosobowe", "Dodatek mieszkaniowy – próg dochodu na osobę, gospodarstwo wieloosobowe", "30", PERCENT, "2022-01-01", "art. 3 ust. 1 ustawy o dodatkach mieszkaniowych", "Procent przeciętnego wynagrodzenia."),
    ("przecietne-wynagrodzenie", "Przeciętne miesięczne wynagrodzenie w gospodarce narodowej", "8500", PLN, "2026-01-01", "komunikat Prezesa GUS (art. 3 ust. 1 ustawy o dodatkach mieszkaniowych)", "Wartość przykładowa – wpisz kwotę z aktualnego komunikatu Prezesa GUS."),
]


def seed(apps, schema_editor):
    Rate = apps.get_model("intake", "Rate")
    for code, name, amount, unit, effective, basis, note in RATES:
        Rate.objects.get_or_create(
            code=code,
            effective_from=d(effective),
            defaults={
                "name": name,
                "amount": Decimal(amount),
                "unit": unit,
                "legal_basis": basis,
                "note": note,
            },
        )


def unseed(apps, schema_editor):
    Rate = apps.get_model("intake", "Rate")
    for code, _name, _amount, _unit, effective, _basis, _note in RATES:
        Rate.objects.filter(code=code, effective_from=d(effective)).delete()


class Migration(migrations.Migration):
    dependencies = [("intake", "0002_application_confirmation_sent")]

    operations = [migrations.RunPython(seed, unseed)]
