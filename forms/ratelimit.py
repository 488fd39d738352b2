"""A fixed-window rate limiter on Django's cache (Redis in production, shared by all
app processes; process memory in the demo)."""

from __future__ import annotations

import hashlib
import re
import time

from django.core.cache import cache

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """ "10/h" → (10, 3600); "5/15m" → (5, 900)."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*", str(rate))
    if not match:
        raise ValueError(f"Invalid rate {rate!r}; use e.g. '10/h' or '5/15m'")
    count, multiplier, unit = match.groups()
    return int(count), int(multiplier or 1) * _PERIODS[unit]


def allow(key: str, rate: str = "10/h") -> bool:
    """Count one attempt for ``key``; False once the limit of the current window is hit."""
    limit, period = parse_rate(rate)
    window = int(time.time() // period)
    # Hash the key: it may hold an IP address, and cache backends limit key characters.
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
    cache_key = f"ratelimit:{period}:{window}:{digest}"
    # add() is atomic: it creates the counter only if absent; incr() is atomic too.
    cache.add(cache_key, 0, timeout=period + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=period + 5)
        count = 1
    return count <= limit
