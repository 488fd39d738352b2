"""``TaskDeadline.open``/``unassigned`` mirror the task through every change of owner/status.

The queue ("do podjęcia") filters on the denormalised flags (partial index
``wf_deadline_queue_idx``); it must still list exactly the open, unassigned tasks of the
user's groups, in the same order as the definition on viewflow's own columns.
"""

import datetime

import pytest
from django.apps import apps
from django.db.models import F
from viewflow.workflow.status import STATUS

from gops.workflows import roles, services
from gops.workflows.models import ApplicationTask, TaskDeadline

from .factories import make_application, make_user
from .helpers import act, current_task, formal_ok, today

pytestmark = pytest.mark.django_db


def assert_mirrored():
    """Every deadline row says what its task says (owner, open/closed)."""
    rows = TaskDeadline.objects.values_list("task_id", "open", "unassigned", "task__status")
    owners = dict(ApplicationTask.objects.values_list("pk", "owner_id"))
    assert rows, "no task deadlines"
    for task_id, is_open, unassigned, status in rows:
        assert is_open == (status in services.OPEN_STATUSES), (task_id, status, is_open)
        assert unassigned == (owners[task_id] is None), (task_id, owners[task_id], unassigned)


def flags(task):
    info = TaskDeadline.objects.get(task_id=task.pk)
    return info.open, info.unassigned


def queue_by_definition(user):
    """The queue as it was defined before the flag: viewflow's status and owner."""
    tasks = (
        ApplicationTask.objects.filter(
            flow_task_type="HUMAN",
            status=STATUS.NEW,
            owner__isnull=True,
            deadline_info__open=True,
        )
        .order_by(F("deadline_info__due").asc(nulls_last=True), "created", "pk")
        .values_list("pk", flat=True)
    )
    if not user.is_superuser:
        tasks = tasks.filter(deadline_info__group__name__in=roles.user_group_names(user))
    return list(tasks)


def test_new_task_is_open_and_unassigned(worker):
    task = current_task(make_application("zasilek-staly"))
    assert flags(task) == (True, True)
    assert_mirrored()


def test_claim_release_reassign_complete(worker, worker2, director):
    application = make_application("zasilek-staly")
    task = current_task(application)
    services.claim(task, worker)
    assert flags(task) == (True, False)
    services.unassign(current_task(application), worker)
    assert flags(task) == (True, True)
    services.reassign(current_task(application), director, worker2)  # from the queue
    assert flags(task) == (True, False)
    services.reassign(current_task(application), director, worker)  # owner to owner
    assert flags(task) == (True, False)
    services.unassign(current_task(application), director)  # the kierownik releases it
    assert flags(task) == (True, True)
    formal_ok(application, worker)  # claims and completes
    assert flags(task) == (False, False)
    assert_mirrored()


def test_task_assigned_on_creation_never_enters_the_queue(worker):
    application = make_application("zasilek-staly")
    act(
        application,
        "formal_check",
        worker,
        result="incomplete",
        signature_method="profil_zaufany",
        missing="Zaświadczenie o dochodach.",
    )
    waiting = current_task(application, "await_supplement")
    assert waiting.owner_id == worker.pk
    assert flags(waiting) == (True, False)
    assert waiting.pk not in [t.pk for t in services.queue(worker)]
    assert_mirrored()


def test_supplement_and_withdrawal_close_the_rows(worker):
    supplemented = make_application("zasilek-staly")
    act(
        supplemented,
        "formal_check",
        worker,
        result="incomplete",
        signature_method="profil_zaufany",
        missing="Zaświadczenie o dochodach.",
    )
    waiting = current_task(supplemented, "await_supplement")
    assert services.supplemented(supplemented, note="zaswiadczenie.pdf")
    assert flags(waiting) == (False, False)
    recheck = current_task(supplemented, "formal_check")
    assert flags(recheck) == (True, True)

    withdrawn = make_application("zasilek-staly")
    task = current_task(withdrawn)
    services.withdraw(withdrawn, worker, reason="Rezygnacja.")
    assert flags(task) == (False, True)
    assert_mirrored()


def test_queue_lists_the_same_tasks_in_the_same_order(worker, worker2, specialist, director):
    applications = [make_application("zasilek-staly") for _ in range(6)]
    applications += [make_application("zasilek-rodzinny") for _ in range(3)]
    services.claim(current_task(applications[0]), worker)
    services.claim(current_task(applications[1]), worker2)
    services.unassign(current_task(applications[1]), worker2)
    services.reassign(current_task(applications[2]), director, worker)
    formal_ok(applications[3], worker)  # its next task (interview or draft) opens
    services.withdraw(applications[4], worker, reason="Rezygnacja.")
    # Deadlines in a different order from creation, one without a deadline.
    for offset, application in enumerate(applications[5:]):
        for task in services.open_tasks(application):
            due = today() + datetime.timedelta(days=10 - offset) if offset != 2 else None
            TaskDeadline.objects.filter(task_id=task.pk).update(due=due)
    for user in (worker, worker2, specialist, director):
        user = type(user).objects.get(pk=user.pk)
        expected = queue_by_definition(user)
        assert [t.pk for t in services.queue(user)] == expected, user
    assert queue_by_definition(make_user("admin", is_superuser=True)) == [
        t.pk for t in services.queue(make_user("admin2", is_superuser=True))
    ]
    assert_mirrored()


def test_queue_query_uses_the_flag_and_group_ids(worker):
    make_application("zasilek-staly")
    sql = str(services.queue(worker).query)
    assert '"unassigned"' in sql
    assert "auth_group" not in sql.split("WHERE", 1)[1]


def test_migration_fills_the_flag_from_the_owner(worker):
    module = __import__(
        "gops.workflows.migrations.0005_taskdeadline_unassigned", fromlist=["fill_unassigned"]
    )
    claimed = make_application("zasilek-staly")
    services.claim(current_task(claimed), worker)
    make_application("zasilek-staly")
    TaskDeadline.objects.update(unassigned=True)  # as right after AddField(default=True)
    module.fill_unassigned(apps, None)
    assert_mirrored()


def test_queue_costs_constant_queries(worker, django_assert_max_num_queries):
    for _ in range(5):
        make_application("zasilek-staly")
    user = type(worker).objects.get(pk=worker.pk)
    with django_assert_max_num_queries(2):  # the user's groups, the page
        rows = list(services.queue(user))
    assert len(rows) == 5
