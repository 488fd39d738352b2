"""Admin home panels: my tasks, overdue, due this week."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from gops.workflows import services
from gops.workflows.models import TaskDeadline

from .factories import make_application
from .helpers import case_url, open_task

pytestmark = pytest.mark.django_db
HOME = reverse("wagtailadmin_home")


def test_my_tasks_panel_lists_my_cases(as_user, worker):
    application = make_application(last_name="Kamińska")
    services.claim(open_task(application), worker)
    page = as_user(worker).get(HOME).content.decode()
    assert "Moje zadania" in page
    assert case_url(application) in page
    assert "Kamińska" in page


def test_overdue_and_due_this_week_panels(as_user, worker):
    today = timezone.localdate()
    late = make_application(last_name="Spóźniona")
    soon = make_application(last_name="Pilna")
    later = make_application(last_name="Późniejsza")
    TaskDeadline.objects.filter(task_id=open_task(late).pk).update(
        due=today - datetime.timedelta(days=1)
    )
    TaskDeadline.objects.filter(task_id=open_task(soon).pk).update(due=today)
    TaskDeadline.objects.filter(task_id=open_task(later).pk).update(
        due=today + datetime.timedelta(days=30)
    )

    response = as_user(worker).get(HOME)
    page = response.content.decode()
    overdue_panel = page.split('id="gops_overdue-section"')[1].split("</section>")[0]
    week_panel = page.split('id="gops_due_this_week-section"')[1].split("</section>")[0]
    assert late.case_number in overdue_panel and soon.case_number not in overdue_panel
    assert soon.case_number in week_panel and later.case_number not in week_panel
    assert late.case_number not in week_panel


def test_panel_shows_at_most_five_links_and_the_count(as_user, worker):
    for _ in range(7):
        services.claim(open_task(make_application()), worker)
    page = as_user(worker).get(HOME).content.decode()
    panel = page.split('id="gops_my_tasks-section"')[1].split("</section>")[0]
    assert panel.count("/admin/wnioski/") - panel.count("moje-zadania") == 5
    assert "Liczba zadań: <strong>7</strong>" in panel


def test_queue_panel_shows_unclaimed_work_of_my_groups(as_user, worker):
    # Roles whose work only ever waits in the queue (director, accountant) must see it on
    # the dashboard too, not an empty "my tasks" panel.
    waiting = make_application(last_name="Czekająca")
    page = as_user(worker).get(HOME).content.decode()
    panel = page.split('id="gops_queue-section"')[1].split("</section>")[0]
    assert waiting.case_number in panel
    assert "Liczba zadań: <strong>1</strong>" in panel

    services.claim(open_task(waiting), worker)
    page = as_user(worker).get(HOME).content.decode()
    panel = page.split('id="gops_queue-section"')[1].split("</section>")[0]
    assert waiting.case_number not in panel
