"""The institution's facts, edited once in the admin and shown across the site."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..validators import validate_nip, validate_regon

postcode_validator = RegexValidator(
    r"^\d{2}-\d{3}$", _("Kod pocztowy wpisz w formacie 00-000."), code="postcode"
)


@register_setting(icon="home")
class InstitutionSettings(BaseSiteSetting):
    name = models.CharField(
        _("pełna nazwa"), max_length=200, default="Gminny Ośrodek Pomocy Społecznej"
    )
    short_name = models.CharField(_("nazwa skrócona"), max_length=60, default="GOPS")
    street_address = models.CharField(_("ulica i numer"), max_length=200, blank=True)
    postcode = models.CharField(
        _("kod pocztowy"), max_length=6, blank=True, validators=[postcode_validator]
    )
    city = models.CharField(_("miejscowość"), max_length=100, blank=True)
    nip = models.CharField(_("NIP"), max_length=20, blank=True, validators=[validate_nip])
    regon = models.CharField(_("REGON"), max_length=20, blank=True, validators=[validate_regon])
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    phone_secondary = models.CharField(_("drugi telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.TextField(
        _("godziny pracy"),
        blank=True,
        help_text=_("Jeden dzień w wierszu, np. „poniedziałek: 7:30–15:30”."),
    )
    bip_url = models.URLField(_("adres BIP"), blank=True)
    edoreczenia_address = models.CharField(
        _("adres do e-Doręczeń"),
        max_length=100,
        blank=True,
        help_text=_("np. AE:PL-12345-67890-ABCDE-12"),
    )
    iod_name = models.CharField(_("inspektor ochrony danych"), max_length=200, blank=True)
    iod_email = models.EmailField(_("e-mail IOD"), blank=True)
    iod_phone = models.CharField(_("telefon IOD"), max_length=40, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("nip"), FieldPanel("regon")],
            heading=_("Instytucja"),
        ),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("postcode"), FieldPanel("city")],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("phone_secondary"),
                FieldPanel("email"),
                FieldPanel("edoreczenia_address"),
                FieldPanel("bip_url"),
                FieldPanel("office_hours"),
            ],
            heading=_("Kontakt"),
        ),
        MultiFieldPanel(
            [FieldPanel("iod_name"), FieldPanel("iod_email"), FieldPanel("iod_phone")],
            heading=_("Inspektor ochrony danych"),
        ),
    ]

    class Meta:
        verbose_name = _("dane instytucji")
        verbose_name_plural = _("dane instytucji")

    @property
    def office_hours_lines(self) -> list[str]:
        return [line.strip() for line in self.office_hours.splitlines() if line.strip()]
