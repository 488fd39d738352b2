"""Workflow test data: applications created as the intake creates them, staff users.

The application and ``application_submitted`` go in one transaction, like
``gops.forms.submission.submit_application``; the workflow starts its process there.
"""

from __future__ import annotations

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from gops.forms.models import Application, StatusEvent
from gops.forms.signals import application_submitted
from gops.forms.status import Status
from gops.workflows import roles

_sequence = itertools.count(1)
WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel(birth: datetime.date, serial: int) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    digits = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial % 10000:04d}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 10) % 10
    return digits + str(check)


def make_user(username: str, *groups: str, **extra):
    roles.ensure_groups()
    user = get_user_model().objects.create_user(
        username=username,
        password="haslo-testowe-123",
        email=extra.pop("email", f"{username}@gops.test"),
        first_name=extra.pop("first_name", username.capitalize()),
        last_name=extra.pop("last_name", "Testowa"),
        **extra,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_outsider(username="redaktor"):
    user = make_user(username)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


def make_application(benefit_code="zasilek-staly", *, start=True, **fields):
    number = next(_sequence)
    birth = fields.pop("birth_date", datetime.date(1950, 3, 14))
    with transaction.atomic():
        application = Application.objects.create(
            benefit_code=benefit_code,
            case_number=f"GOPS.8311.{number}.2026",
            case_year=2026,
            case_sequence=number,
            access_code_hash="nieużywany",
            first_name=fields.pop("first_name", "Jan"),
            last_name=fields.pop("last_name", f"Kowalski{number}"),
            pesel=fields.pop("pesel", pesel(birth, number)),
            birth_date=birth,
            street="Lipowa",
            house_number="7",
            postcode="87-603",
            city="Wielgie",
            gmina="Wielgie",
            email=fields.pop("email", f"wnioskodawca{number}@example.com"),
            payment_method=Application.PaymentMethod.ACCOUNT,
            bank_account="61109010140000071219812874",
            **fields,
        )
        StatusEvent.objects.create(application=application, status=Status.SUBMITTED)
        if start:
            application_submitted.send(sender=Application, application=application)
    return application
