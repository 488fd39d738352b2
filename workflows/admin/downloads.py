"""Attachment download: permission-checked, audited, streamed from private storage.

Attachments never have a public URL. The file is sent as a download (never rendered
inline) with ``nosniff``, so a file a resident uploaded cannot run in the admin's origin.
"""

from django.http import FileResponse, Http404
from django.views import View

from .. import services
from .access import get_application_or_404
from .mixins import StaffRequiredMixin


class AttachmentDownloadView(StaffRequiredMixin, View):
    http_method_names = ["get"]

    def get(self, request, public_id, attachment_id):
        application = get_application_or_404(request.user, public_id)
        attachment = application.attachments.filter(public_id=attachment_id).first()
        if attachment is None:
            raise Http404
        try:
            handle = attachment.file.open("rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404 from error
        services.record_view(request.user, application, attachment)
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=attachment.original_name,
            content_type=attachment.content_type or "application/octet-stream",
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response
