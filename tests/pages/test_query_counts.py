"""Each public page costs the same number of SQL queries however much content the site has.

The site grows from a handful of pages to 100 services, 500 news items and 30 menu entries;
every page type is measured before and after.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gops.pages.models import NavigationSettings, NewsPage, ServicePage

pytestmark = pytest.mark.django_db


def count_queries(client, url) -> int:
    cache.clear()  # measure a cold render: no page cache, no cached settings or menus
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def urls(pages) -> dict[str, str]:
    news_index = pages["news_index"].url
    return {
        "home": pages["home"].url,
        "content": pages["about"].url,
        "service index": pages["service_index"].url,
        "service": pages["services"][0].url,
        "news index": news_index,
        "news index, page 2": news_index + "?strona=2",
        "news rss": news_index + "rss/",
        "news": pages["news"][0].url,
        "contact": pages["contact"].url,
        "accessibility": pages["accessibility"].url,
        "privacy": pages["privacy"].url,
    }


def grow(pages, services: int, news: int, menu: int) -> None:
    index = pages["service_index"]
    for i in range(services):
        index.add_child(
            instance=ServicePage(
                title=f"Dodatkowa usługa {i}",
                slug=f"dodatkowa-{i}",
                category=["pomoc-spoleczna", "swiadczenia-rodzinne", "inne"][i % 3],
                benefit_code="zasilek-staly" if i % 2 else "",
                summary="Opis dodatkowej usługi.",
                who_may_apply="<p>Każdy.</p>",
                required_documents="<p>Wniosek.</p>",
                how_to_apply="<p>W ośrodku.</p>",
            )
        )
    news_index = pages["news_index"]
    start = datetime.date(2020, 1, 1)
    for i in range(news):
        news_index.add_child(
            instance=NewsPage(
                title=f"Archiwalna {i}",
                slug=f"archiwalna-{i}",
                date=start + datetime.timedelta(days=i),
                lead="Treść archiwalna.",
            )
        )
    nav = NavigationSettings.objects.get(site=pages["site"])
    nav.main_menu = [
        (
            "link",
            {
                "label": f"Menu {i}",
                "page": pages["services"][0] if i % 2 else None,
                "url": "" if i % 2 else f"/m-{i}/",
            },
        )
        for i in range(menu)
    ]
    nav.footer_menu = [
        ("link", {"label": f"Stopka {i}", "page": pages["about"], "url": ""}) for i in range(menu)
    ]
    nav.save()


def test_query_counts_do_not_grow_with_content(client, site_pages, settings):
    settings.PAGE_CACHE_SECONDS = 0
    before = {name: count_queries(client, url) for name, url in urls(site_pages).items()}

    grow(site_pages, services=97, news=497, menu=30)
    assert ServicePage.objects.count() == 100
    assert NewsPage.objects.count() == 500

    after = {name: count_queries(client, url) for name, url in urls(site_pages).items()}
    assert after == before
    # And the numbers are small in absolute terms, too.
    assert max(after.values()) <= 20, after


def test_search_queries_are_bounded_by_page_types_not_results(client, site_pages, settings):
    """Search loads the specific pages of one results page: one query per page type in it,
    so the count depends on how many page types exist, never on how many pages match."""
    from wagtail.models import get_page_models

    settings.PAGE_CACHE_SECONDS = 0
    url = "/szukaj/?q=usługa"
    before = count_queries(client, url)
    grow(site_pages, services=97, news=497, menu=30)
    after = count_queries(client, url)
    assert after <= before + len(get_page_models())
    assert after <= 25


def test_cached_page_view_costs_no_queries(client, site_pages):
    url = site_pages["home"].url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0
