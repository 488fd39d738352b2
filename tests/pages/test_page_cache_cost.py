"""What a page view costs and what a hit skips: a hit is one cache read and the same response
as the miss that stored it; the chrome reads its site data once per request; the generation
number is trusted for a second per process, except after this process's own publish."""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.test import RequestFactory

from gops.pages import middleware, signals, site_data
from gops.pages.middleware import GENERATION_KEY, GENERATION_MEMO_SECONDS, PageCacheMiddleware

pytestmark = pytest.mark.django_db

CACHE_OPS = {"get", "get_many", "set", "set_many", "add", "incr", "delete", "delete_many"}


class CountingCache:
    """Records which cache operations (round trips with Redis) a module makes."""

    def __init__(self, inner):
        self.inner = inner
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self.inner, name)
        if name not in CACHE_OPS:
            return attr

        def counted(*args, **kwargs):
            self.calls.append(name)
            return attr(*args, **kwargs)

        return counted


@pytest.fixture
def frozen_clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(middleware, "_clock", lambda: now[0])
    return now


def _headers(response):
    return {k.lower(): v for k, v in response.headers.items() if k.lower() != "x-page-cache"}


def test_hit_is_the_same_response_as_the_miss(client, site_pages):
    url = site_pages["about"].url
    miss = client.get(url)
    hit = client.get(url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    assert _headers(hit) == _headers(miss)
    # Added inside the stack (clickjacking) and outside it (SecurityMiddleware) alike.
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Content-Type"] == "text/html; charset=utf-8"
    assert not hit.cookies


def test_hit_skips_sessions_csrf_and_auth(client, site_pages, monkeypatch):
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware

    url = site_pages["about"].url
    client.get(url)
    calls = []
    for cls in (SessionMiddleware, CsrfViewMiddleware, AuthenticationMiddleware):
        original = cls.process_request

        def spy(self, request, _original=original, _name=cls.__name__):
            calls.append(_name)
            return _original(self, request)

        monkeypatch.setattr(cls, "process_request", spy)
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert calls == []


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_request_with_a_personal_cookie_is_never_served_from_cache(client, site_pages, cookie):
    url = site_pages["about"].url
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    client.cookies[cookie] = "x"
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_csrf_token_used_behind_the_csrf_middleware_is_not_stored(site_pages):
    """The page cache now wraps CsrfViewMiddleware, which resets its "cookie needs update"
    flag on the way out: a page that used the token must still never be stored."""

    def view(request):
        response = HttpResponse(f"<form>{get_token(request)}</form>")
        response.gops_cacheable = True
        return response

    handler = PageCacheMiddleware(CsrfViewMiddleware(view))
    for _ in range(2):
        request = RequestFactory().get("/formularz/")
        request.COOKIES["csrftoken"] = "a" * 32
        response = handler(request)
        assert "X-Page-Cache" not in response


def test_responses_varying_on_a_request_header_are_not_stored(site_pages):
    def view(request):
        response = HttpResponse("x")
        response["Vary"] = "Accept-Language"
        response.gops_cacheable = True
        return response

    handler = PageCacheMiddleware(view)
    handler(RequestFactory().get("/strona/"))
    assert "X-Page-Cache" not in handler(RequestFactory().get("/strona/"))


def test_a_hit_is_at_most_one_cache_read(client, site_pages, monkeypatch, frozen_clock):
    url = site_pages["home"].url
    missed = client.get(url)
    spy = CountingCache(cache)
    monkeypatch.setattr(middleware, "cache", spy)
    hit = client.get(url)  # the process that stored it serves it from its own memory
    assert hit["X-Page-Cache"] == "hit" and spy.calls == []
    assert hit.content == missed.content
    middleware.hot_pages.clear()  # as in another worker: one read from the shared cache
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert spy.calls == ["get"]
    assert client.get(url)["X-Page-Cache"] == "hit"  # and now it is this worker's too
    assert spy.calls == ["get"]


def test_hot_pages_expire_and_stay_within_their_memory(client, site_pages, frozen_clock):
    url = site_pages["home"].url
    client.get(url)
    store = middleware.hot_pages
    assert len(store._items) == 1
    frozen_clock[0] += middleware.HOT_PAGE_SECONDS + 0.001
    # Past its time the local copy is dropped and the page read again from the shared cache
    # (the generation memo has expired too, so that is re-read as well).
    assert client.get(url)["X-Page-Cache"] == "hit"
    small = middleware.HotPages(max_bytes=16 * 100)
    for i in range(20):
        small.put(f"k{i}", 1, b"x" * 100, {}, 0.0)
    assert small._bytes <= small.max_bytes
    assert small.get("k0", 1, 0.0) is None and small.get("k19", 1, 0.0) == (b"x" * 100, {})
    assert small.get("k19", 2, 0.0) is None  # another generation: nothing is served
    small.put("big", 1, b"x" * 101, {}, 0.0)  # larger than a sixteenth of the store
    assert small.get("big", 1, 0.0) is None


def test_own_publish_is_visible_at_once(client, site_pages, frozen_clock):
    page = site_pages["about"]
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    page.title = "Nowy tytuł strony"
    page.save_revision().publish()
    response = client.get(page.url)  # same process, no time has passed
    assert response["X-Page-Cache"] == "miss"
    assert "Nowy tytuł strony" in response.content.decode()


def test_another_process_publish_is_seen_within_the_memo_period(client, site_pages, frozen_clock):
    url = site_pages["about"].url
    client.get(url)
    cache.incr(GENERATION_KEY)  # another worker published: our copy is not cleared
    assert client.get(url)["X-Page-Cache"] == "hit"
    frozen_clock[0] += GENERATION_MEMO_SECONDS + 0.001
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_a_lost_generation_key_never_revives_old_pages(site_pages):
    before = middleware.generation()
    cache.delete(GENERATION_KEY)  # flushed or evicted
    middleware.forget_generation()
    assert middleware.generation() > before
    cache.delete(GENERATION_KEY)
    previous = middleware.generation()
    middleware.invalidate()
    cache.delete(GENERATION_KEY)
    middleware.invalidate()  # the key is gone: a fresh number, not 2
    assert middleware.generation() > previous + 1


def test_chrome_reads_site_data_with_one_cache_round_trip(
    client, site_pages, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 0
    url = site_pages["services"][0].url
    client.get(url)  # site data built and cached
    spy = CountingCache(cache)
    monkeypatch.setattr(site_data, "cache", spy)
    response = client.get(url)
    assert spy.calls == ["get_many"]
    html = response.content.decode()
    assert html.count("Gminny Ośrodek Pomocy Społecznej w Wielgiem") >= 2  # header, footer
    assert "Deklaracja dostępności" in html and "Pozycja 1" in html


def test_site_data_memo_lives_with_its_request(site_pages):
    from gops.pages.models import InstitutionSettings

    rf = RequestFactory()
    first = rf.get("/")
    assert site_data.institution(first).short_name == "GOPS Wielgie"
    settings_row = InstitutionSettings.objects.get(site=site_pages["site"])
    settings_row.short_name = "GOPS w Wielgiem"
    settings_row.save()
    assert site_data.institution(rf.get("/")).short_name == "GOPS w Wielgiem"
    assert site_data.institution(first).short_name == "GOPS Wielgie"  # its own snapshot


def test_changes_refresh_once_more_on_commit_once_per_transaction(site_pages):
    from django.db import connection

    with transaction.atomic():
        for page in (site_pages["about"], site_pages["contact"]):
            page.title += " (zmiana)"
            page.save_revision().publish()
        pending = [entry for entry in connection.run_on_commit if entry[1] is signals._refresh]
    assert len(pending) == 1


def _site_queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum("wagtailcore_site" in q["sql"] for q in queries)


def test_site_is_looked_up_once_per_generation(client, site_pages, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0
    # Outside tests requests run in autocommit; the memo is never used inside a transaction.
    monkeypatch.setattr(middleware, "_in_transaction", lambda: False)
    url = site_pages["about"].url
    assert _site_queries(client, url) >= 1
    assert _site_queries(client, url) == 0
    site = site_pages["site"]
    site.site_name = "GOPS Wielgie – nowa nazwa"
    site.save()  # signals bump the generation: the next request reads the Site again
    assert _site_queries(client, url) >= 1
    assert _site_queries(client, url) == 0


def test_site_memo_is_not_used_inside_a_transaction(client, site_pages, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = site_pages["about"].url
    assert _site_queries(client, url) >= 1
    assert _site_queries(client, url) >= 1


def test_new_privacy_restriction_applies_at_once_even_to_cached_pages(
    client, site_pages, monkeypatch
):
    from wagtail.models import PageViewRestriction

    monkeypatch.setattr(middleware, "_in_transaction", lambda: False)
    page = site_pages["about"]
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302 and "X-Page-Cache" not in response
    assert client.get(site_pages["contact"].url).status_code == 200


def test_view_restriction_check_costs_no_query_without_restrictions(
    client, site_pages, settings, monkeypatch
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr(middleware, "_in_transaction", lambda: False)
    url = site_pages["services"][0].url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert not [q for q in queries if "pageviewrestriction" in q["sql"]]
