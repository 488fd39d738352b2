"""Turning a completed form into an application, in one transaction.

Everything the resident sent is checked again here (the views check it step by step,
but this is the last line): a tampered or stale form gets a Polish ValidationError and
leaves nothing behind. The same ``submission_key`` twice returns the first application.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import filetype
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import attachments as attachment_rules
from . import validators
from .access import generate_access_code, hash_access_code
from .case_numbers import allocate
from .models import Application, Attachment, HouseholdMember, Income, StatusEvent
from .registry import BenefitDefinition, clean_answers, registry
from .signals import application_submitted
from .status import Status

logger = logging.getLogger("gops.forms.submission")

MAX_HOUSEHOLD = 30
MAX_INCOMES = 100
MAX_FILES = 40


@dataclass(frozen=True)
class SubmissionResult:
    application: Application
    access_code: str | None  # only when created: shown once, never stored in clear
    created: bool


def submit_application(
    benefit_code: str,
    data: dict,
    pending_files: list[dict],
    submission_key,
    *,
    channel: str = Application.Channel.ONLINE,
    send_email: bool = True,
) -> SubmissionResult:
    """Create the application with household, incomes, attachments and its first status.

    ``application_submitted`` is sent inside the transaction (the workflow starts there);
    pending files are deleted and the confirmation e-mail queued only after commit.

    Lock discipline (bench/RESULTS.md): the year's ``CaseCounter`` row, locked by
    ``allocate()`` until commit, serialises every submission in the city, so nothing slow
    may run while it is held. The access code is hashed before the transaction; the rows
    are inserted under a unique provisional number and ``application_submitted`` is sent
    with it; the final number is taken last, by ``assign_case_number`` — called by a
    receiver once its slow work is done (the workflow starts the process first, then takes
    the number and writes it into its audit entry), or by us right after the signal. The
    lock then covers two or three short statements and the COMMIT. A rollback still
    releases the number unused: gapless and unique as before.
    """
    key = _submission_key(submission_key)
    existing = _by_submission_key(key)
    if existing is not None:
        return SubmissionResult(existing, None, False)
    if benefit_code not in registry:
        raise ValidationError(_("Nie ma takiego rodzaju świadczenia."), code="benefit")
    definition = registry.get(benefit_code)
    cleaned = clean_submission(definition, data)
    files = _check_files(definition, pending_files)

    access_code = generate_access_code()
    # Fast keyed hash (see gops.forms.access), computed before the transaction and its lock.
    access_code_hash = hash_access_code(access_code)
    stored_paths: list[str] = []
    storage = attachment_rules.private_storage()
    try:
        with transaction.atomic():
            received = timezone.now()
            year = timezone.localtime(received).year
            application = Application.objects.create(
                benefit_code=definition.code,
                # Provisional, unique, replaced below before anything reads it; no real
                # case has year 0, so (case_year, case_sequence) cannot clash with one.
                case_number=f"tmp-{uuid.uuid4().hex}",
                case_year=0,
                case_sequence=secrets.randbelow(2**31 - 2) + 1,
                status=Status.SUBMITTED,
                channel=channel,
                access_code_hash=access_code_hash,
                submission_key=key,
                answers=cleaned["answers"],
                declarations=[
                    {"text": text, "accepted_at": received.isoformat()}
                    for text in cleaned["declarations"]
                ],
                **cleaned["applicant"],
                **cleaned["payment"],
            )
            # One INSERT per table (PostgreSQL and SQLite return the new keys the incomes need).
            members = HouseholdMember.objects.bulk_create(
                HouseholdMember(application=application, position=position, **member)
                for position, member in enumerate(cleaned["household"])
            )
            Income.objects.bulk_create(
                Income(
                    application=application,
                    member=None if income["member"] is None else members[income["member"]],
                    **{k: v for k, v in income.items() if k != "member"},
                )
                for income in cleaned["incomes"]
            )
            attachments = []
            for pending, content in files:
                attachment = Attachment(
                    application=application,
                    kind=Attachment.Kind.APPLICATION,
                    spec_code=pending["spec_code"],
                    original_name=pending["name"],
                    content_type=pending["content_type"],
                    size=pending["size"],
                    sha256=pending["sha256"],
                )
                attachment.file.save(pending["name"], content, save=False)
                stored_paths.append(attachment.file.name)
                attachments.append(attachment)
            Attachment.objects.bulk_create(attachments)
            StatusEvent.objects.create(application=application, status=Status.SUBMITTED)

            numbered: list[str] = []

            def assign_case_number() -> str:
                """Take the final number (once). From here until COMMIT the year's counter
                row is locked, so the caller must have nothing slow left to do."""
                if not numbered:
                    sequence, case_number = allocate(year)
                    Application.objects.filter(pk=application.pk).update(
                        case_number=case_number, case_year=year, case_sequence=sequence
                    )
                    application.case_number = case_number
                    application.case_year = year
                    application.case_sequence = sequence
                    numbered.append(case_number)
                return numbered[0]

            application_submitted.send(
                sender=Application,
                application=application,
                assign_case_number=assign_case_number,
            )
            assign_case_number()  # no-op when a receiver took it already

            pending_to_delete = [pending for pending, _content in files]
            transaction.on_commit(
                lambda: [attachment_rules.delete_pending(p) for p in pending_to_delete],
                robust=True,
            )
            if send_email and application.email:
                transaction.on_commit(
                    lambda: _queue_confirmation(application, access_code), robust=True
                )
    except IntegrityError:
        _delete_stored(storage, stored_paths)
        # A concurrent retry of the same form won the race: hand back its application.
        existing = _by_submission_key(key)
        if existing is not None:
            return SubmissionResult(existing, None, False)
        raise
    except BaseException:
        _delete_stored(storage, stored_paths)
        raise
    logger.info("Application %s submitted (%s)", application.case_number, definition.code)
    return SubmissionResult(application, access_code, True)


def _by_submission_key(key: uuid.UUID) -> Application | None:
    """The application already made from this form, if any (one indexed lookup; the
    whole row is read only in the rare case of a retry or double click)."""
    pk = Application.objects.filter(submission_key=key).values_list("pk", flat=True).first()
    return None if pk is None else Application.objects.get(pk=pk)


def _queue_confirmation(application: Application, access_code: str) -> None:
    """After commit: queue the confirmation; the Celery task renders and sends it (retried),
    so neither the templates nor a slow or throttling SMTP relay cost the request. The code
    itself is never stored (see ``tasks.render_and_send_confirmation``)."""
    from .tasks import render_and_send_confirmation

    try:
        render_and_send_confirmation.delay(application.pk, access_code)
    except Exception:
        logger.exception("Confirmation e-mail failed for %s", application.case_number)


def _delete_stored(storage, paths: list[str]) -> None:
    for path in paths:
        try:
            storage.delete(path)
        except Exception:  # noqa: BLE001 - cleanup must not hide the original error
            logger.warning("Could not delete %s after a failed submission", path)


def _submission_key(value) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except (ValueError, TypeError, AttributeError):
        raise ValidationError(
            _("Formularz jest nieaktualny. Otwórz go ponownie i wyślij jeszcze raz."),
            code="submission_key",
        ) from None


# --- Checking the data ----------------------------------------------------------------


def _text(value, label, *, required=True, max_length=100):
    text = validators.clean_text(value, max_length=max_length)
    if required and not text:
        raise ValidationError(_("Uzupełnij pole: %(label)s.") % {"label": label}, code="required")
    return text


def _date(value, label, *, required=True) -> datetime.date | None:
    if value in (None, ""):
        if required:
            raise ValidationError(
                _("Uzupełnij pole: %(label)s.") % {"label": label}, code="required"
            )
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        day = datetime.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            _("%(label)s: wpisz prawdziwą datę (dzień, miesiąc, rok).") % {"label": label},
            code="date",
        ) from None
    if day > timezone.localdate() or day.year < 1880:
        raise ValidationError(
            _("%(label)s: sprawdź rok – ta data nie jest możliwa.") % {"label": label},
            code="date",
        )
    return day


def _choice(value, choices, label, *, required=True) -> str:
    value = "" if value is None else str(value)
    if not value and not required:
        return ""
    if value not in dict(choices):
        raise ValidationError(
            _("%(label)s: wybierz jedną z podanych odpowiedzi.") % {"label": label},
            code="choice",
        )
    return value


def _decimal(value, label, *, required=True, places="0.01") -> Decimal | None:
    if value in (None, ""):
        if required:
            raise ValidationError(
                _("Uzupełnij pole: %(label)s.") % {"label": label}, code="required"
            )
        return None
    try:
        number = Decimal(str(value).replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number < 0 or number >= 10**7:
        raise ValidationError(
            _("%(label)s: wpisz kwotę, np. 1250,50.") % {"label": label}, code="number"
        )
    return number.quantize(Decimal(places))


def _clean_applicant(raw: dict) -> dict:
    raw = raw if isinstance(raw, dict) else {}
    out: dict = {}
    errors: list[str] = []

    def field(name, func, *args, **kwargs):
        try:
            out[name] = func(*args, **kwargs)
        except ValidationError as exc:
            errors.extend(exc.messages)

    field("first_name", _text, raw.get("first_name"), _("imię"))
    field("last_name", _text, raw.get("last_name"), _("nazwisko"))
    for name, length in (("document_type", 40), ("document_number", 40)):
        field(name, _text, raw.get(name), "", required=False, max_length=length)
    field("citizenship", _text, raw.get("citizenship") or "polskie", "", max_length=60)
    field("street", _text, raw.get("street"), "", required=False, max_length=120)
    field("house_number", _text, raw.get("house_number"), _("numer domu"), max_length=20)
    field("flat_number", _text, raw.get("flat_number"), "", required=False, max_length=20)
    field("postcode", validators.validate_postcode, raw.get("postcode"))
    field("city", _text, raw.get("city"), _("miejscowość"))
    field("gmina", _text, raw.get("gmina"), _("gmina"))
    field("phone", lambda v: validators.normalise_phone(v) if v else "", raw.get("phone"))
    email = str(raw.get("email") or "").strip()
    field("email", lambda v: validate_email(v) or v if v else "", email)

    pesel = str(raw.get("pesel") or "").strip()
    try:
        birth_date = _date(raw.get("birth_date"), _("data urodzenia"), required=not pesel)
        if pesel:
            out["pesel"] = validators.validate_pesel(pesel)
            if birth_date is None:
                birth_date = validators.pesel_birth_date(pesel)
            validators.validate_pesel_matches_birth_date(pesel, birth_date)
        else:
            out["pesel"] = ""
            if not (raw.get("document_type") and raw.get("document_number")):
                raise ValidationError(
                    _(
                        "Podaj numer PESEL albo, jeśli go nie masz, rodzaj i numer dokumentu "
                        "tożsamości."
                    ),
                    code="identity",
                )
        out["birth_date"] = birth_date
    except ValidationError as exc:
        errors.extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    return out


def _clean_member(raw: dict, number: int) -> dict:
    raw = raw if isinstance(raw, dict) else {}
    label = _("Osoba %(number)d w gospodarstwie") % {"number": number}
    try:
        pesel = str(raw.get("pesel") or "").strip()
        birth_date = _date(raw.get("birth_date"), _("data urodzenia"), required=False)
        if pesel:
            pesel = validators.validate_pesel(pesel)
            if birth_date is None:
                birth_date = validators.pesel_birth_date(pesel)
            validators.validate_pesel_matches_birth_date(pesel, birth_date)
        return {
            "first_name": _text(raw.get("first_name"), _("imię")),
            "last_name": _text(raw.get("last_name"), _("nazwisko")),
            "pesel": pesel,
            "birth_date": birth_date,
            "relationship": _choice(
                raw.get("relationship"),
                HouseholdMember.Relationship.choices,
                _("stopień pokrewieństwa"),
            ),
            "occupation": _choice(
                raw.get("occupation"), HouseholdMember.Occupation.choices, _("sytuacja")
            ),
            "disability": raw.get("disability") in (True, "true", "on", "1", 1, "tak"),
        }
    except ValidationError as exc:
        raise ValidationError([f"{label}: {m}" for m in exc.messages]) from None


def _clean_income(raw: dict, household_size: int) -> dict:
    raw = raw if isinstance(raw, dict) else {}
    member = raw.get("member")
    if member in ("", None):
        member = None
    else:
        try:
            member = int(member)
        except (TypeError, ValueError):
            member = -1
        if not 0 <= member < household_size:
            raise ValidationError(
                _("Dochód jest przypisany do osoby, której nie ma w gospodarstwie."),
                code="income_member",
            )
    return {
        "member": member,
        "source": _choice(raw.get("source"), Income.Source.choices, _("źródło dochodu")),
        "amount": _decimal(raw.get("amount"), _("kwota dochodu")),
        "hectares": _decimal(
            raw.get("hectares"), _("hektary przeliczeniowe"), required=False, places="0.0001"
        ),
        "period": _text(raw.get("period"), "", required=False, max_length=40),
    }


def _clean_payment(definition: BenefitDefinition, raw: dict) -> dict:
    raw = raw if isinstance(raw, dict) else {}
    if not definition.asks_payment:
        return {"payment_method": "", "bank_account": ""}
    method = _choice(
        raw.get("payment_method"), Application.PaymentMethod.choices, _("sposób wypłaty")
    )
    account = ""
    if method == Application.PaymentMethod.ACCOUNT:
        if not raw.get("bank_account"):
            raise ValidationError(
                _("Podaj numer rachunku bankowego albo wybierz wypłatę w kasie."),
                code="bank_account",
            )
        account = validators.validate_nrb(raw["bank_account"])
    return {"payment_method": method, "bank_account": account}


def _clean_declarations(definition: BenefitDefinition, raw) -> list[str]:
    texts = [
        validators.clean_text(t, max_length=3000, multiline=True)
        for t in (raw if isinstance(raw, list | tuple) else [])
    ]
    missing = [str(d) for d in definition.declarations if str(d) not in texts]
    if missing or not texts:
        raise ValidationError(
            _("Zaznacz wszystkie oświadczenia – bez nich nie możemy przyjąć wniosku."),
            code="declarations",
        )
    return texts


def clean_submission(definition: BenefitDefinition, data: dict) -> dict:
    """Check the whole application; raise one ValidationError listing every problem."""
    data = data if isinstance(data, dict) else {}
    errors: list[str] = []
    out: dict = {}

    def run(name, func, *args):
        try:
            out[name] = func(*args)
        except ValidationError as exc:
            errors.extend(exc.messages)

    run("applicant", _clean_applicant, data.get("applicant"))
    household = data.get("household") if definition.asks_household else []
    household = household if isinstance(household, list) else []
    incomes = data.get("incomes") if definition.asks_incomes else []
    incomes = incomes if isinstance(incomes, list) else []
    if len(household) > MAX_HOUSEHOLD or len(incomes) > MAX_INCOMES:
        raise ValidationError(_("Wniosek zawiera zbyt wiele pozycji."), code="too_many")
    members = []
    for number, member in enumerate(household, start=1):
        try:
            members.append(_clean_member(member, number))
        except ValidationError as exc:
            errors.extend(exc.messages)
    out["household"] = members
    cleaned_incomes = []
    for income in incomes:
        try:
            cleaned_incomes.append(_clean_income(income, len(household)))
        except ValidationError as exc:
            errors.extend(exc.messages)
    out["incomes"] = cleaned_incomes
    run("answers", clean_answers, definition, data.get("answers") or {})
    run("payment", _clean_payment, definition, data.get("payment"))
    run("declarations", _clean_declarations, definition, data.get("declarations"))
    if errors:
        raise ValidationError(errors)
    return out


def _check_files(definition: BenefitDefinition, pending_files) -> list[tuple[dict, object]]:
    """Re-check pending files (the dicts may have travelled through a session or draft)."""
    pending_files = pending_files if isinstance(pending_files, list | tuple) else []
    if len(pending_files) > MAX_FILES:
        raise ValidationError(_("Dodano zbyt wiele plików."), code="too_many_files")
    specs = {spec.code: spec for spec in definition.attachments}
    checked = []
    total = 0
    for pending in pending_files:
        if not isinstance(pending, dict):
            raise ValidationError(_("Nieprawidłowy załącznik. Dodaj plik ponownie."))
        spec_code = str(pending.get("spec_code") or "")
        if spec_code and spec_code not in specs:
            raise ValidationError(_("Nieprawidłowy załącznik. Dodaj plik ponownie."))
        content = attachment_rules.open_pending(pending)
        data = content.read()
        content.seek(0)
        kind = filetype.guess(data[:8192])
        content_type = kind.mime if kind else ""
        if content_type not in attachment_rules.ALLOWED_TYPES:
            raise ValidationError(_("Nieprawidłowy załącznik. Dodaj plik ponownie."))
        if len(data) > attachment_rules.max_file_size():
            raise ValidationError(_("Jeden z plików jest za duży. Dodaj mniejszy plik."))
        total += len(data)
        name = attachment_rules.sanitise_name(
            pending.get("name", ""), attachment_rules.ALLOWED_TYPES[content_type]
        )
        checked.append(
            (
                {
                    **pending,
                    "spec_code": spec_code,
                    "name": name,
                    "content_type": content_type,
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                },
                content,
            )
        )
    if total > attachment_rules.max_total_size():
        raise ValidationError(
            _("Załączniki razem są za duże. Usuń lub zmniejsz część plików."), code="total"
        )
    given = {p["spec_code"] for p, _c in checked}
    missing = [str(s.label) for s in definition.attachments if s.required and s.code not in given]
    if missing:
        raise ValidationError(
            [_("Dodaj wymagany załącznik: %(label)s.") % {"label": label} for label in missing],
            code="missing_attachment",
        )
    return checked
