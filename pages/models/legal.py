"""Pages the law requires: the accessibility statement and the RODO privacy notice."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from ..blocks import SIMPLE_FEATURES
from .base import CachedPage

LEGAL_FEATURES = ["h2", "h3", "h4", *SIMPLE_FEATURES]


class AccessibilityStatementPage(CachedPage):
    """Deklaracja dostępności with the element ids the ministry's checkers look for."""

    class Status(models.TextChoices):
        COMPLIANT = "zgodna", _("zgodna")
        PARTIAL = "częściowo zgodna", _("częściowo zgodna")
        NON_COMPLIANT = "niezgodna", _("niezgodna")

    entity_name = models.CharField(_("nazwa podmiotu"), max_length=200)
    site_url = models.URLField(_("adres strony internetowej"))
    publication_date = models.DateField(_("data publikacji strony"))
    update_date = models.DateField(_("data ostatniej istotnej aktualizacji"))
    status = models.CharField(
        _("status zgodności"), max_length=20, choices=Status.choices, default=Status.PARTIAL
    )
    non_accessible_content = RichTextField(
        _("treści niedostępne"),
        blank=True,
        features=LEGAL_FEATURES,
        help_text=_("Wymagane przy statusie częściowo zgodna lub niezgodna."),
    )
    assessment = RichTextField(
        _("ocena nadmiernego obciążenia"), blank=True, features=LEGAL_FEATURES
    )
    prepared_date = models.DateField(_("data sporządzenia deklaracji"), default=timezone.localdate)
    prepared_method = models.CharField(
        _("sposób sporządzenia"),
        max_length=200,
        default="samoocena przeprowadzona przez podmiot publiczny",
    )
    auditor = models.CharField(_("podmiot zewnętrzny (audytor)"), max_length=200, blank=True)
    contact_person = models.CharField(_("osoba do kontaktu"), max_length=200)
    contact_email = models.EmailField(_("e-mail osoby do kontaktu"))
    contact_phone = models.CharField(_("telefon osoby do kontaktu"), max_length=40)
    procedure = RichTextField(_("procedura wnioskowo-skargowa"), features=LEGAL_FEATURES)
    architecture = RichTextField(_("dostępność architektoniczna"), features=LEGAL_FEATURES)
    mobile_apps = RichTextField(_("aplikacje mobilne"), blank=True, features=LEGAL_FEATURES)

    content_panels = CachedPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("site_url"),
                FieldPanel("publication_date"),
                FieldPanel("update_date"),
            ],
            heading=_("Podmiot i strona"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("non_accessible_content"),
                FieldPanel("assessment"),
            ],
            heading=_("Stan dostępności"),
        ),
        MultiFieldPanel(
            [FieldPanel("prepared_date"), FieldPanel("prepared_method"), FieldPanel("auditor")],
            heading=_("Przygotowanie deklaracji"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Informacje zwrotne i dane kontaktowe"),
        ),
        FieldPanel("procedure"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = CachedPage.search_fields + [index.SearchField("entity_name")]
    max_count = 1
    subpage_types: list[str] = []
    template = "pages/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("deklaracja dostępności")
        verbose_name_plural = _("deklaracje dostępności")


class PrivacyNoticePage(CachedPage):
    """Klauzula informacyjna RODO (art. 13); the IOD contact comes from the site settings."""

    lead = models.TextField(_("wstęp"), blank=True)
    body = RichTextField(_("treść"), features=LEGAL_FEATURES)

    content_panels = CachedPage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = CachedPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
    ]
    subpage_types: list[str] = []
    template = "pages/privacy_notice_page.html"

    class Meta:
        verbose_name = _("klauzula informacyjna RODO")
        verbose_name_plural = _("klauzule informacyjne RODO")
