"""Documents a resident adds after submission (e.g. answering a request to supplement)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from .attachments import inspect_upload
from .models import Application, Attachment
from .signals import application_supplemented
from .status import TERMINAL

MAX_FILES_AT_ONCE = 10


def add_supplements(application: Application, uploaded_files) -> list[Attachment]:
    """Check and attach the files; all or nothing. Sends ``application_supplemented``.

    Raises ValidationError (Polish) for a closed case, a refused file, or when the files
    would take the application over its total size limit.
    """
    uploaded_files = [f for f in uploaded_files if f]
    if not uploaded_files:
        raise ValidationError(_("Wybierz co najmniej jeden plik do wysłania."), code="empty")
    if len(uploaded_files) > MAX_FILES_AT_ONCE:
        raise ValidationError(
            _("Jednorazowo możesz wysłać najwyżej %(max)d plików.") % {"max": MAX_FILES_AT_ONCE},
            code="too_many",
        )
    if application.status in TERMINAL:
        raise ValidationError(
            _("Ta sprawa jest zakończona – nie można już do niej dodawać dokumentów."),
            code="closed",
        )
    stored: list[Attachment] = []
    try:
        with transaction.atomic():
            # Lock the application so two uploads at once cannot both pass the size check.
            Application.objects.select_for_update().filter(pk=application.pk).first()
            used = (
                application.attachments.exclude(
                    kind__in=[Attachment.Kind.DECISION, Attachment.Kind.STAFF]
                ).aggregate(total=Sum("size"))["total"]
                or 0
            )
            for upload in uploaded_files:
                info = inspect_upload(upload, used_bytes=used)
                used += info.size
                attachment = Attachment(
                    application=application,
                    kind=Attachment.Kind.SUPPLEMENT,
                    original_name=info.name,
                    content_type=info.content_type,
                    size=info.size,
                    sha256=info.sha256,
                )
                upload.seek(0)
                attachment.file.save(info.name, upload, save=False)
                stored.append(attachment)
                attachment.save()
            application_supplemented.send(
                sender=Application, application=application, attachments=list(stored)
            )
    except BaseException:
        for attachment in stored:
            attachment.file.storage.delete(attachment.file.name)
        raise
    return stored
