"""Audit trail of staff work, kept in Wagtail's log (``ModelLogEntry``).

Wagtail logs any model through ``ModelLogEntry`` (``wagtail_hooks`` registers
``models.Model`` for it), so ``log(instance=application, ...)`` needs no extra
registration; the actions below are registered by the ``register_log_actions`` hook in
``workflows/wagtail_hooks.py`` so Wagtail's reports show Polish labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import get_active_log_context, log
from wagtail.log_actions import registry as log_registry

APPLICATION_VIEW = "gops.application.view"
ATTACHMENT_DOWNLOAD = "gops.attachment.download"
APPLICATION_EXPORT = "gops.application.export"
TASK_CLAIM = "gops.task.claim"
TASK_UNASSIGN = "gops.task.unassign"
TASK_REASSIGN = "gops.task.reassign"
TASK_COMPLETE = "gops.task.complete"
DECISION_APPROVE = "gops.decision.approve"
DECISION_RETURN = "gops.decision.return"
DECISION_DOCUMENT = "gops.decision.document"
CASE_DELAY = "gops.case.delay"
CASE_COMMENT = "gops.case.comment"
CASE_WITHDRAW = "gops.case.withdraw"
CASE_SUPPLEMENTED = "gops.case.supplemented"
PROCESS_START = "gops.process.start"

ACTIONS = {
    APPLICATION_VIEW: (_("Otwarcie wniosku"), _("Otwarto wniosek")),
    ATTACHMENT_DOWNLOAD: (_("Pobranie załącznika"), _("Pobrano załącznik")),
    APPLICATION_EXPORT: (_("Eksport wniosków"), _("Wyeksportowano wnioski do CSV")),
    TASK_CLAIM: (_("Przyjęcie zadania"), _("Przyjęto zadanie")),
    TASK_UNASSIGN: (_("Zwolnienie zadania"), _("Zwolniono zadanie")),
    TASK_REASSIGN: (_("Przekazanie zadania"), _("Przekazano zadanie innej osobie")),
    TASK_COMPLETE: (_("Wykonanie zadania"), _("Wykonano zadanie")),
    DECISION_APPROVE: (_("Zatwierdzenie decyzji"), _("Zatwierdzono decyzję")),
    DECISION_RETURN: (_("Zwrot projektu decyzji"), _("Zwrócono projekt decyzji do poprawy")),
    DECISION_DOCUMENT: (_("Wygenerowanie decyzji"), _("Wygenerowano dokument decyzji")),
    CASE_DELAY: (_("Zawiadomienie o zwłoce"), _("Wysłano zawiadomienie o zwłoce (art. 36 KPA)")),
    CASE_COMMENT: (_("Notatka"), _("Dodano notatkę")),
    CASE_WITHDRAW: (_("Wycofanie wniosku"), _("Wniosek wycofany")),
    CASE_SUPPLEMENTED: (_("Uzupełnienie wniosku"), _("Wnioskodawca uzupełnił wniosek")),
    PROCESS_START: (_("Rejestracja wniosku"), _("Zarejestrowano wniosek i rozpoczęto sprawę")),
}


def register_actions(actions) -> None:
    """Body of the ``register_log_actions`` hook."""
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def record(application, action: str, user=None, **data):
    """Write one audit entry for ``application`` (JSON-safe ``data``).

    The row is the one ``wagtail.log_actions.log`` writes (same label, content type,
    object id, user and uuid from the active log context), inserted without the model's
    ``full_clean()``: that validation re-reads the content type row and re-checks the
    action, which for our own registered actions (``ACTIONS``) cannot fail. Anything else
    goes through Wagtail's ``log()`` unchanged.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    model = log_registry.get_log_model_for_instance(application)
    if action not in ACTIONS or model is not ModelLogEntry or application.pk is None:
        return log(instance=application, action=action, user=user, data=data)
    context = get_active_log_context()
    entry = ModelLogEntry(
        content_type=ContentType.objects.get_for_model(application, for_concrete_model=False),
        object_id=str(application.pk),
        label=str(application) or f"{type(application).__name__} object ({application.pk})",
        action=action,
        timestamp=timezone.now(),
        data=data or {},
        user=user or context.user,
        uuid=context.uuid,
    )
    ModelLogEntry.objects.bulk_create([entry])
    return entry


def record_view(user, application, attachment=None):
    if attachment is not None:
        return record(
            application,
            ATTACHMENT_DOWNLOAD,
            user,
            attachment=str(attachment.public_id),
            name=attachment.original_name,
        )
    return record(application, APPLICATION_VIEW, user)


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: str  # "status" | "log" | "comment" | "email"
    label: str
    text: str = ""
    who: str = ""  # display name of the staff member ("" for the resident / system)
    action: str = ""


def _display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def timeline(application, include_views: bool = True) -> list[TimelineEntry]:
    """Status events, audit log entries and comments of the case, oldest first."""
    from wagtail.models import ModelLogEntry

    from gops.forms.status import Status

    from .models import CaseComment, EmailDelivery

    entries: list[TimelineEntry] = []
    for event in application.status_events.all():
        entries.append(
            TimelineEntry(
                when=event.created_at,
                kind="status",
                label=str(Status(event.status).label),
                text=event.public_note,
            )
        )
    logs = ModelLogEntry.objects.for_instance(application).select_related("user")
    if not include_views:
        logs = logs.exclude(action=APPLICATION_VIEW)
    for entry in logs.order_by("timestamp", "pk"):
        label, message = ACTIONS.get(entry.action, (entry.action, entry.action))
        data = entry.data or {}
        text = data.get("summary") or data.get("name") or ""
        entries.append(
            TimelineEntry(
                when=entry.timestamp,
                kind="log",
                label=str(message),
                text=str(text),
                who=_display_name(entry.user),
                action=entry.action,
            )
        )
    for comment in CaseComment.objects.filter(application=application).select_related("author"):
        entries.append(
            TimelineEntry(
                when=comment.created_at,
                kind="comment",
                label=str(_("Notatka")),
                text=comment.text,
                who=_display_name(comment.author),
            )
        )
    for delivery in EmailDelivery.objects.filter(application=application).only(
        "to", "subject", "state", "created_at", "sent_at", "template_key", "last_error"
    ):
        entries.append(
            TimelineEntry(
                when=delivery.sent_at or delivery.created_at,
                kind="email",
                label=str(_("E-mail: %(subject)s") % {"subject": delivery.subject}),
                text=f"{delivery.to} – {delivery.get_state_display()}"
                + (f" ({delivery.last_error})" if delivery.last_error else ""),
            )
        )
    entries.sort(key=lambda e: e.when)
    return entries
