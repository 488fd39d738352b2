"""Public views outside the page tree: search and robots.txt."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    results_page = None
    if query:
        results = Page.objects.live().public().specific().search(query)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("strona", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": results_page, "extra_query": urlencode({"q": query})},
    )


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /szukaj/",
        "Disallow: /wnioski/",
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
