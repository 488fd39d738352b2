"""Admin home panels for staff: my tasks, the queue, overdue work, work due this week.

Each panel asks the Workflow API for the user's inbox/queue and narrows it in the
database (count + five rows), so the dashboard costs the same at any volume.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .. import services
from .access import is_staff_member
from .task_rows import task_rows, with_application

LIMIT = 5


class TaskPanel(Component):
    template_name = "workflows/admin/panels/task_panel.html"
    name = ""
    heading = ""
    empty_message = ""
    order = 50
    link_url_name = "workflows_admin:inbox"
    link_label = _("Wszystkie moje zadania")

    def __init__(self, request):
        self.request = request

    def querysets(self):
        """The task querysets this panel draws from (inbox and/or queue)."""
        raise NotImplementedError

    def narrow(self, tasks):
        return tasks

    def get_context_data(self, parent_context=None):
        count = 0
        rows = []
        for tasks in self.querysets():
            tasks = self.narrow(tasks)
            count += tasks.count()
            if len(rows) < LIMIT:
                rows += task_rows(with_application(tasks)[: LIMIT - len(rows)])
        rows.sort(key=lambda r: (r.due is None, r.due or datetime.date.max))
        return {
            "panel": self,
            "count": count,
            "rows": rows[:LIMIT],
            "more": max(count - LIMIT, 0),
        }

    def render_html(self, parent_context=None):
        if not is_staff_member(self.request.user):
            return ""
        return super().render_html(parent_context)


class MyTasksPanel(TaskPanel):
    name = "gops_my_tasks"
    heading = _("Moje zadania")
    empty_message = _("Nie masz teraz przypisanych zadań.")
    order = 50

    def querysets(self):
        return [services.inbox(self.request.user)]


class QueuePanel(TaskPanel):
    """Unclaimed tasks for my groups: the director's approvals and the accountant's payment
    lists wait here, so without this panel those roles found an empty dashboard."""

    name = "gops_queue"
    heading = _("Do podjęcia")
    empty_message = _("W kolejce Twoich grup nie czeka teraz żadne zadanie.")
    order = 51
    link_url_name = "workflows_admin:queue"

    def querysets(self):
        return [services.queue(self.request.user)]


class OverduePanel(TaskPanel):
    name = "gops_overdue"
    heading = _("Po terminie")
    empty_message = _("Żadne z Twoich zadań ani zadań w Twojej kolejce nie jest po terminie.")
    order = 52

    def querysets(self):
        user = self.request.user
        return [services.inbox(user), services.queue(user)]

    def narrow(self, tasks):
        return tasks.filter(deadline_info__open=True, deadline_info__due__lt=timezone.localdate())


class DueThisWeekPanel(TaskPanel):
    name = "gops_due_this_week"
    heading = _("Termin w tym tygodniu")
    empty_message = _("W tym tygodniu nie mija termin żadnego z Twoich zadań.")
    order = 53

    def querysets(self):
        user = self.request.user
        return [services.inbox(user), services.queue(user)]

    def narrow(self, tasks):
        today = timezone.localdate()
        sunday = today + datetime.timedelta(days=6 - today.weekday())
        return tasks.filter(
            deadline_info__open=True, deadline_info__due__gte=today, deadline_info__due__lte=sunday
        )


def panels_for(request):
    if not is_staff_member(request.user):
        return []
    return [
        MyTasksPanel(request),
        QueuePanel(request),
        OverduePanel(request),
        DueThisWeekPanel(request),
    ]
