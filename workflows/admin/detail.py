"""The application page: everything about one case, its timeline and its open tasks.

Reached by the random ``public_id`` only. A person who may not see the case gets 404, so
its existence is not revealed; every GET writes an audit entry (``services.record_view``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from gops.forms.models import HouseholdMember, Income
from gops.forms.status import WITHDRAWABLE

from .. import audit, services
from ..models import ApplicationProcess
from .access import get_application_or_404, is_director
from .columns import benefit_name
from .forms import CommentForm, DelayForm, ReassignForm, WithdrawForm
from .mixins import StaffRequiredMixin
from .task_rows import TaskRow, task_row


@dataclass
class OpenTask:
    """An open task on the page, with what this user may try to do with it."""

    row: TaskRow
    is_mine: bool
    is_unassigned: bool
    form: object | None = None
    reassign_form: object | None = None

    @property
    def task(self):
        return self.row.task


def format_answer(question, value) -> str:
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, bool):
        return _g("Tak") if value else _g("Nie")
    choices = dict(getattr(question, "choices", ()) or ())
    if isinstance(value, list):
        return ", ".join(str(choices.get(v, v)) for v in value)
    return str(choices.get(value, value))


def answer_rows(application) -> list[tuple[str, str]]:
    """The benefit's questions with the resident's answers, in the form's order."""
    answers = dict(application.answers or {})
    rows = []
    try:
        questions = application.benefit.questions
    except KeyError:
        questions = ()
    for question in questions:
        rows.append((question.label, format_answer(question, answers.pop(question.name, None))))
    # Answers to questions a later definition no longer asks are still shown.
    rows.extend((name, format_answer(None, value)) for name, value in answers.items())
    return rows


def split_timeline(entries) -> dict:
    """Steps, comments and actions in the history; plain page views in their own list.

    Every opening of the case is audited, so views would soon drown the history of what
    was done; they stay visible (who and when) in a collapsed list below it.
    """
    views = [e for e in entries if getattr(e, "action", "") == audit.APPLICATION_VIEW]
    return {
        "timeline": [e for e in entries if getattr(e, "action", "") != audit.APPLICATION_VIEW],
        "views": list(reversed(views)),
    }


def task_group_name(task) -> str | None:
    info = getattr(task, "deadline_info", None)
    return info.group.name if info is not None and info.group_id else None


class ApplicationDetailView(StaffRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "workflows/admin/application_detail.html"
    header_icon = "doc-full"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.application = None

    def get_application(self):
        if self.application is None:
            self.application = get_application_or_404(self.request.user, self.kwargs["public_id"])
        return self.application

    def get(self, request, *args, **kwargs):
        application = self.get_application()
        services.record_view(request.user, application)
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return _("Wniosek %(case)s") % {"case": self.get_application().case_number}

    def get_page_subtitle(self):
        return self.get_application().applicant_name

    def get_breadcrumbs_items(self):
        from .applications import ApplicationAdmin

        return [
            *self.breadcrumbs_items,
            {"url": ApplicationAdmin.index_url(), "label": _("Wszystkie wnioski")},
            {"url": "", "label": self.get_application().case_number},
        ]

    def open_tasks(self, bound_forms: dict | None = None) -> list[OpenTask]:
        bound_forms = bound_forms or {}
        user = self.request.user
        director = is_director(user)
        items = []
        for task in services.open_tasks(self.get_application()):
            row = task_row(task, self.get_application())
            item = OpenTask(
                row=row,
                is_mine=task.owner_id is not None and task.owner_id == user.pk,
                is_unassigned=task.owner_id is None,
            )
            if item.is_mine:
                item.form = bound_forms.get(("perform", task.pk)) or self.action_form(task)
            if director:
                item.reassign_form = bound_forms.get(("reassign", task.pk)) or ReassignForm(
                    prefix=f"reassign-{task.pk}", group_name=task_group_name(task)
                )
            items.append(item)
        return items

    @staticmethod
    def action_form(task, data=None, files=None):
        try:
            form_class = services.action_form_class(task)
        except services.WorkflowError:
            return None  # a step completed without a form (just "Zakończ zadanie")
        if form_class is None:
            return None
        initial = {}
        if hasattr(services, "action_form_initial"):
            initial = services.action_form_initial(task)
        return form_class(data=data, files=files, initial=initial, prefix=f"task-{task.pk}")

    def get_context_data(self, **kwargs):
        application = self.get_application()
        members = list(
            HouseholdMember.objects.filter(application=application).order_by("position", "pk")
        )
        incomes = list(
            Income.objects.filter(application=application).select_related("member").order_by("pk")
        )
        process = ApplicationProcess.objects.filter(application=application).first()
        # The art. 35 deadline runs until the decision is issued.
        decision_overdue = bool(
            process
            and process.decision_due
            and process.decision_due < timezone.localdate()
            and application.status in WITHDRAWABLE
        )
        context = super().get_context_data(**kwargs)
        context.update(
            application=application,
            process=process,
            decision_overdue=decision_overdue,
            benefit_name=benefit_name(application),
            members=members,
            incomes=incomes,
            answers=answer_rows(application),
            attachments=list(application.attachments.all()),
            # The director approves what was drafted: without it on the page, they sign blind.
            decision_draft=application.decision_drafts.select_related("drafted_by", "approved_by")
            .order_by("-created_at", "-pk")
            .first(),
            **split_timeline(services.timeline(application)),
            tasks=self.open_tasks(kwargs.get("bound_forms")),
            comment_form=kwargs.get("comment_form") or CommentForm(prefix="comment"),
            delay_form=kwargs.get("delay_form") or DelayForm(prefix="delay"),
            can_withdraw=application.status in WITHDRAWABLE,
            withdraw_form=kwargs.get("withdraw_form") or WithdrawForm(prefix="withdraw"),
            is_director=is_director(self.request.user),
        )
        return context
