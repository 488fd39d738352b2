"""E-mail to applicants and staff, rendered from staff-editable ``NotificationTemplate``s.

Every message is first written to ``EmailDelivery`` and sent by a Celery task after the
surrounding transaction commits, so a slow or failing mail server never blocks or breaks
staff work; failures retry with backoff and stay visible in the admin.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging

from django.conf import settings
from django.db import transaction
from django.template import Context, Engine
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from gops.forms.status import PUBLIC_LABELS, Status

from . import deadlines
from .models import EmailDelivery, NotificationTemplate, TaskDeadline

logger = logging.getLogger("gops.workflows")

_FOOTER = (
    "\n\n--\n{{ institution }}\n"
    "Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią – w sprawie wniosku "
    "skontaktuj się z ośrodkiem, podając znak sprawy."
)
_STATUS_BODY = (
    "Dzień dobry {{ applicant_name }},\n\n"
    "status Twojego wniosku „{{ benefit }}” (znak sprawy {{ case_number }}) zmienił się na: "
    "{{ status }}.\n"
    "{% if note %}\n{{ note }}\n{% endif %}"
    "{% if due %}\nTermin: {{ due }}.\n{% endif %}"
    "\nSzczegóły sprawdzisz na stronie {{ url }} (potrzebny znak sprawy i kod dostępu)." + _FOOTER
)

# Polish defaults; the data migration seeds them and staff edit them in the admin.
DEFAULT_TEMPLATES: dict[str, tuple[str, str, str]] = {
    Status.FORMAL_CHECK: (
        "Ocena formalna",
        "Sprawdzamy Twój wniosek {{ case_number }}",
        _STATUS_BODY,
    ),
    Status.SUPPLEMENT_REQUESTED: (
        "Wezwanie do uzupełnienia",
        "Uzupełnij wniosek {{ case_number }} do {{ due }}",
        "Dzień dobry {{ applicant_name }},\n\n"
        "Twój wniosek „{{ benefit }}” (znak sprawy {{ case_number }}) wymaga uzupełnienia:\n\n"
        "{{ note }}\n\n"
        "Uzupełnij go do {{ due }} (art. 64 § 2 KPA) – na stronie {{ url }} albo w ośrodku. "
        "Jeśli braki nie zostaną uzupełnione w terminie, wniosek zostanie pozostawiony bez "
        "rozpoznania." + _FOOTER,
    ),
    Status.INTERVIEW: (
        "Wniosek rozpatrywany",
        "Rozpatrujemy wniosek {{ case_number }}",
        _STATUS_BODY,
    ),
    Status.DECISION_DRAFT: (
        "Przygotowanie decyzji",
        "Rozpatrujemy wniosek {{ case_number }}",
        _STATUS_BODY,
    ),
    Status.APPROVAL: ("Akceptacja decyzji", "Rozpatrujemy wniosek {{ case_number }}", _STATUS_BODY),
    Status.NOTIFICATION: (
        "Decyzja wydana",
        "Decyzja w sprawie {{ case_number }} została wydana",
        "Dzień dobry {{ applicant_name }},\n\n"
        "w sprawie Twojego wniosku „{{ benefit }}” (znak sprawy {{ case_number }}) wydaliśmy "
        "decyzję. Doręczymy ją przez e-Doręczenia, pocztą albo do odbioru w ośrodku.\n\n"
        "Status sprawdzisz na stronie {{ url }}." + _FOOTER,
    ),
    Status.APPEAL_WINDOW: (
        "Termin na odwołanie",
        "Decyzja w sprawie {{ case_number }} – termin na odwołanie",
        "Dzień dobry {{ applicant_name }},\n\n"
        "decyzja w sprawie {{ case_number }} została doręczona. Możesz się od niej odwołać do "
        "Samorządowego Kolegium Odwoławczego za pośrednictwem ośrodka do {{ due }} "
        "(14 dni od doręczenia). Możesz też zrzec się prawa do odwołania (art. 127a KPA) – "
        "wtedy decyzja od razu stanie się ostateczna." + _FOOTER,
    ),
    Status.APPEAL: (
        "Odwołanie w toku",
        "Odwołanie w sprawie {{ case_number }}",
        _STATUS_BODY,
    ),
    Status.FINAL: (
        "Decyzja ostateczna",
        "Decyzja w sprawie {{ case_number }} jest ostateczna",
        _STATUS_BODY,
    ),
    Status.PAYMENT: (
        "Wypłata",
        "Przygotowujemy wypłatę w sprawie {{ case_number }}",
        _STATUS_BODY,
    ),
    Status.CLOSED: (
        "Sprawa zakończona",
        "Sprawa {{ case_number }} została zakończona",
        _STATUS_BODY,
    ),
    Status.LEFT_UNEXAMINED: (
        "Pozostawienie bez rozpoznania",
        "Wniosek {{ case_number }} pozostawiony bez rozpoznania",
        "Dzień dobry {{ applicant_name }},\n\n"
        "ponieważ braki we wniosku „{{ benefit }}” (znak sprawy {{ case_number }}) nie zostały "
        "uzupełnione w wyznaczonym terminie, wniosek pozostawiono bez rozpoznania "
        "(art. 64 § 2 KPA). Możesz złożyć nowy, kompletny wniosek." + _FOOTER,
    ),
    Status.WITHDRAWN: (
        "Wycofanie wniosku",
        "Wniosek {{ case_number }} został wycofany",
        _STATUS_BODY,
    ),
    "delay": (
        "Zawiadomienie o zwłoce (art. 36 KPA)",
        "Nowy termin załatwienia sprawy {{ case_number }}",
        "Dzień dobry {{ applicant_name }},\n\n"
        "zawiadamiamy, że sprawa z Twojego wniosku „{{ benefit }}” (znak sprawy "
        "{{ case_number }}) nie zostanie załatwiona w terminie.\n\n"
        "Przyczyna: {{ note }}\n"
        "Nowy termin załatwienia sprawy: {{ due }}.\n\n"
        "Przysługuje Ci prawo do wniesienia ponaglenia (art. 37 KPA)." + _FOOTER,
    ),
    "task_assigned": (
        "Nowe zadanie (dla pracowników)",
        "Nowe zadanie: {{ task }} – {{ case_number }}",
        "Dzień dobry,\n\nprzydzielono Ci zadanie „{{ task }}” w sprawie {{ case_number }} "
        "({{ benefit }}).{% if due %} Termin: {{ due }}.{% endif %}\n\n"
        "Panel: {{ url }}" + _FOOTER,
    ),
    "deadline_reminder": (
        "Przypomnienie o terminie (dla pracowników)",
        "Zbliża się termin: {{ task }} – {{ case_number }}",
        "Dzień dobry,\n\nzadanie „{{ task }}” w sprawie {{ case_number }} ({{ benefit }}) ma "
        "termin {{ due }}.\n\nPanel: {{ url }}" + _FOOTER,
    ),
}

# No loaders: a staff-edited template cannot include files from the server.
_engine = Engine(dirs=[], app_dirs=False, autoescape=False)


def institution_name() -> str:
    intake = getattr(settings, "GOPS_INTAKE", {})
    return intake.get("INSTITUTION_NAME") or getattr(settings, "WAGTAIL_SITE_NAME", "")


def _absolute(path: str) -> str:
    base = getattr(settings, "GOPS_INTAKE", {}).get("PUBLIC_BASE_URL") or getattr(
        settings, "WAGTAILADMIN_BASE_URL", ""
    )
    return base.rstrip("/") + path


def status_page_url() -> str:
    try:
        return _absolute(reverse("intake:status"))
    except NoReverseMatch:
        return _absolute("/wnioski/status/")


def admin_url() -> str:
    try:
        return _absolute(reverse("wagtailadmin_home"))
    except NoReverseMatch:
        return _absolute("/admin/")


def _template(key: str) -> tuple[str, str] | None:
    """(subject, body) for ``key``; None when staff switched the notice off."""
    record = NotificationTemplate.objects.filter(key=key).first()
    if record is not None:
        return (record.subject, record.body) if record.active else None
    default = DEFAULT_TEMPLATES.get(key)
    return (default[1], default[2]) if default else None


def render(key: str, context: dict) -> tuple[str, str] | None:
    template = _template(key)
    if template is None:
        return None
    ctx = Context({"institution": institution_name(), **context})
    subject = _engine.from_string(template[0]).render(ctx)
    body = _engine.from_string(template[1]).render(ctx)
    return " ".join(subject.split())[:200], body


def _format_date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def application_context(application, **extra) -> dict:
    return {
        "applicant_name": application.applicant_name,
        "case_number": application.case_number,
        "benefit": str(application.benefit.name),
        "status": str(PUBLIC_LABELS.get(Status(application.status), application.status)),
        "url": status_page_url(),
        **extra,
    }


_muted = contextvars.ContextVar("gops_notifications_muted", default=False)


@contextlib.contextmanager
def muted():
    """No e-mail inside this block (demo data: invented applicants and staff)."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def queue_email(to: str, key: str, context: dict, application=None) -> EmailDelivery | None:
    """Render ``key`` and send it to ``to`` once the current transaction commits."""
    if not to or _muted.get():
        return None
    rendered = render(key, context)
    if rendered is None:
        return None
    delivery = EmailDelivery.objects.create(
        to=to,
        subject=rendered[0],
        body=rendered[1],
        template_key=key,
        application=application,
    )
    transaction.on_commit(lambda: dispatch(delivery.pk))
    return delivery


def dispatch(delivery_id: int) -> None:
    """Hand one delivery to Celery; a broker outage leaves it pending for the retry job."""
    from .tasks import send_email

    try:
        send_email.delay(delivery_id)
    except Exception:  # noqa: BLE001 - the message stays "pending" and is retried later
        logger.exception("Could not queue e-mail %s", delivery_id)


# --- what triggers e-mail -----------------------------------------------------------------


def notify_status_change(event) -> EmailDelivery | None:
    """Tell the applicant about a status change the status page shows differently."""
    application = event.application
    if event.status == Status.SUBMITTED or not application.email:
        return None
    previous = (
        application.status_events.filter(created_at__lte=event.created_at)
        .exclude(pk=event.pk)
        .order_by("-created_at", "-pk")
        .values_list("status", flat=True)
        .first()
    )
    # Internal steps behind one public label ("w trakcie rozpatrywania") send one e-mail;
    # a note on an unchanged status (e.g. a delay) has its own message.
    if previous and PUBLIC_LABELS.get(previous) == PUBLIC_LABELS.get(event.status):
        return None
    context = application_context(
        application,
        status=str(PUBLIC_LABELS[Status(event.status)]),
        note=event.public_note,
        due=_format_date(application.resident_action_due),
    )
    return queue_email(application.email, event.status, context, application=application)


def notify_delay(delay) -> EmailDelivery | None:
    application = delay.application
    context = application_context(application, note=delay.reason, due=_format_date(delay.new_date))
    return queue_email(application.email, "delay", context, application=application)


def notify_task_assigned(task, user) -> EmailDelivery | None:
    if user is None or not user.email:
        return None
    application = task.process.applicationprocess.application
    info = TaskDeadline.objects.filter(task_id=task.pk).first()
    context = application_context(
        application,
        task=str(task.flow_task.task_title),
        due=_format_date(info.due if info else None),
        url=admin_url(),
    )
    return queue_email(user.email, "task_assigned", context, application=application)


def send_deadline_reminders(today=None, within: int = 2) -> int:
    """E-mail staff about open tasks due within ``within`` working days; once a day per task."""
    from django.contrib.auth import get_user_model

    today = today or timezone.localdate()
    limit = deadlines.add_working_days(today, within)
    due = (
        TaskDeadline.objects.filter(open=True, due__isnull=False, due__lte=limit)
        .exclude(reminded_on=today)
        .select_related("task__owner", "task__process__applicationprocess__application", "group")
    )
    sent = 0
    user_model = get_user_model()
    members: dict[int, list[str]] = {}
    for info in due:
        task = info.task
        if task.owner_id:
            recipients = [task.owner.email] if task.owner.email else []
        else:
            if info.group_id not in members:
                members[info.group_id] = list(
                    user_model.objects.filter(groups=info.group_id, is_active=True)
                    .exclude(email="")
                    .values_list("email", flat=True)
                )
            recipients = members[info.group_id]
        application = task.process.applicationprocess.application
        context = application_context(
            application,
            task=str(task.flow_task.task_title),
            due=_format_date(info.due),
            url=admin_url(),
        )
        with transaction.atomic():
            for address in recipients:
                if queue_email(address, "deadline_reminder", context, application=application):
                    sent += 1
            TaskDeadline.objects.filter(pk=info.pk).update(reminded_on=today)
    return sent
