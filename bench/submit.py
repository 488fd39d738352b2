"""Residents submitting complete applications, through the real journey view.

Each simulated resident has filled in every step already: their session (database-backed,
as in production) holds the complete wizard state, exactly as the step views leave it, and a
CSRF cookie. What is measured is the final POST to the form page's ``wyslij/`` URL:
session load, re-validation of everything, rate limit, ``submit_application`` (case number,
rows, attachments, the ``application_submitted`` signal that starts the viewflow process)
and the redirect to the confirmation. The server is gunicorn under production settings.

    python -m bench.submit prepare --count N --out requests.json
    python -m bench.submit verify --before before.json --out result.json

If the journey's form page does not exist, ``prepare`` says so and run.py falls back to
calling ``submit_application`` in-process (``inproc``), and reports which mode it used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import secrets
import time
import uuid

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.gops_settings")

BENEFIT = "zasilek-okresowy"  # the most common social-assistance application
VALID_NRB = "61109010140000071219812874"
# A minimal one-page PDF: attachments are content-sniffed, so it has to be a real one.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def log(msg):
    print(f"[submit] {msg}", flush=True)


def pesel(born: dt.date, serial: int) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial % 10000:04d}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 10) % 10
    return digits + str(check)


def answer_for(question):
    from django.utils import timezone

    from gops.forms.registry import Check, FieldKind

    if question.check == Check.PESEL:
        return "02270803624"
    if question.check == Check.NRB:
        return VALID_NRB
    kind = question.kind
    if kind == FieldKind.CHOICE:
        return question.choices[0][0]
    if kind == FieldKind.MULTICHOICE:
        return [question.choices[0][0]]
    if kind == FieldKind.BOOLEAN:
        return True
    if kind == FieldKind.DATE:
        return (timezone.localdate() - dt.timedelta(days=30)).isoformat()
    if kind in (FieldKind.MONEY, FieldKind.DECIMAL):
        return "450.50"
    if kind == FieldKind.INTEGER:
        return 3
    return "Utrata pracy w październiku."


def resident_data(definition, i: int, rng: random.Random) -> dict:
    born = dt.date(rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "applicant": {
            "first_name": rng.choice(["Anna", "Maria", "Piotr", "Jan", "Olena", "Zofia"]),
            "last_name": rng.choice(["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Mazur"]),
            "pesel": pesel(born, i),
            "birth_date": born.isoformat(),
            "citizenship": "polskie",
            "street": "Lipowa",
            "house_number": str(rng.randint(1, 99)),
            "flat_number": "",
            "postcode": "87-603",
            "city": "Wielgie",
            "gmina": "Wielgie",
            "phone": "600123456",
            "email": f"mieszkaniec{i}@example.invalid",
        },
        "household": [
            {
                "first_name": "Jan",
                "last_name": "Nowak",
                "pesel": "02270803624",
                "birth_date": "2002-07-08",
                "relationship": "child",
                "occupation": "student",
                "disability": False,
            }
        ]
        if definition.asks_household
        else [],
        "incomes": [
            {"member": None, "source": "pension", "amount": "900.00", "period": ""},
            {"member": 0, "source": "civil_contract", "amount": "300.50", "period": ""},
        ]
        if definition.asks_incomes
        else [],
        "answers": {q.name: answer_for(q) for q in definition.questions},
        "payment": {"payment_method": "account", "bank_account": VALID_NRB}
        if definition.asks_payment
        else {},
        "declarations": [str(d) for d in definition.declarations],
    }


def pending_files(definition) -> list[dict]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gops.forms.attachments import inspect_upload, store_pending

    files = []
    for spec in definition.attachments:
        if spec.required:
            upload = SimpleUploadedFile(f"{spec.code}.pdf", PDF, content_type="application/pdf")
            files.append({**store_pending(upload, inspect_upload(upload)), "spec_code": spec.code})
    return files


def form_page(code: str):
    from gops.forms.models import ApplicationFormPage

    return ApplicationFormPage.objects.live().filter(benefit_code=code).order_by("pk").first()


def prepare(count: int, code: str, seed: int) -> dict:
    """Sessions of residents who filled in every step; returns the POSTs to send."""
    from django.contrib.sessions.backends.db import SessionStore

    from gops.forms import steps as step_forms
    from gops.forms.registry import registry

    definition = registry.get(code)
    page = form_page(code)
    if page is None:
        return {"mode": None, "reason": f"no live ApplicationFormPage for {code}"}
    rng = random.Random(seed)
    url = page.get_url(None) + "wyslij/"
    steps = step_forms.steps_for(definition)
    requests = []
    t0 = time.time()
    for i in range(count):
        data = resident_data(definition, seed * 100000 + i, rng)
        key = str(uuid.uuid4())
        state = {
            "benefit": code,
            "key": key,
            "done": list(steps),
            "applicant": data["applicant"],
            "household": data["household"],
            "incomes": data["incomes"],
            "answers": data["answers"],
            "payment": data["payment"],
            "files": pending_files(definition),
            "declarations": data["declarations"],
        }
        session = SessionStore()
        session[f"intake.wizard.{page.pk}"] = state
        session.save()
        csrf = secrets.token_hex(16)  # 32 characters: Django accepts the unmasked secret
        requests.append(
            {
                "cookie": f"sessionid={session.session_key}; csrftoken={csrf}",
                "body": f"csrfmiddlewaretoken={csrf}&submission_key={key}&website=",
            }
        )
    log(f"prepared {count} residents for {url} in {time.time() - t0:.1f}s")
    return {"mode": "http", "url": url, "benefit": code, "requests": requests}


def snapshot() -> dict:
    from django.utils import timezone

    from gops.forms.models import Application

    year = timezone.localdate().year
    last = Application.objects.filter(case_year=year).order_by("-case_sequence").first()
    return {
        "year": year,
        "count": Application.objects.count(),
        "max_id": Application.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "last_seq": last.case_sequence if last else 0,
    }


def verify(before: dict) -> dict:
    """What a burst left behind: new rows, unique and gapless numbers, started processes."""
    from django.apps import apps

    from gops.forms.models import Application

    new = Application.objects.filter(pk__gt=before["max_id"])
    seqs = sorted(new.filter(case_year=before["year"]).values_list("case_sequence", flat=True))
    numbers = list(new.values_list("case_number", flat=True))
    out = {
        "new_rows": new.count(),
        "unique": len(numbers) == len(set(numbers)) and len(seqs) == len(set(seqs)),
        "gapless": seqs == list(range(before["last_seq"] + 1, before["last_seq"] + 1 + len(seqs))),
        "first_seq": seqs[0] if seqs else None,
        "last_seq": seqs[-1] if seqs else None,
    }
    if apps.is_installed("gops.workflows"):
        try:
            out["with_process"] = new.filter(process__isnull=False).count()
        except Exception as exc:  # the relation may not exist yet
            out["with_process"] = f"unknown ({exc.__class__.__name__})"
    return out


def inproc(count: int, concurrency: int, code: str, seed: int) -> dict:
    """Fallback: ``submit_application`` called directly, one process per resident."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(concurrency, initializer=django.setup) as pool:
        t0 = time.perf_counter()
        latencies = list(pool.map(_one_inproc, [(code, seed * 100000 + i) for i in range(count)]))
        secs = time.perf_counter() - t0
    return {"latencies": latencies, "seconds": secs}


def _one_inproc(args):
    from gops.forms.registry import registry
    from gops.forms.submission import submit_application

    code, i = args
    definition = registry.get(code)
    data = resident_data(definition, i, random.Random(i))
    files = pending_files(definition)
    t0 = time.perf_counter()
    try:
        submit_application(code, data, files, str(uuid.uuid4()))
    except Exception as exc:
        return -1.0 if exc else -1.0
    return (time.perf_counter() - t0) * 1000


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["prepare", "snapshot", "verify", "inproc"])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--benefit", default=BENEFIT)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 10000)
    parser.add_argument("--before")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    django.setup()
    if args.command == "prepare":
        out = prepare(args.count, args.benefit, args.seed)
    elif args.command == "snapshot":
        out = snapshot()
    elif args.command == "verify":
        with open(args.before) as fh:
            out = verify(json.load(fh))
    else:
        out = inproc(args.count, args.concurrency, args.benefit, args.seed)
    with open(args.out, "w") as fh:
        json.dump(out, fh)


if __name__ == "__main__":
    main()
