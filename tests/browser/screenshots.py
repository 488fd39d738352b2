"""Screenshots of the key pages at phone and desktop widths, for docs/screenshots/.

Not part of the normal run (the name does not start with ``test_``); regenerate with::

    .venv/bin/pytest tests/browser/screenshots.py

Each PNG is the top of the page, reduced to a small palette (well under 300 KB).
"""

import pytest

from .conftest import DESKTOP, PHONE, REPO
from .helpers import SCREENSHOT_LIMIT, save_screenshot
from .residents import complete_all_steps, sample_pdf
from .staff import INBOX_URL, claim_from_queue, log_in
from .test_form_accessibility import provoke_errors
from .test_resident_journey import look_up_status, open_form_from_home, submit_on_check_page

pytestmark = pytest.mark.browser

OUT = REPO / "docs" / "screenshots"
SIZES = {"phone": (PHONE, 1600), "desktop": (DESKTOP, 1300)}


def shoot(page, name: str, reload: bool = False) -> list:
    """``reload``: lay the page out afresh at each width (the admin's sidebar needs it)."""
    written = []
    for size, (viewport, height) in SIZES.items():
        page.set_viewport_size(viewport)
        if reload:
            page.reload()
        written.append(save_screenshot(page, OUT / f"{name}-{size}.png", max_height=height))
    return written


def test_key_pages_screenshots(new_context, demo_site, tmp_path):
    written = []
    page = new_context().new_page()
    page.goto("/")
    written += shoot(page, "home")
    service = next(p for p in demo_site.pages() if p["url"].endswith("/zasilek-okresowy/"))
    page.goto(service["url"])
    written += shoot(page, "service-page")

    open_form_from_home(page, demo_site)
    provoke_errors(page, "applicant", tmp_path)
    written += shoot(page, "form-step-with-errors")
    page.goto(page.url)  # the same step, fresh, then the whole form
    complete_all_steps(page, sample_pdf(tmp_path))
    case_number, access_code = submit_on_check_page(page)
    written += shoot(page, "confirmation")

    page.goto("/wnioski/status/")
    look_up_status(page, case_number, access_code)
    written += shoot(page, "status-page")

    staff = new_context().new_page()
    log_in(staff, "pracownik")
    claim_from_queue(staff, case_number)
    staff.goto(INBOX_URL)
    written += shoot(staff, "staff-inbox", reload=True)

    sizes = {path.name: path.stat().st_size for path in written}
    assert all(size <= SCREENSHOT_LIMIT for size in sizes.values()), sizes
