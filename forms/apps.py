from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    """Online applications: benefit registry, forms, submission, resident status."""

    name = "gops.forms"
    # "forms" would clash with django.forms when that is installed for form templates.
    label = "intake"
    verbose_name = _("Wnioski elektroniczne")

    def ready(self):
        from importlib import import_module

        from django.conf import settings

        # The site chooses which benefit definitions exist (defaults: ours).
        conf = getattr(settings, "GOPS_INTAKE", {})
        for module in conf.get("BENEFIT_MODULES", ["gops.forms.benefits"]):
            import_module(module)
