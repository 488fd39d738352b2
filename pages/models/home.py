"""The home page: mission in brief, quick links, latest news, office hours and contact."""

from dataclasses import dataclass

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import render_memo
from ..blocks import BodyBlock, QuickLinksBlock
from .base import CachedPage

LATEST_NEWS = 3


@dataclass
class QuickLink:
    title: str
    description: str
    href: str


def _reverse_or_none(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:  # the intake views are built separately and may be absent
        return None


class HomePage(CachedPage):
    lead = models.TextField(_("misja w skrócie"), help_text=_("Kilka zdań o tym, jak pomagamy."))
    quick_links = StreamField(
        QuickLinksBlock(),
        blank=True,
        verbose_name=_("szybkie linki"),
        help_text=_("Puste: wniosek online, status wniosku i kontakt."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("treść"))

    content_panels = CachedPage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("quick_links"),
        FieldPanel("body"),
    ]
    search_fields = CachedPage.search_fields + [index.SearchField("lead")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("strona główna")
        verbose_name_plural = _("strony główne")

    def get_context(self, request, *args, **kwargs):
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)

        def build():
            latest_news = list(
                NewsPage.objects.live()
                .descendant_of(self)
                # What the list shows and its links need (the bodies stay in the database).
                .only("id", "path", "depth", "url_path", "title", "slug", "date", "lead")
                .order_by("-date", "-pk")[:LATEST_NEWS]
            )
            first = self._first_live_children()
            links = self.resolved_quick_links(request, first)
            return latest_news, first.get("pages.NewsIndexPage"), links

        # The same for every visitor: kept per process for the page-cache generation (bumped
        # by publishing, unpublishing, moving or deleting any page), per site (link URLs are
        # relative to the request's site).
        site = getattr(request, "_wagtail_site", None)
        key = ("home", self.pk, site.pk if site is not None else None)
        latest_news, news_index, links = render_memo.get_or_build(key, build, request)
        context["latest_news"] = latest_news
        context["news_index"] = news_index
        context["links"] = links
        return context

    def _first_live_children(self) -> dict[str, Page]:
        """The first live page below this one (in tree order) of each type the page links
        to, from one query. The pages are not specific: only their URLs are used."""
        from .contact import ContactPage
        from .news import NewsIndexPage
        from .services import ServiceIndexPage

        models = (NewsIndexPage, ServiceIndexPage, ContactPage)
        first: dict[str, Page] = {}
        for page in Page.objects.live().descendant_of(self).type(*models).order_by("path"):
            model = page.specific_class
            for wanted in models:
                if model is not None and issubclass(model, wanted):
                    first.setdefault(wanted._meta.label, page)
        return first

    def resolved_quick_links(self, request=None, first=None) -> list[QuickLink]:
        if self.quick_links:
            links = []
            for block in self.quick_links:
                href = block.value.href(request)
                if href:
                    links.append(
                        QuickLink(block.value["title"], block.value["description"] or "", href)
                    )
            if links:
                return links
        return self.default_quick_links(request, first)

    def default_quick_links(self, request=None, first=None) -> list[QuickLink]:
        if first is None:
            first = self._first_live_children()
        links = []
        services = first.get("pages.ServiceIndexPage")
        if services is not None:
            links.append(
                QuickLink(
                    _("Złóż wniosek online"),
                    _("Wybierz świadczenie i wypełnij wniosek przez internet."),
                    services.get_url(request),
                )
            )
        status_url = _reverse_or_none("intake:status")
        if status_url:
            links.append(
                QuickLink(
                    _("Sprawdź status wniosku"),
                    _("Podaj znak sprawy i kod dostępu, aby zobaczyć, co dzieje się z wnioskiem."),
                    status_url,
                )
            )
        contact = first.get("pages.ContactPage")
        if contact is not None:
            links.append(
                QuickLink(
                    _("Kontakt"),
                    _("Adres, telefony, godziny pracy i osoby do kontaktu."),
                    contact.get_url(request),
                )
            )
        return links
