""" "Wszystkie wnioski": a wagtail-modeladmin index over the applications a user may see.

Only the index is exposed: raw rows are never created, edited, inspected or deleted here
(the case is worked on the application page, which each row links to). The queryset is
``services.visible_applications(user)``; the nearest open deadline is annotated so the
list costs a constant number of queries.
"""

import re
import types

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Q, Subquery
from django.urls import re_path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.helpers.search import DjangoORMSearchHandler
from wagtail_modeladmin.options import ModelAdmin
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


class ApplicationIndexView(CsvExportMixin, IndexView):
    export_headings = EXPORT_HEADINGS
    page_title = _("Wszystkie wnioski")

    def dispatch(self, request, *args, **kwargs):
        if is_staff_member(request.user):
            self.check_export(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.page_title

    # wagtail-modeladmin counts three times per page: everything visible ("N out of M"),
    # the filtered result and the paginator's total. Without filters all three are the same
    # COUNT(*); each distinct count query runs once per request.
    def get_base_queryset(self, request=None):
        return self._count_once(super().get_base_queryset(request))

    def get_queryset(self, request=None):
        return self._count_once(super().get_queryset(request))

    def _count_once(self, queryset):
        counts = self.__dict__.setdefault("_counts", {})
        count = queryset.count

        def count_once(qs):
            query = qs.query.chain()
            query.clear_ordering(force=True)
            sql, params = query.get_compiler(qs.db).as_sql()
            key = (sql, tuple(params))
            if key not in counts:
                counts[key] = count()
            return counts[key]

        # A bound method: Django's Paginator only calls ``count`` if it takes no arguments
        # (a plain function here would make it fall back to len() of every row).
        queryset.count = types.MethodType(count_once, queryset)
        return queryset


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

    def get_queryset(self, request):
        return (
            services.visible_applications(request.user)
            .annotate(next_due=next_due_subquery())
            # Overdue means the nearest open deadline has passed: no second subquery.
            .annotate(
                has_overdue=ExpressionWrapper(
                    Q(next_due__lt=timezone.localdate()), output_field=BooleanField()
                )
            )
            .order_by(*self.ordering)
        )

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
