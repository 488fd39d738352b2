from django.urls import reverse

from gops.workflows import services


def open_task(application):
    tasks = list(services.open_tasks(application))
    assert tasks, "the application should have an open task"
    return tasks[0]


def case_url(application):
    return reverse("workflows_admin:application", args=[application.public_id])


def claim_url(application, task):
    return reverse("workflows_admin:claim", args=[application.public_id, task.pk])


def perform_url(application, task):
    return reverse("workflows_admin:perform", args=[application.public_id, task.pk])


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []
