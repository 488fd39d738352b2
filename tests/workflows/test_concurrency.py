"""Two staff acting on one task at the same moment: exactly one succeeds.

Needs PostgreSQL: viewflow's ``select_for_update`` lock on the process row is what
serialises them (SQLite has no row locks; it serialises whole transactions instead).
"""

import threading
import time

import pytest
from django.db import connection, connections

from gops.workflows import services
from gops.workflows.models import TaskDeadline

from .factories import make_application, make_user
from .helpers import current_task

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks (SELECT … FOR UPDATE) need PostgreSQL; set DATABASE_URL")


def _race(monkeypatch, calls):
    """Run ``calls`` in parallel threads; the first into the lock holds it a while."""
    original = services._check_may_work

    def slow_check(user, task):
        original(user, task)
        time.sleep(0.5)  # inside the transaction and the lock: the other thread must wait

    monkeypatch.setattr(services, "_check_may_work", slow_check)
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            call()
            results[index] = "ok"
        except services.WorkflowError as error:
            results[index] = error
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_staff_claim_one_task(monkeypatch):
    from gops.workflows import roles

    first = make_user("pierwsza", roles.SOCIAL_WORKER)
    second = make_user("drugi", roles.SOCIAL_WORKER)
    application = make_application("zasilek-staly")
    task = current_task(application)
    results = _race(
        monkeypatch,
        [lambda: services.claim(task, first), lambda: services.claim(task, second)],
    )
    assert sorted(r == "ok" for r in results) == [False, True], results
    error = next(r for r in results if r != "ok")
    assert isinstance(error, services.WorkflowError), error
    assert "przyjął" in str(error)
    task = current_task(application)
    assert task.owner_id in (first.pk, second.pk)
    # The queue's denormalised flag followed the one claim that won.
    assert TaskDeadline.objects.get(task_id=task.pk).unassigned is False
    assert task.pk not in [t.pk for t in services.queue(first)]


def test_double_submit_of_one_action(monkeypatch):
    from gops.workflows import roles

    worker = make_user("pracownica", roles.SOCIAL_WORKER)
    application = make_application("zasilek-staly")
    task = current_task(application)
    services.claim(task, worker)
    data = {
        "result": "complete",
        "signature_method": "profil_zaufany",
        "missing": "",
        "urgent": False,
    }
    results = _race(
        monkeypatch,
        [
            lambda: services.perform(task, worker, data),
            lambda: services.perform(task, worker, data),
        ],
    )
    assert sorted(r == "ok" for r in results) == [False, True], results
    error = next(r for r in results if r != "ok")
    assert isinstance(error, services.WorkflowError), error
    # The case moved on exactly once: one interview task, one completion in the log.
    assert [t.flow_task.name for t in services.open_tasks(application)] == ["interview"]
    done = TaskDeadline.objects.get(task_id=task.pk)
    assert (done.open, done.unassigned) == (False, False)
    interview = current_task(application)
    assert TaskDeadline.objects.get(task_id=interview.pk).unassigned is True


def test_claim_racing_a_release_leaves_the_flag_true_to_the_owner(monkeypatch):
    from gops.workflows import roles

    owner = make_user("wlascicielka", roles.SOCIAL_WORKER)
    other = make_user("kolega", roles.SOCIAL_WORKER)
    application = make_application("zasilek-staly")
    task = current_task(application)
    services.claim(task, owner)
    task = current_task(application)
    results = _race(
        monkeypatch,
        [lambda: services.unassign(task, owner), lambda: services.claim(task, other)],
    )
    task = current_task(application)
    info = TaskDeadline.objects.get(task_id=task.pk)
    # Whichever order the lock gave them, the row says what the task says.
    assert info.unassigned is (task.owner_id is None), (results, task.owner_id)
    assert (task.pk in [t.pk for t in services.queue(other)]) is (task.owner_id is None)
