"""Table columns and the table class shared by the task lists (inbox, queue)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, Table, TitleColumn


def application_url(application) -> str:
    return reverse("workflows_admin:application", args=[application.public_id])


def benefit_name(application) -> str:
    try:
        return str(application.benefit.name)
    except KeyError:
        return application.benefit_code


class DeadlineColumn(Column):
    """The due date, with "po terminie" / days left so overdue work stands out."""

    cell_template_name = "workflows/admin/tables/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["row"] = instance
        return context


class TaskTable(Table):
    """Rows of ``TaskRow``; overdue rows get a class the admin stylesheet highlights."""

    def get_row_classname(self, instance):
        return "gops-overdue" if getattr(instance, "overdue", False) else ""


def case_number_column():
    return TitleColumn(
        "case_number",
        label=_("Znak sprawy"),
        accessor=lambda row: row.application.case_number,
        get_url=lambda row: application_url(row.application),
    )


def task_columns():
    return [
        case_number_column(),
        Column("benefit", label=_("Świadczenie"), accessor=lambda r: benefit_name(r.application)),
        Column(
            "applicant", label=_("Wnioskodawca"), accessor=lambda r: r.application.applicant_name
        ),
        Column("task", label=_("Zadanie"), accessor="title"),
        DeadlineColumn("deadline", label=_("Termin"), accessor="due"),
    ]
