"""CSV export of the filtered application list (Kierownik: ``intake.export_application``).

Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an
apostrophe: exported data comes from residents and must not execute on a staff computer.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from .. import audit
from .access import can_export

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

EXPORT_FIELDS = (
    "case_number",
    "benefit",
    "applicant",
    "city",
    "staff_status",
    "public_status",
    "submitted_at",
    "deadline",
)
EXPORT_HEADINGS = {
    "case_number": _("Znak sprawy"),
    "benefit": _("Świadczenie"),
    "applicant": _("Wnioskodawca"),
    "city": _("Miejscowość"),
    "staff_status": _("Status"),
    "public_status": _("Status dla wnioskodawcy"),
    "submitted_at": _("Data wpływu"),
    "deadline": _("Termin"),
}


def safe_cell(value) -> str:
    text = force_str(value if value is not None else "")
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class CsvExportMixin:
    """For the modeladmin index: CSV only, and only for users allowed to export."""

    FORMATS = ("csv",)
    export_buttons_template_name = "workflows/admin/includes/export_button.html"

    def check_export(self, request):
        requested = request.GET.get("export")
        if not requested:
            return
        if requested not in self.FORMATS:
            raise Http404
        if not can_export(request.user):
            raise PermissionDenied

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Accountability (RODO art. 5(2)): one audit entry per export, on the exporting
        # user, listing the cases it contained and the filters used. One extra query.
        cases = list(queryset.values_list("case_number", flat=True))
        query = self.request.GET.copy()
        query.pop("export", None)
        audit.record(
            self.request.user,
            audit.APPLICATION_EXPORT,
            self.request.user,
            count=len(cases),
            filters=query.urlencode(),
            cases=cases,
            summary=str(_("Eksport CSV: %(count)s wniosków")) % {"count": len(cases)},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_filename(self):
        return f"wnioski-{timezone.localdate():%Y-%m-%d}"

    def preprocess_field_value(self, field, value, export_format):
        if hasattr(value, "strftime"):
            if hasattr(value, "hour"):
                value = timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
            else:
                value = value.strftime("%Y-%m-%d")
        return safe_cell(value)
