"""The public "Sprawdź status wniosku" page: case number + access code → public status.

A wrong number and a wrong code get the same message and status code, attempts are
rate-limited per IP, and after a successful lookup the case is kept in the session (by
id) so the resident can upload requested documents without retyping the code.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import steps as step_forms
from ..status import Status
from .common import client_ip, no_store, rate_limited

SESSION_CASE = "intake.status_case"
GENERIC_FAILURE = gettext_lazy(
    "Nie znaleźliśmy wniosku o takim znaku sprawy i kodzie dostępu. Sprawdź oba dane w "
    "potwierdzeniu złożenia wniosku lub w e-mailu i wpisz je ponownie."
)


def _limit():
    return getattr(settings, "GOPS_INTAKE", {}).get("STATUS_RATE_LIMIT", "20/h")


def _render(request, context, status=200):
    for key in ("form", "upload_form"):
        if context.get(key) is not None:
            context[key].prepare_for_render()
    errors = []
    for key in ("form", "upload_form"):
        if context.get(key) is not None:
            errors += context[key].error_summary()
    context.setdefault("errors", errors)
    return no_store(TemplateResponse(request, "intake/status.html", context, status=status))


def _session_application(request):
    from ..models import Application

    pk = request.session.get(SESSION_CASE)
    if not isinstance(pk, int):
        return None
    return Application.objects.filter(pk=pk).first()


def public_events(events):
    """Several staff steps share one public label ("Wniosek w trakcie rozpatrywania");
    the resident sees a step once, not once per internal hand-over."""
    shown = []
    for event in events:
        if (
            shown
            and not event.public_note
            and not shown[-1].public_note
            and event.public_label == shown[-1].public_label
        ):
            continue
        shown.append(event)
    return shown


def _case_context(application, upload_form=None):
    events = public_events(application.status_events.all())
    can_supplement = application.status == Status.SUPPLEMENT_REQUESTED
    if can_supplement and upload_form is None:
        upload_form = step_forms.SupplementForm()
    return {
        "application": application,
        "case_number": application.case_number,
        "public_status": application.public_status,
        "benefit_name": application.benefit.name if application.benefit_code else "",
        "events": events,
        "resident_action": application.resident_action,
        "resident_action_due": application.resident_action_due,
        "upload_form": upload_form if can_supplement else None,
    }


def status(request):
    application = _session_application(request)
    if request.method == "POST":
        action = request.POST.get("action", "lookup")
        if action == "forget":
            request.session.pop(SESSION_CASE, None)
            return HttpResponseRedirect(reverse("intake:status"))
        if action == "upload":
            return _upload(request, application)
        return _lookup(request)
    if application is not None:
        return _render(request, _case_context(application))
    return _render(request, {"form": step_forms.StatusLookupForm()})


def _lookup(request):
    if not _allowed(f"intake-status:{client_ip(request)}"):
        return rate_limited(request)
    form = step_forms.StatusLookupForm(request.POST)
    if not form.is_valid():
        return _render(request, {"form": form}, status=400)
    from ..access import check_access

    application = check_access(
        form.cleaned_data["case_number"].strip().upper(), form.cleaned_data["access_code"].strip()
    )
    if application is None:
        form = step_forms.StatusLookupForm(request.POST)
        form.is_valid()
        form.add_error(None, GENERIC_FAILURE)
        return _render(request, {"form": form}, status=400)
    request.session.cycle_key()  # a new session id once the resident holds a case
    request.session[SESSION_CASE] = application.pk
    return HttpResponseRedirect(reverse("intake:status"))


def _upload(request, application):
    if application is None:
        return _render(
            request,
            {
                "form": step_forms.StatusLookupForm(),
                "errors": [("", _("Sesja wygasła. Wpisz ponownie znak sprawy i kod dostępu."))],
            },
            status=400,
        )
    if application.status != Status.SUPPLEMENT_REQUESTED:
        context = _case_context(application)
        context["errors"] = [("", _("W tej sprawie nie czekamy teraz na dokumenty."))]
        return _render(request, context, status=400)
    if not _allowed(f"intake-supplement:{client_ip(request)}"):
        return rate_limited(request)
    form = step_forms.SupplementForm(request.POST, request.FILES)
    if form.is_valid():
        from ..supplements import add_supplements

        try:
            added = add_supplements(application, request.FILES.getlist("files"))
        except ValidationError as error:
            for message in error.messages:
                form.add_error("files", message)
        else:
            application.refresh_from_db()
            context = _case_context(application)
            context["uploaded"] = added
            return _render(request, context)
    return _render(request, _case_context(application, upload_form=form), status=400)


def _allowed(key):
    from ..ratelimit import allow

    return allow(key, rate=_limit())
