"""Anonymous "Sprawdź, czy przysługuje Ci pomoc": a GET form, nothing stored."""

from __future__ import annotations

from django.template.response import TemplateResponse

from .. import steps as step_forms
from .common import no_store


def _situation_choices():
    from .. import eligibility

    choices = getattr(eligibility, "SITUATIONS", None) or getattr(
        eligibility, "SITUATION_CHOICES", ()
    )
    if isinstance(choices, dict):
        choices = list(choices.items())
    return [(str(code), label) for code, label in choices]


def _form_pages():
    """{benefit_code: live ApplicationFormPage} – the first live page for each benefit."""
    from ..models import ApplicationFormPage

    pages = {}
    for page in ApplicationFormPage.objects.live().order_by("path"):
        pages.setdefault(page.benefit_code, page)
    return pages


def eligibility(request):
    from .. import eligibility as rules

    form = step_forms.EligibilityForm(
        request.GET if "household_size" in request.GET else None,
        situation_choices=_situation_choices(),
    )
    results = None
    status = 200
    if form.is_bound:
        if form.is_valid():
            pages = _form_pages()
            assessments = rules.assess(
                form.cleaned_data["household_size"],
                form.cleaned_data["monthly_income"],
                form.cleaned_data["situations"],
            )
            results = [{"assessment": a, "page": pages.get(a.definition.code)} for a in assessments]
        else:
            status = 400
    form.prepare_for_render()
    context = {
        "form": form,
        "errors": form.error_summary(),
        "results": results,
        "likely": [r for r in results or [] if r["assessment"].likely],
        "unlikely": [r for r in results or [] if not r["assessment"].likely],
    }
    return no_store(TemplateResponse(request, "intake/eligibility.html", context, status=status))
