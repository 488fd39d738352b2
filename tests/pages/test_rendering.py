"""Each public page type renders what an editor entered, inside the shared layout."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from gops.forms.models import Rate
from gops.pages.models import ServicePage, ServiceRelation

from .factories import add, make_service

pytestmark = pytest.mark.django_db


def html(client, page_or_url):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_layout_has_landmarks_skip_link_and_polish_lang(client, site_pages):
    body = html(client, site_pages["about"])
    assert '<html lang="pl">' in body
    assert 'href="#tresc"' in body and 'id="tresc"' in body
    for tag in ("<header", "<nav", "<main", "<footer"):
        assert tag in body
    assert 'aria-label="Ścieżka nawigacji"' in body  # breadcrumbs
    assert 'href="/"' in body and "Strona główna" in body


def test_footer_links_accessibility_statement_privacy_and_bip_on_every_page(client, site_pages):
    for key in ("home", "about", "contact", "service_index", "news_index"):
        body = html(client, site_pages[key])
        assert f'href="{site_pages["accessibility"].url}"' in body
        assert f'href="{site_pages["privacy"].url}"' in body
        assert 'href="https://bip.wielgie.pl/gops"' in body


def test_menus_come_from_navigation_settings(client, site_pages):
    body = html(client, site_pages["home"])
    assert '<a href="/menu-0/">Pozycja 0</a>' in body
    assert '<a href="/o-osrodku/">Pozycja 1</a>' in body
    assert 'aria-label="Menu w stopce"' in body


def test_home_page_shows_mission_news_hours_and_default_quick_links(client, site_pages):
    body = html(client, site_pages["home"])
    assert "Pomagamy mieszkańcom gminy Wielgie." in body
    assert "Wiadomość 2" in body and "Wiadomość 0" in body
    assert "poniedziałek: 7:30–16:00" in body
    assert "54 289 55 15" in body
    assert f'href="{site_pages["service_index"].url}"' in body
    assert f'href="{site_pages["contact"].url}"' in body


def test_home_page_shows_only_latest_three_news(client, site_pages):
    news_index = site_pages["news_index"]
    from gops.pages.models import NewsPage

    add(news_index, NewsPage(title="Najnowsza", slug="najnowsza", date=datetime.date(2026, 11, 1)))
    body = html(client, site_pages["home"])
    assert "Najnowsza" in body
    assert "Wiadomość 0" not in body  # the oldest of four drops out


def test_home_page_uses_editor_quick_links_when_given(client, site_pages):
    home = site_pages["home"]
    home.quick_links = [
        ("link", {"title": "Karta Dużej Rodziny", "description": "", "page": None, "url": "/kdr/"})
    ]
    home.save_revision().publish()
    body = html(client, home)
    assert '<a href="/kdr/">Karta Dużej Rodziny</a>' in body
    assert "Złóż wniosek online" not in body


def test_content_page_renders_every_block(client, site_pages):
    page = site_pages["about"]
    document = Document.objects.create(title="Statut ośrodka")
    document.file.save("statut.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    page.body = [
        ("heading", "Jak pomagamy"),
        ("paragraph", "<p>Prowadzimy <b>pracę socjalną</b>.</p>"),
        ("cta", {"text": "Zobacz świadczenia", "page": site_pages["service_index"], "url": ""}),
        ("document", {"document": document, "title": "Statut GOPS"}),
        ("accordion", [{"question": "Czy to bezpłatne?", "answer": "<p>Tak, zawsze.</p>"}]),
        ("notice", {"kind": "warning", "text": "<p>Zmiana godzin pracy.</p>"}),
        (
            "table",
            {
                "data": [["Dzień", "Godziny"], ["poniedziałek", "7:30–16:00"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Dyżury",
            },
        ),
    ]
    page.save_revision().publish()
    body = html(client, page)
    assert "<h2>Jak pomagamy</h2>" in body
    assert "<b>pracę socjalną</b>" in body
    assert f'class="button" href="{site_pages["service_index"].url}">Zobacz świadczenia' in body
    assert "Statut GOPS" in body and document.url in body
    assert "<summary>Czy to bezpłatne?</summary>" in body and "Tak, zawsze." in body
    assert "notice--warning" in body and "Zmiana godzin pracy." in body
    assert "<caption>Dyżury</caption>" in body and 'scope="col"' in body
    assert "poniedziałek" in body


def test_service_index_groups_services_by_category(client, site_pages):
    index = site_pages["service_index"]
    make_service(index, 900, title="Zasiłek rodzinny", category="swiadczenia-rodzinne")
    body = html(client, index)
    assert "Pomoc społeczna" in body and "Świadczenia rodzinne" in body
    assert (
        body.index("Usługa 0") < body.index("Świadczenia rodzinne") < body.index("Zasiłek rodzinny")
    )
    assert "Inne formy wsparcia" not in body  # empty groups are not shown


def test_service_page_renders_sections_and_amounts_from_rates(client, site_pages):
    index = site_pages["service_index"]
    other = site_pages["services"][1]
    service = make_service(
        index,
        901,
        title="Zasiłek stały",
        benefit_code="zasilek-staly",
        who_may_apply="<p>Pełnoletnia osoba niezdolna do pracy.</p>",
        income_criterion_note="<p>Liczy się dochód z miesiąca przed złożeniem wniosku.</p>",
        required_documents="<ul><li>orzeczenie o niepełnosprawności</li></ul>",
        legal_basis="<p>art. 37 ustawy o pomocy społecznej</p>",
        deadlines="<p>Decyzja w ciągu miesiąca.</p>",
        how_to_apply="<p>Osobiście w ośrodku.</p>",
        fees="<p>Bez opłat.</p>",
    )
    ServiceRelation.objects.create(page=service, service=other, sort_order=0)
    body = html(client, service)
    for text in (
        "Pełnoletnia osoba niezdolna do pracy.",
        "Liczy się dochód",
        "orzeczenie o niepełnosprawności",
        "art. 37 ustawy o pomocy społecznej",
        "Decyzja w ciągu miesiąca.",
        "Osobiście w ośrodku.",
        "Bez opłat.",
        other.title,
    ):
        assert text in body
    # The criterion comes from the Rate records seeded by the intake migration.
    assert "1\u00a0010,00\u00a0zł" in body
    assert "1\u00a0229,00\u00a0zł" in body  # zasiłek stały max
    assert "Kwoty obowiązujące od" in body


def test_service_page_follows_a_new_rate_without_editing_the_page(client, site_pages):
    service = make_service(site_pages["service_index"], 902, benefit_code="zasilek-staly")
    Rate.objects.create(
        code="ups-kryterium-osoba-samotna",
        name="Kryterium dochodowe osoby samotnej",
        amount="1111.00",
        effective_from=datetime.date(2026, 1, 1),
    )
    body = html(client, service)
    assert "1\u00a0111,00\u00a0zł" in body
    assert "1\u00a0010,00\u00a0zł" not in body
    assert "1 stycznia 2026" in body


def test_service_page_links_to_live_application_form_only(client, site_pages):
    from gops.forms.models import ApplicationFormPage

    service = make_service(site_pages["service_index"], 903, benefit_code="zasilek-staly")
    form_page = ApplicationFormPage(title="Wniosek", slug="wniosek", benefit_code="zasilek-staly")
    service.add_child(instance=form_page)
    service.application_page = form_page
    service.save_revision().publish()
    body = html(client, service)
    assert f'href="{form_page.url}"' in body
    form_page.unpublish()
    body = html(client, ServicePage.objects.get(pk=service.pk))
    assert f'href="{form_page.url}"' not in body


def test_news_index_is_paginated_ten_per_page_with_rss(client, site_pages):
    from gops.pages.models import NewsPage

    index = site_pages["news_index"]
    for i in range(10):
        index.add_child(
            instance=NewsPage(
                title=f"Komunikat {i}", slug=f"komunikat-{i}", date=datetime.date(2026, 6, i + 1)
            )
        )
    first = html(client, index)
    assert first.count('<li>\n    <h2><a href="/aktualnosci/') == 10
    assert "Strona 1 z 2" in first and "?strona=2" in first
    second = html(client, index.url + "?strona=2")
    assert "Wiadomość 0" in second
    feed = client.get(index.url + "rss/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/rss+xml")
    assert b"<title>Komunikat 9</title>" in feed.content


def test_news_index_survives_bad_page_numbers(client, site_pages):
    assert client.get(site_pages["news_index"].url + "?strona=abc").status_code == 200
    assert client.get(site_pages["news_index"].url + "?strona=999").status_code == 200


def test_news_page_shows_polish_date_lead_and_body(client, site_pages):
    news = site_pages["news"][0]
    news.body = [("paragraph", "<p>Szczegóły ogłoszenia.</p>")]
    news.save_revision().publish()
    body = html(client, news)
    assert "1 stycznia 2026" in body
    assert "Wstęp wiadomości 0." in body and "Szczegóły ogłoszenia." in body


def test_contact_page_shows_settings_and_people(client, site_pages):
    body = html(client, site_pages["contact"])
    for text in (
        "ul. Lipnowska 14",
        "87-603 Wielgie",
        "54 289 55 15",
        "gops@wielgie.pl",
        "AE:PL-12345-67890-ABCDE-12",
        "https://bip.wielgie.pl/gops",
        "Świadczenia rodzinne",
        "Anna Nowak",
        "poniedziałek: 7:30–16:00",
    ):
        assert text in body


def test_privacy_notice_shows_body_and_iod_contact_from_settings(client, site_pages):
    body = html(client, site_pages["privacy"])
    assert "Administratorem Twoich danych jest GOPS w Wielgiem." in body
    assert "Jan Kowalski" in body and "iod@wielgie.pl" in body


def test_settings_change_shows_on_pages(client, site_pages):
    from gops.pages.models import InstitutionSettings

    html(client, site_pages["contact"])
    settings = InstitutionSettings.objects.get(site=site_pages["site"])
    settings.phone = "54 000 11 22"
    settings.save()
    assert "54 000 11 22" in html(client, site_pages["contact"])
