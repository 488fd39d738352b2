"""The benefit registry: each benefit type residents can apply for is one definition (data).

Views, templates, the workflow and the eligibility check all read these definitions;
adding a benefit type means adding a definition (see ``benefits.py``), never new views.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


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
    MONEY = "money"
    INTEGER = "integer"


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


@dataclass(frozen=True)
class AttachmentSpec:
    code: str
    label: str
    required: bool = True
    help_text: str = ""


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
