"""Django forms for the human steps of ApplicationFlow, one per node.

``services.action_form_class(task)`` returns the form for a task; the admin renders it and
passes ``form.cleaned_data`` to ``services.perform``. Each form knows its task (``task``
class attribute, set by the factory) so it can validate dates against the task's deadline.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gops.forms.validators import clean_text

from .models import DeliveryMethod, Outcome


def _text(value: str) -> str:
    # Same rules as the resident's forms: no control characters; length is the field's.
    return clean_text(value, max_length=len(value) + 1, multiline=True) if value else value


class ActionForm(forms.Form):
    task = None  # set by action_form_class()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A select shows its first option as chosen; without a blank one, a worker who skips
        # it records "Profil Zaufany" or "przyznano" without having decided anything.
        for name, field in self.fields.items():
            if (
                isinstance(field, forms.ChoiceField)
                and field.required
                and not self.initial.get(name)
                and field.choices
                and field.choices[0][0] != ""
            ):
                field.choices = [("", _("– wybierz –")), *field.choices]

    @property
    def process(self):
        return self.task.process.applicationprocess if self.task is not None else None

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                try:
                    cleaned[name] = _text(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class FormalCheckForm(ActionForm):
    RESULTS = [
        ("complete", _("Wniosek kompletny – przekaż dalej")),
        ("incomplete", _("Braki formalne – wezwij do uzupełnienia (7 dni)")),
    ]
    SIGNATURES = [
        ("profil_zaufany", _("Profil Zaufany")),
        ("podpis_osobisty", _("podpis osobisty (e-dowód)")),
        ("kwalifikowany", _("kwalifikowany podpis elektroniczny")),
        ("w_osrodku", _("podpisany w ośrodku (papier)")),
        ("brak", _("jeszcze niepodpisany")),
    ]
    result = forms.ChoiceField(label=_("Wynik oceny formalnej"), choices=RESULTS)
    signature_method = forms.ChoiceField(label=_("Sposób podpisania wniosku"), choices=SIGNATURES)
    missing = forms.CharField(
        label=_("Czego brakuje (treść wezwania dla wnioskodawcy)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=4000,
    )
    urgent = forms.BooleanField(
        label=_("Sprawa pilna (wywiad w ciągu 2 dni roboczych)"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("result") == "incomplete" and not cleaned.get("missing", "").strip():
            self.add_error("missing", _("Wpisz, jakich dokumentów lub danych brakuje."))
        if cleaned.get("result") == "complete" and cleaned.get("signature_method") == "brak":
            self.add_error(
                "signature_method",
                _(
                    "Niepodpisany wniosek nie jest kompletny: wezwij do podpisania "
                    "(wybierz „Braki formalne”)."
                ),
            )
        return cleaned


class SupplementForm(ActionForm):
    RESULTS = [
        ("supplemented", _("Wnioskodawca uzupełnił braki – wróć do oceny formalnej")),
        ("unexamined", _("Brak uzupełnienia w terminie – pozostaw bez rozpoznania")),
    ]
    result = forms.ChoiceField(label=_("Co się stało"), choices=RESULTS)
    note = forms.CharField(
        label=_("Uwagi"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )

    def clean(self):
        cleaned = super().clean()
        process = self.process
        if (
            cleaned.get("result") == "unexamined"
            and process is not None
            and process.supplement_due
            and timezone.localdate() <= process.supplement_due
        ):
            self.add_error(
                "result",
                _("Termin na uzupełnienie mija %(date)s; do tego dnia wniosek musi czekać.")
                % {"date": process.supplement_due.strftime("%d.%m.%Y")},
            )
        return cleaned


class InterviewForm(ActionForm):
    carried_out_on = forms.DateField(label=_("Data przeprowadzenia wywiadu"))
    findings = forms.CharField(
        label=_("Ustalenia wywiadu"), widget=forms.Textarea(attrs={"rows": 6}), max_length=20000
    )
    recommendation = forms.CharField(
        label=_("Proponowana forma pomocy"), required=False, max_length=2000
    )

    def clean_carried_out_on(self):
        value = self.cleaned_data["carried_out_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("Data wywiadu nie może być z przyszłości."))
        return value


class DecisionDraftForm(ActionForm):
    outcome = forms.ChoiceField(label=_("Rozstrzygnięcie"), choices=Outcome.choices)
    amount = forms.DecimalField(
        label=_("Kwota (zł)"), required=False, min_value=0, max_digits=10, decimal_places=2
    )
    period_from = forms.DateField(label=_("Okres od"), required=False)
    period_to = forms.DateField(label=_("Okres do"), required=False)
    justification = forms.CharField(
        label=_("Uzasadnienie"), widget=forms.Textarea(attrs={"rows": 8}), max_length=20000
    )

    def clean(self):
        cleaned = super().clean()
        outcome = cleaned.get("outcome")
        if outcome in (Outcome.GRANTED, Outcome.PARTLY):
            process = self.process
            paid = process is not None and process.application.benefit.is_paid
            if paid and not cleaned.get("amount"):
                self.add_error("amount", _("Podaj przyznaną kwotę."))
            if paid and not cleaned.get("period_from"):
                self.add_error("period_from", _("Podaj początek okresu świadczenia."))
        start, end = cleaned.get("period_from"), cleaned.get("period_to")
        if start and end and end < start:
            self.add_error("period_to", _("Koniec okresu nie może być przed jego początkiem."))
        return cleaned


class ApprovalForm(ActionForm):
    RESULTS = [
        ("approved", _("Zatwierdzam i podpisuję decyzję")),
        ("returned", _("Zwracam projekt do poprawy")),
    ]
    result = forms.ChoiceField(label=_("Decyzja kierownika"), choices=RESULTS)
    comment = forms.CharField(
        label=_("Uwagi do projektu"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=4000,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("result") == "returned" and not cleaned.get("comment", "").strip():
            self.add_error("comment", _("Napisz, co trzeba poprawić."))
        return cleaned


class DeliveryForm(ActionForm):
    method = forms.ChoiceField(label=_("Sposób doręczenia"), choices=DeliveryMethod.choices)
    delivered_on = forms.DateField(label=_("Data doręczenia"))

    def clean_delivered_on(self):
        value = self.cleaned_data["delivered_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("Data doręczenia nie może być z przyszłości."))
        return value


class AppealWindowForm(ActionForm):
    RESULTS = [
        ("final", _("Termin minął bez odwołania – decyzja ostateczna")),
        ("waived", _("Strona zrzekła się prawa do odwołania (art. 127a KPA)")),
        ("appeal", _("Wpłynęło odwołanie")),
    ]
    result = forms.ChoiceField(label=_("Co się stało"), choices=RESULTS)
    event_date = forms.DateField(
        label=_("Data wpływu odwołania lub oświadczenia o zrzeczeniu"), required=False
    )
    note = forms.CharField(
        label=_("Uwagi"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )

    def clean(self):
        cleaned = super().clean()
        result = cleaned.get("result")
        process = self.process
        if (
            result == "final"
            and process is not None
            and process.appeal_due
            and timezone.localdate() <= process.appeal_due
        ):
            self.add_error(
                "result",
                _("Termin na odwołanie mija %(date)s; decyzja będzie ostateczna po tym dniu.")
                % {"date": process.appeal_due.strftime("%d.%m.%Y")},
            )
        if result in ("waived", "appeal") and not cleaned.get("event_date"):
            self.add_error("event_date", _("Podaj datę wpływu."))
        return cleaned


class AppealForm(ActionForm):
    RESULTS = [
        ("forward", _("Przekaż odwołanie do SKO (art. 133 KPA)")),
        ("revise", _("Uwzględnij odwołanie – nowa decyzja (art. 132 KPA)")),
    ]
    result = forms.ChoiceField(label=_("Rozpatrzenie odwołania"), choices=RESULTS)
    note = forms.CharField(
        label=_("Uwagi"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )


class SkoRulingForm(ActionForm):
    RESULTS = [
        ("upheld", _("SKO utrzymało decyzję w mocy")),
        ("changed", _("SKO zmieniło decyzję (rozstrzygnęło co do istoty)")),
        ("returned", _("SKO uchyliło decyzję i przekazało sprawę do ponownego rozpatrzenia")),
    ]
    result = forms.ChoiceField(label=_("Rozstrzygnięcie SKO"), choices=RESULTS)
    ruling_date = forms.DateField(label=_("Data orzeczenia SKO"))
    note = forms.CharField(
        label=_("Uwagi"), widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000
    )


class PaymentForm(ActionForm):
    list_number = forms.CharField(label=_("Numer listy wypłat"), max_length=60)
    paid_on = forms.DateField(label=_("Data wypłaty"))


FORMS: dict[str, type[ActionForm]] = {
    "formal_check": FormalCheckForm,
    "await_supplement": SupplementForm,
    "interview": InterviewForm,
    "decision_draft": DecisionDraftForm,
    "approval": ApprovalForm,
    "notification": DeliveryForm,
    "appeal_window": AppealWindowForm,
    "appeal": AppealForm,
    "sko_ruling": SkoRulingForm,
    "payment": PaymentForm,
}
