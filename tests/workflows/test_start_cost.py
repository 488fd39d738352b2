"""What starting a process costs on every submission: no lock round trips on the row the
start has just inserted, the audit entry written once (not read back), and Wagtail's own
fields on it."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from viewflow.workflow import lock
from wagtail.log_actions import LogContext, log
from wagtail.models import ModelLogEntry

from gops.workflows import audit, services
from gops.workflows.models import ApplicationProcess, TaskDeadline

from .factories import make_application
from .helpers import current_task

pytestmark = pytest.mark.django_db

# Process, its subclass row, start and first task, the task link, the deadline, the group
# and the audit entry (plus savepoints); a lock or a re-read would go over it.
MAX_START_QUERIES = 12


@pytest.fixture
def lock_calls(monkeypatch):
    calls = []
    real = lock.SelectForUpdateLock.__call__

    def spy(self, flow_class, process_pk):
        calls.append(process_pk)
        return real(self, flow_class, process_pk)

    monkeypatch.setattr(lock.SelectForUpdateLock, "__call__", spy)
    return calls


def test_starting_a_process_takes_no_row_lock_and_few_queries(
    lock_calls, django_assert_max_num_queries
):
    make_application()  # warm caches (content types, groups)
    application = make_application(start=False)
    with (
        django_assert_max_num_queries(MAX_START_QUERIES),
        CaptureQueriesContext(connection) as ctx,
    ):
        process = services.start_process(application)
    assert lock_calls == []
    sql = [q["sql"] for q in ctx.captured_queries]
    assert not any("FOR UPDATE" in q for q in sql)
    assert not any(q.startswith("SELECT") and "wagtailcore_modellogentry" in q for q in sql)
    assert process.application_id == application.pk
    deadline = TaskDeadline.objects.get(task__process_id=process.pk)
    assert deadline.open and deadline.unassigned and deadline.due is not None
    assert services.start_process(application).pk == process.pk  # still idempotent
    assert ApplicationProcess.objects.filter(application=application).count() == 1


def test_staff_actions_still_lock_the_process(lock_calls, worker):
    application = make_application()
    task = current_task(application)
    services.claim(task, worker)
    assert lock_calls == [task.process_id]


def test_a_fresh_start_takes_the_number_before_its_audit_entry():
    application = make_application(start=False)
    taken = []

    def assign_case_number():
        application.case_number = "GOPS.8311.999.2026"
        taken.append(ApplicationProcess.objects.filter(application=application).exists())
        return application.case_number

    services.start_process(application, assign_case_number=assign_case_number)
    assert taken == [True]  # after the process start
    entry = ModelLogEntry.objects.for_instance(application).get(action=audit.PROCESS_START)
    assert entry.label == "GOPS.8311.999.2026"
    assert entry.data == {"summary": "GOPS.8311.999.2026"}


def test_audit_entries_carry_what_wagtails_log_writes(worker):
    application = make_application(start=False)
    context = LogContext(user=worker, generate_uuid=False)
    context.uuid = uuid.uuid4()
    with context:
        ours = audit.record(application, audit.CASE_COMMENT, None, summary="x")
        theirs = log(instance=application, action=audit.CASE_COMMENT, data={"summary": "x"})
    fields = ("content_type_id", "object_id", "label", "action", "data", "user_id", "uuid")
    ours = ModelLogEntry.objects.values(*fields).get(pk=ours.pk)
    theirs = ModelLogEntry.objects.values(*fields).get(pk=theirs.pk)
    assert ours == theirs
    assert ours["user_id"] == worker.pk and ours["uuid"] == context.uuid


def test_unregistered_actions_are_still_refused():
    from django.core.exceptions import ValidationError

    application = make_application(start=False)
    with pytest.raises(ValidationError):
        audit.record(application, "gops.not.registered")
