"""Test data for the staff screens: applications submitted as the intake would submit them.

An application is created and ``application_submitted`` is sent inside one transaction,
exactly as ``gops.forms.submission`` does, so the workflow core starts its process.
"""

from __future__ import annotations

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction

from gops.forms.models import Application, Attachment, HouseholdMember, Income
from gops.forms.signals import application_submitted

_sequence = itertools.count(1)
WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)

SOCIAL_WORKER = "Pracownik socjalny"
SPECIALIST = "Specjalista ds. świadczeń"
DIRECTOR = "Kierownik"
ACCOUNTANT = "Księgowość"


def pesel(birth: datetime.date, serial: int) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    digits = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial % 10000:04d}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 10) % 10
    return digits + str(check)


def ensure_groups():
    from gops.workflows import roles

    roles.ensure_groups()


def make_user(username: str, *groups: str, **extra):
    ensure_groups()
    user = get_user_model().objects.create_user(
        username=username,
        password="haslo-testowe-123",
        first_name=extra.pop("first_name", username.capitalize()),
        last_name=extra.pop("last_name", "Testowa"),
        **extra,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_outsider(username="redaktor"):
    """Can open the Wagtail admin (an editor) but belongs to no staff group."""
    user = make_user(username)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


def make_application(benefit_code="zasilek-staly", *, first_name="Jan", last_name=None, **fields):
    number = next(_sequence)
    birth = fields.pop("birth_date", datetime.date(1950, 3, 14))
    with transaction.atomic():
        application = Application.objects.create(
            benefit_code=benefit_code,
            case_number=f"GOPS.8311.{number}.2026",
            case_year=2026,
            case_sequence=number,
            access_code_hash="nieużywany",
            first_name=first_name,
            last_name=last_name or f"Kowalski{number}",
            pesel=fields.pop("pesel", pesel(birth, number)),
            birth_date=birth,
            street="Lipowa",
            house_number="7",
            postcode="87-603",
            city="Wielgie",
            gmina="Wielgie",
            email="jan@example.com",
            payment_method=Application.PaymentMethod.ACCOUNT,
            bank_account="61109010140000071219812874",
            answers=fields.pop("answers", {}),
            declarations=[
                {"text": "Oświadczam, że dane są prawdziwe.", "accepted_at": "2026-01-05"}
            ],
            **fields,
        )
        member = HouseholdMember.objects.create(
            application=application,
            first_name="Anna",
            last_name=application.last_name,
            relationship=HouseholdMember.Relationship.SPOUSE,
            occupation=HouseholdMember.Occupation.RETIRED,
        )
        Income.objects.create(application=application, source="pension", amount="850.00")
        Income.objects.create(
            application=application, member=member, source="pension", amount="700.00"
        )
        application_submitted.send(sender=Application, application=application)
    return application


def make_attachment(application, content=b"%PDF-1.4\n% test\n", name="orzeczenie.pdf"):
    attachment = Attachment(
        application=application,
        original_name=name,
        content_type="application/pdf",
        size=len(content),
        sha256="0" * 64,
    )
    attachment.file.save("upload", ContentFile(content), save=False)
    attachment.save()
    return attachment
