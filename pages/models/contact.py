"""The contact page: the institution's facts come from settings, people from the page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from .base import CachedPage


class ContactPage(CachedPage):
    lead = models.TextField(_("wstęp"), blank=True)
    map_url = models.URLField(
        _("link do mapy"), blank=True, help_text=_("np. adres z OpenStreetMap lub Map Google")
    )

    content_panels = CachedPage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("map_url"),
        InlinePanel("contacts", label=_("Osoby do kontaktu")),
    ]
    search_fields = CachedPage.search_fields + [index.SearchField("lead")]
    template = "pages/contact_page.html"

    class Meta:
        verbose_name = _("kontakt")
        verbose_name_plural = _("strony kontaktowe")


class ContactPerson(Orderable):
    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="contacts")
    area = models.CharField(_("sprawy"), max_length=200, help_text=_("np. świadczenia rodzinne"))
    name = models.CharField(_("imię i nazwisko lub stanowisko"), max_length=200, blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [FieldPanel("area"), FieldPanel("name"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = _("osoba do kontaktu")
        verbose_name_plural = _("osoby do kontaktu")

    def __str__(self) -> str:
        return f"{self.area}: {self.name}"
