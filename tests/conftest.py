import pytest


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty page cache and rate-limit counters (and no process
    memo of the page cache's generation or pages)."""
    from django.core.cache import cache

    from gops.pages import middleware

    cache.clear()
    middleware.forget_generation()
    yield
    cache.clear()
    middleware.forget_generation()
