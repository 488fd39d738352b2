"""Drafts residents save and resume through an e-mailed link.

The link carries a random token; only its SHA-256 is stored, so a database leak does not
reveal working links. Drafts expire after ``GOPS_INTAKE["DRAFT_TTL_DAYS"]`` days and are
deleted by ``manage.py purge_drafts``.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Draft

DEFAULT_TTL_DAYS = 7


def ttl_days() -> int:
    return int(getattr(settings, "GOPS_INTAKE", {}).get("DRAFT_TTL_DAYS", DEFAULT_TTL_DAYS))


def hash_token(token: str) -> str:
    return hashlib.sha256(str(token).encode()).hexdigest()


def expiry_from(now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) + datetime.timedelta(days=ttl_days())


def save_draft(
    benefit_code: str, email: str, data: dict, step: str, token: str | None = None
) -> tuple[Draft, str]:
    """Create a draft, or update the live one ``token`` points to; returns (draft, token).

    Saving again extends the expiry. An unknown or expired token starts a new draft with
    a new token, so an old link can never be brought back to life.
    """
    with transaction.atomic():
        draft = None
        if token:
            draft = (
                Draft.objects.select_for_update()
                .filter(token_hash=hash_token(token), expires_at__gt=timezone.now())
                .first()
            )
        if draft is None:
            token = secrets.token_urlsafe(32)
            draft = Draft(token_hash=hash_token(token))
        draft.benefit_code = benefit_code
        draft.email = email
        draft.data = data
        draft.current_step = step or ""
        draft.expires_at = expiry_from()
        draft.save()
    return draft, token


def load_draft(token: str) -> Draft | None:
    """The draft for ``token``; None if there is none or it has expired."""
    if not token or len(str(token)) > 200:
        return None
    return Draft.objects.filter(token_hash=hash_token(token), expires_at__gt=timezone.now()).first()


def delete_draft(token: str) -> bool:
    return bool(Draft.objects.filter(token_hash=hash_token(token)).delete()[0])


def purge_expired(now: datetime.datetime | None = None) -> int:
    """Delete expired drafts; returns how many."""
    deleted, _per_model = Draft.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted


def purge_abandoned() -> tuple[int, int]:
    """Expired drafts, and pending uploads that outlived any draft by a day (nobody can
    submit them any more). Returns (drafts, files) deleted."""
    from .attachments import purge_pending_files

    drafts = purge_expired()
    files = purge_pending_files(timezone.now() - datetime.timedelta(days=ttl_days() + 1))
    return drafts, files
