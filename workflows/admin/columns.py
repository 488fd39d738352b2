"""Table columns and the table class shared by the task lists (inbox, queue).

Wagtail renders every cell through a template; at 50 rows × 6 columns that was most of
a list's Python time. These columns build their cell HTML directly (``format_html``
escapes every value), with the markup of Wagtail's ``cell.html`` / ``title_cell.html``.
"""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, Table


def application_url(application) -> str:
    return reverse("workflows_admin:application", args=[application.public_id])


def benefit_name(application) -> str:
    try:
        return str(application.benefit.name)
    except KeyError:
        return application.benefit_code


def td(column, inner, extra_class=""):
    classname = " ".join(filter(None, [column.classname, extra_class]))
    if classname:
        return format_html('<td class="{}">{}</td>', classname, inner)
    return format_html("<td>{}</td>", inner)


class TextColumn(Column):
    """A plain value cell without a template."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if value is None or not str(value).strip():
            value = self.empty_value_display
        return td(self, value)


class LinkColumn(TextColumn):
    """The row's title cell, linked (Wagtail's ``TitleColumn`` markup)."""

    def __init__(self, *args, get_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.get_url = get_url

    def render_cell_html(self, instance, parent_context):
        link = format_html(
            '<div class="title-wrapper"><a href="{}">{}</a></div>',
            self.get_url(instance),
            self.get_value(instance),
        )
        return td(self, link, "title")


def deadline_html(due, overdue=False, due_soon=False, working_days_left=None):
    """Same output as ``workflows/admin/includes/deadline.html`` (used by the lists)."""
    if not due:
        return format_html(
            '<span aria-hidden="true">—</span><span class="w-sr-only">{}</span>',
            gettext("brak terminu"),
        )
    html = format_html(
        '<time datetime="{}">{}</time>', due.strftime("%Y-%m-%d"), due.strftime("%d.%m.%Y")
    )
    if overdue:
        status, css = gettext("po terminie"), "gops-status--overdue"
    elif due_soon:
        css = "w-status--primary"
        if working_days_left == 0:
            status = gettext("termin mija dziś")
        else:
            status = gettext("dni robocze do terminu: %(days)s") % {"days": working_days_left}
    else:
        return html
    return format_html('{}\n<span class="w-status {}">{}</span>', html, css, status)


class DeadlineColumn(Column):
    """The due date, with "po terminie" / days left so overdue work stands out."""

    def render_cell_html(self, instance, parent_context):
        return td(
            self,
            deadline_html(
                instance.due, instance.overdue, instance.due_soon, instance.working_days_left
            ),
        )


class TaskTable(Table):
    """Rows of ``TaskRow``; overdue rows get a class the admin stylesheet highlights."""

    def get_row_classname(self, instance):
        return "gops-overdue" if getattr(instance, "overdue", False) else ""


def case_number_column():
    return LinkColumn(
        "case_number",
        label=_("Znak sprawy"),
        accessor=lambda row: row.application.case_number,
        get_url=lambda row: application_url(row.application),
    )


def task_columns():
    return [
        case_number_column(),
        TextColumn(
            "benefit", label=_("Świadczenie"), accessor=lambda r: benefit_name(r.application)
        ),
        TextColumn(
            "applicant", label=_("Wnioskodawca"), accessor=lambda r: r.application.applicant_name
        ),
        TextColumn("task", label=_("Zadanie"), accessor="title"),
        DeadlineColumn("deadline", label=_("Termin"), accessor="due"),
    ]
