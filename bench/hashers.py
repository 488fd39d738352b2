"""What-if for the submission profile: a cheap hash for the resident's access code.

The access code is 12 random characters from a 31-letter alphabet (~59 bits). Key
stretching (PBKDF2 with Django's 1,000,000 iterations, ~0.3 s of CPU) protects guessable
human passwords; a random 59-bit code is out of brute-force reach without it. Used only
when run.py measures ``--what-if fast-access-hash``; the portal itself is unchanged.
"""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class FastAccessCodeHasher(PBKDF2PasswordHasher):
    algorithm = "pbkdf2_sha256_bench_fast"
    iterations = 1
