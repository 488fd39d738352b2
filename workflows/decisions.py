"""The decision document: a PDF built from the staff-editable ``DecisionTemplate``.

Generated when the kierownik approves a draft and stored on the case as an
``Attachment(kind="decision")`` in private storage.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.template import Context, Engine
from django.utils import timezone
from fpdf import FPDF

import gops.forms
from gops.forms.models import Attachment

from .models import DecisionDraft, DecisionTemplate, Outcome

# The intake ships DejaVu Sans (Polish letters); the system copy is the fallback.
FONT_DIRS = [
    Path(gops.forms.__file__).resolve().parent / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
]

DEFAULT_INSTRUCTION = (
    "Od niniejszej decyzji przysługuje odwołanie do Samorządowego Kolegium Odwoławczego "
    "za pośrednictwem organu, który ją wydał, w terminie 14 dni od dnia jej doręczenia "
    "(art. 127 § 1 i art. 129 § 1–2 KPA). W trakcie biegu terminu do wniesienia odwołania "
    "strona może zrzec się prawa do jego wniesienia wobec organu, który wydał decyzję; "
    "z dniem doręczenia oświadczenia o zrzeczeniu się prawa do wniesienia odwołania decyzja "
    "staje się ostateczna i prawomocna (art. 127a KPA). Decyzja podlega wykonaniu po upływie "
    "terminu do wniesienia odwołania, chyba że nadano jej rygor natychmiastowej "
    "wykonalności."
)
DEFAULT_RULINGS = {
    Outcome.GRANTED: (
        "Na podstawie {{ legal_basis }} oraz art. 104 KPA orzekam o przyznaniu "
        "stronie ({{ applicant_name }}) świadczenia: {{ benefit }}"
        "{% if amount %} w wysokości {{ amount }} zł{% endif %}"
        "{% if period_from %} w okresie od {{ period_from }}"
        "{% if period_to %} do {{ period_to }}{% endif %}{% endif %}."
    ),
    Outcome.PARTLY: (
        "Na podstawie {{ legal_basis }} oraz art. 104 KPA orzekam o przyznaniu "
        "stronie ({{ applicant_name }}) świadczenia: {{ benefit }} w części"
        "{% if amount %}, w wysokości {{ amount }} zł{% endif %}"
        "{% if period_from %} w okresie od {{ period_from }}"
        "{% if period_to %} do {{ period_to }}{% endif %}{% endif %}, "
        "a w pozostałym zakresie odmawiam."
    ),
    Outcome.REFUSED: (
        "Na podstawie {{ legal_basis }} oraz art. 104 KPA odmawiam przyznania "
        "stronie ({{ applicant_name }}) świadczenia: {{ benefit }}."
    ),
}

_engine = Engine(dirs=[], app_dirs=False, autoescape=False)


def _font_dir() -> Path | None:
    for directory in FONT_DIRS:
        if (directory / "DejaVuSans.ttf").exists():
            return directory
    return None


def _institution(template: DecisionTemplate | None) -> str:
    if template and template.institution_name:
        return template.institution_name
    intake = getattr(settings, "GOPS_INTAKE", {})
    return intake.get("INSTITUTION_NAME") or getattr(settings, "WAGTAIL_SITE_NAME", "GOPS")


def _money(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole, _, cents = f"{value:.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{' '.join(groups)},{cents}"


def _date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def context_for(draft: DecisionDraft, template: DecisionTemplate | None) -> dict:
    application = draft.application
    definition = application.benefit
    return {
        "institution": _institution(template),
        "applicant_name": application.applicant_name,
        "benefit": str(definition.name),
        "legal_basis": definition.legal_basis,
        "amount": _money(draft.amount),
        "period_from": _date(draft.period_from),
        "period_to": _date(draft.period_to),
        "case_number": application.case_number,
    }


def render_pdf(draft: DecisionDraft) -> bytes:
    template = DecisionTemplate.objects.filter(outcome=draft.outcome).first()
    ctx = context_for(draft, template)
    application = draft.application

    def fill(text: str) -> str:
        return _engine.from_string(text).render(Context(ctx))

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    font_dir = _font_dir()
    if font_dir is not None:
        pdf.add_font("DejaVu", "", str(font_dir / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(font_dir / "DejaVuSans-Bold.ttf"))
        family = "DejaVu"
    else:  # pragma: no cover - Latin-1 core font as a last resort
        family = "Helvetica"
    pdf.set_title(f"Decyzja {draft.decision_number or application.case_number}")
    pdf.set_author(ctx["institution"])
    pdf.add_page()
    width = pdf.epw

    pdf.set_font(family, "B", 11)
    pdf.multi_cell(width / 2, 5, ctx["institution"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    if template and template.institution_address:
        pdf.multi_cell(width / 2, 4.5, template.institution_address, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    issued = timezone.localtime(draft.approved_at or timezone.now()).date()
    pdf.set_font(family, "", 10)
    pdf.cell(width, 5, f"Znak sprawy: {application.case_number}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 5, f"Data: {_date(issued)}", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(4)
    pdf.set_font(family, "", 10)
    address = application.address
    pdf.set_x(pdf.l_margin + width / 2)
    pdf.multi_cell(
        width / 2, 5, f"{application.applicant_name}\n{address}", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(6)

    pdf.set_font(family, "B", 14)
    title = template.title if template else "DECYZJA"
    pdf.cell(width, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
    if draft.decision_number:
        pdf.set_font(family, "", 10)
        pdf.cell(width, 5, f"nr {draft.decision_number}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font(family, "", 10.5)
    ruling = fill(template.ruling if template else DEFAULT_RULINGS[Outcome(draft.outcome)])
    pdf.multi_cell(width, 5.5, ruling, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font(family, "B", 11)
    pdf.cell(width, 6, "Uzasadnienie", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10.5)
    pdf.multi_cell(width, 5.5, draft.justification, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font(family, "B", 11)
    pdf.cell(width, 6, "Pouczenie", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9.5)
    pdf.multi_cell(
        width,
        5,
        fill(template.instruction if template else DEFAULT_INSTRUCTION),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(12)

    signer = draft.approved_by
    signer_name = (signer.get_full_name() or signer.get_username()) if signer else ""
    signatory = template.signatory if template else "Kierownik"
    pdf.set_x(pdf.l_margin + width / 2)
    pdf.set_font(family, "", 10)
    pdf.multi_cell(
        width / 2,
        5,
        f"{signatory}\n{ctx['institution']}\n\n{signer_name}\n(podpisano elektronicznie)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font(family, "", 8.5)
    pdf.multi_cell(
        width,
        4.5,
        "Otrzymują:\n1. Adresat\n2. a/a",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def attach_decision(draft: DecisionDraft) -> Attachment:
    """Render the approved draft and store it on the case as its decision document."""
    content = render_pdf(draft)
    application = draft.application
    name = f"decyzja-{application.case_number.replace('/', '-').replace('.', '-')}.pdf"
    attachment = Attachment(
        application=application,
        kind=Attachment.Kind.DECISION,
        original_name=name,
        content_type="application/pdf",
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    attachment.file.save(name, ContentFile(content), save=False)
    attachment.save()
    draft.document = attachment
    draft.save(update_fields=["document"])
    from . import audit

    audit.record(application, audit.DECISION_DOCUMENT, draft.approved_by, summary=name)
    return attachment
