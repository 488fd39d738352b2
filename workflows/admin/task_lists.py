"""Base for the two task lists (inbox and queue): a Wagtail listing of TaskRows."""

from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import BaseListingView

from .columns import TaskTable, task_columns
from .mixins import StaffRequiredMixin
from .task_rows import task_rows, with_application


class TaskPaginator(WagtailPaginator):
    """Wagtail labels the count "6 zadania" (one plural form); Polish needs "6 zadań", so
    the label names the count instead of inflecting the noun."""

    @cached_property
    def items_count_label(self):
        return gettext("Liczba zadań: %(count)s") % {"count": self.count}


class DeferredJoinPaginator(TaskPaginator):
    """Pages by primary key first, then reads only that page's rows with their joins.

    The queue's order (deadline, creation, id) needs each candidate task; joining every
    candidate to its process, application, owner and group before the sort (what
    PostgreSQL chose for ~1,800 open tasks of a group) cost most of the page. The first
    query sorts the narrow (id, due, created) rows, the second fetches 50 full rows.
    """

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {task.pk: task for task in self.object_list.filter(pk__in=ids)} if ids else {}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


class TaskListView(StaffRequiredMixin, BaseListingView):
    table_class = TaskTable
    paginator_class = TaskPaginator
    paginate_by = 50
    verbose_name = _("zadanie")
    verbose_name_plural = _("zadania")

    def get_columns(self):
        return task_columns()

    @property
    def columns(self):
        return self.get_columns()

    def get_tasks(self):
        raise NotImplementedError

    def get_base_queryset(self):
        return with_application(self.get_tasks())

    def get_table(self, object_list):
        return self.table_class(self.columns, task_rows(object_list), **self.get_table_kwargs())
