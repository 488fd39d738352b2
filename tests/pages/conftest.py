import pytest

from gops.pages import middleware, render_memo

from .factories import make_site


@pytest.fixture(autouse=True)
def _fresh_generation_memo():
    """The page cache's per-process generation memo must not outlive a test's cache."""
    middleware.forget_generation()
    render_memo.clear()
    yield
    middleware.forget_generation()
    render_memo.clear()


@pytest.fixture
def site_pages(db):
    return make_site()
