""" "Wszystkie wnioski": a wagtail-modeladmin index over the applications a user may see.

Only the index is exposed: raw rows are never created, edited, inspected or deleted here
(the case is worked on the application page, which each row links to). The queryset is
``services.visible_applications(user)``; the nearest open deadline of the page's rows is
read in one query afterwards, so the list costs a constant number of queries.
"""

import json
import re
import types

from django.conf import settings
from django.contrib.admin.templatetags.admin_list import result_headers
from django.core.paginator import EmptyPage
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, Min, OuterRef, Q, Subquery
from django.forms.utils import flatatt
from django.urls import re_path
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.paginator import WagtailPaginator
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.helpers.search import DjangoORMSearchHandler
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.templatetags.modeladmin_tags import items_for_result
from wagtail_modeladmin.views import IndexView

from gops.forms.case_numbers import DEFAULT_FORMAT
from gops.forms.models import Application

from .. import services
from ..models import TaskDeadline
from .access import can_export, is_staff_member
from .columns import application_url, benefit_name
from .export import EXPORT_FIELDS, EXPORT_HEADINGS, CsvExportMixin
from .filters import (
    BenefitFilter,
    OverdueFilter,
    StatusFilter,
    SubmittedRangeFilter,
)


class ApplicationPermissionHelper(PermissionHelper):
    """Listing for staff; rows are read-only here (the flow changes them, not a form)."""

    def user_can_list(self, user):
        return is_staff_member(user)

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ApplicationButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, **kwargs):
        return []

    def get_primary_button(self, obj):
        return {
            "url": application_url(obj),
            "label": _("Otwórz"),
            "title": _("Otwórz wniosek %(case)s") % {"case": obj.case_number},
        }


def _case_number_regex():
    """The configured case number format as a regex: (sequence, year) groups."""
    pattern = getattr(settings, "GOPS_INTAKE", {}).get("CASE_NUMBER_FORMAT", DEFAULT_FORMAT)
    regex = re.escape(pattern)
    regex = regex.replace(re.escape("{number}"), r"(?P<number>\d+)")
    regex = regex.replace(re.escape("{year}"), r"(?P<year>\d{4})")
    return re.compile(rf"^{regex}$", re.IGNORECASE)


# "123/2026", "123.2026", "123-2026": the sequence and year a clerk reads off a letter.
SHORT_CASE_NUMBER = re.compile(r"^(?P<number>\d+)\s*[/.\-]\s*(?P<year>\d{4})$")


def search_condition(term: str) -> Q | None:
    """A search term as one indexed condition (None: nothing to search for).

    - a full case number in the configured format, or "123/2026" → exact
      (``case_year``, ``case_sequence``), the unique index;
    - 11 digits → PESEL, exact;
    - other digits → that sequence number in any year;
    - anything else with a digit and no space → a case number prefix (the number is stored
      upper-case; ``startswith`` uses the ``varchar_pattern_ops`` index of the unique column);
    - words → each word starts the first or the last name (``istartswith``; PostgreSQL has
      ``UPPER(name)`` pattern indexes for it, migration intake 0004).
    """
    term = (term or "").strip()
    if not term:
        return None
    compact = term.replace(" ", "")
    match = _case_number_regex().match(compact) or SHORT_CASE_NUMBER.match(term)
    if match:
        return Q(case_year=int(match["year"]), case_sequence=int(match["number"]))
    if compact.isdigit():
        if len(compact) == 11:
            return Q(pesel=compact)
        # A sequence number, or nothing (PositiveIntegerField holds at most 10 digits).
        return Q(case_sequence=int(compact)) if len(compact) <= 9 else Q(pk__in=[])
    if " " not in term and any(ch.isdigit() for ch in term):
        return Q(case_number__startswith=term.upper())
    names = Q()
    for word in term.split():
        names &= Q(last_name__istartswith=word) | Q(first_name__istartswith=word)
    return names


class ApplicationSearchHandler(DjangoORMSearchHandler):
    """Case number (full, "123/2026" or a prefix), PESEL (exact) or the applicant's names."""

    def search_queryset(self, queryset, search_term, **kwargs):
        condition = search_condition(search_term)
        return queryset if condition is None else queryset.filter(condition)

    @property
    def show_search_form(self):
        return True


# Above this many rows an unfiltered list shows PostgreSQL's row estimate ("około …")
# instead of counting every application (a full scan per page view).
ESTIMATE_COUNT_ABOVE = 20_000


class EstimatedCount(int):
    """A row count read from the planner's statistics, not counted."""

    approximate = True


def planner_estimate(queryset) -> int | None:
    """PostgreSQL's estimate of the rows ``queryset`` returns (``EXPLAIN``, nothing is read).

    None on other databases. The planner scales ``pg_class.reltuples`` to the table's
    current size and applies the column statistics of the WHERE clause.
    """
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = queryset.order_by().values_list("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


class ApplicationPaginator(WagtailPaginator):
    """Counts "Liczba wniosków: 1234" (no noun to inflect), "około 100 000" when estimated.

    With an estimated total, pages past the estimate are still served (empty or not), so
    no application becomes unreachable when the estimate is a little low.
    """

    @property
    def count_is_estimate(self) -> bool:
        return getattr(self.count, "approximate", False)

    @cached_property
    def items_count_label(self):
        count = number_format(self.count, force_grouping=True)
        if self.count_is_estimate:
            return gettext("Liczba wniosków: około %(count)s") % {"count": count}
        return gettext("Liczba wniosków: %(count)s") % {"count": count}

    def validate_number(self, number):
        try:
            return super().validate_number(number)
        except EmptyPage:
            if self.count_is_estimate and int(number) > 1:
                return int(number)
            raise

    def page(self, number):
        if not self.count_is_estimate:
            return super().page(number)
        # Not clamped to the estimate: the real total may be a little higher.
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)


def result_table(view, rows, context):
    """The result table of wagtail-modeladmin's ``result_list`` tag, built without
    rendering a template per row and per cell (the same markup and cell values)."""
    request = view.request
    model_admin = view.model_admin
    headers = []
    for header in result_headers(view):
        text = capfirst(header["text"])
        if header["sortable"]:
            icon = "icon-arrow-up-after" if header.get("ascending") else "icon-arrow-down-after"
            text = format_html(
                '<a href="{}" class="icon {}">{}</a>', header["url_primary"], icon, text
            )
        headers.append(format_html('<th scope="col" {}>{}</th>', header["class_attrib"], text))
    body = []
    for index, obj in enumerate(rows):
        attrs = model_admin.get_extra_attrs_for_row(obj, context)
        attrs["data-object-pk"] = obj.pk
        odd_or_even = "odd" if index % 2 == 0 else "even"
        attrs["class"] = f"{attrs['class']} {odd_or_even}" if "class" in attrs else odd_or_even
        cells = mark_safe("".join(items_for_result(view, obj, request)))
        body.append(format_html("<tr{}>{}</tr>", flatatt(attrs), cells))
    if not body:
        return ""  # the template falls back to modeladmin's "no results" text
    return format_html(
        '<table class="listing full-width"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>',
        mark_safe("".join(headers)),
        mark_safe("\n".join(body)),
    )


def count_once(counts: dict, estimate: bool):
    """A queryset ``count`` that runs each distinct COUNT query once per ``counts`` dict.

    Built here, away from the view: a closure holding the view (or the queryset's own bound
    ``count``) kept every request's view, queryset and rows alive in the worker (+7 MB per
    100 requests of "Wszystkie wnioski", bench/RESULTS.md)."""

    def count(qs):
        query = qs.query.chain()
        query.clear_ordering(force=True)
        sql, params = query.get_compiler(qs.db).as_sql()
        key = (sql, tuple(params))
        if key not in counts:
            counts[key] = (estimate and estimated_count(qs)) or type(qs).count(qs)
        return counts[key]

    return count


def estimated_count(queryset) -> EstimatedCount | None:
    """The planner's estimate when the list of everything visible is large."""
    query = queryset.query
    if query.distinct or query.combinator or query.is_sliced:
        return None
    estimate = planner_estimate(queryset)
    if estimate is None or estimate < ESTIMATE_COUNT_ABOVE:
        return None
    return EstimatedCount(round(estimate, -3))


class ApplicationIndexView(CsvExportMixin, IndexView):
    export_headings = EXPORT_HEADINGS
    page_title = _("Wszystkie wnioski")
    paginator_class = ApplicationPaginator

    def dispatch(self, request, *args, **kwargs):
        if is_staff_member(request.user):
            self.check_export(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.page_title

    # wagtail-modeladmin counts three times per page: everything visible ("N out of M"),
    # the filtered result and the paginator's total. Without filters all three are the same
    # COUNT(*); each distinct count query runs once per request.
    # Everything the user may see ("z M", and the unfiltered list) is estimated above
    # ESTIMATE_COUNT_ABOVE rows; a filtered or searched list is always counted exactly.
    def get_base_queryset(self, request=None):
        return self._count_once(super().get_base_queryset(request), estimate=True)

    def get_queryset(self, request=None):
        return self._count_once(super().get_queryset(request))

    def _count_once(self, queryset, estimate=False):
        counts = self.__dict__.setdefault("_counts", {})
        # A bound method: Django's Paginator only calls ``count`` if it takes no arguments
        # (a plain function here would make it fall back to len() of every row).
        queryset.count = types.MethodType(count_once(counts, estimate), queryset)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(context["object_list"])
        if rows and not hasattr(rows[0], "next_due"):
            attach_next_due(rows)
        context["object_list"] = rows
        context["page_obj"].object_list = rows
        context["count_is_estimate"] = getattr(context["all_count"], "approximate", False)
        context["result_is_estimate"] = getattr(context["result_count"], "approximate", False)
        context["all_count_display"] = number_format(context["all_count"], force_grouping=True)
        context["result_count_display"] = number_format(
            context["result_count"], force_grouping=True
        )
        context["result_table"] = result_table(self, rows, context)
        return context


def attach_next_due(applications) -> None:
    """``next_due`` (nearest open deadline) and ``has_overdue`` for one page, one query.

    The list query itself no longer computes it per row: PostgreSQL evaluates a select-list
    subquery for every row it skips with OFFSET too (page 20 = 1,000 evaluations).
    """
    ids = [application.pk for application in applications]
    path = "task__process__applicationprocess__application"
    nearest = dict(
        TaskDeadline.objects.filter(open=True, due__isnull=False, **{f"{path}__in": ids})
        .values_list(path)
        .annotate(next_due=Min("due"))
        .order_by()
    )
    today = timezone.localdate()
    for application in applications:
        application.next_due = nearest.get(application.pk)
        application.has_overdue = bool(application.next_due and application.next_due < today)


def next_due_subquery():
    return Subquery(
        TaskDeadline.objects.filter(
            open=True, task__process__applicationprocess__application=OuterRef("pk")
        )
        .exclude(due=None)
        .order_by("due")
        .values("due")[:1]
    )


class ApplicationAdmin(ModelAdmin):
    model = Application
    base_url_path = "wnioski/wszystkie"
    menu_label = _("Wszystkie wnioski")
    menu_icon = "doc-full-inverse"
    add_to_admin_menu = False  # lives in the "Wnioski" submenu (menu.py)
    inspect_view_enabled = False
    history_view_enabled = False
    permission_helper_class = ApplicationPermissionHelper
    button_helper_class = ApplicationButtonHelper
    search_handler_class = ApplicationSearchHandler
    index_view_class = ApplicationIndexView
    list_display = (
        "case_number",
        "applicant",
        "benefit",
        "status_display",
        "submitted",
        "deadline_display",
    )
    list_filter = (BenefitFilter, StatusFilter, OverdueFilter, SubmittedRangeFilter)
    search_fields = ("case_number", "first_name", "last_name", "pesel")
    list_per_page = 50
    ordering = ("-submitted_at",)

    @classmethod
    def index_url(cls):
        from django.urls import reverse

        return reverse("wnioski_wszystkie_modeladmin_index")

    index_template_name = "workflows/admin/applications_index.html"

    def get_queryset(self, request):
        applications = services.visible_applications(request.user)
        if self.needs_next_due_in_query(request):
            applications = applications.annotate(next_due=next_due_subquery()).annotate(
                # Overdue means the nearest open deadline has passed: no second subquery.
                has_overdue=ExpressionWrapper(
                    Q(next_due__lt=timezone.localdate()), output_field=BooleanField()
                )
            )
        return applications.order_by(*self.ordering)

    def needs_next_due_in_query(self, request) -> bool:
        """Sorting by the deadline or exporting needs it per row in SQL; a page of the
        list gets it afterwards for its 50 rows (``attach_next_due``)."""
        if request.GET.get(ApplicationIndexView.EXPORT_VAR):
            return True
        column = self.list_display.index("deadline_display")
        for part in request.GET.get(ApplicationIndexView.ORDER_VAR, "").split("."):
            if part.rpartition("-")[2] == str(column):
                return True
        return False

    def get_list_export(self, request):
        return EXPORT_FIELDS if can_export(request.user) else ()

    def get_admin_urls_for_registration(self):
        # Only the listing: no create/edit/delete/inspect of raw rows.
        return (
            re_path(
                self.url_helper.get_action_url_pattern("index"),
                self.index_view,
                name=self.url_helper.get_action_url_name("index"),
            ),
        )

    def register_admin_url_finders(self):
        # Nothing here edits an application; the admin must not offer "edit" links to it.
        pass

    # --- columns --------------------------------------------------------------------

    def applicant(self, obj):
        return obj.applicant_name

    applicant.short_description = _("Wnioskodawca")
    applicant.admin_order_field = "last_name"

    def benefit(self, obj):
        return benefit_name(obj)

    benefit.short_description = _("Świadczenie")
    benefit.admin_order_field = "benefit_code"

    def submitted(self, obj):
        return timezone.localtime(obj.submitted_at).strftime("%d.%m.%Y")

    submitted.short_description = _("Data wpływu")
    submitted.admin_order_field = "submitted_at"

    def staff_status(self, obj):
        return obj.get_status_display()

    staff_status.short_description = _("Status")

    def public_status(self, obj):
        return obj.public_status

    public_status.short_description = _("Status dla wnioskodawcy")

    def status_display(self, obj):
        return format_html(
            '{}<br><small class="gops-public-status">{}</small>',
            obj.get_status_display(),
            obj.public_status,
        )

    status_display.short_description = _("Status")
    status_display.admin_order_field = "status"

    def deadline(self, obj):
        return getattr(obj, "next_due", None)

    deadline.short_description = _("Termin")

    def deadline_display(self, obj):
        due = getattr(obj, "next_due", None)
        if due is None:
            return "—"
        if getattr(obj, "has_overdue", False):
            return format_html(
                '<time datetime="{}">{}</time><br><span class="w-status gops-status--overdue">{}</span>',
                due.isoformat(),
                due.strftime("%d.%m.%Y"),
                _("po terminie"),
            )
        return format_html(
            '<time datetime="{}">{}</time>', due.isoformat(), due.strftime("%d.%m.%Y")
        )

    deadline_display.short_description = _("Termin")
    deadline_display.admin_order_field = "next_due"

    def get_extra_attrs_for_row(self, obj, context):
        return {"class": "gops-overdue"} if getattr(obj, "has_overdue", False) else {}
