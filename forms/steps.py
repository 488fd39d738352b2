"""Django form classes for each step of the resident's application, built from the registry.

Nothing here is specific to one benefit: the steps shown, the questions on the "details"
step, the attachment inputs and the declarations all come from the benefit's definition.
Validation rules themselves live in ``validators.py`` (forms-core); these classes only call
them and turn the answers into the JSON-safe shape ``submit_application`` expects.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import validators
from .models import Application, HouseholdMember, Income
from .registry import BenefitDefinition, FieldKind, IncomePeriod

# Order of the steps; the journey shows only those that apply to the benefit.
ALL_STEPS = (
    "applicant",
    "household",
    "incomes",
    "details",
    "payment",
    "attachments",
    "declarations",
)
STEP_TITLES = {
    "applicant": _("Twoje dane"),
    "household": _("Osoby w gospodarstwie domowym"),
    "incomes": _("Dochody"),
    "details": _("Pytania dotyczące świadczenia"),
    "payment": _("Sposób wypłaty"),
    "attachments": _("Załączniki"),
    "declarations": _("Oświadczenia"),
    "check": _("Sprawdź odpowiedzi"),
}

DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d %m %Y"]
DATE_HINT = _("Na przykład 15.03.1958 (dzień.miesiąc.rok).")

# Anything that looks like an HTML tag or a script: residents have no reason to type one.
_MARKUP = re.compile(r"<\s*[a-zA-Z!/?]|javascript:", re.IGNORECASE)
REPLACEMENT_CHARACTER = "\ufffd"

DEFAULT_DECLARATION = _(
    "Jestem świadoma/świadomy odpowiedzialności karnej za złożenie fałszywego oświadczenia "
    "(art. 233 § 1 Kodeksu karnego). Oświadczam, że dane podane we wniosku są zgodne z prawdą."
)
RODO_DECLARATION = _(
    "Zapoznałam/zapoznałem się z informacją o przetwarzaniu danych osobowych (RODO)."
)


def steps_for(definition: BenefitDefinition) -> list[str]:
    """The steps of the journey for this benefit, in order (without "check")."""
    skipped = set()
    if not definition.asks_household:
        skipped.add("household")
    if not definition.asks_incomes or definition.income_period == IncomePeriod.NONE:
        skipped.add("incomes")
    if not definition.questions:
        skipped.add("details")
    if not definition.asks_payment:
        skipped.add("payment")
    return [step for step in ALL_STEPS if step not in skipped]


def base_year(today: datetime.date | None = None) -> int:
    """The calendar year whose income counts for family benefits applied for ``today``.

    The benefit period starts on 1 November; from July residents apply for the next
    period, whose base year is the previous calendar year.
    """
    today = today or timezone.localdate()
    return today.year - 1 if today.month >= 7 else today.year - 2


def income_period_label(period: str) -> str:
    if period == IncomePeriod.PREVIOUS_MONTH:
        return str(_("dochód z miesiąca poprzedzającego złożenie wniosku"))
    if period == IncomePeriod.BASE_YEAR:
        return str(_("dochód za cały rok bazowy %(year)s") % {"year": base_year()})
    if period == IncomePeriod.THREE_MONTHS:
        return str(_("łączny dochód z trzech miesięcy poprzedzających złożenie wniosku"))
    return ""


def declarations_for(definition: BenefitDefinition) -> list[str]:
    """Declarations to accept: the benefit's own, or the standard truth and RODO ones."""
    texts = [str(t) for t in definition.declarations]
    return texts or [str(DEFAULT_DECLARATION), str(RODO_DECLARATION)]


# --- Fields ------------------------------------------------------------------------------


def check_safe_text(value: str, max_length: int, multiline: bool = False) -> str:
    """Refuse broken encodings and markup, then the core text rules (control characters)."""
    if REPLACEMENT_CHARACTER in value:
        raise ValidationError(
            _(
                "Tekst zawiera uszkodzone znaki (błędne kodowanie). Usuń je i wpisz tekst "
                "ponownie z klawiatury."
            ),
            code="encoding",
        )
    if _MARKUP.search(value):
        raise ValidationError(
            _("Usuń znaki „<” i „>” oraz kod HTML – wpisz sam tekst."), code="markup"
        )
    return validators.clean_text(value, max_length=max_length, multiline=multiline)


class TextField(forms.CharField):
    """A CharField whose text passes the core rules; too long text gets a Polish message."""

    def __init__(self, *args, multiline=False, max_length=200, **kwargs):
        self.multiline = multiline
        self.text_max_length = max_length
        kwargs.setdefault("required", True)
        # No max_length on the field itself: clean_text says how long the text is.
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("maxlength", str(max_length))
        self.validators = []

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return ""
        return check_safe_text(value, self.text_max_length, self.multiline)


class PolishDateField(forms.DateField):
    default_error_messages = {
        "invalid": _("Wpisz datę w formacie dzień.miesiąc.rok, na przykład 15.03.1958."),
        "required": _("Wpisz datę."),
    }

    def __init__(self, *args, past=True, **kwargs):
        self.past = past
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        kwargs.setdefault("widget", forms.DateInput(format="%d.%m.%Y"))
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("class", "input--date")
        self.widget.attrs.setdefault("maxlength", "10")

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
            if len(value) > 20:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
        date = super().to_python(value)
        if date and date.year < 1900:
            raise ValidationError(
                _("Rok musi być późniejszy niż 1900. Sprawdź datę."), code="too_old"
            )
        if date and self.past and date > timezone.localdate():
            raise ValidationError(
                _("Ta data jest w przyszłości. Wpisz prawdziwą datę."), code="future"
            )
        return date


class MoneyField(forms.DecimalField):
    default_error_messages = {
        "invalid": _("Wpisz kwotę w złotych, na przykład 1250,50."),
        "required": _("Wpisz kwotę (0, jeśli nie było dochodu)."),
        "min_value": _("Kwota nie może być ujemna."),
        "max_value": _("Kwota jest za duża. Sprawdź, czy nie dopisano zer."),
        "max_decimal_places": _("Podaj kwotę z dokładnością do groszy (dwa miejsca po przecinku)."),
        "max_digits": _("Kwota jest za duża. Sprawdź, czy nie dopisano zer."),
        "max_whole_digits": _("Kwota jest za duża. Sprawdź, czy nie dopisano zer."),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", Decimal("0"))
        kwargs.setdefault("max_value", Decimal("9999999.99"))
        kwargs.setdefault("max_digits", 10)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("localize", True)
        super().__init__(*args, **kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "decimal", "class": "input--short"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace(" ", "").replace("\u00a0", "").replace("zł", "")
            if len(value) > 20:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            value = value.replace(",", ".")
        return super().to_python(value)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True

    def value_from_datadict(self, data, files, name):
        return [f for f in files.getlist(name) if f] if hasattr(files, "getlist") else []


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        return [super(MultipleFileField, self).clean(item) for item in data]


# --- Forms -------------------------------------------------------------------------------


class StepForm(forms.Form):
    """Common behaviour: accessible error wiring and a JSON-safe export of the answers."""

    required_css_class = "field--required"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Polish messages that name the field (Django's are generic, or English when the
        # browser asks for English).
        for field in self.fields.values():
            label = str(field.label or "").rstrip("?:").strip()
            messages = field.error_messages
            if messages.get("required") in (None, forms.Field.default_error_messages["required"]):
                if isinstance(field, (forms.ChoiceField, forms.BooleanField)):
                    messages["required"] = _("Wybierz odpowiedź w polu „%(label)s”.") % {
                        "label": label
                    }
                else:
                    messages["required"] = _("Uzupełnij pole „%(label)s”.") % {"label": label}
            if "invalid_choice" in messages:
                messages["invalid_choice"] = _(
                    "Wybierz jedną z odpowiedzi z listy. Odśwież stronę, jeśli lista się zmieniła."
                )
            if isinstance(field, forms.FileField):
                messages["invalid"] = _("Nie udało się odczytać pliku. Wybierz go jeszcze raz.")
                messages["empty"] = _(
                    "Wybrany plik jest pusty. Wybierz plik ze skanem lub zdjęciem."
                )
                messages["missing"] = _("Nie wysłano pliku. Wybierz go jeszcze raz.")

    # Fields grouped with a fieldset/legend (radio and checkbox groups).
    GROUP_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)

    def prepare_for_render(self):
        """Point each control to its hint and error (aria-describedby, aria-invalid)."""
        for bound in self:
            bound.field.show_optional = getattr(
                bound.field, "is_optional", not bound.field.required
            )
            described = []
            if bound.help_text:
                described.append(f"{bound.auto_id}-hint")
            if self.is_bound and bound.errors:
                described.append(f"{bound.auto_id}-error")
                bound.field.widget.attrs["aria-invalid"] = "true"
            if described:
                bound.field.widget.attrs["aria-describedby"] = " ".join(described)
        return self

    def error_summary(self) -> list[tuple[str, str]]:
        """(anchor, message) pairs for the error summary at the top of the page."""
        if not self.is_bound:
            return []
        items = []
        for message in self.non_field_errors():
            items.append(("", message))
        for bound in self:
            if not bound.errors:
                continue
            anchor = bound.auto_id
            if isinstance(bound.field.widget, self.GROUP_WIDGETS):
                anchor = f"{bound.auto_id}_0"
            for message in bound.errors:
                items.append((anchor, message))
        return items

    @staticmethod
    def to_json(value):
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, (list, tuple)):
            return [StepForm.to_json(v) for v in value]
        return value

    def json_data(self) -> dict:
        return {name: self.to_json(value) for name, value in self.cleaned_data.items()}


def json_initial(data: dict | None) -> dict:
    """Stored answers (ISO dates) back into form initial values (Polish date format)."""
    initial = {}
    for key, value in (data or {}).items():
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            value = datetime.date.fromisoformat(value).strftime("%d.%m.%Y")
        initial[key] = value
    return initial


class PeselMixin:
    """PESEL (optional when a foreign document is given) consistent with the birth date."""

    def clean_pesel(self):
        value = self.cleaned_data.get("pesel", "")
        if not value:
            return ""
        return validators.validate_pesel(value)

    def check_birth_date(self, cleaned):
        pesel = cleaned.get("pesel")
        birth_date = cleaned.get("birth_date")
        if pesel and birth_date:
            try:
                validators.validate_pesel_matches_birth_date(pesel, birth_date)
            except ValidationError as error:
                self.add_error("birth_date", error)


DOCUMENT_TYPES = [
    ("", _("– wybierz –")),
    ("paszport", _("paszport")),
    ("karta_pobytu", _("karta pobytu")),
    ("dowod_ue", _("dowód osobisty państwa UE")),
    ("inny", _("inny dokument tożsamości")),
]


class ApplicantForm(PeselMixin, StepForm):
    first_name = TextField(
        label=_("Imię"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = TextField(
        label=_("Nazwisko"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    pesel = TextField(
        label=_("Numer PESEL"),
        required=False,
        max_length=20,
        help_text=_("11 cyfr. Jeśli nie masz numeru PESEL, zostaw puste i podaj dokument poniżej."),
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "class": "input--pesel"}
        ),
    )
    document_type = forms.ChoiceField(
        label=_("Rodzaj dokumentu (tylko bez numeru PESEL)"),
        choices=DOCUMENT_TYPES,
        required=False,
    )
    document_number = TextField(
        label=_("Numer dokumentu (tylko bez numeru PESEL)"), required=False, max_length=40
    )
    birth_date = PolishDateField(
        label=_("Data urodzenia"),
        help_text=DATE_HINT,
        widget=forms.DateInput(format="%d.%m.%Y", attrs={"autocomplete": "bday"}),
    )
    citizenship = TextField(label=_("Obywatelstwo"), max_length=60, initial=_("polskie"))
    street = TextField(
        label=_("Ulica"),
        required=False,
        max_length=120,
        help_text=_("Zostaw puste, jeśli Twoja miejscowość nie ma ulic."),
        widget=forms.TextInput(attrs={"autocomplete": "address-line1"}),
    )
    house_number = TextField(
        label=_("Numer domu"),
        max_length=20,
        widget=forms.TextInput(attrs={"class": "input--short"}),
    )
    flat_number = TextField(
        label=_("Numer mieszkania"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"class": "input--short"}),
    )
    postcode = TextField(
        label=_("Kod pocztowy"),
        max_length=10,
        help_text=_("Na przykład 87-603."),
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "inputmode": "numeric", "class": "input--short"}
        ),
    )
    city = TextField(
        label=_("Miejscowość"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    gmina = TextField(label=_("Gmina"), max_length=100)
    phone = TextField(
        label=_("Numer telefonu"),
        required=False,
        max_length=20,
        help_text=_("Zadzwonimy, jeśli będziemy mieć pytania. Na przykład 600 123 456."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("Adres e-mail"),
        required=False,
        max_length=254,
        help_text=_("Wyślemy na niego potwierdzenie złożenia wniosku i kod dostępu."),
        error_messages={"invalid": _("Wpisz adres e-mail w formacie nazwa@przyklad.pl.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )

    def clean_postcode(self):
        return validators.validate_postcode(self.cleaned_data["postcode"])

    def clean_phone(self):
        value = self.cleaned_data.get("phone")
        return validators.normalise_phone(value) if value else ""

    def clean_document_number(self):
        return self.cleaned_data.get("document_number", "").upper()

    def clean(self):
        cleaned = super().clean()
        pesel = cleaned.get("pesel")
        if "pesel" in cleaned and not pesel:
            if not cleaned.get("document_type"):
                self.add_error(
                    "pesel",
                    _(
                        "Wpisz numer PESEL. Jeśli nie masz numeru PESEL, wybierz rodzaj "
                        "dokumentu tożsamości i wpisz jego numer."
                    ),
                )
            elif not cleaned.get("document_number"):
                self.add_error("document_number", _("Wpisz numer dokumentu tożsamości."))
        elif pesel:
            # The PESEL identifies the person; a document is only for those without one.
            cleaned["document_type"] = ""
            cleaned["document_number"] = ""
        self.check_birth_date(cleaned)
        return cleaned


class HouseholdMemberForm(PeselMixin, StepForm):
    first_name = TextField(label=_("Imię"), max_length=100)
    last_name = TextField(label=_("Nazwisko"), max_length=100)
    pesel = TextField(
        label=_("Numer PESEL"),
        required=False,
        max_length=20,
        help_text=_("Jeśli osoba nie ma numeru PESEL, zostaw puste i podaj datę urodzenia."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    birth_date = PolishDateField(label=_("Data urodzenia"), required=False, help_text=DATE_HINT)
    relationship = forms.ChoiceField(
        label=_("Kim jest dla Ciebie ta osoba?"),
        choices=[("", _("– wybierz –")), *HouseholdMember.Relationship.choices],
        error_messages={"required": _("Wybierz, kim jest dla Ciebie ta osoba.")},
    )
    occupation = forms.ChoiceField(
        label=_("Czym zajmuje się ta osoba?"),
        choices=[("", _("– wybierz –")), *HouseholdMember.Occupation.choices],
        error_messages={"required": _("Wybierz, czym zajmuje się ta osoba.")},
    )
    disability = forms.BooleanField(
        label=_("Ta osoba ma orzeczenie o niepełnosprawności"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        no_id = "pesel" in cleaned and not cleaned.get("pesel")
        if no_id and "birth_date" in cleaned and not cleaned.get("birth_date"):
            self.add_error(
                "pesel", _("Wpisz numer PESEL tej osoby albo, jeśli go nie ma, datę urodzenia.")
            )
        if cleaned.get("pesel") and not cleaned.get("birth_date"):
            cleaned["birth_date"] = validators.pesel_birth_date(cleaned["pesel"])
        self.check_birth_date(cleaned)
        return cleaned


def member_choices(household: list[dict]) -> list[tuple[str, str]]:
    choices = [("applicant", _("Ja (wnioskodawca)"))]
    for index, member in enumerate(household):
        choices.append(
            (str(index), f"{member.get('first_name', '')} {member.get('last_name', '')}")
        )
    return choices


class IncomeForm(StepForm):
    member = forms.ChoiceField(
        label=_("Czyj to dochód?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz osobę, która ma ten dochód.")},
    )
    source = forms.ChoiceField(
        label=_("Źródło dochodu"),
        choices=[("", _("– wybierz –")), *Income.Source.choices],
        error_messages={"required": _("Wybierz źródło dochodu.")},
    )
    amount = MoneyField(label=_("Kwota netto w złotych"))
    hectares = forms.DecimalField(
        label=_("Liczba hektarów przeliczeniowych (tylko gospodarstwo rolne)"),
        required=False,
        min_value=Decimal("0"),
        max_value=Decimal("9999"),
        max_digits=8,
        decimal_places=4,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "input--short"}),
        error_messages={"invalid": _("Wpisz liczbę hektarów, na przykład 2,5.")},
    )

    def __init__(self, *args, household=(), period="", **kwargs):
        super().__init__(*args, **kwargs)
        self.period = period
        self.fields["member"].choices = member_choices(list(household))
        label = income_period_label(period)
        if label:
            self.fields["amount"].help_text = _(
                "Podaj %(what)s, po odliczeniu podatku i składek."
            ) % {"what": label}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("source") == Income.Source.FARM and cleaned.get("hectares") is None:
            self.add_error(
                "hectares", _("Dla gospodarstwa rolnego wpisz liczbę hektarów przeliczeniowych.")
            )
        return cleaned

    def entry(self) -> dict:
        """The income as ``submit_application`` expects it."""
        member = self.cleaned_data["member"]
        hectares = self.cleaned_data.get("hectares")
        return {
            "member": None if member == "applicant" else int(member),
            "source": self.cleaned_data["source"],
            "amount": str(self.cleaned_data["amount"]),
            "hectares": str(hectares) if hectares is not None else None,
            "period": self.period,
        }


def question_field(question) -> forms.Field:
    """A form field for one of the definition's questions, by its kind.

    The field parses what the resident typed (Polish dates, "1 250,50 zł"); whether the
    answer is required and acceptable is decided by ``registry.clean_answers``.
    """
    common = {"label": question.label, "required": False}
    if question.help_text:
        common["help_text"] = question.help_text
    kind = question.kind
    if kind == FieldKind.TEXTAREA:
        field = TextField(
            multiline=True,
            max_length=question.max_length,
            widget=forms.Textarea(attrs={"rows": 5}),
            **common,
        )
    elif kind == FieldKind.CHOICE:
        widget = forms.RadioSelect if len(question.choices) <= 6 else forms.Select
        choices = list(question.choices)
        if widget is forms.Select:
            choices = [("", _("– wybierz –")), *choices]
        field = forms.ChoiceField(choices=choices, widget=widget, **common)
    elif kind == FieldKind.MULTICHOICE:
        field = forms.MultipleChoiceField(
            choices=list(question.choices), widget=forms.CheckboxSelectMultiple, **common
        )
    elif kind == FieldKind.BOOLEAN:
        field = forms.BooleanField(**common)
    elif kind == FieldKind.DATE:
        common.setdefault("help_text", DATE_HINT)
        field = PolishDateField(past=False, **common)
    elif kind == FieldKind.MONEY:
        field = MoneyField(**common)
    elif kind == getattr(FieldKind, "DECIMAL", "decimal"):
        field = MoneyField(**common)
        field.error_messages["invalid"] = _("Wpisz liczbę, na przykład 52,5.")
    elif kind == FieldKind.INTEGER:
        field = forms.IntegerField(
            min_value=0,
            max_value=999999,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "input--short"}),
            error_messages={"invalid": _("Wpisz liczbę całkowitą, na przykład 3.")},
            **common,
        )
    else:
        field = TextField(max_length=question.max_length, **common)
        if getattr(question, "check", "") in ("pesel", "nrb"):
            field.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})
    field.is_optional = not question.required
    return field


class DetailsForm(StepForm):
    def __init__(self, *args, definition: BenefitDefinition, **kwargs):
        super().__init__(*args, **kwargs)
        self.definition = definition
        for question in definition.questions:
            self.fields[question.name] = question_field(question)

    def clean(self):
        from .registry import clean_answers

        cleaned = super().clean()
        raw = {
            name: self.to_json(value)
            for name, value in cleaned.items()
            if name not in self.errors and value is not None
        }
        try:
            answers = clean_answers(self.definition, raw)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                if name in self.fields and name not in self.errors:
                    self.add_error(name, messages)
                elif name not in self.fields:
                    self.add_error(None, messages)
            return cleaned
        self.answers = answers
        return cleaned

    def json_data(self) -> dict:
        return dict(self.answers)

    @classmethod
    def initial_from(cls, answers: dict) -> dict:
        return json_initial(answers)


class PaymentForm(StepForm):
    payment_method = forms.ChoiceField(
        label=_("Jak chcesz otrzymywać pieniądze?"),
        choices=Application.PaymentMethod.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz sposób wypłaty: przelew na konto albo gotówka.")},
    )
    bank_account = TextField(
        label=_("Numer rachunku bankowego (tylko przy przelewie)"),
        required=False,
        max_length=40,
        help_text=_("26 cyfr, na przykład 12 3456 7890 1234 5678 9012 3456. Spacje są dozwolone."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("payment_method") == Application.PaymentMethod.ACCOUNT:
            account = cleaned.get("bank_account")
            if not account:
                if "bank_account" not in self.errors:
                    self.add_error("bank_account", _("Wpisz numer rachunku bankowego."))
            else:
                try:
                    cleaned["bank_account"] = validators.validate_nrb(account)
                except ValidationError as error:
                    self.add_error("bank_account", error)
        elif cleaned.get("payment_method"):
            cleaned["bank_account"] = ""
        return cleaned


class AttachmentsForm(StepForm):
    """One file input per document the benefit asks for, plus "another document".

    Files are checked (``attachments.inspect_upload``) and stored by the view as soon as
    they arrive, so nothing is lost when another field on the page has an error.
    """

    EXTRA = "extra"

    def __init__(self, *args, definition: BenefitDefinition, stored: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.definition = definition
        self.stored = stored
        accept = {"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"}
        for spec in definition.attachments:
            multiple = getattr(spec, "multiple", False)
            field = (MultipleFileField if multiple else forms.FileField)(
                label=spec.label,
                required=False,
                help_text=spec.help_text,
                widget=MultipleFileInput(attrs=dict(accept))
                if multiple
                else forms.FileInput(attrs=dict(accept)),
            )
            field.spec = spec
            field.multiple = multiple
            field.is_optional = not spec.required
            field.files = [f for f in stored if f.get("spec_code") == spec.code]
            self.fields[f"file_{spec.code}"] = field
        extra = MultipleFileField(
            label=_("Inny dokument"),
            required=False,
            help_text=_("Możesz dołączyć dowolny dokument, który Twoim zdaniem pomoże w sprawie."),
            widget=MultipleFileInput(attrs=dict(accept)),
        )
        extra.spec = None
        extra.multiple = True
        extra.is_optional = True
        extra.files = [f for f in stored if not f.get("spec_code")]
        self.fields[f"file_{self.EXTRA}"] = extra

    def uploads(self, name) -> list:
        files = self.files.getlist(self.add_prefix(name)) if self.files else []
        return [f for f in files if f]

    def clean(self):
        # Files are handled one by one in the view; the form only carries labels and errors.
        return {}

    def missing_required(self, stored: list) -> list[str]:
        have = {f.get("spec_code") for f in stored}
        return [
            f"file_{spec.code}"
            for spec in self.definition.attachments
            if spec.required and spec.code not in have
        ]


class DeclarationsForm(StepForm):
    def __init__(self, *args, definition: BenefitDefinition, **kwargs):
        super().__init__(*args, **kwargs)
        self.texts = declarations_for(definition)
        for index, text in enumerate(self.texts):
            self.fields[f"decl_{index}"] = forms.BooleanField(
                label=text,
                required=True,
                error_messages={
                    "required": _("Zaznacz to oświadczenie – bez niego nie możemy przyjąć wniosku.")
                },
            )

    def accepted(self) -> list[str]:
        return [text for index, text in enumerate(self.texts) if self.cleaned_data[f"decl_{index}"]]


class SubmitForm(StepForm):
    """The final POST: the idempotency key and a honeypot only bots fill in."""

    submission_key = forms.UUIDField(widget=forms.HiddenInput)
    # Hidden from people by CSS and from assistive technology; bots fill every field.
    website = forms.CharField(required=False, label=_("Nie wypełniaj tego pola"))


class DraftForm(StepForm):
    email = forms.EmailField(
        label=_("Adres e-mail"),
        max_length=254,
        help_text=_("Wyślemy na niego link, którym dokończysz wniosek."),
        error_messages={
            "required": _("Wpisz adres e-mail, na który mamy wysłać link."),
            "invalid": _("Wpisz adres e-mail w formacie nazwa@przyklad.pl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


# --- Status page and eligibility check ------------------------------------------------------


class StatusLookupForm(StepForm):
    case_number = TextField(
        label=_("Znak sprawy"),
        max_length=60,
        help_text=_(
            "Na przykład GOPS.8311.12.2026 – znajdziesz go w potwierdzeniu złożenia wniosku."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    access_code = TextField(
        label=_("Kod dostępu"),
        max_length=40,
        help_text=_("Kod z potwierdzenia złożenia wniosku lub z e-maila."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class SupplementForm(StepForm):
    files = MultipleFileField(
        label=_("Dokumenty do uzupełnienia wniosku"),
        help_text=_("Pliki PDF, JPG lub PNG. Możesz wybrać kilka plików naraz."),
        error_messages={"required": _("Wybierz co najmniej jeden plik do wysłania.")},
    )


class EligibilityForm(StepForm):
    household_size = forms.IntegerField(
        label=_("Ile osób liczy Twoje gospodarstwo domowe (razem z Tobą)?"),
        min_value=1,
        max_value=30,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--short"}),
        error_messages={
            "required": _("Wpisz liczbę osób, na przykład 1, jeśli mieszkasz sam."),
            "invalid": _("Wpisz liczbę osób cyframi, na przykład 3."),
            "min_value": _("Gospodarstwo liczy co najmniej jedną osobę – Ciebie."),
            "max_value": _("Wpisz liczbę od 1 do 30."),
        },
    )
    monthly_income = MoneyField(
        label=_("Łączny miesięczny dochód netto całego gospodarstwa (zł)"),
        help_text=_("Suma dochodów wszystkich osób z ostatniego miesiąca, po odliczeniu podatku."),
    )
    situations = forms.MultipleChoiceField(
        label=_("Co dotyczy Ciebie lub Twojej rodziny?"),
        help_text=_("Zaznacz wszystko, co pasuje."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Zaznacz co najmniej jedną sytuację, która Cię dotyczy."),
            "invalid_choice": _("Wybierz sytuacje z listy."),
        },
    )

    def __init__(self, *args, situation_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["situations"].choices = list(situation_choices)
