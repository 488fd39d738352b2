"""Demo data: every state, and work for each role on first login."""

import pytest
from django.core import mail
from django.core.management import call_command

from gops.forms.models import Application
from gops.forms.status import Status
from gops.workflows import roles, services

from .factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_users():
    return {
        "pracownik": make_user("pracownik", roles.SOCIAL_WORKER),
        "specjalista": make_user("specjalista", roles.BENEFIT_SPECIALIST),
        "kierownik": make_user("kierownik", roles.DIRECTOR),
        "ksiegowa": make_user("ksiegowa", roles.ACCOUNTANT),
    }


def test_seed_covers_every_resting_state_and_role(demo_users, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_applications")
    states = set(Application.objects.values_list("status", flat=True))
    resting = set(Status) - {Status.FINAL}  # FINAL is passed through on the way to payment
    assert resting <= states, resting - states
    assert mail.outbox == []  # invented applicants get no e-mail

    for username in ("pracownik", "specjalista"):
        user = demo_users[username]
        assert services.inbox(user).exists(), username
        assert services.queue(user).exists(), username
    approvals = [t.flow_task.name for t in services.queue(demo_users["kierownik"])]
    assert "approval" in approvals
    payments = list(services.queue(demo_users["ksiegowa"]))
    assert payments and {t.flow_task.name for t in payments} == {"payment"}
    overdue = [t for t in services.inbox(demo_users["pracownik"]) if services.deadline(t).overdue]
    assert overdue


def test_seed_count(demo_users):
    call_command("seed_applications", "--count", "40")
    assert Application.objects.count() == 40
