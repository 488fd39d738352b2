"""Who sees the "Wnioski" screens: staff yes, editors and anonymous users no."""

import pytest
from django.urls import reverse

from .factories import make_application, make_attachment

pytestmark = pytest.mark.django_db

INBOX = reverse("workflows_admin:inbox")
QUEUE = reverse("workflows_admin:queue")
ALL = reverse("wnioski_wszystkie_modeladmin_index")


def test_staff_sees_the_wnioski_menu(as_user, worker):
    page = as_user(worker).get(reverse("wagtailadmin_home")).content.decode()
    assert "Wnioski" in page
    assert INBOX in page and QUEUE in page and ALL in page


def test_editor_outside_staff_groups_sees_no_menu_and_no_panels(as_user, outsider):
    make_application()
    page = as_user(outsider).get(reverse("wagtailadmin_home")).content.decode()
    assert INBOX not in page
    assert ALL not in page
    assert "gops_my_tasks" not in page


def refused(response):
    """Wagtail turns PermissionDenied into a redirect to the dashboard with a message."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


@pytest.mark.parametrize("url", [INBOX, QUEUE, ALL, ALL + "?export=csv"])
def test_outsider_is_refused_every_list(as_user, outsider, url):
    make_application()
    response = as_user(outsider).get(url)
    assert refused(response)
    assert b"GOPS.8311" not in response.content


def test_outsider_gets_404_for_a_case_and_its_attachment(as_user, outsider):
    application = make_application()
    attachment = make_attachment(application)
    client = as_user(outsider)
    assert refused(client.get(reverse("workflows_admin:application", args=[application.public_id])))
    url = reverse("workflows_admin:attachment", args=[application.public_id, attachment.public_id])
    response = client.get(url)
    assert refused(response)
    assert b"%PDF" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_anonymous_user_is_sent_to_login(client):
    application = make_application()
    for url in (
        INBOX,
        QUEUE,
        ALL,
        reverse("workflows_admin:application", args=[application.public_id]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]


def test_case_of_another_team_is_404_not_403(as_user, specialist):
    """A family-benefit specialist must not learn that a social-assistance case exists."""
    application = make_application("zasilek-staly")
    response = as_user(specialist).get(
        reverse("workflows_admin:application", args=[application.public_id])
    )
    assert response.status_code == 404


def test_unknown_case_is_404(as_user, worker):
    import uuid

    response = as_user(worker).get(reverse("workflows_admin:application", args=[uuid.uuid4()]))
    assert response.status_code == 404


def test_raw_row_editing_is_not_exposed(as_user, director):
    application = make_application()
    client = as_user(director)
    for action in ("create", "edit", "delete", "inspect"):
        path = f"/admin/wnioski/wszystkie/{action}/" + (
            "" if action == "create" else f"{application.pk}/"
        )
        assert client.get(path).status_code == 404
