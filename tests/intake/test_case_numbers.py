import threading

import pytest
from django.db import connection, connections, transaction

from gops.forms.case_numbers import allocate, format_case_number
from gops.forms.models import CaseCounter


@pytest.mark.django_db
def test_numbers_run_per_year_from_one():
    assert allocate(2026) == (1, "GOPS.8311.1.2026")
    assert allocate(2026) == (2, "GOPS.8311.2.2026")
    assert allocate(2027) == (1, "GOPS.8311.1.2027")
    assert allocate(2026)[0] == 3


@pytest.mark.django_db
def test_format_comes_from_settings(settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "CASE_NUMBER_FORMAT": "OPS-{year}/{number:05d}"}
    assert allocate(2026) == (1, "OPS-2026/00001")
    assert format_case_number(42, 2025) == "OPS-2025/00042"


@pytest.mark.django_db
def test_a_rolled_back_submission_leaves_no_gap():
    allocate(2026)
    with pytest.raises(RuntimeError), transaction.atomic():
        allocate(2026)
        raise RuntimeError("submission failed")
    assert allocate(2026)[0] == 2
    assert CaseCounter.objects.get(year=2026).last_number == 2


@pytest.mark.django_db(transaction=True)
def test_concurrent_allocations_are_unique_and_gapless():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks across connections (DATABASE_URL=postgres://...)")
    workers, per_worker = 8, 5
    results, errors = [], []
    barrier = threading.Barrier(workers)

    def work():
        try:
            barrier.wait()
            for _ in range(per_worker):
                with transaction.atomic():
                    results.append(allocate(2031)[0])
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results) == list(range(1, workers * per_worker + 1))


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_double_click_and_different_residents(private_dir):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks across connections (DATABASE_URL=postgres://...)")
    from gops.forms.models import Application
    from gops.forms.registry import registry
    from gops.forms.submission import submit_application

    from .factories import new_key, submission_data

    definition = registry.get("karta-duzej-rodziny")  # no required files: nothing shared
    double_click_key = new_key()
    keys = [double_click_key] * 4 + [new_key() for _ in range(4)]
    results, errors = [], []
    barrier = threading.Barrier(len(keys))

    def work(key):
        try:
            barrier.wait()
            results.append(
                submit_application(definition.code, submission_data(definition), [], key)
            )
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(key,)) for key in keys]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert Application.objects.count() == 5
    same = {
        r.application.pk for r in results if str(r.application.submission_key) == double_click_key
    }
    assert len(same) == 1
    assert sum(r.created for r in results) == 5
    sequences = sorted(Application.objects.values_list("case_sequence", flat=True))
    assert sequences == [1, 2, 3, 4, 5]
