"""What the browser tests check on a page: axe-core, reflow, focus, keyboard."""

from __future__ import annotations

import textwrap

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page, context=None) -> list[dict]:
    """WCAG 2.1 A/AA violations axe-core (bundled by axe-playwright-python) finds on the page."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return Axe().run(page, context=context, options=options).response["violations"]


def format_violations(violations: list[dict], where: str = "") -> str:
    lines = [f"{len(violations)} axe WCAG 2.1 A/AA violation(s){' on ' + where if where else ''}:"]
    for v in violations:
        lines.append(f"\n* {v['id']} ({v.get('impact')}): {v['help']}\n  {v['helpUrl']}")
        for node in v["nodes"][:8]:
            html = " ".join(node.get("html", "").split())
            lines.append(f"  - {' > '.join(map(str, node['target']))}")
            lines.append(f"      {textwrap.shorten(html, 220, placeholder=' …')}")
            summary = " ".join(node.get("failureSummary", "").split())
            if summary:
                lines.append(f"      {textwrap.shorten(summary, 300, placeholder=' …')}")
        if len(v["nodes"]) > 8:
            lines.append(f"  … and {len(v['nodes']) - 8} more element(s)")
    return "\n".join(lines)


def assert_accessible(page, where: str = ""):
    violations = axe_violations(page)
    assert not violations, format_violations(violations, where or page.url)


def horizontal_overflow(page) -> dict | None:
    """None when the page fits its viewport's width; otherwise the widths and the culprits."""
    return page.evaluate(
        """() => {
        const doc = document.documentElement;
        if (doc.scrollWidth <= window.innerWidth) return null;
        const wide = [];
        for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > window.innerWidth + 1 && r.width > 0) {
                const cls = el.className && typeof el.className === 'string'
                    ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
                wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}`
                          + ` (right edge ${Math.round(r.right)}px)`);
                if (wide.length >= 8) break;
            }
        }
        return {scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, wide};
    }"""
    )


def focused(page) -> dict:
    """Describe document.activeElement: tag, id, role, text, name, href."""
    return page.evaluate(
        """() => {
        const el = document.activeElement;
        if (!el) return null;
        return {tag: el.tagName.toLowerCase(), id: el.id, role: el.getAttribute('role'),
                text: (el.innerText || '').trim().slice(0, 200), name: el.getAttribute('name'),
                href: el.getAttribute('href'), type: el.getAttribute('type')};
    }"""
    )


def tab_until(page, predicate_js: str, limit: int = 80) -> dict:
    """Press Tab until the focused element satisfies ``predicate_js`` (a JS ``el => bool``)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"({predicate_js})(document.activeElement)"):
            return focused(page)
    raise AssertionError(f"Tab never reached an element matching {predicate_js}")


SCREENSHOT_LIMIT = 300 * 1024


def save_screenshot(page, path, *, max_height: int = 2400):
    """A PNG of the page (top ``max_height`` CSS px), reduced to a 256-colour palette."""
    import io

    from PIL import Image

    height = min(page.evaluate("document.documentElement.scrollHeight"), max_height)
    width = page.viewport_size["width"]
    raw = page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
    image = Image.open(io.BytesIO(raw)).convert("RGB")
    for colours in (256, 128, 64):
        buffer = io.BytesIO()
        image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT).save(
            buffer, "PNG", optimize=True
        )
        if buffer.tell() <= SCREENSHOT_LIMIT:
            break
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path
