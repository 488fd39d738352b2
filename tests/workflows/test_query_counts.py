"""Inbox, queue and the list of applications run a constant number of queries."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gops.workflows import services

from .factories import make_application
from .helpers import current_task

pytestmark = pytest.mark.django_db


def _render_tasks(tasks):
    """What a task list shows for each row."""
    for task in tasks:
        application = task.application
        _ = (application.case_number, application.applicant_name, application.status)
        _ = services.deadline(task)
        _ = task.deadline_info.group.name
        _ = task.owner.get_full_name() if task.owner_id else ""
        _ = services.task_title(task)


def _count(func):
    with CaptureQueriesContext(connection) as ctx:
        func()
    return len(ctx.captured_queries)


def _fresh(user):
    return get_user_model().objects.get(pk=user.pk)


def _measure(worker):
    user = _fresh(worker)
    return (
        _count(lambda: _render_tasks(list(services.inbox(user)))),
        _count(lambda: _render_tasks(list(services.queue(_fresh(worker))))),
        _count(lambda: [a.case_number for a in services.visible_applications(_fresh(worker))]),
    )


def _add(n, worker, claim_every=2):
    for i in range(n):
        application = make_application("zasilek-staly")
        if i % claim_every == 0:
            services.claim(current_task(application), worker)


def test_constant_queries(worker):
    _add(5, worker)
    small = _measure(worker)
    _add(45, worker)
    assert len(services.inbox(worker)) == 3 + 23
    large = _measure(worker)
    assert small == large, (small, large)
    assert all(count <= 3 for count in large), large
