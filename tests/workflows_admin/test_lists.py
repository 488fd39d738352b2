"""Inbox, queue and the all-applications list: each role sees only its own work."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from gops.workflows import services
from gops.workflows.models import TaskDeadline

from .factories import make_application
from .helpers import case_url, open_task

pytestmark = pytest.mark.django_db

INBOX = reverse("workflows_admin:inbox")
QUEUE = reverse("workflows_admin:queue")
ALL = reverse("wnioski_wszystkie_modeladmin_index")


def test_queue_shows_cases_routed_to_my_group_with_a_claim_button(as_user, worker, specialist):
    social = make_application("zasilek-staly", last_name="Nowak")
    family = make_application("zasilek-rodzinny", last_name="Wiśniewska")

    page = as_user(worker).get(QUEUE).content.decode()
    assert social.case_number in page
    assert family.case_number not in page
    assert reverse("workflows_admin:claim", args=[social.public_id, open_task(social).pk]) in page
    assert 'method="post"' in page and "csrfmiddlewaretoken" in page

    page = as_user(specialist).get(QUEUE).content.decode()
    assert family.case_number in page
    assert social.case_number not in page


def test_inbox_lists_only_my_tasks_with_deadline_and_link(as_user, worker, worker2):
    mine = make_application(last_name="Zielińska")
    other = make_application(last_name="Lewandowski")
    services.claim(open_task(mine), worker)
    services.claim(open_task(other), worker2)

    response = as_user(worker).get(INBOX)
    page = response.content.decode()
    assert response.status_code == 200
    assert mine.case_number in page and "Zielińska" in page
    assert case_url(mine) in page
    assert other.case_number not in page
    due = services.deadline(open_task(mine)).due
    assert due.strftime("%d.%m.%Y") in page


def test_task_count_is_not_mis_inflected(as_user, worker):
    # Wagtail's "N <plural>" gave "6 zadania"; Polish needs "6 zadań".
    for _ in range(6):
        make_application()
    page = as_user(worker).get(QUEUE).content.decode()
    assert "Liczba zadań: 6" in page
    assert "6 zadania" not in page


def test_overdue_task_is_highlighted_in_the_inbox(as_user, worker):
    application = make_application()
    task = open_task(application)
    services.claim(task, worker)
    TaskDeadline.objects.filter(task_id=task.pk).update(
        due=timezone.localdate() - datetime.timedelta(days=3)
    )
    page = as_user(worker).get(INBOX).content.decode()
    assert "gops-overdue" in page
    assert "po terminie" in page


def test_empty_inbox_says_so(as_user, worker):
    page = as_user(worker).get(INBOX).content.decode()
    assert "Nie masz przypisanych zadań" in page


def test_all_applications_list_respects_visibility(as_user, worker, specialist):
    social = make_application("zasilek-staly")
    family = make_application("zasilek-rodzinny")

    page = as_user(specialist).get(ALL).content.decode()
    assert family.case_number in page
    assert social.case_number not in page
    assert case_url(family) in page
    # The row links to the case page, never to an edit form of the raw row.
    assert "/edit/" not in page


def test_all_applications_list_shows_both_status_labels(as_user, director):
    application = make_application()
    page = as_user(director).get(ALL).content.decode()
    assert application.get_status_display() in page
    assert str(application.public_status) in page


def test_search_by_case_number_surname_and_pesel(as_user, director):
    a = make_application(last_name="Malinowska")
    b = make_application(last_name="Jabłoński")
    client = as_user(director)

    for term, expected, missing in [
        (a.case_number, a, b),
        ("Jabłoń", b, a),
        ("Jan Malinowska", a, b),
        (a.pesel, a, b),
    ]:
        page = client.get(ALL, {"q": term}).content.decode()
        assert expected.case_number in page, term
        assert missing.case_number not in page, term


def test_filters_by_benefit_status_overdue_and_date(as_user, director):
    social = make_application("zasilek-staly")
    family = make_application("zasilek-rodzinny")
    client = as_user(director)

    page = client.get(ALL, {"benefit": "zasilek-rodzinny"}).content.decode()
    assert family.case_number in page and social.case_number not in page

    page = client.get(ALL, {"status": social.status}).content.decode()
    assert social.case_number in page

    page = client.get(ALL, {"status": "closed"}).content.decode()
    assert social.case_number not in page and family.case_number not in page

    TaskDeadline.objects.filter(task_id=open_task(social).pk).update(
        due=timezone.localdate() - datetime.timedelta(days=1)
    )
    page = client.get(ALL, {"overdue": "yes"}).content.decode()
    assert social.case_number in page and family.case_number not in page
    page = client.get(ALL, {"overdue": "no"}).content.decode()
    assert family.case_number in page and social.case_number not in page

    from gops.forms.models import Application

    Application.objects.filter(pk=social.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=40)
    )
    since = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    page = client.get(ALL, {"submitted_from": since}).content.decode()
    assert family.case_number in page and social.case_number not in page
    until = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    page = client.get(ALL, {"submitted_to": until}).content.decode()
    assert social.case_number in page and family.case_number not in page


def test_bad_filter_values_do_not_break_the_list(as_user, director):
    make_application()
    response = as_user(director).get(ALL, {"submitted_from": "wczoraj", "overdue": "xyz"})
    assert response.status_code == 200


def test_list_is_paged(as_user, director):
    for _ in range(52):
        make_application()
    page = as_user(director).get(ALL).content.decode()
    assert "pagination" in page
    assert as_user(director).get(ALL, {"p": 2}).status_code == 200


def test_csv_export_for_director(as_user, director):
    application = make_application(first_name='=HYPERLINK("http://zlo")')
    response = as_user(director).get(ALL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][0] == "Znak sprawy"
    assert any(row[0] == application.case_number for row in rows[1:])
    # A resident's text must never become a spreadsheet formula.
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_csv_export_refused_without_permission(as_user, worker):
    make_application()
    client = as_user(worker)
    response = client.get(ALL, {"export": "csv"})
    assert response.status_code in (302, 403)
    assert "text/csv" not in response.get("Content-Type", "")
    assert "export=csv" not in client.get(ALL).content.decode()


def test_csv_export_honours_filters(as_user, director):
    social = make_application("zasilek-staly")
    family = make_application("zasilek-rodzinny")
    response = as_user(director).get(ALL, {"export": "csv", "benefit": "zasilek-rodzinny"})
    body = b"".join(response.streaming_content).decode()
    assert family.case_number in body and social.case_number not in body


def test_xlsx_is_not_offered(as_user, director):
    assert as_user(director).get(ALL, {"export": "xlsx"}).status_code == 404


def test_csv_export_is_audited(as_user, director):
    from wagtail.models import ModelLogEntry

    family = make_application("zasilek-rodzinny")
    response = as_user(director).get(ALL, {"export": "csv", "benefit": "zasilek-rodzinny"})
    b"".join(response.streaming_content)
    entry = ModelLogEntry.objects.get(action="gops.application.export")
    assert entry.user == director
    assert entry.data["cases"] == [family.case_number]
    assert "benefit=zasilek-rodzinny" in entry.data["filters"]
