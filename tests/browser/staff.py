"""How a test acts as a member of staff in the Wagtail admin."""

from __future__ import annotations

import datetime

from .conftest import DEMO_PASSWORD

QUEUE_URL = "/admin/wnioski/do-podjecia/"
INBOX_URL = "/admin/wnioski/moje-zadania/"


def log_in(page, username: str, password: str = DEMO_PASSWORD):
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    assert "/admin/login/" not in page.url, f"{username} could not log in"


def log_out(page):
    page.context.clear_cookies()


def claim_from_queue(page, case_number: str) -> None:
    """Open "Do podjęcia" and press "Przejmij" in the row of the case (on any page of it)."""
    for number in range(1, 11):
        response = page.goto(f"{QUEUE_URL}?p={number}")
        row = page.locator("tr", has_text=case_number)
        if row.count() or response.status == 404 or not page.locator("tbody tr").count():
            break
    assert row.count(), f"{case_number} is not in the queue:\n{page.locator('main').inner_text()}"
    with page.expect_navigation():
        row.first.get_by_role("button", name="Przejmij").click()
    assert "jest teraz Twoje" in page.locator("body").inner_text(), "no confirmation of the claim"


def today(offset_days: int = 0) -> str:
    return (datetime.date.today() + datetime.timedelta(days=offset_days)).strftime("%d.%m.%Y")


def complete_task(page, answers: dict[str, str]) -> None:
    """Fill the open task's form on the application page (fields by name suffix) and submit."""
    form = page.locator("form[action*='/wykonaj/']").first
    try:
        form.wait_for(timeout=5000)
    except Exception:
        raise AssertionError(f"no task form on {page.url}:\n{page.locator('main').inner_text()}")
    for suffix, value in answers.items():
        control = form.locator(f'[name$="-{suffix}"]')
        assert control.count(), f"the task form has no field '{suffix}'"
        first = control.first
        tag = first.evaluate("el => el.tagName.toLowerCase()")
        kind = (first.get_attribute("type") or "").lower()
        if tag == "select":
            first.select_option(value=value)
        elif kind == "radio":
            form.locator(f'[name$="-{suffix}"][value="{value}"]').check()
        elif kind == "checkbox":
            first.check() if value else first.uncheck()
        else:
            first.fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").last.click()
    errors = page.locator(".error-message, .help-critical, .w-field__errors")
    assert not errors.count() or not errors.first.inner_text().strip(), (
        f"the task form refused the answers: {errors.first.inner_text()}"
    )
