"""Demo applications in every state, so each staff role has work on first login.

Applications are submitted through ``gops.forms.submission.submit_application`` (falling
back to creating them directly when a benefit's form needs something we cannot fake),
then driven through ``gops.workflows.services`` by the demo users ``pracownik``,
``specjalista``, ``kierownik`` and ``ksiegowa`` (whichever exist).
"""

from __future__ import annotations

import datetime
import itertools
import random
import uuid
from collections import Counter

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from gops.forms.models import Application, StatusEvent
from gops.forms.registry import FieldKind, registry
from gops.forms.signals import application_submitted
from gops.forms.status import Status
from gops.workflows import notifications, roles, services
from gops.workflows.models import TaskDeadline

FIRST_NAMES = [
    ("Anna", "F"), ("Maria", "F"), ("Katarzyna", "F"), ("Małgorzata", "F"), ("Agnieszka", "F"),
    ("Barbara", "F"), ("Ewa", "F"), ("Krystyna", "F"), ("Zofia", "F"), ("Halina", "F"),
    ("Jan", "M"), ("Stanisław", "M"), ("Andrzej", "M"), ("Józef", "M"), ("Tadeusz", "M"),
    ("Marek", "M"), ("Piotr", "M"), ("Krzysztof", "M"), ("Henryk", "M"), ("Zbigniew", "M"),
]  # fmt: skip
LAST_NAMES = [
    ("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Dąbrowski", "Dąbrowska"),
    ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
]  # fmt: skip
VILLAGES = ["Wielgie", "Czermno", "Zaduszniki", "Teodorowo", "Płonne", "Witkowo", "Ruszkowo"]
WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
BANK_ACCOUNT = "61109010140000071219812874"

# (benefit, target state). Social-worker benefits, specialist benefits, every state.
SCENARIOS = [
    ("zasilek-staly", "submitted"),
    ("zasilek-okresowy", "submitted"),
    ("zasilek-rodzinny", "submitted"),
    ("dodatek-mieszkaniowy", "submitted"),
    ("zasilek-celowy", "formal_check"),
    ("becikowe", "formal_check"),
    ("zasilek-okresowy", "supplement"),
    ("fundusz-alimentacyjny", "supplement_overdue"),
    ("posilek", "interview"),
    ("zasilek-celowy", "interview_overdue"),
    ("specjalny-zasilek-opiekunczy", "interview_queue"),
    ("zasilek-staly", "decision_draft"),
    ("karta-duzej-rodziny", "decision_draft"),
    ("zasilek-staly", "approval"),
    ("zasilek-rodzinny", "approval"),
    ("posilek", "approval_returned"),
    ("becikowe", "notification"),
    ("zasilek-okresowy", "appeal_window"),
    ("dodatek-mieszkaniowy", "appeal_window_passed"),
    ("zasilek-staly", "appeal"),
    ("zasilek-celowy", "payment"),
    ("becikowe", "payment"),
    ("zasilek-rodzinny", "closed_paid"),
    ("uslugi-opiekuncze", "closed_refused"),
    ("zasilek-celowy", "left_unexamined"),
    ("posilek", "withdrawn"),
]


def _pesel(birth: datetime.date, serial: int, sex: str) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    # The serial's last digit is odd for men, even for women.
    serial = serial % 1000 * 10 + (1 if sex == "M" else 0)
    digits = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial:04d}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 10) % 10
    return digits + str(check)


def _pdf_bytes(title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, title.encode("ascii", "replace").decode())
    return bytes(pdf.output())


def _answer(question, pesel: str):
    today = timezone.localdate()
    check = getattr(question, "check", "")
    if check == "pesel":
        return pesel
    if check == "nrb":
        return BANK_ACCOUNT
    if question.kind == FieldKind.CHOICE and question.choices:
        return question.choices[0][0]
    if question.kind == FieldKind.MULTICHOICE and question.choices:
        return [question.choices[0][0]]
    if question.kind == FieldKind.BOOLEAN:
        return True
    if question.kind == FieldKind.DATE:
        return (today - datetime.timedelta(days=60)).isoformat()
    if question.kind in ("money", "decimal"):
        return "150.00"
    if question.kind == FieldKind.INTEGER:
        return "1"
    return "Opis sytuacji podany przez wnioskodawcę."[: question.max_length]


class Command(BaseCommand):
    help = "Tworzy przykładowe wnioski we wszystkich stanach (dane demonstracyjne)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--count",
            type=int,
            default=len(SCENARIOS),
            help="liczba wniosków (domyślnie: po jednym na stan)",
        )
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, count: int, seed: int, **options):
        self.random = random.Random(seed)
        self.serial = itertools.count(Application.objects.count() + 1)
        roles.ensure_groups()
        self.users = self._users()
        missing = [name for name, user in self.users.items() if user is None]
        if missing:
            self.stdout.write(
                self.style.WARNING(
                    "Brak kont demonstracyjnych: " + ", ".join(missing) + " – część wniosków "
                    "zostanie w kolejce."
                )
            )
        states = Counter()
        # Demo data: no e-mail to invented applicants or staff.
        with notifications.muted():
            for index in range(count):
                code, target = SCENARIOS[index % len(SCENARIOS)]
                application = self._submit(code)
                try:
                    reached = self._drive(application, target)
                except services.WorkflowError as error:
                    self.stderr.write(f"{application.case_number}: {error}")
                    reached = application.status
                states[reached] += 1
        self.stdout.write(self.style.SUCCESS(f"Utworzono wniosków: {count}"))
        for state, number in sorted(states.items()):
            self.stdout.write(f"  {state}: {number}")

    # --- users -------------------------------------------------------------------------

    def _users(self):
        user_model = get_user_model()

        def get(username):
            return user_model.objects.filter(username=username, is_active=True).first()

        return {
            "pracownik": get("pracownik"),
            "specjalista": get("specjalista"),
            "kierownik": get("kierownik"),
            "ksiegowa": get("ksiegowa"),
        }

    def _worker_for(self, application, node="formal_check"):
        if node == "interview" or application.benefit.staff_group == roles.SOCIAL_WORKER:
            return self.users["pracownik"]
        return self.users["specjalista"]

    # --- submission ----------------------------------------------------------------------

    def _payload(self, definition, number):
        first, sex = self.random.choice(FIRST_NAMES)
        last = self.random.choice(LAST_NAMES)[0 if sex == "M" else 1]
        birth = datetime.date(
            self.random.randint(1945, 1995), self.random.randint(1, 12), self.random.randint(1, 28)
        )
        applicant = {
            "first_name": first,
            "last_name": last,
            "pesel": _pesel(birth, number, sex),
            "birth_date": birth.isoformat(),
            "street": self.random.choice(["Lipowa", "Szkolna", "Polna", "Kościelna", ""]),
            "house_number": str(self.random.randint(1, 80)),
            "postcode": "87-603",
            "city": self.random.choice(VILLAGES),
            "gmina": "Wielgie",
            "phone": f"600{self.random.randint(100000, 999999)}",
            "email": f"wnioskodawca{number}@example.com",
        }
        return {
            "applicant": applicant,
            "household": [],
            "incomes": [
                {
                    "member": None,
                    "source": "pension",
                    "amount": f"{self.random.randint(500, 1400)}.00",
                }
            ]
            if definition.asks_incomes
            else [],
            "answers": {q.name: _answer(q, applicant["pesel"]) for q in definition.questions},
            "payment": {"payment_method": "account", "bank_account": BANK_ACCOUNT},
            "declarations": [str(d) for d in definition.declarations]
            or ["Oświadczam, że dane są prawdziwe."],
        }

    def _files(self, definition):
        from gops.forms.attachments import inspect_upload, store_pending

        files = []
        for spec in definition.attachments:
            if not spec.required:
                continue
            upload = SimpleUploadedFile(
                f"{spec.code}.pdf", _pdf_bytes(str(spec.label)), "application/pdf"
            )
            files.append({**store_pending(upload, inspect_upload(upload)), "spec_code": spec.code})
        return files

    def _submit(self, code: str) -> Application:
        definition = registry.get(code)
        number = next(self.serial)
        payload = self._payload(definition, number)
        try:
            from gops.forms.submission import submit_application

            result = submit_application(
                code, payload, self._files(definition), uuid.uuid4(), send_email=False
            )
            return result.application
        except (ImportError, ValidationError, TypeError) as error:
            self.stderr.write(
                f"{code}: formularz odrzucił dane demonstracyjne ({error}); tworzę wniosek bezpośrednio."
            )
            return self._create_directly(code, payload)

    def _create_directly(self, code, payload) -> Application:
        from gops.forms.case_numbers import allocate

        applicant = payload["applicant"]
        year = timezone.localdate().year
        with transaction.atomic():
            sequence, case_number = allocate(year)
            application = Application.objects.create(
                benefit_code=code,
                case_number=case_number,
                case_year=year,
                case_sequence=sequence,
                access_code_hash="!",
                first_name=applicant["first_name"],
                last_name=applicant["last_name"],
                pesel=applicant["pesel"],
                birth_date=datetime.date.fromisoformat(applicant["birth_date"]),
                street=applicant["street"],
                house_number=applicant["house_number"],
                postcode=applicant["postcode"],
                city=applicant["city"],
                gmina=applicant["gmina"],
                email=applicant["email"],
                payment_method=Application.PaymentMethod.ACCOUNT,
                bank_account=BANK_ACCOUNT,
                answers=payload["answers"],
            )
            StatusEvent.objects.create(application=application, status=Status.SUBMITTED)
            application_submitted.send(sender=Application, application=application)
        return application

    # --- driving ---------------------------------------------------------------------------

    def _act(self, application, node, user, **data):
        if user is None:
            raise services.WorkflowError(f"brak użytkownika do zadania {node}")
        task = next(t for t in services.open_tasks(application) if t.flow_task.name == node)
        if task.owner_id != user.pk:
            if task.owner_id:
                services.reassign(task, self.users["kierownik"], user)
            else:
                services.claim(task, user)
        if not data:
            return task
        form = services.action_form_class(task)(data=data)
        if not form.is_valid():
            raise services.WorkflowError(f"{node}: {form.errors.as_text()}")
        services.perform(task, user, form.cleaned_data)
        application.refresh_from_db()
        return task

    def _drive(self, application, target: str) -> str:
        today = timezone.localdate()
        director = self.users["kierownik"]
        worker = self._worker_for(application)
        social = self.users["pracownik"]
        amount = str(self.random.choice([250, 420, 650, 812, 1000]))
        if target == "submitted":
            return application.status
        self._act(application, "formal_check", worker)
        if target == "formal_check":
            return application.status
        if target in ("supplement", "supplement_overdue", "left_unexamined"):
            self._act(
                application, "formal_check", worker,
                result="incomplete", signature_method="brak",
                missing="Prosimy o podpisanie wniosku i dołączenie zaświadczenia o dochodach.",
            )  # fmt: skip
            if target != "supplement":
                process = application.process
                process.supplement_due = today - datetime.timedelta(days=2)
                process.save(update_fields=["supplement_due"])
                self._set_due(application, process.supplement_due)
            if target == "left_unexamined":
                self._act(
                    application,
                    "await_supplement",
                    worker,
                    result="unexamined",
                    note="Brak odpowiedzi na wezwanie.",
                )
            return application.status
        self._act(
            application,
            "formal_check",
            worker,
            result="complete",
            signature_method="profil_zaufany",
        )
        if target == "withdrawn":
            services.withdraw(application, worker, reason="Wnioskodawca zrezygnował z pomocy.")
            return application.status
        if application.benefit.needs_interview:
            if target == "interview_queue":
                return application.status
            self._act(application, "interview", social)
            if target in ("interview", "interview_overdue"):
                if target == "interview_overdue":
                    self._set_due(application, today - datetime.timedelta(days=3))
                return application.status
            self._act(
                application, "interview", social,
                carried_out_on=today.isoformat(),
                findings="Gospodarstwo jednoosobowe, dochód z emerytury, stan zdrowia wymaga wsparcia.",
                recommendation="Przyznać świadczenie.",
            )  # fmt: skip
        outcome = (
            "refused"
            if target == "closed_refused"
            else self.random.choice(["granted", "granted", "partly"])
        )
        draft = {
            "outcome": outcome,
            "justification": "Wnioskodawca spełnia kryteria ustawowe; dochód nie przekracza kryterium."
            if outcome != "refused"
            else "Dochód przekracza kryterium dochodowe.",
        }
        if outcome != "refused":
            draft.update(
                amount=amount,
                period_from=today.replace(day=1).isoformat(),
                period_to=(today.replace(day=1) + datetime.timedelta(days=180)).isoformat(),
            )
        if target == "decision_draft":
            self._act(application, "decision_draft", worker)
            return application.status
        self._act(application, "decision_draft", worker, **draft)
        if target == "approval":
            return application.status
        if target == "approval_returned":
            self._act(
                application,
                "approval",
                director,
                result="returned",
                comment="Proszę doprecyzować okres świadczenia.",
            )
            return application.status
        self._act(application, "approval", director, result="approved")
        if target == "notification":
            return application.status
        passed = target not in ("appeal_window",)
        delivered = today - datetime.timedelta(days=20 if passed else 3)
        self._act(
            application, "notification", worker, method="post", delivered_on=delivered.isoformat()
        )
        if target in ("appeal_window", "appeal_window_passed"):
            return application.status
        if target == "appeal":
            self._act(
                application,
                "appeal_window",
                worker,
                result="appeal",
                event_date=today.isoformat(),
                note="Odwołanie złożone osobiście.",
            )
            return application.status
        self._act(application, "appeal_window", worker, result="final")
        if target == "payment" or application.status != Status.PAYMENT:
            return application.status
        self._act(
            application, "payment", self.users["ksiegowa"],
            list_number=f"LW/{today:%m}/{today:%Y}", paid_on=today.isoformat(),
        )  # fmt: skip
        return application.status

    def _set_due(self, application, due):
        TaskDeadline.objects.filter(task__process_id=application.process.pk, open=True).update(
            due=due
        )
