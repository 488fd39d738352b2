import pytest
from django.core.exceptions import ValidationError

from gops.forms.models import Attachment
from gops.forms.registry import registry
from gops.forms.signals import application_supplemented
from gops.forms.status import Status
from gops.forms.status_changes import set_status
from gops.forms.submission import submit_application
from gops.forms.supplements import add_supplements

from .conftest import jpeg_bytes, pdf_bytes, upload
from .factories import new_key, pending_for, submission_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(private_dir):
    d = registry.get("becikowe")
    return submit_application(d.code, submission_data(d), pending_for(d), new_key()).application


def test_supplements_are_attached_and_announced(application):
    received = []

    def listener(sender, application, attachments, **kwargs):
        received.append((application.pk, [a.original_name for a in attachments]))

    application_supplemented.connect(listener, dispatch_uid="test-supp")
    try:
        added = add_supplements(
            application, [upload("akt urodzenia.pdf", pdf_bytes()), upload("x.jpg", jpeg_bytes())]
        )
    finally:
        application_supplemented.disconnect(dispatch_uid="test-supp")
    assert [a.kind for a in added] == [Attachment.Kind.SUPPLEMENT] * 2
    assert received == [(application.pk, ["akt urodzenia.pdf", "x.jpg"])]
    assert application.attachments.filter(kind=Attachment.Kind.SUPPLEMENT).count() == 2


def test_one_bad_file_stores_nothing(application, private_dir):
    before = sorted(p for p in private_dir.rglob("*") if p.is_file())
    with pytest.raises(ValidationError) as exc:
        add_supplements(application, [upload("ok.pdf", pdf_bytes()), upload("zly.pdf", b"MZ" * 50)])
    assert "zly.pdf" in exc.value.messages[0]
    assert application.attachments.filter(kind=Attachment.Kind.SUPPLEMENT).count() == 0
    assert sorted(p for p in private_dir.rglob("*") if p.is_file()) == before


def test_total_limit_counts_existing_files(application, settings):
    used = sum(application.attachments.values_list("size", flat=True))
    settings.GOPS_INTAKE = {**settings.GOPS_INTAKE, "MAX_TOTAL_UPLOAD_SIZE": used + 10}
    with pytest.raises(ValidationError, match="Łączny rozmiar"):
        add_supplements(application, [upload("ok.pdf", pdf_bytes())])


def test_closed_case_and_empty_upload(application):
    with pytest.raises(ValidationError):
        add_supplements(application, [])
    set_status(application, Status.WITHDRAWN)
    with pytest.raises(ValidationError, match="zakończona"):
        add_supplements(application, [upload("ok.pdf", pdf_bytes())])
