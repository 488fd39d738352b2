"""The resident's access to their own case: case number plus the access code.

Only a keyed hash of the code is stored. Every failure looks the same and takes about as
long, whether the case number exists or not, so the status page reveals nothing to someone
guessing.

Why HMAC-SHA256 and not a password hasher: key stretching (PBKDF2, ~250 ms of CPU) exists
for guessable human passwords. The access code is machine-generated: 12 characters drawn
with ``secrets`` from a 31-letter alphabet, 31**12 ≈ 2**59.4 codes (~59 bits, well above the
~40 bits that make online guessing hopeless), and the status page rate-limits lookups
(``gops.forms.ratelimit``). An offline attacker with a database dump also needs
``SECRET_KEY`` (the HMAC key) and then still faces 2**59 codes per case. A fast keyed hash is
therefore as safe here and costs microseconds instead of a quarter of a second per
submission (bench/RESULTS.md).

Stored format: ``hmac1:<per-row salt>:<hex digest>`` (no ``$``). Hashes written by the
earlier version (Django's ``make_password``, always containing ``$``) are still accepted
and upgraded to the new format on the first successful check.

Rotating ``SECRET_KEY``: list the old key in ``SECRET_KEY_FALLBACKS`` (checked here too),
otherwise existing access codes stop working.
"""

from __future__ import annotations

import re
import secrets

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.utils.crypto import constant_time_compare, salted_hmac

from .models import Application

# No 0/O, 1/I/L: the code is read from paper and typed by people of every age.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12  # 31**12 ≈ 2**59.4: the fast HMAC below relies on this entropy (≥ 40 bits)

PREFIX = "hmac1"
_KEY_SALT = "gops.forms.access.code"
_DUMMY_SALT = "0" * 16


def generate_access_code() -> str:
    """A random code like "K7QM-2XHT-9PAD" (about 59 bits), shown to the resident once."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(code: str) -> str:
    return re.sub(r"[\s\-]+", "", str(code or "")).upper()[:64]


def _digest(salt: str, code: str, secret=None) -> str:
    return salted_hmac(_KEY_SALT, f"{salt}:{code}", secret=secret, algorithm="sha256").hexdigest()


def hash_access_code(code: str) -> str:
    """The stored form of ``code``: fast (microseconds), so call it before any lock."""
    salt = secrets.token_hex(8)
    return f"{PREFIX}:{salt}:{_digest(salt, normalise_code(code))}"


def verify_access_code(code: str, stored: str) -> bool:
    """Whether ``code`` matches the stored hash (new HMAC format or a legacy Django hash)."""
    code = normalise_code(code)
    stored = stored or ""
    if stored.startswith(PREFIX + ":"):
        _prefix, _sep, rest = stored.partition(":")
        salt, _sep, digest = rest.partition(":")
        ok = False
        for secret in [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]:
            # No early exit: the same work whichever key matches.
            ok |= constant_time_compare(_digest(salt, code, secret), digest)
        return bool(code) and ok
    if "$" in stored:
        # Saved before the switch to HMAC (PBKDF2 via make_password): slow but still valid.
        return bool(code) and check_password(code, stored)
    return False


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
        # Spend the same hashing time as for a real (HMAC-hashed) case: timing tells nothing.
        verify_access_code(code, f"{PREFIX}:{_DUMMY_SALT}:{'0' * 64}")
        return None
    if code and verify_access_code(code, application.access_code_hash):
        if not application.access_code_hash.startswith(PREFIX + ":"):
            # Upgrade a legacy PBKDF2 hash so the next check is fast.
            application.access_code_hash = hash_access_code(code)
            Application.objects.filter(pk=application.pk).update(
                access_code_hash=application.access_code_hash
            )
        return application
    return None
