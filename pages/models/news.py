"""News: a paginated index with an RSS feed, and dated news pages."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index

from .. import render_memo
from ..blocks import BodyBlock
from .base import CachedPage

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, CachedPage):
    lead = models.TextField(_("wstęp"), blank=True)

    content_panels = CachedPage.content_panels + [FieldPanel("lead")]
    search_fields = CachedPage.search_fields + [index.SearchField("lead")]
    subpage_types = ["pages.NewsPage"]
    template = "pages/news_index_page.html"

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin.serve calls the route's view directly, bypassing CachedPage.serve.
        response = super().serve(request, *args, **kwargs)
        response.gops_cacheable = True
        return response

    def news(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .only("id", "path", "depth", "url_path", "title", "slug", "date", "lead")
            .order_by("-date", "-pk")
        )

    @path("")
    def index_view(self, request):
        paginator = Paginator(self.news(), NEWS_PER_PAGE)
        # The count and each page's items are the same for every visitor: kept per process
        # for the page-cache generation (bumped by publishing or unpublishing any page).
        paginator.count = render_memo.get_or_build(
            ("news-count", self.pk), lambda: Paginator.count.func(paginator), request
        )
        try:
            news_page = paginator.page(request.GET.get("strona", 1))
        except PageNotAnInteger:
            news_page = paginator.page(1)
        except EmptyPage:
            news_page = paginator.page(paginator.num_pages)
        news_page.object_list = render_memo.get_or_build(
            ("news-page", self.pk, news_page.number),
            lambda: list(news_page.object_list),
            request,
        )
        return self.render(request, context_overrides={"news_page": news_page})

    @re_path(r"^rss/$")
    def rss_view(self, request):
        from ..feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(CachedPage):
    date = models.DateField(_("data"), default=timezone.localdate)
    lead = models.TextField(_("wstęp"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("treść"))

    content_panels = CachedPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    search_fields = CachedPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")
