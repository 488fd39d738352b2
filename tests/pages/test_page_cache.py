"""Anonymous page views come from the cache; publishing makes changes visible at once;
nothing personal (logged-in views, CSRF forms, cookies, the intake forms) is cached."""

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from gops.pages.middleware import PageCacheMiddleware

pytestmark = pytest.mark.django_db


def test_second_anonymous_view_is_served_from_cache(client, site_pages):
    url = site_pages["about"].url
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_published_edit_is_visible_at_once(client, site_pages):
    page = site_pages["about"]
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"

    page.title = "O naszym ośrodku"
    page.save_revision().publish()

    response = client.get(page.url)
    assert "O naszym ośrodku" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_new_news_item_appears_on_cached_home_page(client, site_pages):
    from gops.pages.models import NewsPage

    home = site_pages["home"]
    client.get(home.url)
    news = NewsPage(title="Świeża wiadomość", slug="swieza", lead="x")
    site_pages["news_index"].add_child(instance=news)
    news.save_revision().publish()
    assert "Świeża wiadomość" in client.get(home.url).content.decode()


def test_unpublished_page_disappears_at_once(client, site_pages):
    page = site_pages["about"]
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_draft_is_not_shown_until_published(client, site_pages):
    page = site_pages["about"]
    client.get(page.url)
    page.title = "Wersja robocza"
    page.save_revision()
    assert "Wersja robocza" not in client.get(page.url).content.decode()


def test_rate_change_reaches_cached_service_page(client, site_pages):
    import datetime

    from gops.forms.models import Rate

    from .factories import make_service

    service = make_service(site_pages["service_index"], 500, benefit_code="zasilek-staly")
    assert "1\u00a0010,00" in client.get(service.url).content.decode()
    rate = Rate.objects.get(code="ups-kryterium-osoba-samotna", effective_from__year=2025)
    rate.amount = "1050.00"
    rate.save()
    assert rate.effective_from <= datetime.date.today()
    assert "1\u00a0050,00" in client.get(service.url).content.decode()


def test_logged_in_users_are_never_served_or_stored(client, site_pages):
    url = site_pages["about"].url
    user = get_user_model().objects.create_user("redaktor1", password="haslo-123456")
    client.force_login(user)
    first = client.get(url)
    second = client.get(url)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    client.logout()
    client.cookies.clear()
    assert client.get(url)["X-Page-Cache"] == "miss"  # nothing was stored for the user


def test_application_form_pages_are_never_cached(client, site_pages):
    from gops.forms.models import ApplicationFormPage

    form_page = ApplicationFormPage(
        title="Wniosek o zasiłek stały", slug="wniosek-zs", benefit_code="zasilek-staly"
    )
    site_pages["service_index"].add_child(instance=form_page)
    client.raise_request_exception = False
    for _ in range(2):
        response = client.get(form_page.url)
        assert "X-Page-Cache" not in response


def _middleware_response(view):
    request = RequestFactory().get("/strona/")
    return PageCacheMiddleware(view)(request), request


def test_responses_with_csrf_token_are_not_stored(site_pages):
    def view(request):
        response = HttpResponse(f"<form>{get_token(request)}</form>")
        response.gops_cacheable = True
        return response

    first, _ = _middleware_response(view)
    second, _ = _middleware_response(view)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second


def test_responses_setting_cookies_are_not_stored(site_pages):
    def view(request):
        response = HttpResponse("x")
        response.set_cookie("wybor", "1")
        response.gops_cacheable = True
        return response

    _middleware_response(view)
    second, _ = _middleware_response(view)
    assert "X-Page-Cache" not in second


def test_unmarked_responses_are_not_stored(site_pages):
    def view(request):
        return HttpResponse("x")

    _middleware_response(view)
    second, _ = _middleware_response(view)
    assert "X-Page-Cache" not in second


def test_unknown_query_parameters_bypass_the_cache(client, site_pages):
    url = site_pages["news_index"].url
    assert client.get(url, {"strona": "1"})["X-Page-Cache"] == "miss"
    assert client.get(url, {"strona": "1"})["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in client.get(url, {"utm_source": "x"})
