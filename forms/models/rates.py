"""Thresholds and amounts as staff-editable records with an effective date.

Regulations change criteria every few years; a new record with a later ``effective_from``
takes over on that day while the history stays. Service pages, the eligibility check and
decision drafts all read the same records.
"""

import datetime
from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RateQuerySet(models.QuerySet):
    def in_force(self, codes=None, on: datetime.date | None = None) -> dict[str, "Rate"]:
        """The record in force on ``on`` (default today) for each code, in one query."""
        on = on or timezone.localdate()
        qs = self.filter(effective_from__lte=on)
        if codes is not None:
            qs = qs.filter(code__in=list(codes))
        current: dict[str, Rate] = {}
        for rate in qs.order_by("code", "-effective_from"):
            current.setdefault(rate.code, rate)
        return current


class Rate(models.Model):
    class Unit(models.TextChoices):
        PLN = "pln", _("zł")
        PLN_PER_PERSON = "pln_person", _("zł na osobę")
        PERCENT = "percent", _("%")
        SQUARE_METRES = "m2", _("m²")

    code = models.SlugField(
        _("kod"), max_length=60, help_text=_("Stały identyfikator, np. ups-kryterium-osoba")
    )
    name = models.CharField(_("nazwa"), max_length=200)
    amount = models.DecimalField(_("kwota / wartość"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("jednostka"), max_length=12, choices=Unit.choices, default=Unit.PLN)
    effective_from = models.DateField(_("obowiązuje od"))
    legal_basis = models.CharField(_("podstawa prawna"), max_length=300, blank=True)
    note = models.CharField(_("uwagi"), max_length=300, blank=True)

    objects = RateQuerySet.as_manager()

    class Meta:
        verbose_name = _("kwota lub kryterium")
        verbose_name_plural = _("kwoty i kryteria")
        ordering = ["code", "-effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["code", "effective_from"], name="rate_code_date_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.effective_from:%d.%m.%Y})"

    @property
    def value(self) -> Decimal:
        return self.amount
