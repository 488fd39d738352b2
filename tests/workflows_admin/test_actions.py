"""Claim, act, unassign and reassign from the admin; concurrent actions get a message."""

import pytest

from gops.workflows import services

from .factories import make_application
from .helpers import case_url, claim_url, messages_of, open_task, perform_url

pytestmark = pytest.mark.django_db


def test_claim_from_the_queue_moves_the_task_to_my_inbox(as_user, worker):
    application = make_application()
    task = open_task(application)
    response = as_user(worker).post(claim_url(application, task), follow=True)
    assert response.redirect_chain[-1][0] == case_url(application)
    assert any("jest teraz Twoje" in m for m in messages_of(response))
    assert task.pk in [t.pk for t in services.inbox(worker)]
    assert task.pk not in [t.pk for t in services.queue(worker)]


def test_claim_needs_post(as_user, worker):
    application = make_application()
    assert as_user(worker).get(claim_url(application, open_task(application))).status_code == 405


def test_claim_needs_csrf_token(worker):
    from django.test import Client

    application = make_application()
    client = Client(enforce_csrf_checks=True)
    client.force_login(worker)
    assert client.post(claim_url(application, open_task(application))).status_code == 403


def test_concurrent_claim_shows_a_message_not_an_error(as_user, worker, worker2):
    application = make_application()
    task = open_task(application)
    services.claim(task, worker2)  # a colleague was faster

    response = as_user(worker).post(claim_url(application, task), follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == case_url(application)
    assert messages_of(response), "the user must be told what happened"
    page = response.content.decode()
    assert "Piotr Drugi" in page  # the current state: who has the task now


def test_acting_on_a_task_finished_meanwhile_shows_a_message(as_user, worker):
    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    stale_id = task.pk
    form_class = services.action_form_class(task)
    data = {"result": "complete", "signature_method": "profil_zaufany", "missing": ""}
    form = form_class(data=data)
    assert form.is_valid(), form.errors
    services.perform(task, worker, form.cleaned_data)  # e.g. in another browser tab

    response = as_user(worker).post(
        perform_url(application, task),
        {f"task-{stale_id}-{k}": v for k, v in data.items()},
        follow=True,
    )
    assert response.status_code == 200
    assert any("zostało już wykonane" in m for m in messages_of(response))


def test_perform_from_the_case_page(as_user, worker):
    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    client = as_user(worker)

    page = client.get(case_url(application)).content.decode()
    assert perform_url(application, task) in page
    assert f'name="task-{task.pk}-result"' in page

    response = client.post(
        perform_url(application, task),
        {
            f"task-{task.pk}-result": "complete",
            f"task-{task.pk}-signature_method": "profil_zaufany",
            f"task-{task.pk}-missing": "",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert any("zostało wykonane" in m for m in messages_of(response))
    assert task.pk not in [t.pk for t in services.open_tasks(application)]


def test_invalid_action_form_keeps_the_task_and_shows_errors(as_user, worker):
    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    response = as_user(worker).post(perform_url(application, task), {})
    assert response.status_code == 400
    assert "Popraw błędy" in response.content.decode()
    assert task.pk in [t.pk for t in services.open_tasks(application)]


def test_cannot_act_on_a_task_someone_else_holds(as_user, worker, worker2):
    application = make_application()
    task = open_task(application)
    services.claim(task, worker2)
    response = as_user(worker).post(
        perform_url(application, task),
        {f"task-{task.pk}-result": "complete", f"task-{task.pk}-signature_method": "brak"},
        follow=True,
    )
    assert response.status_code == 200
    assert messages_of(response)
    assert task.pk in [t.pk for t in services.open_tasks(application)]


def test_unassign_returns_the_task_to_the_queue(as_user, worker):
    from django.urls import reverse

    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    response = as_user(worker).post(
        reverse("workflows_admin:unassign", args=[application.public_id, task.pk]), follow=True
    )
    assert response.status_code == 200
    assert task.pk in [t.pk for t in services.queue(worker)]


def test_director_reassigns_a_task(as_user, director, worker, worker2):
    from django.urls import reverse

    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    client = as_user(director)
    page = client.get(case_url(application)).content.decode()
    assert reverse("workflows_admin:reassign", args=[application.public_id, task.pk]) in page

    response = client.post(
        reverse("workflows_admin:reassign", args=[application.public_id, task.pk]),
        {f"reassign-{task.pk}-user": worker2.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert task.pk in [t.pk for t in services.inbox(worker2)]


def test_social_worker_cannot_reassign(as_user, worker, worker2):
    from django.urls import reverse

    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    client = as_user(worker)
    reassign_url = reverse("workflows_admin:reassign", args=[application.public_id, task.pk])
    assert reassign_url not in client.get(case_url(application)).content.decode()
    response = client.post(
        reassign_url,
        {f"reassign-{task.pk}-user": worker2.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert messages_of(response)
    assert task.pk in [t.pk for t in services.inbox(worker)]


def test_actions_on_a_hidden_case_are_404(as_user, specialist):
    application = make_application("zasilek-staly")
    task = open_task(application)
    response = as_user(specialist).post(claim_url(application, task))
    assert response.status_code == 404


def test_staff_record_a_withdrawal_from_the_case_page(as_user, worker):
    from django.urls import reverse

    from gops.forms.status import Status

    application = make_application()
    client = as_user(worker)
    assert 'id="gops-withdraw-section"' in client.get(case_url(application)).content.decode()
    url = reverse("workflows_admin:withdraw", args=[application.public_id])

    assert client.post(url, {"withdraw-reason": ""}).status_code == 400  # nothing saved
    application.refresh_from_db()
    assert application.status != Status.WITHDRAWN

    response = client.post(url, {"withdraw-reason": "Pismo z 26.11.2026."}, follow=True)
    assert response.redirect_chain[-1][0] == case_url(application)
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN
    assert not list(services.open_tasks(application))
    page = response.content.decode()
    assert 'id="gops-withdraw-section"' not in page  # cannot withdraw twice


def test_staff_outside_the_case_cannot_withdraw_it(as_user, specialist):
    from django.urls import reverse

    from gops.forms.status import Status

    application = make_application("zasilek-staly")  # social workers' case
    url = reverse("workflows_admin:withdraw", args=[application.public_id])
    assert as_user(specialist).post(url, {"withdraw-reason": "x"}).status_code == 404
    application.refresh_from_db()
    assert application.status != Status.WITHDRAWN
