""" "Do podjęcia": unassigned tasks routed to the user's groups, each with a Claim button."""

from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import services
from .columns import Column, td
from .task_lists import DeferredJoinPaginator, TaskListView


class ClaimColumn(Column):
    """A POST form (with CSRF) per row: claiming changes state, so never a GET link.

    The cell is built without a template, and the CSRF token is fetched once per request
    (``get_token`` masks a fresh copy on every call).
    """

    def render_cell_html(self, instance, parent_context):
        request = parent_context.get("request")
        token = getattr(request, "_gops_claim_csrf", None)
        if token is None and request is not None:
            token = request._gops_claim_csrf = get_token(request)
        application = instance.application
        form = format_html(
            '<form method="post" action="{}">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit" class="button button-small button-secondary">'
            '{}<span class="w-sr-only">: {}, {}</span></button></form>',
            reverse("workflows_admin:claim", args=[application.public_id, instance.pk]),
            token or "",
            gettext("Przejmij"),
            instance.title,
            application.case_number,
        )
        return td(self, form)


class QueueView(TaskListView):
    page_title = _("Do podjęcia")
    header_icon = "clipboard-list"
    index_url_name = "workflows_admin:queue"
    index_results_url_name = "workflows_admin:queue"
    paginator_class = DeferredJoinPaginator

    def get_tasks(self):
        return services.queue(self.request.user)

    def get_columns(self):
        return super().get_columns() + [
            ClaimColumn("claim", label=_("Akcja"), accessor="pk"),
        ]

    @property
    def no_results_message(self):
        return _("W kolejce nie ma zadań do podjęcia.")
