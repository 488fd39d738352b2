"""An application as filed by a resident: applicant, household, incomes, attachments.

This is special-category personal data. Staff reach it only through permission-checked
admin views that write an audit entry; URLs use the random ``public_id``, never the pk.
"""

import uuid

from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..registry import IncomePeriod
from ..status import Status, public_label

INCOME_PERIOD_LABELS = {
    IncomePeriod.PREVIOUS_MONTH: _("poprzedni miesiąc"),
    IncomePeriod.BASE_YEAR: _("rok bazowy"),
    IncomePeriod.THREE_MONTHS: _("trzy miesiące"),
    IncomePeriod.NONE: "",
}


def private_storage():
    return storages["private"]


def attachment_path(instance: "Attachment", filename: str) -> str:
    # The stored name is random: the resident's file name is kept (sanitised) in the row.
    return f"attachments/{instance.application.public_id}/{uuid.uuid4().hex}"


class Application(models.Model):
    class PaymentMethod(models.TextChoices):
        ACCOUNT = "account", _("przelew na rachunek bankowy")
        CASH = "cash", _("gotówka w kasie")

    class Channel(models.TextChoices):
        ONLINE = "online", _("formularz internetowy")
        OFFICE = "office", _("w ośrodku")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    benefit_code = models.CharField(_("rodzaj świadczenia"), max_length=60)
    case_number = models.CharField(_("znak sprawy"), max_length=60, unique=True)
    case_year = models.PositiveIntegerField()
    case_sequence = models.PositiveIntegerField()
    status = models.CharField(
        _("status"), max_length=30, choices=Status.choices, default=Status.SUBMITTED
    )
    status_changed_at = models.DateTimeField(_("zmiana statusu"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("data wpływu"), auto_now_add=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE)
    # Hash of the access code the resident uses on the public status page.
    access_code_hash = models.CharField(max_length=128)
    # Idempotency key from the form: a retried or double-clicked POST finds this row.
    submission_key = models.UUIDField(unique=True, null=True, blank=True, editable=False)

    # Applicant
    first_name = models.CharField(_("imię"), max_length=100)
    last_name = models.CharField(_("nazwisko"), max_length=100)
    pesel = models.CharField(_("PESEL"), max_length=11, blank=True, db_index=True)
    document_type = models.CharField(_("rodzaj dokumentu"), max_length=40, blank=True)
    document_number = models.CharField(_("numer dokumentu"), max_length=40, blank=True)
    birth_date = models.DateField(_("data urodzenia"))
    citizenship = models.CharField(_("obywatelstwo"), max_length=60, default="polskie")
    street = models.CharField(_("ulica"), max_length=120, blank=True)
    house_number = models.CharField(_("numer domu"), max_length=20)
    flat_number = models.CharField(_("numer lokalu"), max_length=20, blank=True)
    postcode = models.CharField(_("kod pocztowy"), max_length=6)
    city = models.CharField(_("miejscowość"), max_length=100)
    gmina = models.CharField(_("gmina"), max_length=100)
    phone = models.CharField(_("telefon"), max_length=16, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    payment_method = models.CharField(
        _("sposób wypłaty"), max_length=10, choices=PaymentMethod.choices, blank=True
    )
    bank_account = models.CharField(_("numer rachunku"), max_length=26, blank=True)

    # Answers to the benefit's own questions, keyed by Question.name.
    answers = models.JSONField(_("odpowiedzi"), default=dict, blank=True)
    # Declarations the resident accepted: {"text": ..., "accepted_at": iso} items.
    declarations = models.JSONField(_("oświadczenia"), default=list, blank=True)
    # When the confirmation e-mail went out; set once, so a repeated call sends nothing.
    confirmation_sent_at = models.DateTimeField(
        _("wysłano potwierdzenie"), null=True, blank=True, editable=False
    )
    # Recorded at the formal check: how the resident signed (Profil Zaufany, in person...).
    signature_method = models.CharField(_("sposób podpisania"), max_length=40, blank=True)

    # What the resident must do now (shown on the public status page), e.g. supplement.
    resident_action = models.TextField(_("co musi zrobić wnioskodawca"), blank=True)
    resident_action_due = models.DateField(_("termin dla wnioskodawcy"), null=True, blank=True)

    class Meta:
        verbose_name = _("wniosek")
        verbose_name_plural = _("wnioski")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case_year", "case_sequence"], name="application_case_seq_unique"
            )
        ]
        indexes = [
            models.Index(fields=["status", "-submitted_at"], name="app_status_submitted_idx"),
            models.Index(
                fields=["benefit_code", "-submitted_at"], name="app_benefit_submitted_idx"
            ),
            models.Index(fields=["last_name", "first_name"], name="app_name_idx"),
            # "Wszystkie wnioski" order (newest first, id breaks ties).
            models.Index(fields=["-submitted_at", "-id"], name="app_submitted_idx"),
        ]
        permissions = [
            ("export_application", _("Może eksportować wnioski do CSV")),
        ]

    def __str__(self) -> str:
        return self.case_number

    @property
    def applicant_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def address(self) -> str:
        """One-line postal address; a village without streets is written "Wielgie 5"."""
        street = " ".join(filter(None, [self.street or self.city, self.house_number]))
        flat = f"/{self.flat_number}" if self.flat_number else ""
        return f"{street}{flat}, {self.postcode} {self.city}"

    @property
    def public_status(self) -> str:
        return public_label(self.status)

    @property
    def benefit(self):
        from ..registry import registry

        return registry.get(self.benefit_code)


class HouseholdMember(models.Model):
    class Relationship(models.TextChoices):
        SPOUSE = "spouse", _("małżonek / małżonka")
        PARTNER = "partner", _("konkubent / konkubina")
        CHILD = "child", _("dziecko")
        PARENT = "parent", _("rodzic")
        SIBLING = "sibling", _("rodzeństwo")
        GRANDCHILD = "grandchild", _("wnuk / wnuczka")
        OTHER = "other", _("inna osoba")

    class Occupation(models.TextChoices):
        EMPLOYED = "employed", _("pracuje")
        SELF_EMPLOYED = "self_employed", _("prowadzi działalność")
        FARMER = "farmer", _("rolnik")
        UNEMPLOYED = "unemployed", _("bezrobotny / bezrobotna")
        PUPIL = "pupil", _("uczeń / uczennica")
        STUDENT = "student", _("student / studentka")
        RETIRED = "retired", _("emeryt / rencista")
        CHILD = "child", _("dziecko nieuczące się")
        OTHER = "other", _("inna sytuacja")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="household_members"
    )
    position = models.PositiveSmallIntegerField(default=0)
    first_name = models.CharField(_("imię"), max_length=100)
    last_name = models.CharField(_("nazwisko"), max_length=100)
    pesel = models.CharField(_("PESEL"), max_length=11, blank=True)
    birth_date = models.DateField(_("data urodzenia"), null=True, blank=True)
    relationship = models.CharField(
        _("stopień pokrewieństwa"), max_length=20, choices=Relationship.choices
    )
    occupation = models.CharField(_("sytuacja"), max_length=20, choices=Occupation.choices)
    disability = models.BooleanField(_("orzeczenie o niepełnosprawności"), default=False)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("członek gospodarstwa domowego")
        verbose_name_plural = _("członkowie gospodarstwa domowego")

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Income(models.Model):
    class Source(models.TextChoices):
        EMPLOYMENT = "employment", _("umowa o pracę")
        CIVIL_CONTRACT = "civil_contract", _("umowa zlecenie / o dzieło")
        BUSINESS = "business", _("działalność gospodarcza")
        FARM = "farm", _("gospodarstwo rolne")
        PENSION = "pension", _("emerytura / renta")
        UNEMPLOYMENT = "unemployment", _("zasiłek dla bezrobotnych")
        ALIMONY = "alimony", _("alimenty")
        BENEFITS = "benefits", _("inne świadczenia")
        OTHER = "other", _("inne źródło")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="incomes")
    # Null means the applicant's own income.
    member = models.ForeignKey(
        HouseholdMember, on_delete=models.CASCADE, null=True, blank=True, related_name="incomes"
    )
    source = models.CharField(_("źródło dochodu"), max_length=20, choices=Source.choices)
    amount = models.DecimalField(_("kwota netto"), max_digits=10, decimal_places=2)
    # For farms: przeliczeniowe hectares instead of an amount of money.
    hectares = models.DecimalField(
        _("hektary przeliczeniowe"), max_digits=8, decimal_places=4, null=True, blank=True
    )
    period = models.CharField(_("okres"), max_length=40, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("dochód")
        verbose_name_plural = _("dochody")

    def __str__(self) -> str:
        return f"{self.get_source_display()}: {self.amount} zł"

    @property
    def period_display(self) -> str:
        """The stored period is a code (``previous_month``); staff and the PDF see words."""
        return str(INCOME_PERIOD_LABELS.get(self.period, self.period))


class Attachment(models.Model):
    class Kind(models.TextChoices):
        APPLICATION = "application", _("złożony z wnioskiem")
        SUPPLEMENT = "supplement", _("uzupełnienie")
        DECISION = "decision", _("decyzja")
        STAFF = "staff", _("dodany przez pracownika")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.APPLICATION)
    # AttachmentSpec.code from the benefit definition ("" for a free-form supplement).
    spec_code = models.CharField(max_length=60, blank=True)
    file = models.FileField(storage=private_storage, upload_to=attachment_path, max_length=255)
    original_name = models.CharField(_("nazwa pliku"), max_length=200)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("załącznik")
        verbose_name_plural = _("załączniki")

    def __str__(self) -> str:
        return self.original_name


class StatusEvent(models.Model):
    """One step in a case's history, as the resident sees it on the status page."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="status_events"
    )
    status = models.CharField(max_length=30, choices=Status.choices)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Shown to the resident with the public label (e.g. the reason for a delay).
    public_note = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.created_at:%d.%m.%Y})"

    @property
    def public_label(self) -> str:
        return public_label(self.status)
