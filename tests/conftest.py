import pytest


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty page cache and rate-limit counters."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
