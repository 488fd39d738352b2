"""Per-process memo of render pieces that are the same for every visitor.

Values are kept for the current page-cache generation only (:func:`gops.pages.middleware.
generation`): publishing, unpublishing, moving or deleting a page and saving settings, menus
or rates bump it (:mod:`gops.pages.signals`), which drops the whole memo in the process where
it happened at once and everywhere else within ``GENERATION_MEMO_SECONDS``, exactly like the
full-page cache. Keys must hold everything else the value depends on (site, language, date).

Nothing is memoised inside a transaction (tests, previews, ``ATOMIC_REQUESTS``: rows may
differ from committed ones) or for previews.
"""

from __future__ import annotations

import copy

from django.conf import settings

from . import middleware

MAX_ENTRIES = 4096

_values: dict = {}
_generation: int | None = None


def clear() -> None:
    global _values, _generation
    _values, _generation = {}, None


def usable(request=None) -> bool:
    if not getattr(settings, "PAGE_RENDER_MEMO", True):
        return False
    if request is not None and getattr(request, "is_preview", False):
        return False
    return not middleware._in_transaction()


def _current() -> dict:
    global _values, _generation
    current = middleware.generation()
    if current != _generation:
        _values, _generation = {}, current
    return _values


def lookup(key, request=None, default=None):
    """The value kept for ``key`` in this generation, else ``default``."""
    if not usable(request):
        return default
    return _current().get(key, default)


def store(key, value, request=None) -> None:
    if usable(request):
        values = _current()
        if len(values) < MAX_ENTRIES:
            values[key] = value


def get_or_build(key, build, request=None):
    """``build()``'s value for ``key`` in this generation (built once per process)."""
    if not usable(request):
        return build()
    values = _current()
    try:
        return values[key]
    except KeyError:
        pass
    value = build()
    if len(values) < MAX_ENTRIES:
        values[key] = value
    return value


def clone(page):
    """A copy of a memoised model instance for one request: what the request sets on it
    (cached properties, attributes) never reaches the memo or other requests."""
    twin = copy.copy(page)
    for name in ("specific", "specific_deferred"):
        twin.__dict__.pop(name, None)
    return twin
