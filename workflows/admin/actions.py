"""POST-only staff actions on a case: claim, unassign, reassign, act, comment, delay, withdraw.

Each forwards to the Workflow API. When the state changed under the user's feet (someone
else claimed or finished the task) the API raises ``WorkflowError``: the user is sent back to
the application page with a Polish message and sees the current state, never an error page.
"""

from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from .. import services
from .detail import ApplicationDetailView, task_group_name
from .forms import CommentForm, DelayForm, ReassignForm, WithdrawForm

TASK_GONE = _(
    "To zadanie zostało już wykonane albo przejęte przez inną osobę. "
    "Poniżej widać aktualny stan sprawy."
)

TASK_NOT_YOURS = _(
    "To zadanie nie jest już przypisane do Ciebie, więc nic nie zapisano. "
    "Poniżej widać aktualny stan sprawy."
)


class ApplicationPostView(ApplicationDetailView):
    http_method_names = ["post"]

    def back(self):
        return redirect("workflows_admin:application", self.get_application().public_id)

    def invalid(self, **forms):
        messages.error(self.request, _("Popraw błędy zaznaczone w formularzu."))
        return self.render_to_response(self.get_context_data(**forms), status=400)

    def post(self, request, *args, **kwargs):
        self.get_application()
        try:
            return self.act()
        except services.WorkflowError as error:
            messages.error(request, str(error))
            return self.back()

    def act(self):
        raise NotImplementedError


class TaskPostView(ApplicationPostView):
    """An action on one open task of the case (looked up among the case's open tasks)."""

    def post(self, request, *args, **kwargs):
        application = self.get_application()
        task_id = self.kwargs["task_id"]
        self.task = next((t for t in services.open_tasks(application) if t.pk == task_id), None)
        if self.task is None:
            messages.error(request, TASK_GONE)
            return self.back()
        return super().post(request, *args, **kwargs)


class ClaimView(TaskPostView):
    def act(self):
        services.claim(self.task, self.request.user)
        messages.success(
            self.request, _("Zadanie „%(task)s” jest teraz Twoje.") % {"task": self.task.title}
        )
        return self.back()


class UnassignView(TaskPostView):
    def act(self):
        services.unassign(self.task, self.request.user)
        messages.success(
            self.request, _("Zadanie „%(task)s” wróciło do kolejki.") % {"task": self.task.title}
        )
        return self.back()


class ReassignView(TaskPostView):
    def act(self):
        form = ReassignForm(
            self.request.POST,
            prefix=f"reassign-{self.task.pk}",
            group_name=task_group_name(self.task),
        )
        if not form.is_valid():
            return self.invalid(bound_forms={("reassign", self.task.pk): form})
        to_user = form.cleaned_data["user"]
        services.reassign(self.task, self.request.user, to_user)
        messages.success(
            self.request,
            _("Zadanie „%(task)s” przekazano: %(user)s.")
            % {"task": self.task.title, "user": to_user.get_full_name() or to_user.get_username()},
        )
        return self.back()


class PerformView(TaskPostView):
    def act(self):
        if self.task.owner_id != self.request.user.pk:
            # Reassigned or released since the form was opened: validating it would only
            # show errors for a form the page no longer offers.
            messages.error(self.request, TASK_NOT_YOURS)
            return self.back()
        form = self.action_form(self.task, data=self.request.POST, files=self.request.FILES)
        if form is not None and not form.is_valid():
            return self.invalid(bound_forms={("perform", self.task.pk): form})
        services.perform(self.task, self.request.user, form.cleaned_data if form else {})
        messages.success(
            self.request, _("Zadanie „%(task)s” zostało wykonane.") % {"task": self.task.title}
        )
        return self.back()


class CommentView(ApplicationPostView):
    def act(self):
        form = CommentForm(self.request.POST, prefix="comment")
        if not form.is_valid():
            return self.invalid(comment_form=form)
        services.add_comment(self.get_application(), self.request.user, form.cleaned_data["text"])
        messages.success(self.request, _("Dodano komentarz."))
        return self.back()


class DelayView(ApplicationPostView):
    def act(self):
        form = DelayForm(self.request.POST, prefix="delay")
        if not form.is_valid():
            return self.invalid(delay_form=form)
        services.record_delay(
            self.get_application(),
            self.request.user,
            form.cleaned_data["new_date"],
            form.cleaned_data["reason"],
        )
        messages.success(
            self.request,
            _("Zapisano zawiadomienie o zwłoce; wnioskodawca zostanie o nim powiadomiony."),
        )
        return self.back()


class WithdrawView(ApplicationPostView):
    """Records the applicant's withdrawal (a letter or a statement in the office): nothing
    else sends ``application_withdrawn``, so without this the case could not be closed."""

    def act(self):
        form = WithdrawForm(self.request.POST, prefix="withdraw")
        if not form.is_valid():
            return self.invalid(withdraw_form=form)
        services.withdraw(self.get_application(), self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, _("Wniosek wycofano, a sprawę zamknięto."))
        return self.back()
