import pytest

from .factories import make_site


@pytest.fixture
def site_pages(db):
    return make_site()
