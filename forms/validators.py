"""Validators for the data residents type in: identifiers, account numbers, contacts, text.

Checksums come from python-stdnum; this module adds Polish messages that tell the
resident what to correct, and the normalised form we store.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import pesel as stdnum_pesel
from stdnum.pl import regon as stdnum_regon

_SEPARATORS = re.compile(r"[\s\-]+")


def _digits_only(value: str) -> str:
    return _SEPARATORS.sub("", str(value or ""))


# --- PESEL ----------------------------------------------------------------------------


def pesel_birth_date(pesel: str) -> datetime.date:
    """The birth date encoded in a PESEL (months +80 → 1800s, +20 → 2000s, +40 → 2100s,
    +60 → 2200s). Raises ValidationError when the date does not exist."""
    number = _digits_only(pesel)
    if not re.fullmatch(r"\d{11}", number):
        raise ValidationError(
            _("PESEL musi mieć 11 cyfr. Sprawdź numer w dowodzie osobistym."),
            code="pesel_format",
        )
    try:
        return stdnum_pesel.get_birth_date(number)
    except (StdnumError, ValueError, KeyError):
        raise ValidationError(
            _(
                "Pierwsze sześć cyfr numeru PESEL nie tworzy prawdziwej daty urodzenia. "
                "Sprawdź, czy nie zamieniono cyfr."
            ),
            code="pesel_date",
        ) from None


def validate_pesel(value: str) -> str:
    """Check a PESEL (length, check digit, a real and past birth date); return its digits."""
    number = _digits_only(value)
    if not re.fullmatch(r"\d{11}", number):
        raise ValidationError(
            _("PESEL musi mieć 11 cyfr, bez liter i innych znaków. Sprawdź numer w dowodzie."),
            code="pesel_format",
        )
    birth_date = pesel_birth_date(number)
    if stdnum_pesel.calc_check_digit(number[:10]) != number[10]:
        raise ValidationError(
            _(
                "Ten numer PESEL ma błędną cyfrę kontrolną – prawdopodobnie jedna cyfra jest "
                "wpisana źle. Porównaj numer z dowodem osobistym."
            ),
            code="pesel_checksum",
        )
    if birth_date > timezone.localdate():
        raise ValidationError(
            _("Data urodzenia zapisana w numerze PESEL jest w przyszłości. Sprawdź numer."),
            code="pesel_future",
        )
    return number


def pesel_gender(pesel: str) -> str:
    """'K' (kobieta) or 'M' (mężczyzna): the 10th digit is even for women."""
    return "K" if int(_digits_only(pesel)[9]) % 2 == 0 else "M"


def validate_pesel_matches_birth_date(pesel: str, birth_date: datetime.date) -> None:
    if pesel_birth_date(pesel) != birth_date:
        raise ValidationError(
            _(
                "Data urodzenia nie zgadza się z numerem PESEL. Popraw datę urodzenia "
                "albo numer PESEL."
            ),
            code="pesel_birth_date_mismatch",
        )


# --- Bank account (NRB / IBAN) --------------------------------------------------------


def normalise_nrb(value: str) -> str:
    """26 digits of a Polish account number, without spaces or the "PL" prefix."""
    number = _digits_only(value).upper()
    if number.startswith("PL"):
        number = number[2:]
    return number


def validate_nrb(value: str) -> str:
    """Check a Polish account number (NRB, optionally written as IBAN "PL..."); return 26 digits."""
    number = normalise_nrb(value)
    if not re.fullmatch(r"\d{26}", number):
        raise ValidationError(
            _(
                "Numer rachunku bankowego musi mieć 26 cyfr (spacje i przedrostek PL są "
                "dozwolone). Przepisz go z umowy z bankiem lub z aplikacji banku."
            ),
            code="nrb_format",
        )
    try:
        stdnum_iban.validate("PL" + number)
    except StdnumError:
        raise ValidationError(
            _(
                "Ten numer rachunku ma błędne cyfry kontrolne – prawdopodobnie jedna cyfra "
                "jest wpisana źle. Sprawdź numer w banku i wpisz go ponownie."
            ),
            code="nrb_checksum",
        ) from None
    return number


def format_nrb(value: str) -> str:
    """ "12 3456 7890 ..." – the way banks print it, for letters and the PDF."""
    number = normalise_nrb(value)
    return " ".join([number[:2]] + [number[i : i + 4] for i in range(2, len(number), 4)])


# --- Postcode and phone ---------------------------------------------------------------


def validate_postcode(value: str) -> str:
    code = str(value or "").strip()
    if re.fullmatch(r"\d{5}", code):
        code = f"{code[:2]}-{code[2:]}"
    if not re.fullmatch(r"\d{2}-\d{3}", code):
        raise ValidationError(
            _("Wpisz kod pocztowy w formacie 00-000, na przykład 87-603."),
            code="postcode_format",
        )
    return code


def normalise_phone(value: str) -> str:
    """ "+48" and nine digits. Raises ValidationError like ``validate_phone``."""
    return validate_phone(value)


def validate_phone(value: str) -> str:
    raw = re.sub(r"[\s\-().]+", "", str(value or ""))
    if raw.startswith("+48"):
        raw = raw[3:]
    elif raw.startswith("0048"):
        raw = raw[4:]
    elif len(raw) == 11 and raw.startswith("48"):
        raw = raw[2:]
    if not re.fullmatch(r"\d{9}", raw):
        raise ValidationError(
            _(
                "Wpisz numer telefonu z 9 cyframi, na przykład 600 123 456 "
                "(możesz dodać +48 na początku)."
            ),
            code="phone_format",
        )
    return "+48" + raw


# --- NIP and REGON --------------------------------------------------------------------


def validate_nip(value: str) -> str:
    number = _digits_only(value).upper()
    if number.startswith("PL"):
        number = number[2:]
    if not re.fullmatch(r"\d{10}", number):
        raise ValidationError(
            _("NIP musi mieć 10 cyfr (myślniki są dozwolone). Sprawdź numer na dokumencie."),
            code="nip_format",
        )
    try:
        stdnum_nip.validate(number)
    except StdnumError:
        raise ValidationError(
            _("Ten NIP ma błędną cyfrę kontrolną. Sprawdź, czy żadna cyfra nie jest zamieniona."),
            code="nip_checksum",
        ) from None
    return number


def validate_regon(value: str) -> str:
    number = _digits_only(value)
    if not re.fullmatch(r"\d{9}|\d{14}", number):
        raise ValidationError(
            _("REGON musi mieć 9 albo 14 cyfr. Sprawdź numer na dokumencie."),
            code="regon_format",
        )
    try:
        stdnum_regon.validate(number)
    except StdnumError:
        raise ValidationError(
            _("Ten REGON ma błędną cyfrę kontrolną. Sprawdź, czy żadna cyfra nie jest zamieniona."),
            code="regon_checksum",
        ) from None
    return number


# --- Free text ------------------------------------------------------------------------

# Bidirectional overrides can make text display differently from what is stored.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(value, max_length: int = 500, multiline: bool = False) -> str:
    """Strip, normalise (NFC) and check text typed by a resident.

    Control characters (and invisible text-direction overrides) are refused rather than
    silently removed, so what staff read is what the resident wrote. Line breaks are
    allowed only in ``multiline`` fields and are stored as "\\n".
    """
    text = unicodedata.normalize("NFC", str(value or ""))
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    for char in text:
        if multiline and char in "\n\t":
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co") or char in _BIDI_CONTROLS:
            raise ValidationError(
                _(
                    "Tekst zawiera niedozwolone znaki sterujące (często po wklejeniu z innego "
                    "programu). Wpisz go ponownie ręcznie."
                ),
                code="control_characters",
            )
    if len(text) > max_length:
        raise ValidationError(
            _(
                "Tekst jest za długi: ma %(length)d znaków, a można wpisać najwyżej "
                "%(max)d. Skróć go."
            ),
            code="too_long",
            params={"length": len(text), "max": max_length},
        )
    return text
