from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    """Online applications: benefit registry, forms, submission, resident status."""

    name = "gops.forms"
    # "forms" would clash with django.forms when that is installed for form templates.
    label = "intake"
    verbose_name = _("Wnioski elektroniczne")
