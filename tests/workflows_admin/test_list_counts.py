""" "Wszystkie wnioski" at scale: honest counts, deadlines per page, template-free rows."""

import datetime
import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from gops.workflows import services
from gops.workflows.admin import applications
from gops.workflows.models import TaskDeadline

from .factories import make_application
from .helpers import open_task

pytestmark = pytest.mark.django_db

ALL = reverse("wnioski_wszystkie_modeladmin_index")
QUEUE = reverse("workflows_admin:queue")


def squash(html: str) -> str:
    """Markup without the whitespace templates leave around tags."""
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html)).strip()


def table_of(page: str) -> str:
    match = re.search(r'<table class="listing full-width">.*?</table>', page, re.S)
    assert match, "no result table"
    return squash(match.group(0))


@pytest.fixture
def estimate(monkeypatch):
    """Pretend PostgreSQL's statistics say the table has ``value`` rows."""

    def set_estimate(value):
        monkeypatch.setattr(applications, "planner_estimate", lambda queryset: value)

    return set_estimate


def test_exact_count_below_the_threshold(as_user, director):
    for _ in range(3):
        make_application()
    page = as_user(director).get(ALL).content.decode()
    assert "Liczba wniosków: 3" in page
    assert "około" not in page


def test_estimate_for_the_unfiltered_list_of_many(as_user, director, estimate):
    make_application()
    estimate(123_000)
    client = as_user(director)
    page = client.get(ALL).content.decode()
    assert "około 123\xa0000 wniosków" in page or "około 123 000 wniosków" in page
    assert "Liczba wniosków: około 123" in page
    # Filtered: the filtered count is exact, the total says it is an estimate.
    page = client.get(ALL, {"benefit": "zasilek-staly"}).content.decode()
    assert re.search(r"1 z około 123.000", page), page
    assert "Liczba wniosków: 1" in page
    # Pages past the estimate are still served.
    assert client.get(ALL, {"p": 3000}).status_code == 200


def test_estimate_is_not_used_below_the_threshold(as_user, director, estimate):
    make_application()
    estimate(5_000)
    page = as_user(director).get(ALL).content.decode()
    assert "Liczba wniosków: 1" in page and "około" not in page


def test_planner_estimate_on_postgresql_only():
    from gops.forms.models import Application

    make_application()
    value = applications.planner_estimate(Application.objects.filter(benefit_code="x"))
    if connection.vendor == "postgresql":
        assert isinstance(value, int) and value >= 0
    else:
        assert value is None


def test_specialist_sees_an_estimate_of_their_cases_and_exact_search(as_user, specialist, estimate):
    family = make_application("zasilek-rodzinny")
    estimate(40_000)
    client = as_user(specialist)
    page = client.get(ALL).content.decode()
    assert "Liczba wniosków: około 40" in page
    page = client.get(ALL, {"q": family.case_number}).content.decode()
    assert family.case_number in page
    assert re.search(r"1 z około 40.000", page), page


def test_rows_and_markup_as_modeladmin_renders_them(as_user, director, monkeypatch):
    social = make_application("zasilek-staly")
    family = make_application("zasilek-rodzinny")
    make_application("zasilek-staly")
    TaskDeadline.objects.filter(task_id=open_task(social).pk).update(
        due=timezone.localdate() - datetime.timedelta(days=1)
    )
    TaskDeadline.objects.filter(task_id=open_task(family).pk).update(due=None)
    client = as_user(director)
    ours = client.get(ALL).content.decode()
    # The stock modeladmin template (a template per row and cell) on the same rows.
    monkeypatch.setattr(applications.ApplicationAdmin, "index_template_name", None)
    monkeypatch.setattr(applications, "result_table", lambda view, rows, context: "")
    stock = client.get(ALL).content.decode()
    assert table_of(ours) == table_of(stock)
    assert 'class="gops-overdue odd"' in ours or 'class="gops-overdue even"' in ours
    assert "po terminie" in ours


def test_deadline_column_sorts_and_shows_the_nearest_open_deadline(as_user, director):
    early = make_application()
    late = make_application()
    none = make_application()
    today = timezone.localdate()
    TaskDeadline.objects.filter(task_id=open_task(early).pk).update(due=today)
    TaskDeadline.objects.filter(task_id=open_task(late).pk).update(
        due=today + datetime.timedelta(days=9)
    )
    TaskDeadline.objects.filter(task_id=open_task(none).pk).update(due=None)
    client = as_user(director)
    column = applications.ApplicationAdmin.list_display.index("deadline_display")
    for params in ({}, {"o": str(column)}):
        page = client.get(ALL, params).content.decode()
        assert today.strftime("%d.%m.%Y") in page
        assert (today + datetime.timedelta(days=9)).strftime("%d.%m.%Y") in page
    page = client.get(ALL, {"o": str(column)}).content.decode()
    assert page.index(early.case_number) < page.index(late.case_number)


def test_list_page_queries_are_bounded(as_user, director, django_assert_max_num_queries):
    client = as_user(director)
    client.get(ALL)  # warm per-process caches
    for _ in range(12):
        services.claim(open_task(make_application()), director)
    # 12 + on PostgreSQL the planner's estimate of everything visible (EXPLAIN, no rows).
    with django_assert_max_num_queries(13 if connection.vendor != "postgresql" else 14):
        assert client.get(ALL, {"p": 1}).status_code == 200


def test_queue_pages_are_the_queue_in_order(as_user, worker, django_assert_max_num_queries):
    for _ in range(53):
        make_application("zasilek-staly")
    expected = [task.pk for task in services.queue(worker)]
    assert len(expected) == 53
    client = as_user(worker)
    client.get(QUEUE)  # warm per-process caches
    seen = []
    for number in (1, 2):
        with django_assert_max_num_queries(14):
            response = client.get(QUEUE, {"p": number})
        page = response.context["page_obj"]
        seen += [task.pk for task in page.object_list]
        assert response.context["paginator"].count == 53
    assert seen == expected
    assert "Liczba zadań: 53" in response.content.decode()


def test_list_views_do_not_outlive_their_request(as_user, director, estimate):
    """A worker serving the list all day must not keep each request's view, queryset and
    rows (the count-once helper once held them in a reference cycle the collector missed)."""
    import gc

    estimate(50_000)
    make_application()
    client = as_user(director)
    for _ in range(3):
        assert client.get(ALL).status_code == 200
        assert client.get(ALL, {"status": "submitted"}).status_code == 200
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, applications.ApplicationIndexView)]
    assert alive == []
