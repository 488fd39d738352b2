""" "Do podjęcia": unassigned tasks routed to the user's groups, each with a Claim button."""

from django.middleware.csrf import get_token
from django.utils.translation import gettext_lazy as _

from .. import services
from .columns import Column
from .task_lists import TaskListView


class ClaimColumn(Column):
    """A POST form (with CSRF) per row: claiming changes state, so never a GET link."""

    cell_template_name = "workflows/admin/tables/claim_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["row"] = instance
        request = parent_context.get("request")
        # Cells render outside the page's RequestContext, so fetch the token explicitly.
        context["csrf_token"] = get_token(request) if request is not None else ""
        return context


class QueueView(TaskListView):
    page_title = _("Do podjęcia")
    header_icon = "clipboard-list"
    index_url_name = "workflows_admin:queue"
    index_results_url_name = "workflows_admin:queue"

    def get_tasks(self):
        return services.queue(self.request.user)

    def get_columns(self):
        return super().get_columns() + [
            ClaimColumn("claim", label=_("Akcja"), accessor="pk"),
        ]

    @property
    def no_results_message(self):
        return _("W kolejce nie ma zadań do podjęcia.")
