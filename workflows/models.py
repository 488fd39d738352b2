"""Workflow data: the viewflow process of an application and the case records around it.

Benefit types are data (``gops.forms.registry``); nothing here is per benefit.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from viewflow.workflow.models import Process, Task
from viewflow.workflow.status import STATUS


class Outcome(models.TextChoices):
    GRANTED = "granted", _("przyznano")
    PARTLY = "partly", _("przyznano częściowo")
    REFUSED = "refused", _("odmówiono")


class DeliveryMethod(models.TextChoices):
    E_DORECZENIA = "e_doreczenia", _("e-Doręczenia")
    POST = "post", _("list polecony za potwierdzeniem odbioru")
    IN_PERSON = "in_person", _("odbiór osobisty w ośrodku")


class ApplicationProcess(Process):
    """One administrative procedure for one application (viewflow process)."""

    application = models.OneToOneField(
        "intake.Application",
        on_delete=models.CASCADE,
        related_name="process",
        verbose_name=_("wniosek"),
    )
    urgent = models.BooleanField(_("sprawa pilna"), default=False)
    # Legal deadline for the decision (art. 35 KPA); moved by a delay notice (art. 36).
    decision_due = models.DateField(_("termin załatwienia sprawy"), null=True, blank=True)
    supplement_due = models.DateField(_("termin uzupełnienia"), null=True, blank=True)
    delivered_on = models.DateField(_("data doręczenia decyzji"), null=True, blank=True)
    delivery_method = models.CharField(
        _("sposób doręczenia"), max_length=20, choices=DeliveryMethod.choices, blank=True
    )
    appeal_due = models.DateField(_("termin na odwołanie"), null=True, blank=True)
    final_on = models.DateField(_("data uprawomocnienia"), null=True, blank=True)
    # The routing decision of the last completed task (read by the flow's gateways).
    last_result = models.CharField(max_length=30, blank=True)

    class Meta:
        verbose_name = _("postępowanie")
        verbose_name_plural = _("postępowania")

    def __str__(self) -> str:
        return str(self.application)

    @property
    def current_decision(self):
        return self.application.decision_drafts.order_by("-created_at", "-pk").first()


class ApplicationTask(Task):
    """viewflow's Task with the case shortcuts the staff screens need."""

    class Meta:
        proxy = True
        verbose_name = _("zadanie")
        verbose_name_plural = _("zadania")

    @property
    def application(self):
        return self.process.applicationprocess.application

    @property
    def info(self):
        try:
            return self.deadline_info
        except TaskDeadline.DoesNotExist:
            return None

    @property
    def due(self):
        info = self.info
        return info.due if info else None

    @property
    def overdue(self) -> bool:
        info = self.info
        return bool(info and info.overdue and self.finished is None)

    @property
    def is_open(self) -> bool:
        return self.status in (STATUS.NEW, STATUS.ASSIGNED, STATUS.STARTED)


class TaskDeadline(models.Model):
    """Routing and deadline of a human task: the group that works it and when it is due."""

    task = models.OneToOneField(
        Task, on_delete=models.CASCADE, related_name="deadline_info", primary_key=True
    )
    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("grupa")
    )
    due = models.DateField(_("termin"), null=True, blank=True)
    # Denormalised from the task so the queue and inbox filter and sort on one table:
    # ``open`` mirrors the task's status (NEW/ASSIGNED/STARTED), ``unassigned`` its empty
    # owner. Both are kept in step by ``services`` wherever a task is created, claimed,
    # assigned, released, completed or cancelled.
    open = models.BooleanField(default=True)
    unassigned = models.BooleanField(default=True)
    reminded_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("termin zadania")
        verbose_name_plural = _("terminy zadań")
        indexes = [
            models.Index(fields=["group", "open", "due"], name="wf_deadline_group_idx"),
            models.Index(fields=["open", "due"], name="wf_deadline_due_idx"),
            # Only open rows (~4 % of all at 100k cases): queue order and overdue lookups.
            models.Index(
                fields=["group", "due"],
                condition=models.Q(open=True),
                name="wf_deadline_open_group_idx",
            ),
            models.Index(
                fields=["due"], condition=models.Q(open=True), name="wf_deadline_open_due_idx"
            ),
            # The queue ("do podjęcia"): open, unclaimed tasks of a group in deadline order.
            models.Index(
                fields=["group", "due"],
                condition=models.Q(open=True, unassigned=True),
                name="wf_deadline_queue_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task_id}: {self.due}"

    @property
    def overdue(self) -> bool:
        return bool(self.open and self.due and self.due < timezone.localdate())


class CaseComment(models.Model):
    """An internal note on a case (never shown to the resident)."""

    application = models.ForeignKey(
        "intake.Application", on_delete=models.CASCADE, related_name="case_comments"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("treść"))
    created_at = models.DateTimeField(_("dodano"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("notatka")
        verbose_name_plural = _("notatki")
        indexes = [models.Index(fields=["application", "created_at"], name="wf_comment_idx")]

    def __str__(self) -> str:
        return self.text[:60]


class DecisionDraft(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("projekt")
        RETURNED = "returned", _("zwrócony do poprawy")
        APPROVED = "approved", _("zatwierdzony")
        SUPERSEDED = "superseded", _("zastąpiony")

    application = models.ForeignKey(
        "intake.Application", on_delete=models.CASCADE, related_name="decision_drafts"
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    outcome = models.CharField(_("rozstrzygnięcie"), max_length=20, choices=Outcome.choices)
    amount = models.DecimalField(
        _("kwota miesięcznie / jednorazowo (zł)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
    )
    period_from = models.DateField(_("okres od"), null=True, blank=True)
    period_to = models.DateField(_("okres do"), null=True, blank=True)
    justification = models.TextField(_("uzasadnienie"))
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    returned_comment = models.TextField(_("uwagi kierownika"), blank=True)
    decision_number = models.CharField(_("numer decyzji"), max_length=80, blank=True)
    document = models.ForeignKey(
        "intake.Attachment", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("projekt decyzji")
        verbose_name_plural = _("projekty decyzji")

    def __str__(self) -> str:
        return f"{self.application} – {self.get_outcome_display()}"

    @property
    def grants_money(self) -> bool:
        return self.outcome != Outcome.REFUSED and bool(self.amount)


class Delay(models.Model):
    """A notice that the case will not be settled on time (art. 36 KPA)."""

    application = models.ForeignKey(
        "intake.Application", on_delete=models.CASCADE, related_name="delays"
    )
    new_date = models.DateField(_("nowy termin załatwienia sprawy"))
    reason = models.TextField(_("przyczyna zwłoki"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    notified = models.BooleanField(_("wysłano zawiadomienie"), default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("zawiadomienie o zwłoce")
        verbose_name_plural = _("zawiadomienia o zwłoce")

    def __str__(self) -> str:
        return f"{self.application}: {self.new_date}"


class PaymentEntry(models.Model):
    """A row of the accountant's payment list for a final decision that grants money."""

    class State(models.TextChoices):
        PENDING = "pending", _("do wypłaty")
        PAID = "paid", _("wypłacono")

    application = models.ForeignKey(
        "intake.Application", on_delete=models.CASCADE, related_name="payment_entries"
    )
    decision = models.ForeignKey(DecisionDraft, on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(_("kwota (zł)"), max_digits=10, decimal_places=2)
    period_from = models.DateField(_("okres od"), null=True, blank=True)
    period_to = models.DateField(_("okres do"), null=True, blank=True)
    payment_method = models.CharField(_("sposób wypłaty"), max_length=10, blank=True)
    bank_account = models.CharField(_("numer rachunku"), max_length=26, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    list_number = models.CharField(_("numer listy wypłat"), max_length=60, blank=True)
    paid_on = models.DateField(_("data wypłaty"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("pozycja listy wypłat")
        verbose_name_plural = _("lista wypłat")
        indexes = [models.Index(fields=["state", "created_at"], name="wf_payment_state_idx")]

    def __str__(self) -> str:
        return f"{self.application}: {self.amount} zł"


class NotificationTemplate(models.Model):
    """Editable e-mail text. ``key`` is an application status or a staff notice."""

    key = models.CharField(_("klucz"), max_length=40, unique=True)
    name = models.CharField(_("nazwa"), max_length=120)
    subject = models.CharField(
        _("temat"), max_length=200, help_text=_("Można użyć zmiennych, np. {{ case_number }}.")
    )
    body = models.TextField(
        _("treść"),
        help_text=_(
            "Zmienne: {{ applicant_name }}, {{ case_number }}, {{ benefit }}, {{ status }}, "
            "{{ note }}, {{ due }}, {{ institution }}, {{ task }}, {{ url }}."
        ),
    )
    active = models.BooleanField(_("wysyłaj"), default=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("szablon powiadomienia")
        verbose_name_plural = _("szablony powiadomień")

    def __str__(self) -> str:
        return self.name


class DecisionTemplate(models.Model):
    """Editable text blocks of the decision document, one per outcome."""

    outcome = models.CharField(
        _("rozstrzygnięcie"), max_length=20, choices=Outcome.choices, unique=True
    )
    institution_name = models.CharField(
        _("nazwa ośrodka"),
        max_length=200,
        blank=True,
        help_text=_("Puste: nazwa z ustawień portalu."),
    )
    institution_address = models.TextField(_("adres ośrodka"), blank=True)
    title = models.CharField(_("tytuł"), max_length=120, default="DECYZJA")
    ruling = models.TextField(
        _("sentencja"),
        help_text=_(
            "Zmienne: {{ applicant_name }}, {{ benefit }}, {{ amount }}, {{ period_from }}, "
            "{{ period_to }}, {{ legal_basis }}."
        ),
    )
    instruction = models.TextField(_("pouczenie"))
    signatory = models.CharField(_("podpis – stanowisko"), max_length=200, default="Kierownik")

    class Meta:
        ordering = ["outcome"]
        verbose_name = _("szablon decyzji")
        verbose_name_plural = _("szablony decyzji")

    def __str__(self) -> str:
        return f"{self.title} – {self.get_outcome_display()}"


class EmailDelivery(models.Model):
    """Outbound e-mail log: every message, its attempts and the last error."""

    class State(models.TextChoices):
        PENDING = "pending", _("oczekuje")
        SENT = "sent", _("wysłano")
        RETRYING = "retrying", _("ponawianie")
        FAILED = "failed", _("błąd")

    to = models.EmailField(_("adresat"))
    subject = models.CharField(_("temat"), max_length=200)
    body = models.TextField(_("treść"))
    template_key = models.CharField(max_length=40, blank=True)
    application = models.ForeignKey(
        "intake.Application",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="email_deliveries",
    )
    state = models.CharField(_("stan"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("próby"), default=0)
    last_error = models.TextField(_("ostatni błąd"), blank=True)
    created_at = models.DateTimeField(_("utworzono"), default=timezone.now)
    sent_at = models.DateTimeField(_("wysłano"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("wysłany e-mail")
        verbose_name_plural = _("wysłane e-maile")
        indexes = [models.Index(fields=["state", "-created_at"], name="wf_email_state_idx")]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"
