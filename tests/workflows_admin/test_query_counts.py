"""Lists cost a constant number of queries however many applications there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gops.workflows import services

from .factories import make_application
from .helpers import open_task

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def grow(n, user=None):
    for _ in range(n):
        application = make_application()
        if user is not None:
            services.claim(open_task(application), user)


@pytest.mark.parametrize(
    "url, claim",
    [
        (reverse("workflows_admin:inbox"), True),
        (reverse("workflows_admin:queue"), False),
        (reverse("wnioski_wszystkie_modeladmin_index"), False),
        (reverse("wnioski_wszystkie_modeladmin_index") + "?overdue=no&q=Jan", False),
        (reverse("wagtailadmin_home"), True),
    ],
)
def test_constant_queries_5_vs_50(as_user, worker, url, claim):
    client = as_user(worker)
    count_queries(client, url)  # warm per-process caches (content types) first
    grow(5, worker if claim else None)
    few = count_queries(client, url)
    grow(45, worker if claim else None)
    many = count_queries(client, url)
    assert many == few, f"{url}: {few} queries with 5 applications, {many} with 50"


def test_csv_export_constant_queries(as_user, director):
    client = as_user(director)
    url = reverse("wnioski_wszystkie_modeladmin_index") + "?export=csv"
    count_queries(client, url)  # warm per-process caches (content types) first
    grow(5)
    few = count_queries(client, url)
    grow(45)
    assert count_queries(client, url) == few
