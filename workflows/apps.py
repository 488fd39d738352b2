from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    """The administrative procedure as viewflow processes, worked in the Wagtail admin."""

    name = "gops.workflows"
    label = "workflows"
    verbose_name = _("Obsługa wniosków")

    def ready(self):
        # viewflow's AUTOREGISTER is off: the flow is registered here, explicitly, and so
        # are the receivers that connect it to the intake.
        from django.db.models.signals import post_migrate, post_save

        from gops.forms import signals as intake_signals
        from gops.forms.models import StatusEvent

        from . import receivers
        from .flows import registered_flows

        self.flows = registered_flows()
        intake_signals.application_submitted.connect(
            receivers.application_submitted, dispatch_uid="gops.workflows.start"
        )
        intake_signals.application_supplemented.connect(
            receivers.application_supplemented, dispatch_uid="gops.workflows.supplemented"
        )
        intake_signals.application_withdrawn.connect(
            receivers.application_withdrawn, dispatch_uid="gops.workflows.withdrawn"
        )
        post_save.connect(
            receivers.status_event_saved, sender=StatusEvent, dispatch_uid="gops.workflows.mail"
        )
        post_migrate.connect(receivers.ensure_groups, sender=self, dispatch_uid="gops.roles")
