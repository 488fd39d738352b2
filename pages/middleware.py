"""Serve anonymous page views from the Django cache.

Only responses a page type marked as cacheable (``response.gops_cacheable``, set by
:class:`gops.pages.models.base.CachedPage`) are stored, and only when nothing in them is
specific to the visitor: no session cookie on the request, no CSRF token used, no cookie
set. Publishing, unpublishing, moving or deleting a page, and saving settings or rates,
bump a generation number that is part of every key, so the next view is fresh.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "gops:page-cache:generation"
KEY_PREFIX = "gops:page-cache"
# Requests carrying one of these may be personalised (logged in, flash messages, previews).
PERSONAL_COOKIES = ("sessionid", "messages")
STORED_HEADERS = ("Content-Type", "Content-Language", "Last-Modified")
# Query parameters that select a different cacheable page (pagination). Any other parameter
# bypasses the cache, so random query strings cannot flood it.
CACHEABLE_PARAMS = {"strona"}


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, None)
    return value


def invalidate() -> None:
    """Make every cached page stale at once (its key's generation no longer matches)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


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


def _key(request) -> str:
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
    return f"{KEY_PREFIX}:{release}:{generation()}:{digest}"


def _storable(request, response) -> bool:
    return (
        getattr(response, "gops_cacheable", False)
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not (hasattr(request, "session") and request.session.accessed)
        and "private" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, status=200)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            headers = {h: response[h] for h in STORED_HEADERS if response.has_header(h)}
            cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
