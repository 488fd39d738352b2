from django.http import HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls

FIXED = "Hello, world. " * 8


def plain(request):
    """(a) A plain Django view: no template, no database."""
    return HttpResponse(FIXED, content_type="text/plain; charset=utf-8")


urlpatterns = [
    path("plain/", plain),
    path("", include(wagtail_urls)),
]
