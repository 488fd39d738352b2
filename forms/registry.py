"""The benefit registry: each benefit type residents can apply for is one definition (data).

Views, templates, the workflow and the eligibility check all read these definitions;
adding a benefit type means adding a definition (see ``benefits.py``), never new views.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import validators


class IncomePeriod(StrEnum):
    PREVIOUS_MONTH = "previous_month"  # u.p.s.: the month before the application
    BASE_YEAR = "base_year"  # family benefits, alimony fund: the base calendar year
    THREE_MONTHS = "three_months"  # housing allowance: the 3 months before
    NONE = "none"  # no income test (e.g. Karta Dużej Rodziny)


class Step(StrEnum):
    """Optional steps of the administrative procedure; the flow skips those not listed."""

    INTERVIEW = "interview"  # wywiad środowiskowy (art. 106 ust. 4 u.p.s.)
    PAYMENT = "payment"  # a cash benefit paid out from a payment list


class FieldKind(StrEnum):
    TEXT = "text"
    TEXTAREA = "textarea"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    BOOLEAN = "boolean"
    DATE = "date"
    MONEY = "money"  # złote with grosze, stored as a string "123.45"
    DECIMAL = "decimal"  # a non-money number with decimals, e.g. floor area in m²
    INTEGER = "integer"


class Check(StrEnum):
    """Extra checks a question's answer gets on top of its kind (see ``clean_answers``)."""

    PESEL = "pesel"
    NRB = "nrb"
    PAST_DATE = "past_date"
    WITHIN_12_MONTHS = "within_12_months"  # e.g. becikowe: birth no more than a year ago


@dataclass(frozen=True)
class Question:
    """A benefit-specific question, asked on the benefit's own step of the form."""

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = True
    help_text: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    max_length: int = 500
    check: str = ""  # a Check value, or "" for none


@dataclass(frozen=True)
class AttachmentSpec:
    code: str
    label: str
    required: bool = True
    help_text: str = ""
    # May the resident attach several files for this item (e.g. invoices)?
    multiple: bool = False


@dataclass(frozen=True)
class BenefitDefinition:
    code: str  # stable slug, stored on applications
    name: str
    short_description: str
    legal_basis: str
    income_period: IncomePeriod
    staff_group: str  # the group whose members work these cases
    steps: frozenset[Step] = frozenset()
    asks_household: bool = True
    asks_incomes: bool = True
    asks_payment: bool = True
    questions: tuple[Question, ...] = ()
    attachments: tuple[AttachmentSpec, ...] = ()
    declarations: tuple[str, ...] = ()
    # Codes of Rate records (thresholds, amounts) shown on the service page and used by
    # the eligibility check.
    rate_codes: tuple[str, ...] = ()
    # Legal deadline for the decision, in plain words for residents.
    decision_deadline: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def needs_interview(self) -> bool:
        return Step.INTERVIEW in self.steps

    @property
    def is_paid(self) -> bool:
        return Step.PAYMENT in self.steps


class BenefitRegistry:
    def __init__(self) -> None:
        self._items: dict[str, BenefitDefinition] = {}

    def register(self, definition: BenefitDefinition) -> BenefitDefinition:
        if definition.code in self._items:
            raise ValueError(f"Benefit {definition.code!r} is already registered")
        self._items[definition.code] = definition
        return definition

    def get(self, code: str) -> BenefitDefinition:
        return self._items[code]

    def __contains__(self, code: object) -> bool:
        return code in self._items

    def __iter__(self) -> Iterator[BenefitDefinition]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def choices(self) -> list[tuple[str, str]]:
        return [(d.code, d.name) for d in self]


registry = BenefitRegistry()


# --- Answers to a definition's questions ----------------------------------------------

YES, NO = "tak", "nie"


YES_NO = ((YES, gettext_lazy("Tak")), (NO, gettext_lazy("Nie")))


def _year_before(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def clean_answers(definition: BenefitDefinition, answers: dict) -> dict:
    """Check the answers to ``definition.questions`` and return them JSON-safe.

    Unknown keys are dropped (a tampered form cannot store extra data). Raises a
    ValidationError keyed by question name, each message in Polish saying what to fix.
    """
    answers = answers if isinstance(answers, dict) else {}
    cleaned: dict = {}
    errors: dict[str, list] = {}
    for q in definition.questions:
        raw = answers.get(q.name)
        # A BOOLEAN is a yes/no answer: False is an answer, only a missing value is empty.
        if raw is None or raw == "" or raw == []:
            if q.required:
                # Quote the question: labels may end in "?" and a trailing "." would follow it.
                message = _("Odpowiedz na pytanie „%(label)s”.") % {
                    "label": str(q.label).rstrip(".")
                }
                errors[q.name] = [ValidationError(message, code="required")]
            elif q.kind == FieldKind.BOOLEAN:
                cleaned[q.name] = False
            continue
        try:
            cleaned[q.name] = _clean_one(q, raw)
            if q.check and q.kind == FieldKind.DATE:
                value = datetime.date.fromisoformat(cleaned[q.name])
                today = timezone.localdate()
                if value > today:
                    raise ValidationError(_("Data nie może być z przyszłości."), code="future")
                if q.check == Check.WITHIN_12_MONTHS and value < _year_before(today):
                    raise ValidationError(
                        _(
                            "Od tej daty minęło ponad 12 miesięcy – po tym terminie świadczenie "
                            "nie przysługuje. Sprawdź datę."
                        ),
                        code="too_old",
                    )
        except ValidationError as exc:
            errors[q.name] = exc.error_list
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_one(q: Question, raw):
    kind = q.kind
    if kind in (FieldKind.TEXT, FieldKind.TEXTAREA):
        text = validators.clean_text(
            raw, max_length=q.max_length, multiline=kind == FieldKind.TEXTAREA
        )
        if q.check == Check.PESEL:
            return validators.validate_pesel(text)
        if q.check == Check.NRB:
            return validators.validate_nrb(text)
        return text
    if kind == FieldKind.CHOICE:
        allowed = {value for value, _label in q.choices}
        if str(raw) not in allowed:
            raise ValidationError(_("Wybierz jedną z podanych odpowiedzi."), code="choice")
        return str(raw)
    if kind == FieldKind.MULTICHOICE:
        values = raw if isinstance(raw, list | tuple) else [raw]
        allowed = [value for value, _label in q.choices]
        if any(str(v) not in allowed for v in values):
            raise ValidationError(_("Wybierz odpowiedzi z listy."), code="choice")
        return [v for v in allowed if v in {str(x) for x in values}]
    if kind == FieldKind.BOOLEAN:
        if raw in (True, "true", "True", "on", "1", 1, YES):
            return True
        if raw in (False, "false", "False", "off", "0", 0, NO):
            return False
        raise ValidationError(_("Wybierz „Tak” albo „Nie”."), code="boolean")
    if kind == FieldKind.DATE:
        try:
            return datetime.date.fromisoformat(str(raw)).isoformat()
        except ValueError:
            raise ValidationError(
                _("Wpisz prawdziwą datę: dzień, miesiąc i rok (np. 15.03.2026)."), code="date"
            ) from None
    if kind in (FieldKind.MONEY, FieldKind.DECIMAL):
        try:
            number = Decimal(str(raw).replace(" ", "").replace("\u00a0", "").replace(",", "."))
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or number < 0 or number >= 10**8:
            raise ValidationError(
                _("Wpisz liczbę, np. 1250,50 – bez liter i znaku „zł”."), code="number"
            )
        if number != number.quantize(Decimal("0.01")):
            raise ValidationError(
                _("Podaj wartość z dokładnością do dwóch miejsc po przecinku."), code="number"
            )
        return str(number.quantize(Decimal("0.01")))
    if kind == FieldKind.INTEGER:
        text = str(raw).strip()
        if not text.isdigit() or len(text) > 6:
            raise ValidationError(_("Wpisz liczbę całkowitą, np. 3."), code="integer")
        return int(text)
    raise ValueError(f"Unknown question kind {kind!r}")
