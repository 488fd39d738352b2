"""Snippet viewsets of the workflow core: editable texts, the e-mail log, payment lists.

Registered in ``wagtail_hooks.py``; who may see or edit each is set by the group
permissions in ``roles.py`` (e.g. Księgowość only views the payment list).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import DecisionTemplate, EmailDelivery, NotificationTemplate, PaymentEntry


class NotificationTemplateViewSet(SnippetViewSet):
    model = NotificationTemplate
    icon = "mail"
    menu_label = _("Szablony e-maili")
    list_display = ["name", "key", "subject", "active"]
    list_filter = ["active"]
    search_fields = ["name", "subject", "body"]
    panels = [
        FieldPanel("name"),
        FieldPanel("key", read_only=True),
        FieldPanel("subject"),
        FieldPanel("body"),
        FieldPanel("active"),
    ]


class DecisionTemplateViewSet(SnippetViewSet):
    model = DecisionTemplate
    icon = "doc-full"
    menu_label = _("Szablony decyzji")
    list_display = ["__str__", "outcome", "signatory"]


class EmailDeliveryViewSet(SnippetViewSet):
    model = EmailDelivery
    icon = "mail"
    menu_label = _("Wysłane e-maile")
    list_display = ["to", "subject", "state", "attempts", "created_at", "sent_at"]
    list_filter = ["state", "template_key"]
    search_fields = ["to", "subject"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "to",
        "subject",
        "body",
        "state",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]


class PaymentEntryViewSet(SnippetViewSet):
    model = PaymentEntry
    icon = "list-ul"
    menu_label = _("Lista wypłat")
    list_display = ["application", "amount", "period_from", "period_to", "state", "list_number"]
    list_filter = ["state"]
    inspect_view_enabled = True
    list_export = [
        "application",
        "amount",
        "period_from",
        "period_to",
        "payment_method",
        "bank_account",
        "state",
        "list_number",
        "paid_on",
    ]
