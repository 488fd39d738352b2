"""Cached site-wide data: institution settings, menus and the footer's legal links.

Stored per Wagtail site in the Django cache and dropped when settings or pages change
(see :mod:`gops.pages.signals`), so rendering a page never re-reads them. A request reads all
of them with one cache round trip and keeps them on the request object, however many
template tags ask (header, footer, page body).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import DatabaseError

log = logging.getLogger(__name__)

CACHE_PREFIX = "gops:site-data:v1"
TIMEOUT = 60 * 60 * 24
NAMES = ("institution", "navigation", "legal_links")
# Per-request memo: {"site_id": ..., name: value...}; lives and dies with the request.
REQUEST_ATTR = "_gops_site_data"


@dataclass
class Institution:
    name: str = "Gminny Ośrodek Pomocy Społecznej"
    short_name: str = "GOPS"
    street_address: str = ""
    postcode: str = ""
    city: str = ""
    nip: str = ""
    regon: str = ""
    phone: str = ""
    phone_secondary: str = ""
    email: str = ""
    office_hours: str = ""
    bip_url: str = ""
    edoreczenia_address: str = ""
    iod_name: str = ""
    iod_email: str = ""
    iod_phone: str = ""
    office_hours_lines: list[str] = field(default_factory=list)


@dataclass
class Link:
    label: str
    url: str


def _site_id(request) -> int | None:
    if request is None:
        return None
    from wagtail.models import Site

    try:
        site = Site.find_for_request(request)
    except DatabaseError:  # pragma: no cover - a broken DB must not break the chrome
        return None
    return site.pk if site else None


def _key(name: str, site_id) -> str:
    return f"{CACHE_PREFIX}:{name}:{site_id}"


def _request_memo(request) -> dict:
    """Everything cached for the request's site, read with one ``get_many`` per request."""
    memo = getattr(request, REQUEST_ATTR, None) if request is not None else None
    if memo is None:
        site_id = _site_id(request)
        keys = {_key(name, site_id): name for name in NAMES}
        memo = {keys[k]: v for k, v in cache.get_many(list(keys)).items()}
        memo["site_id"] = site_id
        if request is not None:
            setattr(request, REQUEST_ATTR, memo)
    return memo


def _cached(name: str, request, build):
    memo = _request_memo(request)
    value = memo.get(name)
    if value is None:
        site_id = memo["site_id"]
        try:
            value = build(site_id)
        except DatabaseError:
            log.exception("site data %s unavailable", name)
            return build_default(name)
        cache.set(_key(name, site_id), value, TIMEOUT)
        memo[name] = value
    return value


def build_default(name):
    return Institution() if name == "institution" else {}


def clear() -> None:
    """Drop every cached piece of site data (settings saved, pages moved, published...)."""
    from wagtail.models import Site

    keys = [
        _key(name, site_id)
        for name in NAMES
        for site_id in [None, *Site.objects.values_list("pk", flat=True)]
    ]
    cache.delete_many(keys)


def _settings_obj(model, site_id):
    if site_id is None:
        return None
    return model.objects.filter(site_id=site_id).first()


def institution(request) -> Institution:
    def build(site_id):
        try:
            from .models.settings import InstitutionSettings
        except ImportError:
            return Institution()
        obj = _settings_obj(InstitutionSettings, site_id)
        if obj is None:
            return Institution()
        data = {
            f: getattr(obj, f) or "" for f in Institution.__dataclass_fields__ if hasattr(obj, f)
        }
        data["office_hours_lines"] = [
            line.strip() for line in (obj.office_hours or "").splitlines() if line.strip()
        ]
        return Institution(**data)

    return _cached("institution", request, build)


def _navigation(request) -> dict[str, list[Link]]:
    """Both menus from one settings row; the chosen pages are resolved in one query."""

    def build(site_id):
        try:
            from .models.navigation import NavigationSettings
        except ImportError:
            return {}
        obj = _settings_obj(NavigationSettings, site_id)
        if obj is None:
            return {}
        # Raw block data holds page ids; reading it avoids one query per StreamField.
        main = [b["value"] for b in obj.main_menu.raw_data]
        footer = [b["value"] for b in obj.footer_menu.raw_data]
        pages = _live_pages([v.get("page") for v in main + footer])
        return {"main": _resolve(main, pages), "footer": _resolve(footer, pages)}

    return _cached("navigation", request, build)


def _live_pages(ids) -> dict:
    from wagtail.models import Page

    ids = [i for i in ids if i]
    return {p.pk: p for p in Page.objects.live().filter(pk__in=ids)} if ids else {}


def _resolve(values, pages) -> list[Link]:
    links = []
    for value in values:
        page = pages.get(value.get("page"))
        url = (page.url if page is not None else "") or value.get("url") or ""
        label = value.get("label") or (page.title if page is not None else "")
        if url and label:
            links.append(Link(label=label, url=url))
    return links


def links_from_stream(stream) -> list[Link]:
    """Resolve a StreamField of link blocks to (label, url) with one query."""
    values = [b["value"] for b in stream.raw_data]
    return _resolve(values, _live_pages([v.get("page") for v in values]))


def main_menu(request) -> list[Link]:
    return _navigation(request).get("main", [])


def footer_menu(request) -> list[Link]:
    return _navigation(request).get("footer", [])


def legal_links(request) -> dict[str, str]:
    """URLs of the accessibility statement and privacy notice, found by page type."""

    def build(site_id):
        links: dict[str, str] = {}
        try:
            from .models.legal import AccessibilityStatementPage, PrivacyNoticePage
        except ImportError:
            return links
        for key, model in (
            ("accessibility", AccessibilityStatementPage),
            ("privacy", PrivacyNoticePage),
        ):
            page = model.objects.live().order_by("path").first()
            if page is not None:
                links[key] = page.url or ""
        return links

    return _cached("legal_links", request, build)
