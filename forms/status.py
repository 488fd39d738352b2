"""Application states. Each has a staff label and a separate, plainer public label.

The workflow moves an application between these; the resident's status page only ever
shows the public label.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Zarejestrowany")
    FORMAL_CHECK = "formal_check", _("Ocena formalna")
    SUPPLEMENT_REQUESTED = "supplement_requested", _("Wezwanie do uzupełnienia")
    INTERVIEW = "interview", _("Wywiad środowiskowy")
    DECISION_DRAFT = "decision_draft", _("Projekt decyzji")
    APPROVAL = "approval", _("Akceptacja kierownika")
    NOTIFICATION = "notification", _("Doręczenie decyzji")
    APPEAL_WINDOW = "appeal_window", _("Bieg terminu na odwołanie")
    APPEAL = "appeal", _("Odwołanie")
    FINAL = "final", _("Decyzja ostateczna")
    PAYMENT = "payment", _("Lista wypłat")
    CLOSED = "closed", _("Zamknięta")
    LEFT_UNEXAMINED = "left_unexamined", _("Pozostawiony bez rozpoznania")
    WITHDRAWN = "withdrawn", _("Wycofany")


PUBLIC_LABELS = {
    Status.SUBMITTED: _("Wniosek przyjęty"),
    Status.FORMAL_CHECK: _("Sprawdzamy, czy wniosek jest kompletny"),
    Status.SUPPLEMENT_REQUESTED: _("Wniosek wymaga uzupełnienia"),
    Status.INTERVIEW: _("Wniosek w trakcie rozpatrywania"),
    Status.DECISION_DRAFT: _("Wniosek w trakcie rozpatrywania"),
    Status.APPROVAL: _("Wniosek w trakcie rozpatrywania"),
    Status.NOTIFICATION: _("Decyzja wydana, trwa doręczenie"),
    Status.APPEAL_WINDOW: _("Decyzja doręczona – trwa termin na odwołanie"),
    Status.APPEAL: _("Odwołanie w toku"),
    Status.FINAL: _("Decyzja ostateczna"),
    Status.PAYMENT: _("Wypłata w przygotowaniu"),
    Status.CLOSED: _("Sprawa zakończona"),
    Status.LEFT_UNEXAMINED: _("Wniosek pozostawiony bez rozpoznania"),
    Status.WITHDRAWN: _("Wniosek wycofany"),
}

# States in which the case is over; nothing more can happen to it.
TERMINAL = frozenset({Status.CLOSED, Status.LEFT_UNEXAMINED, Status.WITHDRAWN})
# The applicant may withdraw until a decision has been issued.
WITHDRAWABLE = frozenset(
    {
        Status.SUBMITTED,
        Status.FORMAL_CHECK,
        Status.SUPPLEMENT_REQUESTED,
        Status.INTERVIEW,
        Status.DECISION_DRAFT,
        Status.APPROVAL,
    }
)


def public_label(status: str) -> str:
    return PUBLIC_LABELS[Status(status)]
