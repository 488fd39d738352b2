"""Editors can create every page type through the Wagtail admin's add form."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from gops.pages import models

pytestmark = pytest.mark.django_db

RICH = rich_text("<p>Tekst próbny.</p>")


@pytest.fixture
def admin_client(client, site_pages):
    user = get_user_model().objects.create_superuser("szef", "szef@example.com", "haslo-123456")
    client.force_login(user)
    return client


def post_add(client, model, parent, data):
    url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )
    data = {**data, "action-publish": "action-publish"}
    response = client.post(url, nested_form_data(data))
    if response.status_code != 302:
        form = response.context and response.context.get("form")
        raise AssertionError(f"not created: {getattr(form, 'errors', response.status_code)}")
    page = model.objects.get(slug=data["slug"])
    assert page.live
    return page


def test_create_content_page(admin_client, site_pages):
    page = post_add(
        admin_client,
        models.ContentPage,
        site_pages["home"],
        {
            "title": "Misja",
            "slug": "misja",
            "lead": "Pomagamy z empatią.",
            "body": streamfield(
                [
                    ("heading", "Nasza misja"),
                    ("paragraph", rich_text("<p>Wsparcie i integracja.</p>")),
                    (
                        "notice",
                        {"kind": "info", "text": rich_text("<p>Zapraszamy.</p>")},
                    ),
                ]
            ),
        },
    )
    assert page.body[0].value == "Nasza misja"
    assert admin_client.get(page.url).status_code == 200


def test_create_service_page_with_related_service(admin_client, site_pages):
    related = site_pages["services"][0]
    page = post_add(
        admin_client,
        models.ServicePage,
        site_pages["service_index"],
        {
            "title": "Zasiłek okresowy",
            "slug": "zasilek-okresowy",
            "category": "pomoc-spoleczna",
            "benefit_code": "zasilek-okresowy",
            "summary": "Pomoc na czas choroby lub bezrobocia.",
            "who_may_apply": RICH,
            "income_criterion_note": RICH,
            "required_documents": RICH,
            "legal_basis": RICH,
            "deadlines": RICH,
            "how_to_apply": RICH,
            "fees": RICH,
            "application_page": "",
            "related_services": inline_formset([{"service": related.pk}]),
        },
    )
    assert page.benefit_code == "zasilek-okresowy"
    assert [r.service_id for r in page.related_services.all()] == [related.pk]


def test_service_page_rejects_unknown_benefit_code(admin_client, site_pages):
    url = reverse(
        "wagtailadmin_pages:add", args=("pages", "servicepage", site_pages["service_index"].pk)
    )
    data = {
        "title": "Coś",
        "slug": "cos",
        "category": "inne",
        "benefit_code": "nie-ma-takiego",
        "summary": "x",
        "who_may_apply": RICH,
        "required_documents": RICH,
        "how_to_apply": RICH,
        "related_services": inline_formset([]),
        "action-publish": "action-publish",
    }
    response = admin_client.post(url, nested_form_data(data))
    assert response.status_code == 200
    assert not models.ServicePage.objects.filter(slug="cos").exists()


def test_create_service_index_news_index_and_news(admin_client, site_pages):
    post_add(
        admin_client,
        models.ServiceIndexPage,
        site_pages["home"],
        {"title": "Inne usługi", "slug": "inne-uslugi", "lead": "Lista."},
    )
    index = post_add(
        admin_client,
        models.NewsIndexPage,
        site_pages["home"],
        {"title": "Ogłoszenia", "slug": "ogloszenia", "lead": ""},
    )
    news = post_add(
        admin_client,
        models.NewsPage,
        index,
        {
            "title": "Nowe godziny pracy",
            "slug": "nowe-godziny",
            "date": "2026-11-20",
            "lead": "Od grudnia pracujemy dłużej.",
            "body": streamfield([("paragraph", rich_text("<p>Szczegóły.</p>"))]),
        },
    )
    assert news.date == datetime.date(2026, 11, 20)


def test_create_contact_page_with_people(admin_client, site_pages):
    page = post_add(
        admin_client,
        models.ContactPage,
        site_pages["home"],
        {
            "title": "Kontakt 2",
            "slug": "kontakt-2",
            "lead": "",
            "map_url": "https://www.openstreetmap.org/",
            "contacts": inline_formset(
                [{"area": "Dodatki mieszkaniowe", "name": "Ewa", "phone": "", "email": ""}]
            ),
        },
    )
    assert page.contacts.get().area == "Dodatki mieszkaniowe"


def test_create_legal_pages(admin_client, site_pages):
    # Only one accessibility statement may exist; remove the fixture's to add a new one.
    site_pages["accessibility"].delete()
    statement = post_add(
        admin_client,
        models.AccessibilityStatementPage,
        site_pages["home"],
        {
            "title": "Deklaracja",
            "slug": "deklaracja",
            "entity_name": "GOPS Wielgie",
            "site_url": "https://gops.wielgie.pl",
            "publication_date": "2024-03-01",
            "update_date": "2026-03-01",
            "status": "zgodna",
            "non_accessible_content": RICH,
            "assessment": RICH,
            "prepared_date": "2026-03-20",
            "prepared_method": "samoocena",
            "auditor": "",
            "contact_person": "Maria",
            "contact_email": "m@example.com",
            "contact_phone": "54 289 55 17",
            "procedure": RICH,
            "architecture": RICH,
            "mobile_apps": RICH,
        },
    )
    assert statement.status == "zgodna"
    post_add(
        admin_client,
        models.PrivacyNoticePage,
        site_pages["home"],
        {"title": "RODO 2", "slug": "rodo-2", "lead": "", "body": RICH},
    )


def test_create_home_page_under_root(admin_client, site_pages):
    # max_count = 1: a second home page is refused.
    root = Page.get_first_root_node()
    url = reverse("wagtailadmin_pages:add", args=("pages", "homepage", root.pk))
    assert admin_client.get(url).status_code in (302, 403)
    site_pages["home"].delete()
    post_add(
        admin_client,
        models.HomePage,
        root,
        {
            "title": "Start",
            "slug": "start2",
            "lead": "Misja.",
            "quick_links": streamfield([]),
            "body": streamfield([]),
        },
    )
