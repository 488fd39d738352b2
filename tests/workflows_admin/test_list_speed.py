"""Staff lists at scale: indexed search terms, template-free cells, one CSRF token per page."""

import datetime
import re

import pytest
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from gops.workflows.admin.applications import search_condition
from gops.workflows.admin.columns import deadline_html

from .factories import make_application

pytestmark = pytest.mark.django_db

QUEUE = reverse("workflows_admin:queue")
ALL = reverse("wnioski_wszystkie_modeladmin_index")


@pytest.mark.parametrize(
    "term, expected",
    [
        ("GOPS.8311.123.2026", Q(case_year=2026, case_sequence=123)),
        ("gops.8311.123.2026", Q(case_year=2026, case_sequence=123)),
        ("123/2026", Q(case_year=2026, case_sequence=123)),
        (" 123 / 2026 ", Q(case_year=2026, case_sequence=123)),
        ("50031412345", Q(pesel="50031412345")),
        ("123", Q(case_sequence=123)),
        ("1234567890", Q(pk__in=[])),
        ("gops.8311.12", Q(case_number__startswith="GOPS.8311.12")),
        ("", None),
    ],
)
def test_search_terms_become_indexed_lookups(term, expected):
    assert search_condition(term) == expected


def test_names_are_prefix_matches_on_first_or_last_name():
    condition = search_condition("Jan Kowal")
    lookups = {child[0] for part in condition.children for child in part.children}
    assert lookups == {"first_name__istartswith", "last_name__istartswith"}


def test_search_short_case_number_first_name_and_prefix(as_user, director):
    a = make_application(first_name="Halina", last_name="Malinowska")
    b = make_application(last_name="Jabłoński")
    client = as_user(director)
    for term, expected, missing in [
        (f"{a.case_sequence}/{a.case_year}", a, b),
        (a.case_number.lower(), a, b),
        ("hal", a, b),
        ("malinowska halina", a, b),
        ("jabł", b, a),
    ]:
        page = client.get(ALL, {"q": term}).content.decode()
        assert expected.case_number in page, term
        assert missing.case_number not in page, term


def test_queue_rows_share_one_csrf_token(as_user, worker):
    for _ in range(3):
        make_application("zasilek-staly")
    page = as_user(worker).get(QUEUE).content.decode()
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert len(tokens) >= 3
    assert len(set(tokens)) == 1


@pytest.mark.parametrize(
    "args",
    [
        {"due": None},
        {"due": datetime.date(2026, 3, 2)},
        {"due": datetime.date(2026, 3, 2), "overdue": True},
        {"due": datetime.date(2026, 3, 2), "due_soon": True, "working_days_left": 0},
        {"due": datetime.date(2026, 3, 2), "due_soon": True, "working_days_left": 3},
    ],
)
def test_deadline_cell_matches_the_shared_template(args):
    def squash(html):
        return re.sub(r"\s+", " ", str(html)).strip()

    template = render_to_string("workflows/admin/includes/deadline.html", args)
    assert squash(deadline_html(**args)) == squash(template)
