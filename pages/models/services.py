"""Services and benefits: one structured page per benefit, grouped on an index page.

Amounts and income criteria are never typed into a page: they come from the staff-edited
``Rate`` records of the benefit (through the benefit registry) with their effective date.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from gops.forms.models.pages import benefit_choices

from .. import render_memo
from ..blocks import SIMPLE_FEATURES
from .base import CachedPage

SECTION_FEATURES = ["h3", *SIMPLE_FEATURES]


class ServiceCategory(models.TextChoices):
    SOCIAL_ASSISTANCE = "pomoc-spoleczna", _("Pomoc społeczna")
    FAMILY_BENEFITS = "swiadczenia-rodzinne", _("Świadczenia rodzinne")
    OTHER = "inne", _("Inne formy wsparcia")


class ServiceIndexPage(CachedPage):
    lead = models.TextField(_("wstęp"), blank=True)

    content_panels = CachedPage.content_panels + [FieldPanel("lead")]
    search_fields = CachedPage.search_fields + [index.SearchField("lead")]
    subpage_types = ["pages.ServicePage", "intake.ApplicationFormPage", "pages.ContentPage"]
    template = "pages/service_index_page.html"

    class Meta:
        verbose_name = _("lista usług i świadczeń")
        verbose_name_plural = _("listy usług i świadczeń")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = (
            ServicePage.objects.live()
            .child_of(self)
            .only("id", "path", "depth", "url_path", "title", "slug", "category", "summary")
            .order_by("path")
        )
        groups = {value: [] for value, _label in ServiceCategory.choices}
        for service in services:
            groups.setdefault(service.category, []).append(service)
        context["groups"] = [
            {"category": value, "label": label, "services": groups[value]}
            for value, label in ServiceCategory.choices
            if groups[value]
        ]
        return context


class ServicePage(CachedPage):
    category = models.CharField(
        _("kategoria"),
        max_length=30,
        choices=ServiceCategory.choices,
        default=ServiceCategory.SOCIAL_ASSISTANCE,
    )
    benefit_code = models.CharField(
        _("rodzaj świadczenia"),
        max_length=60,
        blank=True,
        choices=benefit_choices,
        help_text=_("Łączy stronę z kwotami i kryteriami świadczenia (tabela „Kwoty i kryteria”)."),
    )
    summary = models.TextField(_("w skrócie"), help_text=_("Dwa–trzy zdania prostym językiem."))
    who_may_apply = RichTextField(_("kto może skorzystać"), features=SECTION_FEATURES)
    income_criterion_note = RichTextField(
        _("kryterium dochodowe – objaśnienie"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Bez kwot: kwoty pokazują się same z tabeli kryteriów."),
    )
    required_documents = RichTextField(_("wymagane dokumenty"), features=SECTION_FEATURES)
    legal_basis = RichTextField(_("podstawa prawna"), blank=True, features=SIMPLE_FEATURES)
    deadlines = RichTextField(
        _("terminy i czas załatwienia sprawy"), blank=True, features=SECTION_FEATURES
    )
    how_to_apply = RichTextField(_("jak złożyć wniosek"), features=SECTION_FEATURES)
    fees = RichTextField(_("opłaty"), blank=True, features=SIMPLE_FEATURES)
    application_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("formularz wniosku online"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = CachedPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("benefit_code"), FieldPanel("summary")],
            heading=_("Podstawowe informacje"),
        ),
        FieldPanel("who_may_apply"),
        FieldPanel("income_criterion_note"),
        FieldPanel("required_documents"),
        FieldPanel("how_to_apply"),
        FieldPanel("deadlines"),
        FieldPanel("fees"),
        FieldPanel("legal_basis"),
        PageChooserPanel("application_page", "intake.ApplicationFormPage"),
        InlinePanel("related_services", label=_("Powiązane usługi")),
    ]
    search_fields = CachedPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("who_may_apply"),
        index.SearchField("income_criterion_note"),
        index.SearchField("required_documents"),
        index.SearchField("how_to_apply"),
        index.SearchField("deadlines"),
        index.SearchField("legal_basis"),
        index.FilterField("category"),
    ]
    parent_page_types = ["pages.ServiceIndexPage"]
    subpage_types = ["intake.ApplicationFormPage"]
    template = "pages/service_page.html"

    class Meta:
        verbose_name = _("usługa lub świadczenie")
        verbose_name_plural = _("usługi i świadczenia")

    @property
    def benefit(self):
        from gops.forms.registry import registry

        if self.benefit_code and self.benefit_code in registry:
            return registry.get(self.benefit_code)
        return None

    def current_rates(self):
        """The benefit's amounts and criteria in force today, in the registry's order."""
        from gops.forms.models import Rate

        benefit = self.benefit
        if benefit is None or not benefit.rate_codes:
            return []
        in_force = Rate.objects.in_force(benefit.rate_codes)
        return [in_force[code] for code in benefit.rate_codes if code in in_force]

    def _links(self):
        """The live application form page (or None) and the live related services."""
        application = self.application_page
        related = [
            rel.service
            for rel in self.related_services.select_related("service").all()
            if rel.service is not None and rel.service.live
        ]
        return (application if application and application.live else None), related

    def get_context(self, request, *args, **kwargs):
        # Rates, the application page and related services are the same for every visitor:
        # kept per process for the page-cache generation (bumped by publishing, unpublishing,
        # moving or deleting a page and by saving a rate), rates also per day.
        context = super().get_context(request, *args, **kwargs)
        rates = render_memo.get_or_build(
            ("service-rates", self.benefit_code, timezone.localdate()),
            self.current_rates,
            request,
        )
        context["rates"] = rates
        context["rates_effective"] = max((r.effective_from for r in rates), default=None)
        application, related = render_memo.get_or_build(
            ("service-links", self.pk, self.application_page_id), self._links, request
        )
        context["application_page"] = application
        context["related"] = related
        return context


class ServiceRelation(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="related_services")
    service = models.ForeignKey(
        Page,
        verbose_name=_("usługa"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("service", "pages.ServicePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("powiązana usługa")
        verbose_name_plural = _("powiązane usługi")
