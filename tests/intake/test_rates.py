import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from gops.forms.models import Rate
from gops.forms.registry import registry

pytestmark = pytest.mark.django_db

CONTRACT = {
    "ups-kryterium-osoba-samotna": "1010",
    "ups-kryterium-osoba-w-rodzinie": "823",
    "ups-dochod-z-hektara": "459",
    "zasilek-staly-max": "1229",
    "zasilek-staly-min": "100",
    "zasilek-okresowy-min": "20",
    "posilek-kryterium-osoba-samotna": "2020",
    "posilek-kryterium-osoba-w-rodzinie": "1646",
    "sr-kryterium": "674",
    "sr-kryterium-niepelnosprawne-dziecko": "764",
    "zasilek-rodzinny-do-5": "95",
    "zasilek-rodzinny-6-18": "124",
    "zasilek-rodzinny-18-24": "135",
    "swiadczenie-pielegnacyjne": "3386",
    "specjalny-zasilek-opiekunczy": "620",
    "specjalny-zasilek-opiekunczy-kryterium": "764",
    "becikowe": "1000",
    "becikowe-kryterium": "1922",
    "fa-kryterium": "1209",
    "fa-max": "1000",
    "dm-prog-jednoosobowe": "40",
    "dm-prog-wieloosobowe": "30",
}


def test_migration_seeds_the_rates_in_force():
    in_force = Rate.objects.in_force(on=datetime.date(2026, 6, 1))
    for code, amount in CONTRACT.items():
        assert in_force[code].amount == Decimal(amount), code
        assert in_force[code].legal_basis, code
    assert in_force["przecietne-wynagrodzenie"].amount > 0
    assert in_force["dm-prog-jednoosobowe"].unit == Rate.Unit.PERCENT


def test_history_is_kept_for_the_social_assistance_criteria():
    before = Rate.objects.in_force(on=datetime.date(2024, 12, 31))
    assert before["ups-kryterium-osoba-samotna"].amount == 776
    assert before["ups-kryterium-osoba-w-rodzinie"].amount == 600


def test_every_rate_a_benefit_names_exists():
    named = {code for d in registry for code in d.rate_codes}
    assert named <= set(Rate.objects.values_list("code", flat=True))


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user("pracownik", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_admin_lists_rates_for_permitted_staff(client, staff):
    url = reverse("rates:index")
    client.force_login(staff)
    assert client.get(url).status_code in (302, 403)  # no permission on Rate
    group, _ = Group.objects.get_or_create(name="Kierownik")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["view_rate", "change_rate", "add_rate"])
    )
    staff.groups.add(group)
    response = client.get(url)
    assert response.status_code == 200
    assert "Kwoty i kryteria" in response.content.decode()
    assert "Kryterium dochodowe pomocy społecznej" in response.content.decode()


def test_staff_can_add_a_new_rate_in_the_admin(admin_client):
    response = admin_client.post(
        reverse("rates:add"),
        {
            "code": "ups-kryterium-osoba-samotna",
            "name": "Kryterium – osoba samotnie gospodarująca",
            "amount": "1100.00",
            "unit": "pln",
            "effective_from": "2027-01-01",
            "legal_basis": "rozporządzenie RM",
            "note": "",
        },
    )
    assert response.status_code == 302
    assert Rate.objects.in_force(["ups-kryterium-osoba-samotna"], on=datetime.date(2027, 1, 2))[
        "ups-kryterium-osoba-samotna"
    ].amount == Decimal("1100.00")
