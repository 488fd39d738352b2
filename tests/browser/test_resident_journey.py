"""A resident applies online and checks the status, in a real browser, with and without JS."""

import re

import pytest

from .helpers import focused
from .residents import (
    APPLICANT,
    INVALID_PESEL,
    MEMBER,
    complete_all_steps,
    continue_button,
    fill_fields,
    sample_pdf,
)

pytestmark = pytest.mark.browser

BENEFIT = "zasilek-okresowy"
# What the status page may say about a case nobody at the centre has touched yet.
FRESH_CASE_STATUSES = ("Wniosek przyjęty", "Sprawdzamy, czy wniosek jest kompletny")


def pages_of(server, model: str) -> list[dict]:
    return [p for p in server.pages() if p["model"].rsplit(".", 1)[-1] == model]


def form_page(server, benefit=BENEFIT) -> dict:
    """The demo's ApplicationFormPage for the benefit (its URL is under the service page)."""
    for page in pages_of(server, "ApplicationFormPage"):
        if page["url"].rstrip("/").split("/")[-2] == benefit:
            return page
    pytest.fail(f"the demo site has no live application form for {benefit}")


def link_to(page, url: str):
    """The first link in <main> or the main menu pointing to ``url`` (relative or absolute)."""
    return page.locator(f'main a[href$="{url}"], nav a[href$="{url}"]').first


def open_form_from_home(page, server, benefit=BENEFIT):
    """Home page → services → the service page → its application form → first step."""
    page.goto("/")
    services = pages_of(server, "ServiceIndexPage")[0]["url"]
    link_to(page, services).click()
    service_url = next(p["url"] for p in pages_of(server, "ServicePage") if benefit in p["url"])
    link_to(page, service_url).click()
    assert page.url.endswith(service_url)
    link_to(page, form_page(server, benefit)["url"]).click()
    assert page.url.endswith(form_page(server, benefit)["url"]), page.url
    page.locator("main a[href*='/krok/']").first.click()
    assert "/krok/" in page.url, f"'Rozpocznij' did not open the first step: {page.url}"


def submit_on_check_page(page) -> tuple[str, str]:
    """Press "Wyślij wniosek"; return (case number, access code) from the confirmation."""
    assert page.url.endswith("/sprawdz/"), page.url
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.url.endswith("/potwierdzenie/"), page.url
    case_number = page.locator(".case-number").inner_text().strip()
    access_code = page.locator(".access-code").inner_text().strip()
    assert re.fullmatch(r"GOPS\.8311\.\d+\.\d{4}", case_number), case_number
    assert access_code
    return case_number, access_code


def look_up_status(page, case_number: str, access_code: str) -> str:
    """Fill the public status form; return the public status shown."""
    fill_fields(page, {"case_number": case_number, "access_code": access_code})
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert case_number in page.locator("main").inner_text()
    return page.locator(".status-tag").inner_text().strip()


def stored_application(server, case_number: str) -> dict:
    return server.query(
        f"""
import json
from gops.forms.models import Application
a = Application.objects.get(case_number={case_number!r})
print(json.dumps({{
    "pesel": a.pesel, "benefit": a.benefit_code, "status": a.status,
    "household": [m.first_name for m in a.household_members.all()],
    "attachments": [x.original_name for x in a.attachments.all()],
}}))
"""
    )


@pytest.mark.parametrize("js", [True, False], ids=["with-js", "without-js"])
def test_resident_applies_and_checks_the_status(new_context, demo_site, tmp_path, js):
    page = new_context(js=js).new_page()
    pdf = sample_pdf(tmp_path)
    open_form_from_home(page, demo_site)

    taken = complete_all_steps(page, pdf)
    assert {"applicant", "household", "attachments", "declarations"} <= set(taken), taken

    check = page.locator("main").inner_text()
    for answer in (APPLICANT["last_name"], APPLICANT["pesel"], MEMBER["first_name"], pdf.name):
        assert answer in check, f"'Sprawdź odpowiedzi' does not show {answer!r}"

    case_number, access_code = submit_on_check_page(page)
    saved = stored_application(demo_site, case_number)
    assert saved["pesel"] == APPLICANT["pesel"] and saved["benefit"] == BENEFIT
    assert saved["household"] == [MEMBER["first_name"]]
    assert saved["attachments"] == [pdf.name]

    page.get_by_role("link", name="Sprawdź status wniosku").last.click()
    status = look_up_status(page, case_number, access_code)
    assert status in FRESH_CASE_STATUSES


def test_invalid_pesel_shows_the_error_summary_and_moves_focus_to_it(page, demo_site):
    open_form_from_home(page, demo_site)
    fill_fields(page, {**APPLICANT, "pesel": INVALID_PESEL})
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        continue_button(page).click()
    assert posted.value.status == 400
    page.wait_for_load_state()

    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "PESEL" in summary.inner_text()
    assert page.title().startswith("Błąd"), "the page title should announce the error"
    now = focused(page)
    in_summary = page.evaluate("!!document.activeElement.closest('.error-summary')")
    if not in_summary:
        # Without focus management the summary must be announced and come first.
        assert summary.get_attribute("role") == "alert", f"focus is on {now}"
        first_field = page.locator("main form :is(input, select, textarea):visible").first
        assert summary.evaluate(
            "(s, f) => !!(s.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)",
            first_field.element_handle(),
        )

    # The summary links to the field; the field says what is wrong; nothing typed is lost.
    summary.get_by_role("link").filter(has_text="PESEL").first.click()
    pesel = page.locator("[name=pesel]")
    assert pesel.evaluate("el => el === document.activeElement")
    assert pesel.get_attribute("aria-invalid") == "true"
    described = pesel.get_attribute("aria-describedby") or ""
    errors = [page.locator(f"#{i}").inner_text() for i in described.split()]
    assert any("PESEL" in e or "cyfr" in e for e in errors), errors
    assert pesel.input_value() == INVALID_PESEL
    assert page.locator("[name=last_name]").input_value() == APPLICANT["last_name"]
