"""Case numbers (znak sprawy): per year, gapless and unique under concurrent submissions.

Taking a number is one ``UPDATE … SET last_number = last_number + 1 … RETURNING`` on the
year's counter row: the row stays locked by that UPDATE for the rest of the calling
transaction, so a second submission waits until the first commits or rolls back; a
rolled-back submission therefore never burns a number. (One statement instead of a
savepoint, ``SELECT … FOR UPDATE``, ``UPDATE`` and a release: the lock is held for as few
round trips as possible — bench/RESULTS.md.) On SQLite the settings open every
transaction with BEGIN IMMEDIATE, which serialises writers the same way.
"""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, connections, router, transaction
from django.db.models import F

from .models import CaseCounter

DEFAULT_FORMAT = "GOPS.8311.{number}.{year}"


def format_case_number(sequence: int, year: int) -> str:
    pattern = getattr(settings, "GOPS_INTAKE", {}).get("CASE_NUMBER_FORMAT", DEFAULT_FORMAT)
    return pattern.format(number=sequence, year=year)


def _increment(using: str, year: int) -> int | None:
    """Add one to the year's counter (locking its row); None when the year has no row yet."""
    connection = connections[using]
    if connection.vendor in ("postgresql", "sqlite"):  # both have UPDATE … RETURNING
        qn = connection.ops.quote_name
        meta = CaseCounter._meta
        table, number = qn(meta.db_table), qn(meta.get_field("last_number").column)
        key = qn(meta.get_field("year").column)
        # Only quoted identifiers from the model are interpolated; the year is a parameter.
        sql = f"UPDATE {table} SET {number} = {number} + 1 WHERE {key} = %s RETURNING {number}"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(sql, [year])
            row = cursor.fetchone()
        return None if row is None else row[0]
    counters = CaseCounter.objects.using(using).filter(year=year)
    if not counters.update(last_number=F("last_number") + 1):
        return None
    return counters.values_list("last_number", flat=True).get()


def allocate(year: int) -> tuple[int, str]:
    """Take the next number of ``year``: returns (sequence, formatted case number).

    Call it inside the transaction that saves the application, as late as possible: the
    number is final only when that transaction commits, and every other submission of the
    year waits for that commit.
    """
    using = router.db_for_write(CaseCounter)
    # No savepoint inside the caller's transaction (nothing here needs a partial rollback);
    # outside one, this still makes the increment its own transaction.
    with transaction.atomic(using=using, savepoint=False):
        sequence = _increment(using, year)
        if sequence is None:
            # First case of the year: two submissions may race to create the row; the
            # loser retries against the winner's (now locked) row.
            try:
                with transaction.atomic(using=using):
                    CaseCounter.objects.using(using).create(year=year, last_number=0)
            except IntegrityError:
                pass
            sequence = _increment(using, year)
    return sequence, format_case_number(sequence, year)
