"""List filters for "Wszystkie wnioski": benefit type, overdue and a submission date range."""

import datetime

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gops.forms.registry import registry

from ..models import TaskDeadline
from ..services import OPEN_STATUSES


def overdue_tasks(today=None):
    """Open task deadlines already past, per application (for ``Exists``)."""
    today = today or timezone.localdate()
    # Start from the open tasks (status index, a few % of all tasks): PostgreSQL then joins
    # deadlines by primary key instead of hashing every task ever created.
    return TaskDeadline.objects.filter(
        open=True,
        due__lt=today,
        task__status__in=OPEN_STATUSES,
        task__process__applicationprocess__application=OuterRef("pk"),
    )


class BenefitFilter(admin.SimpleListFilter):
    title = _("rodzaj świadczenia")
    parameter_name = "benefit"

    def lookups(self, request, model_admin):
        return registry.choices()

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(benefit_code=self.value())
        return queryset


class OverdueFilter(admin.SimpleListFilter):
    title = _("termin")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("po terminie")), ("no", _("w terminie"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(Exists(overdue_tasks()))
        if self.value() == "no":
            return queryset.exclude(Exists(overdue_tasks()))
        return queryset


def _parse_date(raw):
    if isinstance(raw, list):
        raw = raw[-1] if raw else ""
    try:
        return datetime.date.fromisoformat(str(raw).strip())
    except ValueError:
        return None


class SubmittedRangeFilter(admin.ListFilter):
    """Received between two dates (inclusive), entered as ``<input type=date>``."""

    title = _("datę wpływu")
    template = "workflows/admin/filters/date_range.html"
    from_param = "submitted_from"
    to_param = "submitted_to"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.raw = {}
        for name in (self.from_param, self.to_param):
            if name in params:
                value = params.pop(name)
                self.raw[name] = value[-1] if isinstance(value, list) else value
        self.date_from = _parse_date(self.raw.get(self.from_param, ""))
        self.date_to = _parse_date(self.raw.get(self.to_param, ""))
        self.invalid = any(v and _parse_date(v) is None for v in self.raw.values())
        self.other_params = []

    def has_output(self):
        return True

    def expected_parameters(self):
        return [self.from_param, self.to_param]

    def choices(self, changelist):
        self.action = changelist.index_url
        self.other_params = [
            (name, value)
            for name, values in changelist.params.lists()
            for value in values
            if name not in (self.from_param, self.to_param, changelist.PAGE_VAR)
        ]
        yield {
            "selected": not (self.date_from or self.date_to),
            "query_string": changelist.get_query_string(remove=[self.from_param, self.to_param]),
            "display": _("Dowolna data"),
        }

    def queryset(self, request, queryset):
        tz = timezone.get_current_timezone()
        if self.date_from:
            start = datetime.datetime.combine(self.date_from, datetime.time.min, tzinfo=tz)
            queryset = queryset.filter(submitted_at__gte=start)
        if self.date_to:
            end = datetime.datetime.combine(
                self.date_to + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
            )
            queryset = queryset.filter(submitted_at__lt=end)
        return queryset


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        from gops.forms.status import Status

        return Status.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(status=self.value())
        return queryset
