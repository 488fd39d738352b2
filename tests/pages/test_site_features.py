"""Search, sitemap, robots.txt, error pages and the accessibility statement."""

import re
from pathlib import Path

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from .factories import make_service

pytestmark = pytest.mark.django_db

A11Y_REQUIRED_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


def ids_in(html: str) -> list[str]:
    return re.findall(r'\bid="([^"]+)"', html)


def test_polish_404(client, site_pages):
    response = client.get("/tej-strony-nie-ma/")
    assert response.status_code == 404
    body = response.content.decode()
    assert '<html lang="pl">' in body
    assert "Nie znaleziono strony" in body
    assert 'href="/szukaj/"' in body


def test_500_page_renders_without_database_or_context_processors():
    from django.views.defaults import server_error

    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as queries:
        response = server_error(request)
    assert response.status_code == 500
    body = response.content.decode()
    assert '<html lang="pl">' in body and "Przepraszamy, wystąpił błąd" in body
    assert len(queries) == 0
    # It is self-contained: no includes or tags that need a request.
    assert "{%" not in render_to_string("500.html")


def test_sitemap_lists_service_pages(client, site_pages):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for service in site_pages["services"]:
        assert f"{service.url}</loc>" in body
    assert f"{site_pages['accessibility'].url}</loc>" in body


def test_robots_txt_points_to_the_sitemap(client, site_pages):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_search_finds_a_service_by_a_word_in_its_body(client, site_pages):
    make_service(
        site_pages["service_index"],
        700,
        title="Dodatek energetyczny",
        summary="Wsparcie dla odbiorców energii.",
        who_may_apply="<p>Odbiorca wrażliwy pobierający dodatek mieszkaniowy.</p>",
        required_documents="<p>Umowa kompleksowa z dostawcą prądu i fotowoltaika.</p>",
    )
    response = client.get("/szukaj/", {"q": "fotowoltaika"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Dodatek energetyczny" in body
    assert "Usługa 0" not in body


def test_search_without_results_says_so_in_polish(client, site_pages):
    body = client.get("/szukaj/", {"q": "xyzzyqwerty"}).content.decode()
    assert "Nie znaleziono stron" in body


def test_search_form_is_labelled_and_paginated(client, site_pages):
    for i in range(12):
        make_service(site_pages["service_index"], 800 + i, summary="Pomoc sąsiedzka wszędzie.")
    body = client.get("/szukaj/", {"q": "sąsiedzka"}).content.decode()
    assert '<label for="szukaj-strona">' in body
    assert "Strona 1 z 2" in body
    assert "q=s%C4%85siedzka&amp;strona=2" in body
    assert client.get("/szukaj/", {"q": "sąsiedzka", "strona": "x"}).status_code == 200


def test_accessibility_statement_carries_every_required_id(client, site_pages):
    page = site_pages["accessibility"]
    body = client.get(page.url).content.decode()
    found = ids_in(body)
    for element_id in A11Y_REQUIRED_IDS:
        assert found.count(element_id) == 1, element_id
    assert "częściowo zgodna" in body
    assert ">2024-03-01</time>" in body  # dates in the ministry's YYYY-MM-DD format
    assert "a11y-audytor" not in found  # optional and empty

    page.auditor = "Fundacja Widzialni"
    page.assessment = "<p>Brak.</p>"
    page.save_revision().publish()
    body = client.get(page.url).content.decode()
    assert {"a11y-audytor", "a11y-ocena"} <= set(ids_in(body))


def test_ids_on_pages_are_unique(client, site_pages):
    for key in ("home", "contact", "accessibility", "privacy", "service_index"):
        found = ids_in(client.get(site_pages[key].url).content.decode())
        assert len(found) == len(set(found)), key


def test_home_page_html_and_css_stay_under_100_kb(client, site_pages):
    from django.contrib.staticfiles import finders

    html = client.get(site_pages["home"].url).content
    css_links = re.findall(rb'<link rel="stylesheet" href="/static/([^"]+)"', html)
    assert css_links, "the home page links its stylesheet"
    css_size = sum(Path(finders.find(path.decode())).stat().st_size for path in css_links)
    assert len(html) + css_size < 100 * 1024
    assert b"<script" not in html  # nothing needs JavaScript


def test_no_external_resources_on_pages(client, site_pages):
    for key in ("home", "contact", "service_index"):
        html = client.get(site_pages[key].url).content.decode()
        assert not re.search(r'<(link|script|img)[^>]+(src|href)="https?://', html), key
