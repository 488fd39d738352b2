"""Downloads and links for the resident's own session: the application PDF, draft resume."""

from __future__ import annotations

import uuid

from django.http import HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext as _

from ..registry import registry
from . import state as wizard
from .common import message_page, no_store, not_found


def application_pdf_view(request, public_id: uuid.UUID):
    """Only the session that submitted the application may download its PDF."""
    from ..models import Application
    from ..pdf import application_pdf

    if str(public_id) not in request.session.get(wizard.PDF_IDS, []):
        return not_found(
            request,
            _(
                "Ten plik jest dostępny tylko zaraz po złożeniu wniosku, w tej samej "
                "przeglądarce. Jeśli potrzebujesz kopii, skontaktuj się z ośrodkiem."
            ),
        )
    application = Application.objects.filter(public_id=public_id).first()
    if application is None:
        return not_found(request, _("Nie znaleziono wniosku."))
    response = HttpResponse(application_pdf(application), content_type="application/pdf")
    safe_number = "".join(c if c.isalnum() else "-" for c in application.case_number)
    response["Content-Disposition"] = f'attachment; filename="wniosek-{safe_number}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return no_store(response)


def resume(request, token: str):
    """Load a saved draft into this session and continue where the resident stopped."""
    from ..drafts import load_draft
    from ..models import ApplicationFormPage

    draft = load_draft(token) if len(token) <= 200 else None
    if draft is None:
        return message_page(
            request,
            410,
            _("Link do wniosku wygasł"),
            _(
                "Ten link jest nieważny: minął termin przechowywania wersji roboczej albo "
                "wniosek został już wysłany. Wersje robocze usuwamy po upływie terminu "
                "podanego w e-mailu. Wypełnij wniosek od nowa – zajmie to kilka minut."
            ),
        )
    page = (
        ApplicationFormPage.objects.live()
        .filter(benefit_code=draft.benefit_code)
        .order_by("path")
        .first()
    )
    if page is None or draft.benefit_code not in registry:
        return not_found(request, _("Formularz dla tego wniosku nie jest już dostępny."))
    data = draft.data if isinstance(draft.data, dict) else {}
    state = wizard.new_state(page.benefit_code)
    for key in state:
        if key in data and key not in ("benefit",) and isinstance(data[key], type(state[key])):
            state[key] = data[key]
    state["draft_token"] = token
    wizard.save(request, page, state)
    return HttpResponseRedirect(page.url + page.reverse_subpage("journey_start"))
