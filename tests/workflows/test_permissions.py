"""Who may see and do what (least privilege, four eyes)."""

import pytest

from gops.forms.status import Status
from gops.workflows import services

from .factories import make_application
from .helpers import act, current_task, draft, formal_ok, interview

pytestmark = pytest.mark.django_db


def _at_approval(worker, drafter=None):
    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    draft(application, drafter or worker)
    return application


def test_social_worker_cannot_approve(worker, worker2):
    application = _at_approval(worker)
    task = current_task(application, "approval")
    assert task not in services.queue(worker2)
    with pytest.raises(services.WorkflowError, match="Kierownik"):
        services.claim(task, worker2)
    with pytest.raises(services.WorkflowError):
        services.perform(task, worker2, {"result": "approved", "comment": ""})
    assert current_task(application, "approval").owner_id is None


def test_drafter_cannot_approve_own_draft(worker, director, director2):
    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    # The director drafts the decision; the same person may not sign it off.
    act(application, "decision_draft", director, outcome="refused", justification="Dochód.")
    task = current_task(application, "approval")
    with pytest.raises(services.WorkflowError, match="sam"):
        services.claim(task, director)
    services.claim(task, director2)
    services.perform(task, director2, {"result": "approved", "comment": ""})
    application.refresh_from_db()
    assert application.status == Status.NOTIFICATION


def test_four_eyes_checked_again_when_performing(worker, director):
    application = make_application("zasilek-staly")
    formal_ok(application, worker)
    interview(application, worker)
    task = current_task(application, "decision_draft")
    services.claim(task, worker)
    services.reassign(task, director, director)
    form = services.action_form_class(task)(
        data={"outcome": "refused", "justification": "Dochód przekracza kryterium."}
    )
    assert form.is_valid()
    services.perform(task, director, form.cleaned_data)
    approval = current_task(application, "approval")
    with pytest.raises(services.WorkflowError):
        services.claim(approval, director)


def test_outsider_sees_nothing(worker, outsider):
    application = make_application("zasilek-staly")
    assert list(services.visible_applications(outsider)) == []
    assert list(services.queue(outsider)) == []
    assert list(services.inbox(outsider)) == []
    assert not services.can_view_application(outsider, application)
    with pytest.raises(services.WorkflowError):
        services.claim(current_task(application), outsider)
    with pytest.raises(services.WorkflowError):
        services.add_comment(application, outsider, "Ciekawe")


def test_anonymous_sees_nothing(db):
    from django.contrib.auth.models import AnonymousUser

    make_application("zasilek-staly")
    assert list(services.visible_applications(AnonymousUser())) == []
    assert list(services.queue(AnonymousUser())) == []


def test_routing_by_benefit_type(worker, specialist, director, accountant):
    ups = make_application("zasilek-staly")
    family = make_application("zasilek-rodzinny")
    szo = make_application("specjalny-zasilek-opiekunczy")
    assert set(services.visible_applications(worker)) == {ups, szo}  # SZO needs an interview
    assert set(services.visible_applications(specialist)) == {family, szo}
    assert set(services.visible_applications(director)) == {ups, family, szo}
    assert set(services.visible_applications(accountant)) == set()
    assert {t.application for t in services.queue(worker)} == {ups}
    assert {t.application for t in services.queue(specialist)} == {family, szo}
    assert services.can_view_application(worker, szo)
    assert not services.can_view_application(specialist, ups)
    with pytest.raises(services.WorkflowError, match="Specjalista"):
        services.claim(current_task(family), worker)


def test_accountant_sees_only_cases_at_payment(worker, director, accountant):
    from .helpers import approve, deliver, today

    application = _at_approval(worker)
    other = make_application("zasilek-staly")
    assert not services.can_view_application(accountant, application)
    approve(application, director)
    deliver(application, worker)
    act(application, "appeal_window", worker, result="waived", event_date=today())
    assert application.status == Status.PAYMENT
    assert list(services.visible_applications(accountant)) == [application]
    assert services.can_view_application(accountant, application)
    assert not services.can_view_application(accountant, other)
    assert [t.application for t in services.queue(accountant)] == [application]


def test_claim_unassign_reassign(worker, worker2, director):
    application = make_application("zasilek-staly")
    task = current_task(application)
    services.claim(task, worker)
    assert [t.pk for t in services.inbox(worker)] == [task.pk]
    assert list(services.queue(worker2)) == []
    with pytest.raises(services.WorkflowError, match="Ewa Socjalna"):
        services.claim(task, worker2)
    with pytest.raises(services.WorkflowError, match="kierownik"):
        services.unassign(task, worker2)
    with pytest.raises(services.WorkflowError, match="kierownik"):
        services.reassign(task, worker, worker2)
    services.reassign(task, director, worker2)
    assert [t.pk for t in services.inbox(worker2)] == [task.pk]
    assert list(services.inbox(worker)) == []
    with pytest.raises(services.WorkflowError, match="Piotr Drugi"):
        services.perform(task, worker, {})
    services.unassign(task, worker2)
    assert [t.pk for t in services.queue(worker)] == [task.pk]


def test_reassign_only_to_someone_in_the_group(worker, specialist, director):
    application = make_application("zasilek-staly")
    task = current_task(application)
    with pytest.raises(services.WorkflowError):
        services.reassign(task, director, specialist)


def test_finished_task_cannot_be_done_twice(worker):
    application = make_application("becikowe")
    from gops.workflows import roles

    from .factories import make_user

    specialist = make_user("spec2", roles.BENEFIT_SPECIALIST)
    task = current_task(application)
    services.claim(task, specialist)
    data = {
        "result": "complete",
        "signature_method": "profil_zaufany",
        "missing": "",
        "urgent": False,
    }
    services.perform(task, specialist, data)
    with pytest.raises(services.WorkflowError, match="zakończone"):
        services.perform(task, specialist, data)
    with pytest.raises(services.WorkflowError, match="zakończone"):
        services.claim(task, specialist)
