"""The steps of an online application, served under its ApplicationFormPage.

Every view takes ``(request, page)``; the page's routes (``routing.py``) call them. Each
step is a plain POST-redirect-GET form that works without JavaScript. Invalid input is
shown again with an error summary and a 400 status; nothing the resident already gave is
dropped.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .. import steps as step_forms
from ..registry import registry
from ..templatetags.polish_format import format_money, format_number
from . import state as wizard
from .common import bad_request, client_ip, message_page, no_store, not_found, rate_limited

logger = logging.getLogger("gops.forms.journey")

ACTION_CONTINUE = "continue"
ACTION_SAVE = "save"


def _definition(page):
    if page.benefit_code not in registry:
        return None
    return registry.get(page.benefit_code)


def _url(page, name, *args):
    return page.url + page.reverse_subpage(name, args=args)


def step_url(page, step):
    return _url(page, "journey_step", step)


def _same_step(request, page, step):
    """Back to the same step after adding or removing an item, keeping "change" mode."""
    suffix = "?zmiana=1" if request.POST.get("change") == "1" else ""
    return HttpResponseRedirect(step_url(page, step) + suffix)


def _render(request, page, template, context, status=200):
    definition = context.get("definition") or _definition(page)
    context = {
        "page": page,
        "self": page,
        "definition": definition,
        "step_titles": step_forms.STEP_TITLES,
        **context,
    }
    return no_store(TemplateResponse(request, template, context, status=status))


def _progress(steps, step):
    total = len(steps) + 1  # the "check your answers" page counts as the last step
    number = steps.index(step) + 1 if step in steps else total
    return {"number": number, "total": total}


def _after_step(request, page, state, steps, step):
    """Where to go after a valid step: back to the check page when changing an answer."""
    wizard.mark_done(state, step)
    wizard.save(request, page, state)
    if request.POST.get("action") == ACTION_SAVE:
        return HttpResponseRedirect(_url(page, "journey_draft"))
    if request.POST.get("change") == "1":
        nxt = wizard.first_incomplete(state, steps)
        if nxt is None:
            return HttpResponseRedirect(_url(page, "journey_check"))
    index = steps.index(step)
    if index + 1 < len(steps):
        return HttpResponseRedirect(step_url(page, steps[index + 1]))
    return HttpResponseRedirect(_url(page, "journey_check"))


def _save_unfinished(request, page, state, key, form, step):
    """Save for later ("Zapisz i dokończ później") on a step with errors.

    A resident who still has to look up a PESEL must not be stopped by the very errors they
    are leaving to fix: keep the valid answers (the step stays unfinished, so resuming
    returns here) and go to the draft page.
    """
    if request.POST.get("action") != ACTION_SAVE:
        return None
    if step not in state["done"]:  # never replace a finished step with a partial one
        state[key] = form.json_data()
    wizard.save(request, page, state)
    return HttpResponseRedirect(_url(page, "journey_draft"))


# --- Start page ------------------------------------------------------------------------------


def start(request, page):
    definition = _definition(page)
    if definition is None:
        return not_found(request, _("Ten formularz jest niedostępny."), page=page)
    steps = step_forms.steps_for(definition)
    state = wizard.load(request, page) if wizard.has_state(request, page) else None
    resume = None
    if state and state["done"]:
        resume = wizard.first_incomplete(state, steps)
    return _render(
        request,
        page,
        "intake/start.html",
        {
            "steps": [(s, step_forms.STEP_TITLES[s]) for s in steps],
            "step_codes": steps,
            "first_url": step_url(page, steps[0]),
            "resume_url": (step_url(page, resume) if resume else _url(page, "journey_check"))
            if state and state["done"]
            else None,
            "submitted": wizard.submission(request, page),
        },
    )


# --- One step --------------------------------------------------------------------------------


def step(request, page, step):
    definition = _definition(page)
    if definition is None:
        return not_found(request, _("Ten formularz jest niedostępny."), page=page)
    steps = step_forms.steps_for(definition)
    if step not in steps:
        return not_found(
            request,
            _("Ten formularz nie ma takiego kroku. Wróć na początek formularza."),
            page=page,
        )
    state = wizard.load(request, page)
    # Steps are taken in order; a deep link further on goes to the first missing step.
    missing = wizard.first_incomplete(state, steps)
    if missing is not None and steps.index(step) > steps.index(missing):
        return HttpResponseRedirect(step_url(page, missing))

    handler = STEP_HANDLERS[step]
    context = {
        "step": step,
        "steps": steps,
        "progress": _progress(steps, step),
        "step_title": step_forms.STEP_TITLES[step],
        "help_texts": page.help_for(step),
        "change": request.GET.get("zmiana") == "1" or request.POST.get("change") == "1",
        "back_url": step_url(page, steps[steps.index(step) - 1])
        if steps.index(step) > 0
        else page.url,
    }
    if request.method == "POST":
        action = request.POST.get("action", ACTION_CONTINUE)
        if not isinstance(action, str) or len(action) > 40:
            return bad_request(request, _("Nieznane polecenie formularza."), page=page)
    response = handler(request, page, definition, state, steps, context)
    if isinstance(response, dict):
        form = response.get("form")
        errors = []
        for f in [response.get("form"), response.get("member_form"), response.get("income_form")]:
            if f is not None:
                f.prepare_for_render()
                errors += f.error_summary()
        status = 400 if errors else 200
        return _render(
            request,
            page,
            f"intake/steps/{step}.html",
            {**context, **response, "errors": errors, "form": form},
            status=status,
        )
    return response


def _applicant(request, page, definition, state, steps, context):
    if request.method == "POST":
        form = step_forms.ApplicantForm(request.POST)
        if form.is_valid():
            state["applicant"] = form.json_data()
            return _after_step(request, page, state, steps, "applicant")
        if saved := _save_unfinished(request, page, state, "applicant", form, "applicant"):
            return saved
    else:
        form = step_forms.ApplicantForm(initial=step_forms.json_initial(state["applicant"]))
    return {"form": form}


def _list_action(request, prefix):
    """("add" | "remove" | "continue" | "save", index or None) from the pressed button."""
    action = request.POST.get("action", ACTION_CONTINUE)
    if action.startswith(f"remove-{prefix}-"):
        raw = action.rsplit("-", 1)[1]
        if raw.isdigit():
            return "remove", int(raw)
        return "invalid", None
    if action in ("add", ACTION_CONTINUE, ACTION_SAVE):
        return action, None
    return "invalid", None


def _has_input(form) -> bool:
    return any(
        str(form.data.get(form.add_prefix(name), "")).strip()
        for name in form.fields
        if name not in ("member", "disability")
    )


def _household(request, page, definition, state, steps, context):
    members = state["household"]
    if request.method == "POST":
        action, index = _list_action(request, "member")
        if action == "invalid" or (action == "remove" and not 0 <= index < len(members)):
            return bad_request(request, _("Nie ma takiej osoby na liście."), page=page)
        if action == "remove":
            wizard.remove_member(state, index)
            wizard.save(request, page, state)
            return _same_step(request, page, "household")
        form = step_forms.HouseholdMemberForm(request.POST, prefix="member")
        if action == "add" or _has_input(form):
            if len(members) >= 20 and form.is_valid():
                form.add_error(None, _("Na liście może być najwyżej 20 osób."))
            if form.is_valid():
                members.append(form.json_data())
                wizard.save(request, page, state)
                if action == "add":
                    return _same_step(request, page, "household")
                return _after_step(request, page, state, steps, "household")
            return {"member_form": form, "members": members}
        return _after_step(request, page, state, steps, "household")
    return {
        "member_form": step_forms.HouseholdMemberForm(prefix="member"),
        "members": members,
    }


def _incomes(request, page, definition, state, steps, context):
    incomes = state["incomes"]
    household = state["household"]

    def make_form(data=None):
        return step_forms.IncomeForm(
            data,
            prefix="income",
            household=household,
            period=definition.income_period,
            initial={"member": "applicant"},
        )

    if request.method == "POST":
        action, index = _list_action(request, "income")
        if action == "invalid" or (action == "remove" and not 0 <= index < len(incomes)):
            return bad_request(request, _("Nie ma takiego dochodu na liście."), page=page)
        if action == "remove":
            del incomes[index]
            wizard.save(request, page, state)
            return _same_step(request, page, "incomes")
        form = make_form(request.POST)
        if action == "add" or _has_input(form):
            if len(incomes) >= 60 and form.is_valid():
                form.add_error(None, _("Na liście może być najwyżej 60 dochodów."))
            if form.is_valid():
                incomes.append(form.entry())
                wizard.save(request, page, state)
                if action == "add":
                    return _same_step(request, page, "incomes")
                return _after_step(request, page, state, steps, "incomes")
            return {
                "income_form": form,
                "incomes": _income_rows(incomes, household),
                "period_label": step_forms.income_period_label(definition.income_period),
            }
        return _after_step(request, page, state, steps, "incomes")
    return {
        "income_form": make_form(),
        "incomes": _income_rows(incomes, household),
        "period_label": step_forms.income_period_label(definition.income_period),
    }


def _income_rows(incomes, household):
    from ..models import Income

    sources = dict(Income.Source.choices)
    names = dict(step_forms.member_choices(household))
    rows = []
    for income in incomes:
        member = income.get("member")
        rows.append(
            {
                "who": names.get("applicant" if member is None else str(member), "?"),
                "source": sources.get(income.get("source"), income.get("source")),
                "amount": income.get("amount"),
                "hectares": income.get("hectares"),
            }
        )
    return rows


def _details(request, page, definition, state, steps, context):
    if request.method == "POST":
        form = step_forms.DetailsForm(request.POST, definition=definition)
        if form.is_valid():
            state["answers"] = form.json_data()
            return _after_step(request, page, state, steps, "details")
        if saved := _save_unfinished(request, page, state, "answers", form, "details"):
            return saved
    else:
        form = step_forms.DetailsForm(
            definition=definition, initial=step_forms.DetailsForm.initial_from(state["answers"])
        )
    return {"form": form}


def _payment(request, page, definition, state, steps, context):
    if request.method == "POST":
        form = step_forms.PaymentForm(request.POST)
        if form.is_valid():
            state["payment"] = form.json_data()
            return _after_step(request, page, state, steps, "payment")
        if saved := _save_unfinished(request, page, state, "payment", form, "payment"):
            return saved
    else:
        form = step_forms.PaymentForm(initial=state["payment"])
    return {"form": form}


def _attachments(request, page, definition, state, steps, context):
    from ..attachments import delete_pending, inspect_upload, store_pending

    files = state["files"]

    def render(form):
        return {"form": form, "stored": files}

    if request.method != "POST":
        return render(step_forms.AttachmentsForm(definition=definition, stored=files))

    action = request.POST.get("action", ACTION_CONTINUE)
    if action.startswith("remove-"):
        raw = action[len("remove-") :]
        if not raw.isdigit() or int(raw) >= len(files):
            return bad_request(request, _("Nie ma takiego załącznika."), page=page)
        delete_pending(files.pop(int(raw)))
        state["done"] = [s for s in state["done"] if s != "attachments"]
        wizard.save(request, page, state)
        return _same_step(request, page, "attachments")
    if action not in ("upload", ACTION_CONTINUE, ACTION_SAVE):
        return bad_request(request, _("Nieznane polecenie formularza."), page=page)

    form = step_forms.AttachmentsForm(
        request.POST, request.FILES, definition=definition, stored=files
    )
    form.is_valid()
    # Keep every good file at once, even when another one on the page was refused.
    for name, field in form.fields.items():
        for upload in form.uploads(name):
            spec_code = field.spec.code if field.spec else ""
            replaced = []
            if field.spec and not field.multiple:
                replaced = [f for f in files if f.get("spec_code") == spec_code]
            used = sum(f.get("size", 0) for f in files if f not in replaced)
            if len(files) - len(replaced) >= MAX_FILES:
                form.add_error(name, _("Można dodać najwyżej %(n)d plików.") % {"n": MAX_FILES})
                break
            try:
                info = inspect_upload(upload, used_bytes=used)
            except ValidationError as error:
                form.add_error(name, error)
                continue
            for old in replaced:
                files.remove(old)
                delete_pending(old)
            files.append({**store_pending(upload, info), "spec_code": spec_code})
    wizard.save(request, page, state)
    form = _refresh_attachments_form(form, definition, files)
    if form.errors:
        return render(form)
    if action == "upload":
        return _same_step(request, page, "attachments")
    missing = form.missing_required(files)
    if missing and action != ACTION_SAVE:
        for name in missing:
            form.add_error(name, _("Dodaj plik: %(label)s.") % {"label": form.fields[name].label})
        return render(form)
    if missing:
        return HttpResponseRedirect(_url(page, "journey_draft"))
    return _after_step(request, page, state, steps, "attachments")


MAX_FILES = 20


def _refresh_attachments_form(form, definition, files):
    """The same errors on a form whose lists of stored files include the new uploads."""
    fresh = step_forms.AttachmentsForm(definition=definition, stored=files)
    fresh.is_bound = True
    fresh.data, fresh.files = form.data, form.files
    fresh._errors = form._errors
    fresh.cleaned_data = {}
    return fresh


def _declarations(request, page, definition, state, steps, context):
    if request.method == "POST":
        form = step_forms.DeclarationsForm(request.POST, definition=definition)
        if form.is_valid():
            state["declarations"] = form.accepted()
            return _after_step(request, page, state, steps, "declarations")
    else:
        accepted = set(state["declarations"])
        form = step_forms.DeclarationsForm(definition=definition)
        form.initial = {f"decl_{i}": True for i, t in enumerate(form.texts) if t in accepted}
    return {"form": form, "privacy_url": privacy_url(request)}


def privacy_url(request) -> str:
    """The full RODO notice: ``GOPS_INTAKE["PRIVACY_URL"]`` (a URL, or "module.function"
    taking the request), else the first live page of the model named by
    ``GOPS_INTAKE["PRIVACY_PAGE_MODEL"]`` (default: a page type "privacynoticepage")."""
    from django.utils.module_loading import import_string
    from wagtail.models import Page

    conf = getattr(settings, "GOPS_INTAKE", {})
    configured = conf.get("PRIVACY_URL", "")
    if configured and not configured.startswith("/") and "://" not in configured:
        return import_string(configured)(request)
    if configured:
        return configured
    model = conf.get("PRIVACY_PAGE_MODEL", "privacynoticepage")
    page = Page.objects.live().filter(content_type__model=model).order_by("path").first()
    return page.url if page is not None else "/"


STEP_HANDLERS = {
    "applicant": _applicant,
    "household": _household,
    "incomes": _incomes,
    "details": _details,
    "payment": _payment,
    "attachments": _attachments,
    "declarations": _declarations,
}


# --- Check your answers and submit -------------------------------------------------------------


def submission_data(definition, state) -> dict:
    """The wizard state in the shape ``submit_application`` takes."""
    payment = state.get("payment") or {}
    return {
        "applicant": dict(state["applicant"]),
        "household": list(state["household"]) if definition.asks_household else [],
        "incomes": list(state["incomes"]) if "incomes" in step_forms.steps_for(definition) else [],
        "answers": dict(state["answers"]) if definition.questions else {},
        "payment": {
            "payment_method": payment.get("payment_method", "") if definition.asks_payment else "",
            "bank_account": payment.get("bank_account", "") if definition.asks_payment else "",
        },
        "declarations": list(state["declarations"]),
    }


def pending_files(state) -> list[dict]:
    return [dict(pending) for pending in state["files"]]


def _summary(page, definition, state, steps):
    """Rows for "Sprawdź odpowiedzi": (step, title, [(label, value)], change URL)."""
    from ..models import Application, HouseholdMember

    sections = []
    applicant_form = step_forms.ApplicantForm()
    a = state["applicant"]
    rows = []
    for name in ("first_name", "last_name", "pesel", "document_type", "document_number"):
        if a.get(name):
            value = a[name]
            if name == "document_type":
                value = dict(step_forms.DOCUMENT_TYPES).get(value, value)
            rows.append((applicant_form.fields[name].label, value))
    rows.append((applicant_form.fields["birth_date"].label, _date(a.get("birth_date"))))
    rows.append((applicant_form.fields["citizenship"].label, a.get("citizenship")))
    # A village without streets is written "Wielgie 5", as on the PDF and the decision.
    address = " ".join(filter(None, [a.get("street") or a.get("city"), a.get("house_number")])) + (
        f"/{a['flat_number']}" if a.get("flat_number") else ""
    )
    rows.append((_("Adres"), f"{address}, {a.get('postcode', '')} {a.get('city', '')}"))
    rows.append((applicant_form.fields["gmina"].label, a.get("gmina")))
    rows.append((applicant_form.fields["phone"].label, a.get("phone") or "–"))
    rows.append((applicant_form.fields["email"].label, a.get("email") or "–"))
    sections.append(("applicant", rows))

    if "household" in steps:
        relationships = dict(HouseholdMember.Relationship.choices)
        occupations = dict(HouseholdMember.Occupation.choices)
        rows = [
            (
                f"{m['first_name']} {m['last_name']}",
                ", ".join(
                    filter(
                        None,
                        [
                            str(relationships.get(m.get("relationship"), "")),
                            str(occupations.get(m.get("occupation"), "")),
                            m.get("pesel") or _date(m.get("birth_date")),
                            str(_("orzeczenie o niepełnosprawności"))
                            if m.get("disability")
                            else "",
                        ],
                    )
                ),
            )
            for m in state["household"]
        ] or [(_("Osoby"), _("Mieszkam sam / sama"))]
        sections.append(("household", rows))
    if "incomes" in steps:
        rows = [
            (
                f"{r['who']}: {r['source']}",
                format_money(r["amount"])
                + (f", {format_number(r['hectares'], 4)} ha" if r["hectares"] else ""),
            )
            for r in _income_rows(state["incomes"], state["household"])
        ] or [(_("Dochody"), _("Brak dochodów"))]
        sections.append(("incomes", rows))
    if "details" in steps:
        form = step_forms.DetailsForm(definition=definition)
        rows = []
        for name, field in form.fields.items():
            value = state["answers"].get(name)
            choices = dict(getattr(field, "choices", []) or [])
            if isinstance(value, list):
                value = ", ".join(str(choices.get(v, v)) for v in value)
            elif value is True:
                value = _("Tak")
            elif value is False:
                value = _("Nie")
            elif isinstance(value, str) and choices:
                value = choices.get(value, value)
            rows.append((field.label, _date(value) if value else "–"))
        sections.append(("details", rows))
    if "payment" in steps:
        p = state["payment"]
        methods = dict(Application.PaymentMethod.choices)
        rows = [(_("Sposób wypłaty"), methods.get(p.get("payment_method"), "–"))]
        if p.get("bank_account"):
            from ..validators import format_nrb

            rows.append((_("Numer rachunku"), format_nrb(p["bank_account"])))
        sections.append(("payment", rows))
    labels = {spec.code: spec.label for spec in definition.attachments}
    rows = [
        (labels.get(f.get("spec_code"), _("Inny dokument")), f.get("name", ""))
        for f in state["files"]
    ]
    sections.append(("attachments", rows or [(_("Załączniki"), _("Nie dodano plików"))]))
    sections.append(
        ("declarations", [(_("Zaakceptowane"), text) for text in state["declarations"]])
    )
    return [
        {
            "step": step,
            "title": step_forms.STEP_TITLES[step],
            "rows": rows,
            "change_url": step_url(page, step) + "?zmiana=1",
        }
        for step, rows in sections
    ]


def _date(value):
    import datetime

    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return datetime.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return value or "–"


def check(request, page):
    definition = _definition(page)
    if definition is None:
        return not_found(request, _("Ten formularz jest niedostępny."), page=page)
    steps = step_forms.steps_for(definition)
    state = wizard.load(request, page)
    missing = wizard.first_incomplete(state, steps)
    if missing is not None:
        done = wizard.submission(request, page)
        if done and not state["done"]:
            return HttpResponseRedirect(_url(page, "journey_confirmation"))
        return HttpResponseRedirect(step_url(page, missing))
    wizard.save(request, page, state)  # keeps the submission key stable across reloads
    form = step_forms.SubmitForm(initial={"submission_key": state["key"]})
    return _render(
        request,
        page,
        "intake/check.html",
        {
            "sections": _summary(page, definition, state, steps),
            "form": form,
            "progress": _progress(steps, "check"),
            "step_title": step_forms.STEP_TITLES["check"],
            "help_texts": page.help_for("check"),
            "submit_url": _url(page, "journey_submit"),
            "back_url": step_url(page, steps[-1]),
        },
    )


def _submit_limit():
    return getattr(settings, "GOPS_INTAKE", {}).get("SUBMIT_RATE_LIMIT", "10/h")


def submit(request, page):
    if request.method != "POST":
        return HttpResponseRedirect(_url(page, "journey_check"))
    definition = _definition(page)
    if definition is None:
        return not_found(request, _("Ten formularz jest niedostępny."), page=page)
    form = step_forms.SubmitForm(request.POST)
    if not form.is_valid():
        return bad_request(
            request,
            _("Formularz wysłania wniosku jest niekompletny. Wróć do strony „Sprawdź odpowiedzi”."),
            page=page,
        )
    if form.cleaned_data["website"]:
        # Only bots see this field. Nothing is stored; a person never gets here.
        logger.info("Honeypot filled on %s", page.benefit_code)
        return bad_request(
            request,
            _(
                "Wniosek nie został przyjęty, bo wypełniono pole przeznaczone dla programów "
                "automatycznych. Jeśli jesteś osobą, a nie programem, zadzwoń do ośrodka."
            ),
            page=page,
        )
    key = str(form.cleaned_data["submission_key"])
    done = wizard.submission(request, page)
    if done and done.get("key") == key:
        # A double click, a retried POST or back-and-resubmit: show the same confirmation.
        return HttpResponseRedirect(_url(page, "journey_confirmation"))
    state = wizard.load(request, page)
    if key != state["key"] or not wizard.has_state(request, page):
        return bad_request(
            request,
            _(
                "Ten formularz wygasł albo został już wysłany. Otwórz formularz ponownie; "
                "jeśli wysłałeś już wniosek, sprawdź jego status znakiem sprawy i kodem dostępu."
            ),
            page=page,
        )
    steps = step_forms.steps_for(definition)
    missing = wizard.first_incomplete(state, steps)
    if missing is not None:
        return HttpResponseRedirect(step_url(page, missing))
    if not _rate_allowed(f"intake-submit:{client_ip(request)}", _submit_limit()):
        return rate_limited(request, page=page)

    from ..submission import submit_application

    try:
        result = submit_application(
            definition.code, submission_data(definition, state), pending_files(state), key
        )
    except ValidationError as error:
        logger.info("Submission refused: %s", error.messages)
        return message_page(
            request,
            400,
            _("Nie udało się złożyć wniosku"),
            " ".join(error.messages),
            page=page,
            links=[(_url(page, "journey_check"), _("Wróć do sprawdzenia odpowiedzi"))],
        )
    except DatabaseError:
        logger.exception("Submission failed for %s", definition.code)
        return message_page(
            request,
            503,
            _("Nie udało się złożyć wniosku"),
            _(
                "Wystąpił chwilowy problem po naszej stronie i wniosek nie został zapisany. "
                "Twoje odpowiedzi są zachowane – spróbuj wysłać go ponownie za kilka minut."
            ),
            page=page,
            links=[(_url(page, "journey_check"), _("Wróć do sprawdzenia odpowiedzi"))],
        )
    application = result.application  # submit_application e-mails the confirmation
    record = {
        "key": key,
        "public_id": str(application.public_id),
        "case_number": application.case_number,
        "access_code": result.access_code,
        "email": bool(application.email),
    }
    if not result.created:
        # A concurrent double click: the first request may have stored the code meanwhile.
        earlier = done or wizard.stored_submission(request, page)
        if earlier and earlier.get("public_id") == record["public_id"]:
            record["access_code"] = earlier.get("access_code")
    wizard.remember_submission(request, page, record)
    if state.get("draft_token"):
        _delete_draft(state["draft_token"])
    wizard.clear(request, page)
    return HttpResponseRedirect(_url(page, "journey_confirmation"))


def _rate_allowed(key, rate):
    from ..ratelimit import allow

    return allow(key, rate=rate)


def _delete_draft(token):
    from ..drafts import delete_draft

    delete_draft(token)


def confirmation(request, page):
    definition = _definition(page)
    record = wizard.submission(request, page)
    if record is None or definition is None:
        return not_found(
            request,
            _(
                "Nie ma tu potwierdzenia – pokazujemy je tylko w przeglądarce, z której wysłano "
                "wniosek. Status wniosku sprawdzisz znakiem sprawy i kodem dostępu."
            ),
            page=page,
        )
    from django.urls import reverse

    return _render(
        request,
        page,
        "intake/confirmation.html",
        {
            "record": record,
            "pdf_url": reverse("intake:pdf", args=[record["public_id"]]),
            "status_url": reverse("intake:status"),
        },
    )


# --- Save and finish later -------------------------------------------------------------------


def draft(request, page):
    definition = _definition(page)
    if definition is None:
        return not_found(request, _("Ten formularz jest niedostępny."), page=page)
    state = wizard.load(request, page)
    steps = step_forms.steps_for(definition)
    if request.method == "POST":
        form = step_forms.DraftForm(request.POST)
        if form.is_valid():
            from ..drafts import save_draft

            current = wizard.first_incomplete(state, steps) or "check"
            email = form.cleaned_data["email"]
            draft_obj, token = save_draft(
                definition.code, email, state, current, token=state.get("draft_token")
            )
            state["draft_token"] = token
            wizard.save(request, page, state)
            from django.urls import reverse

            resume_url = request.build_absolute_uri(reverse("intake:resume", args=[token]))
            _send_draft_link(request, page, definition, draft_obj, email, resume_url)
            return _render(
                request,
                page,
                "intake/draft_saved.html",
                {"email": email, "expires_at": draft_obj.expires_at},
            )
    else:
        form = step_forms.DraftForm(initial={"email": state["applicant"].get("email", "")})
    form.prepare_for_render()
    errors = form.error_summary()
    return _render(
        request,
        page,
        "intake/draft.html",
        {
            "form": form,
            "errors": errors,
            "back_url": step_url(page, wizard.first_incomplete(state, steps) or steps[-1]),
        },
        status=400 if errors else 200,
    )


def _send_draft_link(request, page, definition, draft_obj, email, resume_url):
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.utils import timezone

    try:
        from ..emails import send_draft_link
    except ImportError:
        send_draft_link = None
    if send_draft_link is not None:
        try:
            send_draft_link(draft_obj, resume_url)
            return
        except TypeError:  # a different signature: fall back to our own message
            pass
    context = {
        "benefit": definition.name,
        "resume_url": resume_url,
        "expires_at": timezone.localtime(draft_obj.expires_at),
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", "GOPS"),
    }
    send_mail(
        _("Dokończ wniosek: %(benefit)s") % {"benefit": definition.name},
        render_to_string("intake/email/draft_link.txt", context),
        None,
        [email],
    )
