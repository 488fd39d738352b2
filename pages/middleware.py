"""Serve anonymous page views from the Django cache.

Only responses a page type marked as cacheable (``response.gops_cacheable``, set by
:class:`gops.pages.models.base.CachedPage`) are stored, and only when nothing in them is
specific to the visitor: no session cookie on the request, no CSRF token used, no cookie
set, no session read. Publishing, unpublishing, moving or deleting a page, and saving
settings or rates, bump a generation number that is part of every key, so the next view is
fresh.

The middleware sits right after ``SecurityMiddleware``: a hit skips sessions, CSRF, auth and
messages (it needs none of them: personal requests are recognised by their raw cookies), and
a page is stored with every header the inner middleware gave it (``X-Frame-Options``,
``Content-Language``...), so a hit is the same response as the miss that stored it.

Each process keeps the generation number for ``GENERATION_MEMO_SECONDS`` and the pages it
served last (:class:`HotPages`), so a hit on a popular page needs no network round trip and
any other hit one cache read. :func:`invalidate` drops the process's own copies, so an
editor's publish is visible at once where it happened and within that second everywhere
else.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpResponse
from django.http.request import split_domain_port

GENERATION_KEY = "gops:page-cache:generation"
KEY_PREFIX = "gops:page-cache"
# How long a process trusts its copy of the generation number (seconds).
GENERATION_MEMO_SECONDS = 1.0
# Requests carrying one of these may be personalised (logged in, flash messages, previews).
PERSONAL_COOKIES = ("sessionid", "messages")
# Never stored with a page: the hit adds its own marker; cookies are never stored at all.
UNSTORED_HEADERS = {"set-cookie", "x-page-cache"}
# Query parameters that select a different cacheable page (pagination). Any other parameter
# bypasses the cache, so random query strings cannot flood it.
CACHEABLE_PARAMS = {"strona"}

# (generation, monotonic time until which it is trusted); per process.
_memo: tuple[int, float] | None = None
_clock = time.monotonic


def _new_generation() -> int:
    """A number never used before (microseconds since the epoch): when the key is lost (cache
    flushed or evicted), old pages stored under a small number can never come back."""
    return time.time_ns() // 1000


def generation() -> int:
    global _memo
    now = _clock()
    memo = _memo
    if memo is not None and now < memo[1]:
        return memo[0]
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = _new_generation()
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    _memo = (value, now + GENERATION_MEMO_SECONDS)
    return value


def forget_generation() -> None:
    """Drop this process's copy of the generation number (the next request reads it)."""
    global _memo, _sites_generation
    _memo = None
    _sites_generation = None
    hot_pages.clear()


class HotPages:
    """The pages this process served last, kept in its own memory so a hit needs no round
    trip to the shared cache. Entries belong to one generation (the store empties when it
    changes), live at most ``HOT_PAGE_SECONDS`` (then come again from the shared cache, which
    keeps a page's time-dependent parts as fresh as before) and fit in ``max_bytes``
    (least recently used go first)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._items: OrderedDict = OrderedDict()  # key -> (expires, content, headers)
        self._bytes = 0
        self._generation = None
        self._lock = threading.Lock()  # threaded servers (runserver, gthread)

    def clear(self, generation=None) -> None:
        with self._lock:
            self._items.clear()
            self._bytes, self._generation = 0, generation

    def get(self, key: str, generation: int, now: float):
        with self._lock:
            if generation != self._generation:
                return None
            item = self._items.get(key)
            if item is None:
                return None
            if item[0] <= now:
                self._drop(key)
                return None
            self._items.move_to_end(key)
            return item[1], item[2]

    def put(self, key: str, generation: int, content: bytes, headers: dict, now: float) -> None:
        if len(content) > self.max_bytes // 16:
            return  # one unusual page must not push out all the others
        with self._lock:
            if generation != self._generation:
                self._items.clear()
                self._bytes, self._generation = 0, generation
            if key in self._items:
                self._drop(key)
            self._items[key] = (now + HOT_PAGE_SECONDS, content, headers)
            self._bytes += len(content)
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._items)))

    def _drop(self, key: str) -> None:
        self._bytes -= len(self._items.pop(key)[1])


HOT_PAGE_SECONDS = 60
hot_pages = HotPages(max_bytes=16 * 1024 * 1024)


def invalidate() -> None:
    """Make every cached page stale at once (its key's generation no longer matches)."""
    forget_generation()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, _new_generation(), None)
    forget_generation()


# Wagtail looks up the request's Site with one (costly to build) query per request. Site rows
# change only through the admin, which bumps the generation (signals), so each process keeps
# their committed field values per (hostname, port) for the current generation and builds a
# fresh Site object from them for each request.
_sites: dict = {}
_sites_generation: int | None = None
MAX_REMEMBERED_HOSTS = 32


def _in_transaction() -> bool:
    return connections[DEFAULT_DB_ALIAS].in_atomic_block


def prime_wagtail_site(request) -> None:
    """Set ``request._wagtail_site`` (Wagtail's own per-request cache of
    ``Site.find_for_request``) from this process's memo, or fill the memo."""
    global _sites, _sites_generation
    if hasattr(request, "_wagtail_site") or _in_transaction():
        # Inside a transaction (tests, ATOMIC_REQUESTS) rows may differ from committed ones.
        return
    try:
        key = (split_domain_port(request.get_host())[0], request.get_port())
    except DisallowedHost:
        return  # Django answers 400 for it; nothing to remember
    from wagtail.models import Site

    current = generation()
    if current != _sites_generation:
        _sites, _sites_generation = {}, current
    if key in _sites:
        values = _sites[key]
        request._wagtail_site = None if values is None else Site.from_db(DEFAULT_DB_ALIAS, *values)
        if values is not None:
            _prime_root_page(request._wagtail_site)
        return
    site = Site.find_for_request(request)
    if site is not None:
        _prime_root_page(site)
    if len(_sites) < MAX_REMEMBERED_HOSTS:
        fields = [f.attname for f in Site._meta.concrete_fields]
        _sites[key] = None if site is None else (fields, [getattr(site, f) for f in fields])


def _prime_root_page(site) -> None:
    """Give the site its (specific) root page from the per-generation render memo, so
    Wagtail's routing does not read it (two queries) on every request."""
    from . import render_memo

    key = ("root-page", site.root_page_id)
    root = render_memo.lookup(key)
    if root is None:
        root = site.root_page.specific
        render_memo.store(key, render_memo.clone(root))
    else:
        root = render_memo.clone(root)
    site._state.fields_cache["root_page"] = root


def _personal_cookie_names():
    return {
        getattr(settings, "SESSION_COOKIE_NAME", "sessionid"),
        getattr(settings, "MESSAGES_COOKIE_NAME", "messages"),
        *PERSONAL_COOKIES,
    }


def _may_use_cache(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0:
        return False
    if not set(request.GET) <= CACHEABLE_PARAMS:
        return False
    return not any(name in request.COOKIES for name in _personal_cookie_names())


def _key(request, current_generation: int) -> str:
    raw = "|".join(
        [
            request.get_host(),
            request.get_full_path(),
            getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE),
            "https" if request.is_secure() else "http",
        ]
    )
    digest = hashlib.sha256(raw.encode()).hexdigest()
    # The release is part of the key so a deploy with new templates never serves old HTML.
    release = getattr(settings, "RELEASE", "")
    return f"{KEY_PREFIX}:{release}:{current_generation}:{digest}"


def _storable(request, response) -> bool:
    return (
        getattr(response, "gops_cacheable", False)
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        # get_token() was called (CsrfViewMiddleware resets the flag but leaves the key).
        and "CSRF_COOKIE_NEEDS_UPDATE" not in request.META
        and not getattr(request, "is_preview", False)
        and not (hasattr(request, "session") and request.session.accessed)
        and "private" not in response.get("Cache-Control", "")
        # The key holds host, path, scheme and language only: a response that varies on a
        # request header (Cookie, Accept-Language, Accept-Encoding...) is never stored.
        and not response.has_header("Vary")
    )


def _stored_headers(response) -> dict[str, str]:
    return {
        name: value
        for name, value in response.headers.items()
        if name.lower() not in UNSTORED_HEADERS
    }


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            prime_wagtail_site(request)
            return self.get_response(request)
        current = generation()
        key = _key(request, current)
        now = _clock()
        cached = hot_pages.get(key, current, now)
        if cached is None:
            cached = cache.get(key)
            if cached is not None:
                hot_pages.put(key, current, *cached, now)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        prime_wagtail_site(request)
        response = self.get_response(request)
        if _storable(request, response):
            stored = (response.content, _stored_headers(response))
            cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
            hot_pages.put(key, current, *stored, now)
            response["X-Page-Cache"] = "miss"
        return response
