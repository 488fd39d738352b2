"""A resident's data and how a test fills the application form's steps in the browser."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def make_pesel(born: datetime.date, serial: int = 123, female: bool = True) -> str:
    """A valid PESEL for the birth date (month offset by century, sex digit, check digit)."""
    month = born.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    sex = (serial % 5) * 2 + (0 if female else 1)
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial % 1000:03d}{sex}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, PESEL_WEIGHTS, strict=True)) % 10) % 10
    return digits + str(check)


APPLICANT_BORN = datetime.date(1958, 3, 15)
APPLICANT = {
    "first_name": "Halina",
    "last_name": "Przykładowa",
    "pesel": make_pesel(APPLICANT_BORN, 412, female=True),
    "birth_date": APPLICANT_BORN.strftime("%d.%m.%Y"),
    "street": "Lipowa",
    "house_number": "7",
    "flat_number": "",
    "postcode": "87-603",
    "city": "Wielgie",
    "gmina": "Wielgie",
    "phone": "600 123 456",
    "email": "halina.przykladowa@example.pl",
}
MEMBER_BORN = datetime.date(1955, 11, 2)
MEMBER = {
    "first_name": "Stefan",
    "last_name": "Przykładowy",
    "pesel": make_pesel(MEMBER_BORN, 207, female=False),
    "birth_date": MEMBER_BORN.strftime("%d.%m.%Y"),
}
# A PESEL with a wrong check digit.
INVALID_PESEL = APPLICANT["pesel"][:-1] + str((int(APPLICANT["pesel"][-1]) + 1) % 10)
BANK_ACCOUNT = "61 1090 1014 0000 0712 1981 2874"  # a valid NRB (checksum mod 97 == 1)


def sample_pdf(folder: Path, name: str = "zaswiadczenie.pdf") -> Path:
    """A small, valid one-page PDF."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 18 Tf 72 760 Td (Zaswiadczenie o dochodach) Tj ET"
    objects[3] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path = folder / name
    path.write_bytes(bytes(out))
    return path


def fill_fields(scope, values: dict):
    """Fill the form controls named in ``values`` that exist in ``scope`` (a page or locator).

    Text inputs are typed into, selects choose by value (or label), radios and checkboxes by
    value; keys without a matching control are ignored, so one dict serves several steps.
    """
    for name, value in values.items():
        controls = scope.locator(f'[name="{name}"]')
        if not controls.count():
            continue
        first = controls.first
        tag = first.evaluate("el => el.tagName.toLowerCase()")
        kind = (first.get_attribute("type") or "").lower()
        if tag == "select":
            try:
                first.select_option(value=value)
            except Exception:
                first.select_option(label=value)
        elif kind == "radio":
            scope.locator(f'[name="{name}"][value="{value}"]').check()
        elif kind == "checkbox":
            if value:
                first.check()
            else:
                first.uncheck()
        elif kind == "file":
            first.set_input_files(str(value))
        elif kind != "hidden":
            first.fill(str(value))


def fill_unanswered(form):
    """Answer each required question still empty in ``form`` (a locator) with its first option.

    The benefit's own questions come from the registry; this keeps the journey independent
    of which benefit the demo form uses.
    """
    form.evaluate(
        r"""(form) => {
        const fire = el => {
            el.dispatchEvent(new Event('input', {bubbles: true}));
            el.dispatchEvent(new Event('change', {bubbles: true}));
        };
        const groups = {};
        for (const el of form.querySelectorAll('input[type=radio]')) {
            (groups[el.name] = groups[el.name] || []).push(el);
        }
        for (const radios of Object.values(groups)) {
            if (!radios.some(r => r.checked)) { radios[0].checked = true; fire(radios[0]); }
        }
        for (const el of form.querySelectorAll('select[required]')) {
            if (!el.value) {
                const option = [...el.options].find(o => o.value);
                if (option) { el.value = option.value; fire(el); }
            }
        }
        for (const el of form.querySelectorAll('input[type=checkbox][required]')) {
            if (!el.checked) { el.checked = true; fire(el); }
        }
        for (const el of form.querySelectorAll(
                'textarea, input[required]:not([type]), input[required][type=text],'
                + ' input[required][type=number]')) {
            if (!el.value) {
                el.value = el.type === 'number' || el.inputMode === 'numeric' ? '1'
                    : (/kwota|zł|amount/i.test(el.name) ? '0' : 'Nie dotyczy');
                fire(el);
            }
        }
    }"""
    )


def case_number_in(text: str) -> str | None:
    match = re.search(r"GOPS\.\d+\.\d+\.\d{4}", text)
    return match.group(0) if match else None


# --- Driving the journey ---------------------------------------------------------------------

CONTINUE = (
    'main form button[type=submit][name=action][value="continue"], '
    'main form input[type=submit][name=action][value="continue"]'
)
OTHER_BUTTONS = ":not([value=save]):not([value=add]):not([value^=remove]):not([value=upload])"


def continue_button(page):
    button = page.locator(CONTINUE)
    if not button.count():
        button = page.locator(f"main form button[type=submit]{OTHER_BUTTONS}")
    return button.last


def current_step(page) -> str | None:
    match = re.search(r"/krok/([\w-]+)/", page.url)
    return match.group(1) if match else None


def error_summary_text(page) -> str:
    summary = page.locator(".error-summary, [role=alert]")
    return summary.first.inner_text() if summary.count() else ""


def step_values(step: str, pdf: Path) -> list[tuple[dict, str | None]]:
    """(values, button value) pairs that complete ``step`` for the standard resident."""
    if step == "applicant":
        return [(APPLICANT, None)]
    if step == "household":
        member = {f"member-{k}": v for k, v in MEMBER.items()}
        member |= {"member-relationship": "spouse", "member-occupation": "retired"}
        return [(member, "add"), ({}, None)]
    if step == "incomes":
        income = {
            "income-member": "applicant",
            "income-source": "pension",
            "income-amount": "1250,50",
        }
        return [(income, "add"), ({}, None)]
    if step == "payment":
        return [({"payment_method": "account", "bank_account": BANK_ACCOUNT}, None)]
    if step == "attachments":
        return [({"__first_file__": pdf}, None)]
    return [({}, None)]  # details, declarations: fill_unanswered answers them


def complete_step(page, step: str, pdf: Path):
    form = page.locator("main form").last
    for values, button in step_values(step, pdf):
        if "__first_file__" in values:
            page.locator("main form input[type=file]").first.set_input_files(str(pdf))
        else:
            fill_fields(page, values)
        if step in ("details", "declarations"):
            fill_unanswered(form)
        if button:
            page.locator(f'main form button[name=action][value="{button}"]').first.click()
        else:
            continue_button(page).click()
        page.wait_for_load_state()
        assert not page.locator(".error-summary").count(), (
            f"step {step!r} refused valid answers:\n{error_summary_text(page)}"
        )


def complete_all_steps(page, pdf: Path) -> list[str]:
    """From the first step to "check your answers"; returns the steps taken."""
    taken = []
    while (step := current_step(page)) is not None:
        assert step not in taken, f"the journey came back to step {step!r}: {taken}"
        complete_step(page, step, pdf)
        taken.append(step)
    return taken
