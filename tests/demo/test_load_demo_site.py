"""The demo command builds the whole GOPS Wielgie site, and a second run changes nothing.

The site is built once for the module (it takes a few seconds) inside a transaction that
is rolled back at the end; every test runs in its own savepoint on top of it.
"""

from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from stdnum.pl import nip, regon
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Revision,
    Site,
    WorkflowPage,
)

from gops.forms.models import ApplicationFormPage
from gops.forms.registry import registry
from gops.pages.models import (
    AccessibilityStatementPage,
    ContactPage,
    ContentPage,
    HomePage,
    InstitutionSettings,
    NavigationSettings,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    ServiceIndexPage,
    ServicePage,
)

PASSWORD = "gops-demo"
ACCOUNTS = {
    "admin": None,
    "redaktor": "Redaktor",
    "pracownik": "Pracownik socjalny",
    "specjalista": "Specjalista ds. świadczeń",
    "kierownik": "Kierownik",
    "ksiegowa": "Księgowość",
}


def snapshot():
    """Everything a second run must leave exactly as it was."""
    User = get_user_model()
    site = Site.objects.get(is_default_site=True)
    return {
        "pages": sorted(Page.objects.values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "latest_revisions": sorted(Page.objects.values_list("pk", "latest_revision_id")),
        "users": sorted(User.objects.values_list("pk", "username", "password", "email")),
        "memberships": sorted(User.groups.through.objects.values_list("user_id", "group_id")),
        "page_permissions": GroupPagePermission.objects.count(),
        "site_root": site.root_page_id,
        "settings": list(InstitutionSettings.objects.values()),
        "navigation": [
            (n.main_menu.get_prep_value(), n.footer_menu.get_prep_value())
            for n in NavigationSettings.objects.all()
        ],
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            first = StringIO()
            call_command("load_demo_site", "--no-applications", stdout=first)
            before = snapshot()
            second = StringIO()
            call_command("load_demo_site", "--no-applications", stdout=second)
            after = snapshot()
            yield {
                "first_output": first.getvalue(),
                "second_output": second.getvalue(),
                "before": before,
                "after": after,
            }
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def site(demo, db):
    return Site.objects.get(is_default_site=True)


def test_default_site_root_is_the_centres_home_page(site):
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.title == "Gminny Ośrodek Pomocy Społecznej w Wielgiem"
    # Wagtail's "Welcome to your new Wagtail site!" page is gone.
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page_id).exists()


def test_every_page_type_is_present_and_live(site):
    for model, minimum in [
        (HomePage, 1),
        (ContentPage, 4),
        (ServiceIndexPage, 1),
        (ServicePage, 15),
        (NewsIndexPage, 1),
        (NewsPage, 3),
        (ContactPage, 1),
        (AccessibilityStatementPage, 1),
        (PrivacyNoticePage, 1),
        (ApplicationFormPage, len(registry)),
    ]:
        assert (
            model.objects.live().descendant_of(site.root_page, inclusive=True).count() >= minimum
        ), model
    titles = set(ContentPage.objects.values_list("title", flat=True))
    assert {"O ośrodku", "Misja", "Zadania", "Działalność"} <= titles


def test_every_registry_benefit_has_a_service_page_with_its_form(site):
    for benefit in registry:
        service = ServicePage.objects.live().get(benefit_code=benefit.code)
        form = service.application_page.specific
        assert isinstance(form, ApplicationFormPage), benefit.code
        assert form.live and form.benefit_code == benefit.code
        assert form.get_parent().pk == service.pk
        assert form.intro and len(form.help_texts) >= 1 and form.confirmation_message
        for name in (
            "who_may_apply",
            "required_documents",
            "legal_basis",
            "deadlines",
            "how_to_apply",
            "fees",
            "summary",
        ):
            assert getattr(service, name).strip(), (benefit.code, name)
        assert service.related_services.count() >= 1, benefit.code


def test_niebieska_karta_is_information_only(site):
    page = ServicePage.objects.get(slug="niebieska-karta")
    assert page.benefit_code == ""
    assert page.application_page is None
    assert not page.get_children().exists()


def test_every_page_is_reachable_from_the_navigation_and_renders(site, client):
    """Follow links from the home page, as a visitor would, until nothing new appears."""
    expected = {p.url for p in Page.objects.live().descendant_of(site.root_page, inclusive=True)}
    seen, queue = set(), ["/"]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        for href in _links(html):
            if href in expected and href not in seen:
                queue.append(href)
    assert expected <= seen, sorted(expected - seen)


def _links(html):
    import re

    for href in re.findall(r'href="([^"#]+)"', html):
        parts = urlsplit(href)
        if not parts.netloc and parts.path.startswith("/"):
            yield parts.path


def test_institution_and_navigation_settings(site):
    settings = InstitutionSettings.for_site(site)
    settings.full_clean()
    assert settings.name == "Gminny Ośrodek Pomocy Społecznej w Wielgiem"
    assert nip.is_valid(settings.nip) and regon.is_valid(settings.regon)
    assert settings.postcode == "87-603" and "7:30" in settings.office_hours
    assert settings.iod_email and settings.bip_url and settings.edoreczenia_address

    nav = NavigationSettings.for_site(site)
    main = [b.value["label"] for b in nav.main_menu]
    assert main == ["Start", "O ośrodku", "Pomoc i świadczenia", "Aktualności", "Kontakt"]
    footer = {b.value["label"]: b.value.href() for b in nav.footer_menu}
    assert footer["Sprawdź status wniosku"] == "/wnioski/status/"
    assert footer["Kontakt"] == ContactPage.objects.get().url


def test_footer_links_legal_pages_once(site, client):
    # The footer template adds the statement, the privacy notice and BIP on every page;
    # the editable footer menu must not repeat them.
    footer = client.get("/").content.decode().split('class="site-footer"', 1)[1]
    assert footer.count(f'href="{AccessibilityStatementPage.objects.get().url}"') == 1
    assert footer.count(f'href="{PrivacyNoticePage.objects.get().url}"') == 1
    assert footer.count("Biuletyn Informacji Publicznej") == 1


def test_accessibility_statement_has_every_field(site):
    statement = AccessibilityStatementPage.objects.get()
    for field in AccessibilityStatementPage._meta.get_fields():
        if field.name in {
            "non_accessible_content",
            "assessment",
            "procedure",
            "architecture",
            "mobile_apps",
            "entity_name",
            "site_url",
            "publication_date",
            "update_date",
            "status",
            "prepared_date",
            "prepared_method",
            "contact_person",
            "contact_email",
            "contact_phone",
        }:
            assert getattr(statement, field.name), field.name


def test_privacy_notice_covers_article_13(site):
    body = PrivacyNoticePage.objects.get().body
    for fragment in (
        "Administratorem",
        "inspektor",
        "art. 6 ust. 1 lit. c",
        "art. 6 ust. 1 lit. e",
        "art. 9 ust. 2",
        "JRWA",
        "Prezesa Urzędu Ochrony Danych Osobowych",
    ):
        assert fragment in body, fragment


@pytest.mark.parametrize("username", ACCOUNTS)
def test_demo_accounts_log_in_to_the_admin(site, client, username):
    user = get_user_model().objects.get(username=username)
    group = ACCOUNTS[username]
    if group is None:
        assert user.is_superuser
    else:
        assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.first_name and user.last_name and user.email
    assert client.login(username=username, password=PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_editor_submits_and_director_publishes(site):
    User = get_user_model()
    page = ContentPage.objects.get(slug="misja")
    editor = page.permissions_for_user(User.objects.get(username="redaktor"))
    director = page.permissions_for_user(User.objects.get(username="kierownik"))
    assert editor.can_edit() and not editor.can_publish()
    assert director.can_edit() and director.can_publish() and director.can_lock()

    workflow = page.get_workflow()
    assert workflow is not None and workflow.name == "moderacji (akceptuje kierownik)"
    assert WorkflowPage.objects.get(page=site.root_page).workflow == workflow
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Kierownik"]


def test_accounts_table_is_printed(demo):
    for output in (demo["first_output"], demo["second_output"]):
        for username in ACCOUNTS:
            assert username in output
        assert PASSWORD in output


def test_second_run_changes_nothing(demo):
    before, after = demo["before"], demo["after"]
    for key in before:
        assert before[key] == after[key], key
    assert "utworzono 0, zaktualizowano 0" in demo["second_output"]


def test_a_changed_page_is_restored_with_one_new_revision(site):
    service = ServicePage.objects.get(slug="becikowe")
    service.summary = "Zmienione przez kogoś"
    service.save()
    revisions = Revision.objects.count()

    call_command("load_demo_site", "--no-applications", stdout=StringIO())

    service.refresh_from_db()
    assert service.summary != "Zmienione przez kogoś"
    assert Revision.objects.count() == revisions + 1
    assert service.latest_revision.object_id == str(service.pk)


def test_sample_applications_are_seeded_once_when_the_workflows_app_offers_them(site, monkeypatch):
    from gops.forms.models import Application
    from gops.site.management.commands import load_demo_site

    calls = []
    real_call_command = load_demo_site.call_command

    def fake_call_command(name, *args, **kwargs):
        if name == "seed_applications":
            calls.append(name)
            return None
        return real_call_command(name, *args, **kwargs)

    monkeypatch.setattr(load_demo_site, "call_command", fake_call_command)
    monkeypatch.setattr(
        load_demo_site, "get_commands", lambda: {"seed_applications": "gops.workflows"}
    )
    assert not Application.objects.exists()
    call_command("load_demo_site", stdout=StringIO())
    assert calls == ["seed_applications"]

    monkeypatch.setattr(load_demo_site, "get_commands", lambda: {})
    call_command("load_demo_site", stdout=StringIO())
    assert calls == ["seed_applications"]
