"""E-mails to residents. The confirmation carries the case number and the access code."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Application

logger = logging.getLogger("gops.forms.emails")


def institution_name() -> str:
    conf = getattr(settings, "GOPS_INTAKE", {})
    return (
        conf.get("INSTITUTION_NAME")
        or getattr(settings, "WAGTAIL_SITE_NAME", "")
        or _("Ośrodek Pomocy Społecznej")
    )


def site_url(path: str = "") -> str:
    conf = getattr(settings, "GOPS_INTAKE", {})
    base = conf.get("SITE_URL") or getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return base.rstrip("/") + path


def status_url() -> str:
    try:
        return site_url(reverse("intake:status"))
    except NoReverseMatch:
        return site_url("/")


def confirmation_context(application: Application, access_code: str | None) -> dict:
    definition = application.benefit
    return {
        "application": application,
        "definition": definition,
        "access_code": access_code,
        "institution": institution_name(),
        "status_url": status_url(),
        "received": timezone.localtime(application.submitted_at),
        "needs_interview": definition.needs_interview,
        "decision_deadline": definition.decision_deadline,
    }


def render_confirmation(application: Application, access_code: str | None) -> dict:
    """Subject, text and HTML of the confirmation (JSON-safe, for the Celery task)."""
    context = confirmation_context(application, access_code)
    return {
        "subject": _("Wniosek przyjęty – znak sprawy %(number)s")
        % {"number": application.case_number},
        "body": render_to_string("intake/email/confirmation.txt", context),
        "html": render_to_string("intake/email/confirmation.html", context),
    }


def deliver_confirmation(application_id: int, to: str, subject: str, body: str, html: str) -> bool:
    """Send an already rendered confirmation once per application; False when it was
    already sent. On a sending error the claim is released (so a retry can send) and the
    error raised."""
    if not to:
        return False
    claimed = Application.objects.filter(
        pk=application_id, confirmation_sent_at__isnull=True
    ).update(confirmation_sent_at=timezone.now())
    if not claimed:
        return False
    message = EmailMultiAlternatives(subject=subject, body=body, to=[to])
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except Exception:
        # Let a later call try again; the application itself is safe.
        Application.objects.filter(pk=application_id).update(confirmation_sent_at=None)
        raise
    return True


def send_confirmation(application: Application, access_code: str | None) -> bool:
    """Send the confirmation once per application, synchronously; returns False when
    already sent or there is no address. Safe to call from both the submission and a view.
    (The submission itself queues ``gops.forms.tasks.send_confirmation_email`` after commit.)
    """
    if not application.email:
        return False
    if Application.objects.filter(pk=application.pk, confirmation_sent_at__isnull=False).exists():
        return False
    return deliver_confirmation(
        application.pk, application.email, **render_confirmation(application, access_code)
    )


def send_confirmation_by_id(application_id: int, access_code: str | None) -> bool:
    """Render and send the confirmation of one application (the Celery task's body);
    False when it is gone, has no address or was already confirmed."""
    application = Application.objects.filter(pk=application_id).first()
    if application is None or not application.email or application.confirmation_sent_at:
        return False
    return deliver_confirmation(
        application.pk, application.email, **render_confirmation(application, access_code)
    )
