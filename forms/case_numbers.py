"""Case numbers (znak sprawy): per year, gapless and unique under concurrent submissions.

The counter row for the year is locked (``select_for_update``) for the rest of the
calling transaction, so a second submission waits until the first commits or rolls
back; a rolled-back submission therefore never burns a number. On SQLite the settings
open every transaction with BEGIN IMMEDIATE, which serialises writers the same way.
"""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction

from .models import CaseCounter

DEFAULT_FORMAT = "GOPS.8311.{number}.{year}"


def format_case_number(sequence: int, year: int) -> str:
    pattern = getattr(settings, "GOPS_INTAKE", {}).get("CASE_NUMBER_FORMAT", DEFAULT_FORMAT)
    return pattern.format(number=sequence, year=year)


def allocate(year: int) -> tuple[int, str]:
    """Take the next number of ``year``: returns (sequence, formatted case number).

    Call it inside the transaction that saves the application; the number is final only
    when that transaction commits.
    """
    with transaction.atomic():
        counter = CaseCounter.objects.select_for_update().filter(year=year).first()
        if counter is None:
            # First case of the year: two submissions may race to create the row; the
            # loser retries against the winner's (now locked) row.
            try:
                with transaction.atomic():
                    CaseCounter.objects.create(year=year, last_number=0)
            except IntegrityError:
                pass
            counter = CaseCounter.objects.select_for_update().get(year=year)
        counter.last_number += 1
        counter.save(update_fields=["last_number"])
    return counter.last_number, format_case_number(counter.last_number, year)
