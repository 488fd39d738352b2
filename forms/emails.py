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


def send_confirmation(application: Application, access_code: str | None) -> bool:
    """Send the confirmation once per application; returns False when already sent or
    there is no address. Safe to call from both the submission and a view."""
    if not application.email:
        return False
    claimed = Application.objects.filter(
        pk=application.pk, confirmation_sent_at__isnull=True
    ).update(confirmation_sent_at=timezone.now())
    if not claimed:
        return False
    context = confirmation_context(application, access_code)
    subject = _("Wniosek przyjęty – znak sprawy %(number)s") % {"number": application.case_number}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("intake/email/confirmation.txt", context),
        to=[application.email],
    )
    message.attach_alternative(
        render_to_string("intake/email/confirmation.html", context), "text/html"
    )
    try:
        message.send()
    except Exception:
        # Let a later call try again; the application itself is safe.
        Application.objects.filter(pk=application.pk).update(confirmation_sent_at=None)
        raise
    return True
