"""The Wagtail page that hosts an online application form for one benefit type."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ..registry import registry
from ..views.routing import ApplicationJourneyMixin

# The steps of the resident's journey an editor can attach help text to.
JOURNEY_STEPS = [
    ("applicant", _("Dane wnioskodawcy")),
    ("household", _("Gospodarstwo domowe")),
    ("incomes", _("Dochody")),
    ("details", _("Pytania dotyczące świadczenia")),
    ("payment", _("Sposób wypłaty")),
    ("attachments", _("Załączniki")),
    ("declarations", _("Oświadczenia")),
    ("check", _("Sprawdź odpowiedzi")),
]


def benefit_choices():
    return registry.choices()


class StepHelpBlock(blocks.StructBlock):
    step = blocks.ChoiceBlock(choices=JOURNEY_STEPS, label=_("krok formularza"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("treść"))

    class Meta:
        icon = "help"
        label = _("Pomoc do kroku")


class ApplicationFormPage(ApplicationJourneyMixin, Page):
    """Editors place it anywhere and choose the benefit; the form itself comes from the registry."""

    benefit_code = models.CharField(_("rodzaj świadczenia"), max_length=60, choices=benefit_choices)
    intro = RichTextField(_("wstęp"), blank=True)
    help_texts = StreamField(
        [("step_help", StepHelpBlock())], blank=True, verbose_name=_("teksty pomocy")
    )
    confirmation_message = RichTextField(
        _("komunikat po złożeniu wniosku"),
        blank=True,
        help_text=_("Wyświetlany na stronie potwierdzenia, pod znakiem sprawy."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("benefit_code"),
        FieldPanel("intro"),
        FieldPanel("help_texts"),
        FieldPanel("confirmation_message"),
    ]

    class Meta:
        verbose_name = _("strona formularza wniosku")
        verbose_name_plural = _("strony formularzy wniosków")

    @property
    def benefit(self):
        return registry.get(self.benefit_code)

    def help_for(self, step: str):
        return [b.value["text"] for b in self.help_texts if b.value["step"] == step]
