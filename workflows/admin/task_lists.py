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
