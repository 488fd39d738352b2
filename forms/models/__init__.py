from .applications import Application, Attachment, HouseholdMember, Income, StatusEvent
from .case_numbers import CaseCounter
from .drafts import Draft
from .pages import ApplicationFormPage
from .rates import Rate

__all__ = [
    "Application",
    "ApplicationFormPage",
    "Attachment",
    "CaseCounter",
    "Draft",
    "HouseholdMember",
    "Income",
    "Rate",
    "StatusEvent",
]
