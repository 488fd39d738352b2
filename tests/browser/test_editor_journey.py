"""An editor changes a service page; the kierownik approves it; residents see the change."""

import uuid

import pytest

from .staff import log_in

pytestmark = pytest.mark.browser

SERVICE_SLUG = "zasilek-celowy"


def test_editor_change_goes_live_only_after_the_directors_approval(new_context, demo_site):
    service = next(
        p
        for p in demo_site.pages()
        if p["model"].endswith(".ServicePage") and p["url"].rstrip("/").endswith(SERVICE_SLUG)
    )
    sentence = (
        f"Nowe godziny wydawania posiłków: od 11:00 do 13:00 (zmiana {uuid.uuid4().hex[:6]})."
    )
    resident = new_context().new_page()
    resident.goto(service["url"])  # the page is now in the public page cache
    assert sentence not in resident.locator("main").inner_text()

    editor = new_context().new_page()
    log_in(editor, "redaktor")
    editor.goto(f"/admin/pages/{service['id']}/edit/")
    summary = editor.locator("#id_summary")
    summary.fill(f"{summary.input_value()} {sentence}")
    editor.locator("footer .w-dropdown__toggle").click()
    with editor.expect_navigation():
        editor.locator("button[name=action-submit]").click()
    assert "przekazana do przeglądu" in editor.locator(".messages").inner_text()

    resident.reload()
    assert sentence not in resident.locator("main").inner_text(), "published before approval"

    director = new_context().new_page()
    log_in(director, "kierownik")
    director.goto("/admin/")
    review = director.locator("section, .panel, div").filter(
        has_text="Oczekujące na Twoją weryfikację"
    )
    review.get_by_role("link", name=service["title"]).first.click()
    director.wait_for_url(f"**/admin/pages/{service['id']}/edit/**")
    director.locator("footer .w-dropdown__toggle").click()
    with director.expect_navigation():
        director.locator(
            "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        ).click()

    resident.reload()
    assert sentence in resident.locator("main").inner_text(), "the approved change is not live"
