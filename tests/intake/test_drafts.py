import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from gops.forms.drafts import hash_token, load_draft, purge_expired, save_draft
from gops.forms.models import Draft

pytestmark = pytest.mark.django_db


def test_save_and_resume():
    draft, token = save_draft(
        "becikowe", "a@example.pl", {"applicant": {"first_name": "Ala"}}, "household"
    )
    assert len(token) >= 40
    loaded = load_draft(token)
    assert loaded == draft and loaded.data["applicant"]["first_name"] == "Ala"
    assert loaded.current_step == "household"
    # only the hash is stored
    assert token not in Draft.objects.values_list("token_hash", flat=True)[0]
    assert Draft.objects.get().token_hash == hash_token(token)


def test_expiry_from_settings(settings):
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "DRAFT_TTL_DAYS": 3}
    before = timezone.now()
    draft, _token = save_draft("becikowe", "a@example.pl", {}, "")
    assert (
        before + datetime.timedelta(days=3)
        <= draft.expires_at
        <= timezone.now() + datetime.timedelta(days=3)
    )


def test_saving_again_updates_the_same_draft_and_extends_it():
    draft, token = save_draft("becikowe", "a@example.pl", {"n": 1}, "applicant")
    Draft.objects.filter(pk=draft.pk).update(
        expires_at=timezone.now() + datetime.timedelta(hours=1)
    )
    again, same = save_draft("becikowe", "a@example.pl", {"n": 2}, "incomes", token=token)
    assert same == token and again.pk == draft.pk and Draft.objects.count() == 1
    assert again.expires_at > timezone.now() + datetime.timedelta(days=6)
    assert load_draft(token).data == {"n": 2}


def test_expired_draft_is_gone_and_cannot_be_revived():
    draft, token = save_draft("becikowe", "a@example.pl", {"n": 1}, "")
    Draft.objects.filter(pk=draft.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert load_draft(token) is None
    _new, new_token = save_draft("becikowe", "a@example.pl", {"n": 2}, "", token=token)
    assert new_token != token and load_draft(token) is None


@pytest.mark.parametrize("token", ["", None, "x" * 500, "unknown-token"])
def test_unknown_tokens(token):
    assert load_draft(token) is None


def test_purge_deletes_only_expired():
    keep, _ = save_draft("becikowe", "a@example.pl", {}, "")
    old, _ = save_draft("posilek", "b@example.pl", {}, "")
    Draft.objects.filter(pk=old.pk).update(expires_at=timezone.now() - datetime.timedelta(days=1))
    assert purge_expired() == 1
    assert list(Draft.objects.all()) == [keep]


def test_purge_command(private_dir):
    old, _ = save_draft("posilek", "b@example.pl", {}, "")
    Draft.objects.filter(pk=old.pk).update(expires_at=timezone.now() - datetime.timedelta(days=1))
    out = StringIO()
    call_command("purge_drafts", stdout=out)
    assert Draft.objects.count() == 0
    assert "1" in out.getvalue()


def test_purge_command_removes_abandoned_pending_files(private_dir):
    import os

    from gops.forms.attachments import inspect_upload, store_pending

    from .conftest import pdf_bytes, upload

    fresh = store_pending(
        upload("a.pdf", pdf_bytes()), inspect_upload(upload("a.pdf", pdf_bytes()))
    )
    stale = store_pending(
        upload("b.pdf", pdf_bytes()), inspect_upload(upload("b.pdf", pdf_bytes()))
    )
    old = (timezone.now() - datetime.timedelta(days=30)).timestamp()
    os.utime(private_dir / stale["path"], (old, old))
    call_command("purge_drafts", stdout=StringIO())
    assert (private_dir / fresh["path"]).exists()
    assert not (private_dir / stale["path"]).exists()
