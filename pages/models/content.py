"""General content pages: about the centre, mission, tasks, activities."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import BodyBlock
from .base import CachedPage


class ContentPage(CachedPage):
    lead = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno–dwa zdania pod tytułem."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("treść"))

    content_panels = CachedPage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = CachedPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
    ]

    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("strona z treścią")
        verbose_name_plural = _("strony z treścią")
