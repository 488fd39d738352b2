""" "Moje zadania": open tasks assigned to the signed-in staff member."""

from django.utils.translation import gettext_lazy as _

from .. import services
from .task_lists import TaskListView


class InboxView(TaskListView):
    page_title = _("Moje zadania")
    header_icon = "tasks"
    index_url_name = "workflows_admin:inbox"
    index_results_url_name = "workflows_admin:inbox"
    no_tasks_message = _("Nie masz przypisanych zadań. Nowe znajdziesz w kolejce „Do podjęcia”.")

    def get_tasks(self):
        return services.inbox(self.request.user)

    @property
    def no_results_message(self):
        return self.no_tasks_message
