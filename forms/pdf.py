"""The complete application as a PDF for the resident to sign.

Since 2026 a web form alone is not a valid filing (art. 63 KPA, e-Doręczenia): the
resident signs this document with Profil Zaufany, podpis osobisty or a qualified
signature, or on paper in the office. The document is addressed to a Polish authority,
so its text is Polish whatever language the resident used. DejaVu Sans ships in ``forms/fonts`` because the
PDF core fonts have no Polish letters.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.formats import number_format
from fpdf import FPDF
from fpdf.fonts import FontFace

from .models import Application, Attachment
from .registry import Check, FieldKind, IncomePeriod
from .validators import format_nrb

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"

INCOME_PERIOD_LABELS = {
    IncomePeriod.PREVIOUS_MONTH: "miesiąc poprzedzający złożenie wniosku",
    IncomePeriod.BASE_YEAR: "rok kalendarzowy poprzedzający okres świadczeniowy (rok bazowy)",
    IncomePeriod.THREE_MONTHS: "trzy miesiące poprzedzające złożenie wniosku",
    IncomePeriod.NONE: "świadczenie nie zależy od dochodu",
}


def _money(value) -> str:
    if value in (None, ""):
        return "–"
    return f"{number_format(Decimal(value), decimal_pos=2, force_grouping=True)} zł"


def _phone(value: str) -> str:
    digits = value[3:] if value.startswith("+48") and len(value) == 12 else ""
    return f"+48 {digits[:3]} {digits[3:6]} {digits[6:]}" if digits else value


def _date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


class ApplicationDocument(FPDF):
    def __init__(self, application: Application, institution: str):
        super().__init__(format="A4", unit="mm")
        self.application = application
        self.institution = institution
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages()
        self.set_title(f"Wniosek {application.case_number}")
        self.set_author(institution)
        self.set_creator("GOPS Portal")
        self.set_lang("pl")

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(90)
        self.cell(
            0,
            5,
            f"{self.application.case_number} · strona {self.page_no()} z {{nb}}",
            align="C",
        )
        self.set_text_color(0)

    # -- building blocks -----------------------------------------------------------

    def heading(self, text: str):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(3)
        self.set_font(FONT, "B", 11.5)
        self.set_fill_color(235, 239, 244)
        self.cell(0, 7.5, text, new_x="LMARGIN", new_y="NEXT", fill=True)
        self.ln(1.5)
        self.set_font(FONT, "", 9.5)

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False):
        self.set_font(FONT, "B" if bold else "", size)
        self.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 9.5)

    def pairs(self, rows, col_widths=(62, 112)):
        self.set_font(FONT, "", 9.5)
        with self.table(
            col_widths=col_widths,
            first_row_as_headings=False,
            text_align="LEFT",
            line_height=5.2,
            padding=1.2,
            borders_layout="HORIZONTAL_LINES",
        ) as table:
            for label, value in rows:
                row = table.row()
                row.cell(str(label), style=FontFace(emphasis="BOLD"))
                row.cell(str(value) if value not in (None, "") else "–")

    def grid(self, headings, rows, widths):
        self.set_font(FONT, "", 8.5)
        with self.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=4.6,
            padding=1,
            headings_style=FontFace(emphasis="BOLD", fill_color=(235, 239, 244)),
        ) as table:
            header = table.row()
            for text in headings:
                header.cell(text)
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(str(value) if value not in (None, "") else "–")
        self.set_font(FONT, "", 9.5)


def _answer_text(question, value) -> str:
    if value in (None, "", []):
        return "–"
    choices = {k: str(v) for k, v in question.choices}
    if question.kind == FieldKind.BOOLEAN:
        return "tak" if value else "nie"
    if question.kind == FieldKind.MULTICHOICE:
        return "; ".join(choices.get(v, str(v)) for v in value)
    if question.kind == FieldKind.CHOICE:
        return choices.get(str(value), str(value))
    if question.kind == FieldKind.MONEY:
        return _money(value)
    if question.kind == FieldKind.DATE:
        try:
            return datetime.date.fromisoformat(str(value)).strftime("%d.%m.%Y")
        except ValueError:
            return str(value)
    if question.check == Check.NRB:
        return format_nrb(str(value))
    if question.kind == FieldKind.DECIMAL:
        return number_format(Decimal(str(value)), decimal_pos=2)
    return str(value)


def institution_name(name: str | None = None) -> str:
    conf = getattr(settings, "GOPS_INTAKE", {})
    return (
        name
        or conf.get("INSTITUTION_NAME")
        or getattr(settings, "WAGTAIL_SITE_NAME", "")
        or "Ośrodek Pomocy Społecznej"
    )


def application_pdf(
    application: Application, institution: str | None = None, *, compress: bool = True
) -> bytes:
    """The whole application, ready to sign. ``institution`` overrides the configured name."""
    definition = application.benefit
    pdf = ApplicationDocument(application, institution_name(institution))
    pdf.set_compression(compress)
    pdf.add_page()
    received = timezone.localtime(application.submitted_at)

    # Header
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(0, 6.5, pdf.institution, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.set_text_color(70)
    pdf.multi_cell(0, 4.5, str(definition.legal_basis), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(3)
    pdf.set_font(FONT, "B", 15)
    pdf.multi_cell(0, 7.5, f"Wniosek: {definition.name}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.pairs(
        [
            ("Znak sprawy", application.case_number),
            ("Data wpływu", received.strftime("%d.%m.%Y, godz. %H:%M")),
            ("Sposób złożenia", application.get_channel_display()),
        ]
    )

    # 1. Applicant
    a = application
    pdf.heading("1. Dane wnioskodawcy")
    identity = (
        ("PESEL", a.pesel)
        if a.pesel
        else ("Dokument tożsamości", f"{a.document_type} {a.document_number}".strip())
    )
    address = a.address
    pdf.pairs(
        [
            ("Imię i nazwisko", a.applicant_name),
            identity,
            ("Data urodzenia", _date(a.birth_date)),
            ("Obywatelstwo", a.citizenship),
            ("Adres zamieszkania", address),
            ("Gmina", a.gmina),
            ("Telefon", _phone(a.phone)),
            ("E-mail", a.email),
        ]
    )

    # 2. Household
    section = 2
    members = list(application.household_members.all())
    if definition.asks_household:
        pdf.heading(f"{section}. Gospodarstwo domowe")
        if members:
            pdf.grid(
                [
                    "Lp.",
                    "Imię i nazwisko",
                    "PESEL / data ur.",
                    "Pokrewieństwo",
                    "Sytuacja",
                    "Orzeczenie",
                ],
                [
                    (
                        i,
                        str(m),
                        m.pesel or _date(m.birth_date),
                        m.get_relationship_display(),
                        m.get_occupation_display(),
                        "tak" if m.disability else "nie",
                    )
                    for i, m in enumerate(members, start=1)
                ],
                (9, 42, 30, 32, 40, 21),
            )
        else:
            pdf.paragraph("Wnioskodawca prowadzi jednoosobowe gospodarstwo domowe.")
        section += 1

    # 3. Incomes
    if definition.asks_incomes:
        incomes = list(application.incomes.select_related("member"))
        pdf.heading(f"{section}. Dochody")
        pdf.paragraph(
            f"Okres, z którego liczy się dochód: {INCOME_PERIOD_LABELS[definition.income_period]}."
        )
        pdf.ln(1)
        if incomes:
            total = sum((i.amount for i in incomes), Decimal(0))
            pdf.grid(
                ["Osoba", "Źródło dochodu", "Kwota netto", "Ha przel.", "Okres"],
                [
                    (
                        str(i.member) if i.member else a.applicant_name,
                        i.get_source_display(),
                        _money(i.amount),
                        number_format(i.hectares, decimal_pos=4) if i.hectares else "",
                        i.period_display or "–",
                    )
                    for i in incomes
                ]
                + [("Razem", "", _money(total), "", "")],
                (46, 44, 30, 20, 34),
            )
            persons = 1 + len(members)
            pdf.ln(1)
            pdf.paragraph(
                f"Liczba osób w gospodarstwie: {persons}; dochód na osobę: "
                f"{_money((total / persons).quantize(Decimal('0.01')))}."
            )
        else:
            pdf.paragraph("Nie wykazano dochodów.")
        section += 1

    # 4. Benefit questions
    if definition.questions:
        pdf.heading(f"{section}. Informacje dotyczące świadczenia")
        pdf.pairs(
            [
                (str(q.label), _answer_text(q, application.answers.get(q.name)))
                for q in definition.questions
            ],
            col_widths=(96, 78),
        )
        section += 1

    # 5. Payment
    if definition.asks_payment:
        pdf.heading(f"{section}. Sposób wypłaty")
        rows = [("Sposób wypłaty", application.get_payment_method_display() or "–")]
        if application.bank_account:
            rows.append(("Numer rachunku", format_nrb(application.bank_account)))
        pdf.pairs(rows)
        section += 1

    # 6. Attachments
    pdf.heading(f"{section}. Załączniki")
    specs = {s.code: str(s.label) for s in definition.attachments}
    # The resident's own documents only; staff files and decisions are not part of it.
    files = list(
        application.attachments.filter(
            kind__in=[Attachment.Kind.APPLICATION, Attachment.Kind.SUPPLEMENT]
        )
    )
    if files:
        pdf.grid(
            ["Lp.", "Dokument", "Plik", "Rozmiar"],
            [
                (
                    i,
                    specs.get(f.spec_code)
                    or (
                        "uzupełnienie" if f.kind == Attachment.Kind.SUPPLEMENT else "inny dokument"
                    ),
                    f.original_name,
                    f"{max(1, round(f.size / 1024))} KB",
                )
                for i, f in enumerate(files, start=1)
            ],
            (9, 78, 67, 20),
        )
    else:
        pdf.paragraph("Nie dołączono plików.")
    missing = [label for code, label in specs.items() if code not in {f.spec_code for f in files}]
    if missing:
        pdf.ln(1)
        pdf.paragraph(
            "Dokumenty, które można jeszcze dostarczyć: " + "; ".join(missing) + ".", size=8.5
        )
    section += 1

    # 7. Declarations
    pdf.heading(f"{section}. Oświadczenia")
    for item in application.declarations:
        text = item.get("text", "") if isinstance(item, dict) else str(item)
        pdf.paragraph(f"[X]  {text}")
        pdf.ln(1)
    section += 1

    # 8. Signature
    pdf.heading(f"{section}. Podpis wnioskodawcy")
    pdf.paragraph(
        "Ten wniosek został wypełniony przez internet. Sam formularz na stronie internetowej "
        "nie jest jeszcze wnioskiem złożonym zgodnie z prawem (art. 63 KPA). Aby go złożyć, "
        "wybierz jeden sposób:"
    )
    for line in (
        "• podpisz ten plik PDF profilem zaufanym, podpisem osobistym (e-dowód) albo "
        "kwalifikowanym podpisem elektronicznym i wyślij go do ośrodka przez e-Doręczenia "
        "lub ePUAP;",
        "• albo wydrukuj wniosek, podpisz go odręcznie i złóż w ośrodku (możesz też przyjść "
        "bez wydruku – podpiszesz wniosek na miejscu).",
    ):
        pdf.paragraph(line)
    pdf.paragraph(
        f"Wysyłając podpisany wniosek lub przychodząc do ośrodka, podaj znak sprawy "
        f"{application.case_number}. Sposób podpisania odnotuje pracownik ośrodka przy "
        "sprawdzaniu wniosku.",
        size=8.5,
    )
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(14)
    y = pdf.get_y()
    pdf.set_font(FONT, "", 9)
    pdf.line(18, y, 88, y)
    pdf.line(112, y, 192, y)
    pdf.set_xy(18, y + 1)
    pdf.cell(70, 5, "miejscowość i data", align="C")
    pdf.set_xy(112, y + 1)
    pdf.cell(80, 5, "czytelny podpis wnioskodawcy", align="C")
    return bytes(pdf.output())
