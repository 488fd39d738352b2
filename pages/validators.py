"""Validators for the institution's identifiers in the site settings (python-stdnum checks)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import regon as stdnum_regon


def _compact(value) -> str:
    return re.sub(r"[\s\-]", "", str(value or "")).removeprefix("PL")


def validate_nip(value) -> None:
    number = _compact(value)
    if not re.fullmatch(r"\d{10}", number):
        raise ValidationError(
            _("NIP ma 10 cyfr (myślniki i spacje są dozwolone), np. 123-456-32-18."),
            code="nip_format",
        )
    if not stdnum_nip.is_valid(number):
        raise ValidationError(
            _("Ten NIP ma błędną cyfrę kontrolną. Sprawdź, czy wszystkie cyfry są poprawne."),
            code="nip_checksum",
        )


def validate_regon(value) -> None:
    number = _compact(value)
    if not re.fullmatch(r"\d{9}|\d{14}", number):
        raise ValidationError(
            _("REGON ma 9 albo 14 cyfr, bez liter i innych znaków."), code="regon_format"
        )
    if not stdnum_regon.is_valid(number):
        raise ValidationError(
            _("Ten REGON ma błędną cyfrę kontrolną. Sprawdź, czy wszystkie cyfry są poprawne."),
            code="regon_checksum",
        )
