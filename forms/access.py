"""The resident's access to their own case: case number plus the access code.

Only a hash of the code is stored (Django's password hashers, so it upgrades with them).
Every failure looks the same and takes about as long, whether the case number exists or
not, so the status page reveals nothing to someone guessing.
"""

from __future__ import annotations

import re
import secrets

from django.contrib.auth.hashers import check_password, make_password

from .models import Application

# No 0/O, 1/I/L: the code is read from paper and typed by people of every age.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12


def generate_access_code() -> str:
    """A random code like "K7QM-2XHT-9PAD" (about 59 bits), shown to the resident once."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    return re.sub(r"[\s\-]+", "", str(code or "")).upper()[:64]


def hash_access_code(code: str) -> str:
    return make_password(normalise_code(code))


def normalise_case_number(case_number: str) -> str:
    return re.sub(r"\s+", "", str(case_number or ""))[:60]


def check_access(case_number: str, access_code: str) -> Application | None:
    """The application when both match; None for any mismatch (one generic failure)."""
    number = normalise_case_number(case_number)
    code = normalise_code(access_code)
    # Exact matches only (they use the unique index); residents often type lower case.
    candidates = {number, number.upper()}
    application = Application.objects.filter(case_number__in=candidates).first() if number else None
    if application is None:
        # Spend the same hashing time as for a real case, so timing tells nothing.
        make_password(code)
        return None
    if code and check_password(code, application.access_code_hash):
        return application
    return None
