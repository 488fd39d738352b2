"""Tasks as rows for the staff lists: the task with its case and deadline.

The Workflow API returns viewflow ``Task`` querysets; ``ApplicationProcess`` (a child of
viewflow's ``Process``) links each task to its application. Everything a row shows is
fetched with ``select_related`` so a list costs the same number of queries at any size.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .. import services

# Task -> Process -> ApplicationProcess (multi-table child) -> Application.
APPLICATION_PATH = "process__applicationprocess__application"


def with_application(tasks):
    return tasks.select_related(APPLICATION_PATH, "owner", "deadline_info")


def application_of(task):
    return task.process.applicationprocess.application


@dataclass
class TaskRow:
    task: object
    application: object
    due: datetime.date | None
    overdue: bool
    due_soon: bool = False
    working_days_left: int | None = None

    @property
    def pk(self):
        return self.task.pk

    @property
    def title(self) -> str:
        return services.task_title(self.task)


def task_row(task, application=None) -> TaskRow:
    info = services.deadline(task)
    return TaskRow(
        task=task,
        application=application or application_of(task),
        due=getattr(info, "due", None),
        overdue=bool(getattr(info, "overdue", False)),
        due_soon=bool(getattr(info, "due_soon", False)),
        working_days_left=getattr(info, "working_days_left", None),
    )


def task_rows(tasks) -> list[TaskRow]:
    return [task_row(task) for task in tasks]
