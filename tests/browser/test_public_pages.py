"""Every public page type, in a real browser: WCAG 2.1 AA (axe-core), reflow, skip link."""

import pytest

from .conftest import PHONE
from .helpers import assert_accessible, focused, horizontal_overflow

pytestmark = pytest.mark.browser

# Page types of the public site, found in the demo site by their model.
PAGE_MODELS = [
    "HomePage",
    "ContentPage",
    "ServiceIndexPage",
    "ServicePage",
    "NewsIndexPage",
    "NewsPage",
    "ContactPage",
    "AccessibilityStatementPage",
    "PrivacyNoticePage",
]
# Pages that are views rather than Wagtail pages: (name, path, expected HTTP status).
VIEW_PAGES = [
    ("search results", "/szukaj/?q=zasi%C5%82ek", 200),
    ("search, nothing found", "/szukaj/?q=xyzzyqwerty", 200),
    ("404", "/tej-strony-nie-ma-na-pewno/", 404),
]
ALL_PAGES = PAGE_MODELS + [name for name, _, _ in VIEW_PAGES]


def url_for(server, name: str) -> tuple[str, int]:
    """The URL of one page of this type in the demo site, and its expected status."""
    for view_name, path, status in VIEW_PAGES:
        if view_name == name:
            return path, status
    for page in server.pages():
        if page["model"].rsplit(".", 1)[-1] == name:
            return page["url"], 200
    pytest.fail(f"the demo site has no live {name}: load_demo_site should create one")


def open_page(page, server, name: str):
    url, status = url_for(server, name)
    response = page.goto(url)
    assert response.status == status, f"{url} answered {response.status}, expected {status}"
    return url


@pytest.mark.parametrize("name", ALL_PAGES)
def test_page_has_no_wcag_violations(page, demo_site, name):
    url = open_page(page, demo_site, name)
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.title().strip(), f"{url} has no <title>"
    assert page.locator("main h1").count() == 1, f"{url} should have exactly one <h1> in <main>"
    assert_accessible(page, f"{name} ({url})")


@pytest.mark.parametrize("name", ALL_PAGES)
def test_page_reflows_at_320px_and_200_percent_zoom(new_context, demo_site, name):
    narrow = new_context(viewport={"width": 320, "height": 640}).new_page()
    url = open_page(narrow, demo_site, name)
    overflow = horizontal_overflow(narrow)
    assert overflow is None, f"{url} scrolls sideways at 320 px: {overflow}"

    # A 1280×800 window zoomed to 200 %: 640×400 CSS pixels drawn at twice the density.
    zoomed = new_context(viewport={"width": 640, "height": 400}, scale=2).new_page()
    open_page(zoomed, demo_site, name)
    overflow = horizontal_overflow(zoomed)
    assert overflow is None, f"{url} scrolls sideways at 200 % zoom: {overflow}"


def test_phone_home_page_fits_and_is_accessible(phone_page, demo_site):
    open_page(phone_page, demo_site, "HomePage")
    assert phone_page.evaluate("window.innerWidth") == PHONE["width"], "missing viewport meta"
    assert horizontal_overflow(phone_page) is None
    assert_accessible(phone_page, "home page on a phone")


@pytest.mark.parametrize("name", ["HomePage", "ServicePage"])
def test_skip_link_moves_keyboard_focus_to_the_main_content(page, demo_site, name):
    open_page(page, demo_site, name)
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["tag"] == "a" and (first["href"] or "").startswith("#"), (
        f"the first Tab should reach the skip link, got {first}"
    )
    skip = page.locator(":focus")
    box = skip.bounding_box()
    assert box and box["width"] > 10 and box["height"] > 10, "the focused skip link is not visible"
    assert 0 <= box["y"] < page.viewport_size["height"], "the focused skip link is off screen"
    target_id = first["href"][1:]

    page.keyboard.press("Enter")
    # Focus is on the target, or the next Tab lands inside it (not back in the header).
    inside = f"""() => {{
        const target = document.getElementById({target_id!r});
        return !!target && (document.activeElement === target
                            || target.contains(document.activeElement));
    }}"""
    if not page.evaluate(inside):
        page.keyboard.press("Tab")
        assert page.evaluate(inside), (
            f"after the skip link, focus went to {focused(page)}, outside #{target_id}"
        )
    assert page.locator(f"#{target_id}").evaluate("el => el.tagName.toLowerCase()") == "main"


def test_search_form_works_from_the_header(page, demo_site):
    open_page(page, demo_site, "HomePage")
    search = page.get_by_role("search")
    search.get_by_role("searchbox").fill("zasiłek")
    search.get_by_role("button").click()
    page.wait_for_load_state()
    assert "q=" in page.url
    assert page.locator("main a").count() > 0, "a search for 'zasiłek' found no pages"
