from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    """The administrative procedure as viewflow processes, worked in the Wagtail admin."""

    name = "gops.workflows"
    label = "workflows"
    verbose_name = _("Obsługa wniosków")
