"""Uncached renders reuse, per process and page-cache generation, what is the same for every
visitor (routing, header, footer, service links and rates, home and news lists) — and every
change an editor makes shows on the next render."""

import datetime

import pytest
from django.utils import timezone

from gops.forms.models import Rate
from gops.pages import middleware, render_memo
from gops.pages.models import NavigationSettings, NewsPage, ServicePage, ServiceRelation

from .factories import make_service

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _memo_on(monkeypatch, settings):
    """Tests run inside a transaction, where nothing is memoised: act as if committed."""
    settings.PAGE_CACHE_SECONDS = 0  # measure the renders, not the full-page cache
    monkeypatch.setattr(middleware, "_in_transaction", lambda: False)


def body(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("role", ["home", "service", "news_index", "about"])
def test_second_render_reads_nothing_and_is_identical(
    client, site_pages, role, django_assert_num_queries
):
    page = site_pages["services"][0] if role == "service" else site_pages[role]
    first = body(client, page.url)
    with django_assert_num_queries(0):
        second = body(client, page.url)
    assert second == first


def test_memo_is_not_used_inside_a_transaction(client, site_pages, monkeypatch):
    monkeypatch.setattr(middleware, "_in_transaction", lambda: True)
    url = site_pages["services"][0].url
    body(client, url)
    assert render_memo._values == {}


def test_memo_can_be_switched_off(client, site_pages, settings, django_assert_max_num_queries):
    """PAGE_RENDER_MEMO=0 (the bench's "memo off" figures): every render reads the database
    again and gives the same page."""
    settings.PAGE_RENDER_MEMO = False
    url = site_pages["services"][0].url
    first = body(client, url)
    assert render_memo._values == {}
    with django_assert_max_num_queries(12) as captured:
        second = body(client, url)
    assert len(captured) > 0 and second == first


def test_rate_change_shows_at_once(client, site_pages):
    service = make_service(site_pages["service_index"], 700, benefit_code="zasilek-staly")
    assert "1\u00a0010,00\u00a0zł" in body(client, service.url)
    Rate.objects.create(
        code="ups-kryterium-osoba-samotna",
        name="Kryterium dochodowe osoby samotnej",
        amount="1111.00",
        effective_from=datetime.date(2026, 1, 1),
    )
    html = body(client, service.url)
    assert "1\u00a0111,00\u00a0zł" in html and "1\u00a0010,00\u00a0zł" not in html


def test_rate_coming_into_force_tomorrow_shows_tomorrow(client, site_pages, monkeypatch):
    service = make_service(site_pages["service_index"], 701, benefit_code="zasilek-staly")
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    Rate.objects.create(
        code="ups-kryterium-osoba-samotna",
        name="Kryterium dochodowe osoby samotnej",
        amount="1222.00",
        effective_from=tomorrow,
    )
    assert "1\u00a0222,00" not in body(client, service.url)
    body(client, service.url)  # memoised for today
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: tomorrow)
    assert "1\u00a0222,00" in body(client, service.url)


def test_related_service_and_application_page_changes_show_at_once(client, site_pages):
    from gops.forms.models import ApplicationFormPage

    service, other = site_pages["services"][0], site_pages["services"][1]
    assert "Zobacz także" not in body(client, service.url)
    service = ServicePage.objects.get(pk=service.pk)
    service.related_services = [ServiceRelation(service=other, sort_order=0)]
    form_page = ApplicationFormPage(title="Wniosek", slug="wniosek", benefit_code="zasilek-staly")
    service.add_child(instance=form_page)
    service.application_page = form_page
    service.save_revision().publish()
    html = body(client, service.url)
    assert "Zobacz także" in html and other.title in html
    assert f'href="{form_page.url}"' in html
    other.title = "Nowa nazwa usługi"
    other.save_revision().publish()
    assert "Nowa nazwa usługi" in body(client, service.url)
    form_page.unpublish()
    other.unpublish()
    html = body(client, service.url)
    assert f'href="{form_page.url}"' not in html and "Nowa nazwa usługi" not in html


def test_menu_and_settings_changes_show_at_once(client, site_pages):
    url = site_pages["about"].url
    assert "Nowa pozycja menu" not in body(client, url)
    nav = NavigationSettings.objects.get(site=site_pages["site"])
    nav.main_menu = [("link", {"label": "Nowa pozycja menu", "page": None, "url": "/nowe/"})]
    nav.footer_menu = [("link", {"label": "Nowa stopka", "page": None, "url": "/stopka/"})]
    nav.save()
    html = body(client, url)
    assert "Nowa pozycja menu" in html and "Nowa stopka" in html


def test_header_marks_the_current_menu_link_and_keeps_the_search_query(client, site_pages):
    about = site_pages["about"].url
    home = site_pages["home"].url
    assert f'href="{about}" aria-current="page"' in body(client, about)
    assert f'href="{about}" aria-current="page"' not in body(client, home)
    assert f'href="{about}" aria-current="page"' in body(client, about)
    assert 'value="zasiłek"' in body(client, "/szukaj/?q=zasiłek")
    assert 'value="opieka"' in body(client, "/szukaj/?q=opieka")
    assert 'value=""' in body(client, about)


def test_published_and_moved_pages_show_at_once(client, site_pages):
    home, news_index = site_pages["home"], site_pages["news_index"]
    body(client, home.url), body(client, news_index.url)
    news = NewsPage(title="Świeża wiadomość", slug="swieza", date=datetime.date(2030, 1, 1))
    news_index.add_child(instance=news)
    news.save_revision().publish()
    assert "Świeża wiadomość" in body(client, home.url)
    assert "Świeża wiadomość" in body(client, news_index.url)
    assert body(client, news.url)
    page = site_pages["about"]
    old_url = page.url
    body(client, old_url)
    page.slug = "o-nas-nowy"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url != old_url
    assert client.get(old_url).status_code == 404
    assert body(client, page.url)
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_made_up_paths_are_not_kept(client, site_pages):
    news_index = site_pages["news_index"]
    for suffix in ("", "rss/", "nie-ma/", "nie-ma-2/", "rss/"):
        expected = 404 if suffix.startswith("nie-ma") else 200
        assert client.get(news_index.url + suffix).status_code == expected
    assert client.get("/nie-ma-takiej-strony/").status_code == 404
    routes = [key for key in render_memo._values if key[0] in ("route", "route-to")]
    assert routes == [("route-to", site_pages["home"].pk, (news_index.slug,))]
