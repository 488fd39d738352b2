"""Page moderation for the demo site: an editor submits, the director (Kierownik) approves."""

from __future__ import annotations

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

# Wagtail's button reads "Wyślij do <name>", so the name is in the genitive.
WORKFLOW_NAME = "moderacji (akceptuje kierownik)"
TASK_NAME = "Akceptacja kierownika"


def setup_moderation(home: Page, director: Group) -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.add(director)

    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count()
        )

    link = WorkflowPage.objects.filter(page=home).first()
    if link is None:
        WorkflowPage.objects.create(page=home, workflow=workflow)
    elif link.workflow_id != workflow.pk:
        link.workflow = workflow
        link.save()
    return workflow
