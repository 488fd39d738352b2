"""WCAG 2.1 AA on every step of an application form (empty and with errors), on the status
page and on the eligibility check; and a whole application completed with the keyboard alone.
"""

import pytest

from .helpers import assert_accessible, horizontal_overflow
from .residents import (
    APPLICANT,
    BANK_ACCOUNT,
    MEMBER,
    complete_step,
    continue_button,
    current_step,
    error_summary_text,
    fill_fields,
    sample_pdf,
)
from .test_resident_journey import (
    form_page,
    look_up_status,
    open_form_from_home,
    submit_on_check_page,
)

pytestmark = pytest.mark.browser


def provoke_errors(page, step: str, tmp_path):
    """Submit the step so that it answers with errors (400 and an error summary)."""
    if step in ("household", "incomes"):
        button = page.locator('main form button[name=action][value="add"]')
    elif step == "attachments":
        fake = tmp_path / "skan.pdf"
        fake.write_text("To nie jest plik PDF, tylko tekst z rozszerzeniem .pdf.")
        page.locator("main form input[type=file]").first.set_input_files(str(fake))
        button = continue_button(page)
    else:
        button = continue_button(page)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        button.first.click()
    page.wait_for_load_state()
    assert posted.value.status == 400, f"step {step!r}: expected errors, got {posted.value.status}"
    assert page.locator(".error-summary").is_visible(), f"step {step!r} shows no error summary"


def test_every_form_step_is_accessible_empty_and_with_errors(page, demo_site, tmp_path):
    pdf = sample_pdf(tmp_path)
    open_form_from_home(page, demo_site)
    seen = []
    while (step := current_step(page)) is not None:
        assert step not in seen, f"came back to {step!r}"
        seen.append(step)
        assert_accessible(page, f"step {step!r}, empty")
        provoke_errors(page, step, tmp_path)
        assert_accessible(page, f"step {step!r}, with errors:\n{error_summary_text(page)}")
        page.set_viewport_size({"width": 320, "height": 640})
        overflow = horizontal_overflow(page)
        page.set_viewport_size({"width": 1280, "height": 800})
        assert overflow is None, f"step {step!r} with errors scrolls sideways at 320 px: {overflow}"
        complete_step(page, step, pdf)
    assert len(seen) >= 5, seen
    assert_accessible(page, "check your answers")
    case_number, access_code = submit_on_check_page(page)
    assert_accessible(page, "confirmation")

    page.goto("/wnioski/status/")
    assert_accessible(page, "status page, empty")
    fill_fields(page, {"case_number": case_number, "access_code": "ZLY-KOD-123"})
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("main form button[type=submit]").last.click()
    assert posted.value.status == 400
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page, "status page, wrong access code")
    look_up_status(page, case_number, access_code)
    assert_accessible(page, "status page, case shown")


def test_form_start_save_for_later_and_message_pages_are_accessible(page, demo_site):
    form_url = form_page(demo_site)["url"]
    page.goto(form_url)
    assert_accessible(page, "form start page")
    page.goto(form_url + "zapisz/")
    assert_accessible(page, "save and finish later, empty")
    fill_fields(page, {"email": "to-nie-jest-adres"})
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("main form button[type=submit]").last.click()
    assert posted.value.status == 400
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page, "save and finish later, with errors")
    response = page.goto(form_url + "krok/nie-ma-takiego-kroku/")
    assert response.status == 404
    assert_accessible(page, "form message page (404)")


def test_eligibility_check_is_accessible(page, demo_site):
    page.goto("/sprawdz-uprawnienia/")
    assert_accessible(page, "eligibility check, empty")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page, "eligibility check, with errors")
    fill_fields(page, {"household_size": "2", "monthly_income": "1200"})
    page.locator("input[name=situations][value=illness_unemployment]").check()
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    results = page.locator("#wynik")
    assert results.is_visible() and "Zasiłek okresowy" in results.inner_text()
    assert_accessible(page, "eligibility check, results")


# --- The keyboard alone ---------------------------------------------------------------------

KEYBOARD_VALUES = {
    **APPLICANT,
    **{f"member-{k}": v for k, v in MEMBER.items()},
    "member-relationship": "spouse",
    "member-occupation": "retired",
    "income-member": "applicant",
    "income-source": "pension",
    "income-amount": "1250,50",
    "payment_method": "account",
    "bank_account": BANK_ACCOUNT,
}
DESCRIBE_FOCUS = """() => {
    const el = document.activeElement;
    const form = el && el.closest('main form');
    return {tag: el.tagName.toLowerCase(), type: (el.type || '').toLowerCase(),
            name: el.name || '', value: el.value || '', checked: !!el.checked,
            inForm: !!form, required: !!el.required, visible: el.offsetParent !== null};
}"""


def press_until_value(page, key: str, wanted: str, limit: int = 20):
    for _ in range(limit):
        if page.evaluate("document.activeElement.value") == wanted:
            return
        page.keyboard.press(key)
    raise AssertionError(f"{key} never selected {wanted!r}")


def keyboard_step(page, pdf, typed: set) -> None:
    """Tab through the step's form, answering with keys only, then press Enter on its button."""
    step = current_step(page)
    for _ in range(150):
        page.keyboard.press("Tab")
        el = page.evaluate(DESCRIBE_FOCUS)
        if not el["inForm"]:
            continue
        name, kind = el["name"], el["type"]
        if (step, "add") in typed and name.startswith(("member-", "income-")):
            continue  # the person or income is on the list: leave the "add another" form empty
        wanted = KEYBOARD_VALUES.get(name)
        if el["tag"] == "button":
            if el["value"] == "add" and (step, "add") not in typed:
                typed.add((step, "add"))
                with page.expect_navigation():
                    page.keyboard.press("Enter")
                return
            if el["value"] == "continue":
                with page.expect_navigation():
                    page.keyboard.press("Enter")
                return
        elif kind == "file" and not typed & {(step, "file")}:
            typed.add((step, "file"))
            with page.expect_file_chooser() as chooser:
                page.keyboard.press("Space")
            chooser.value.set_files(str(pdf))
        elif kind == "radio":
            if not page.evaluate(
                "!!document.querySelector(`input[name='${document.activeElement.name}']:checked`)"
            ):
                page.keyboard.press("Space")
            if wanted:
                press_until_value(page, "ArrowDown", wanted)
        elif kind == "checkbox":
            if el["required"] and not el["checked"]:
                page.keyboard.press("Space")
        elif el["tag"] == "select":
            if wanted:
                press_until_value(page, "ArrowDown", wanted)
            elif el["required"] and not el["value"]:
                page.keyboard.press("ArrowDown")
        elif el["tag"] in ("input", "textarea") and kind not in ("hidden", "submit"):
            if wanted and (step, name) not in typed:
                typed.add((step, name))
                page.keyboard.press("ControlOrMeta+a")
                page.keyboard.type(wanted)
            elif not el["value"] and (el["required"] or el["tag"] == "textarea"):
                page.keyboard.type("Nie dotyczy")
    raise AssertionError(f"Tab never reached the step's button on {page.url}")


def test_an_application_can_be_completed_with_the_keyboard_alone(page, demo_site, tmp_path):
    pdf = sample_pdf(tmp_path)
    open_form_from_home(page, demo_site)
    typed: set = set()
    visited = []
    for _ in range(20):
        step = current_step(page)
        if step is None:
            break
        visited.append(step)
        keyboard_step(page, pdf, typed)
        assert not page.locator(".error-summary").count(), (
            f"step {step!r} refused keyboard answers:\n{error_summary_text(page)}"
        )
    assert page.url.endswith("/sprawdz/"), f"stuck at {page.url} after {visited}"
    text = page.locator("main").inner_text()
    assert MEMBER["first_name"] in text and pdf.name in text and APPLICANT["pesel"] in text

    # "Wyślij wniosek" is reached with Tab and pressed with Enter, like every other button.
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('main form button[type=submit]')"):
            break
    else:
        raise AssertionError("Tab never reached 'Wyślij wniosek'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/potwierdzenie/")
    assert page.locator(".case-number").inner_text().startswith("GOPS.")


def test_enter_in_the_add_person_form_adds_the_person(page, demo_site, tmp_path):
    """Enter in a text field submits with the form's first button: it must never be "Usuń"."""
    open_form_from_home(page, demo_site)
    complete_step(page, "applicant", sample_pdf(tmp_path))
    assert current_step(page) == "household"
    member = {f"member-{k}": v for k, v in MEMBER.items()}
    member |= {"member-relationship": "spouse", "member-occupation": "retired"}
    fill_fields(page, member)
    page.locator("[name=member-last_name]").press("Enter")
    page.wait_for_load_state()
    assert page.locator("main").get_by_text(MEMBER["last_name"]).count()

    second = {**member, "member-first_name": "Zofia", "member-relationship": "child"}
    second["member-pesel"] = ""
    second["member-birth_date"] = "01.02.2010"
    second["member-occupation"] = "pupil"
    fill_fields(page, second)
    with page.expect_navigation():
        page.locator("[name=member-first_name]").press("Enter")
    listed = page.locator("main").inner_text()
    assert MEMBER["first_name"] in listed, f"Enter removed {MEMBER['first_name']}"
    assert "Zofia" in listed, "Enter did not add the person typed in"
