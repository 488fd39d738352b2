"""Seed the bench database: demo site, pages, staff, applications with their processes.

Run in the GOPS environment: ``python -m bench.seed --applications 10000 --services 200
--news 1000``. Rows are created with ``bulk_create`` in large batches (a 100k seed takes
minutes). Parts of the project that do not exist yet are skipped with a message.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import time
import uuid

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.gops_settings")

BATCH = 5000
STAFF_PASSWORD = "bench-staff-password-1"  # noqa: S105 (local bench users only)
# One bench user per staff group (contracts.md), used when the demo has none.
STAFF_GROUPS = {
    "bench-socjalny": "Pracownik socjalny",
    "bench-swiadczenia": "Specjalista ds. świadczeń",
    "bench-kierownik": "Kierownik",
    "bench-ksiegowa": "Księgowość",
}

FIRST = ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
         "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Olena",
         "Iryna", "Zofia", "Stanisław"]  # fmt: skip
LAST = ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski",
        "Zielińska", "Szymański", "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur",
        "Kwiatkowski", "Krawczyk", "Piotrowska", "Grabowski", "Nowakowska", "Pawłowski",
        "Michalska", "Król", "Wieczorek", "Jabłońska", "Wróbel", "Majewski", "Olszewska"]  # fmt: skip
CITIES = ["Wielgie", "Tupadły", "Czarne", "Zaduszniki", "Ruszkowo", "Nasielsk"]
PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def log(msg: str) -> None:
    print(f"[seed] {msg}", flush=True)


def make_pesel(rng: random.Random, born: dt.date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = rng.randrange(0, 1000)
    sex = rng.choice((0, 2, 4, 6, 8)) if female else rng.choice((1, 3, 5, 7, 9))
    digits = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial:03d}{sex}"
    check = (10 - sum(int(d) * w for d, w in zip(digits, PESEL_WEIGHTS, strict=True)) % 10) % 10
    return digits + str(check)


# Where a case of a given age stands: (max age in days, [(status, weight), ...]).
LIFECYCLE = [
    (3, [("submitted", 5), ("formal_check", 5)]),
    (14, [("formal_check", 2), ("supplement_requested", 3), ("interview", 5)]),
    (35, [("interview", 2), ("decision_draft", 4), ("approval", 3), ("notification", 2)]),
    (60, [("appeal_window", 4), ("payment", 3), ("closed", 3), ("appeal", 1)]),
    (10**6, [("closed", 85), ("payment", 3), ("left_unexamined", 7), ("withdrawn", 5)]),
]


def pick_status(rng: random.Random, age_days: float) -> str:
    for limit, choices in LIFECYCLE:
        if age_days <= limit:
            names, weights = zip(*choices, strict=True)
            return rng.choices(names, weights)[0]
    raise AssertionError


# --------------------------------------------------------------------------- pages


def load_demo() -> bool:
    from django.core.management import call_command, get_commands

    if "load_demo_site" not in get_commands():
        log("SKIP demo site: manage.py load_demo_site does not exist yet")
        return False
    t0 = time.time()
    call_command("load_demo_site")
    log(f"demo site loaded in {time.time() - t0:.1f}s")
    return True


def _page_models(word: str):
    from wagtail.models import get_page_models

    return [m for m in get_page_models() if m._meta.app_label == "pages" and word in m.__name__]


def clone_pages(word: str, count: int, label: str) -> int:
    """Add copies of an existing ``*{word}*`` page (e.g. ServicePage) next to it, up to count."""
    candidates = [
        m for m in _page_models(word) if not m.__name__.endswith(("IndexPage", "ListPage"))
    ]
    template = None
    for model in candidates:
        template = model.objects.live().order_by("-depth", "pk").first()
        if template is not None:
            break
    if template is None:
        log(f"SKIP {label}: no live {word}* page in the site to copy (pages/ or demo not ready)")
        return 0
    model = type(template)
    parent = template.get_parent()
    existing = model.objects.child_of(parent).count()
    todo = max(0, count - existing)
    skip = {"id", "pk", "page_ptr", "path", "depth", "numchild", "url_path", "title", "slug",
            "draft_title", "latest_revision", "live_revision", "latest_revision_created_at",
            "first_published_at", "last_published_at", "translation_key", "content_type"}  # fmt: skip
    values = {
        f.attname: getattr(template, f.attname)
        for f in model._meta.concrete_fields
        if f.name not in skip and f.attname not in skip and not f.primary_key
    }
    t0 = time.time()
    from django.utils import timezone

    now = timezone.now()
    for i in range(todo):
        title = f"{template.title} ({existing + i + 1})"
        page = model(
            **values,
            title=title,
            draft_title=title,
            slug=f"{template.slug}-bench-{uuid.uuid4().hex[:8]}",
            first_published_at=now - dt.timedelta(hours=i),
            last_published_at=now - dt.timedelta(hours=i),
        )
        parent.add_child(instance=page)
    if todo:
        # Keep the search index out of the measured requests (indexing is a publish-time cost).
        log(f"{label}: {todo} {model.__name__} pages added in {time.time() - t0:.1f}s")
    return existing + todo


# --------------------------------------------------------------------------- staff


def ensure_staff() -> dict[str, int]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user_model = get_user_model()
    users = {}
    for username, group_name in STAFF_GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"is_staff": True, "email": f"{username}@example.invalid"}
        )
        if created:
            user.set_password(STAFF_PASSWORD)
            user.save()
        user.groups.add(group)
        # Staff work inside the Wagtail admin.
        from django.contrib.auth.models import Permission

        perm = Permission.objects.filter(codename="access_admin").first()
        if perm:
            group.permissions.add(perm)
        users[group_name] = user.pk
    return users


# --------------------------------------------------------------------------- workflow

# Status of a case -> the flow's human node whose task is open (None: no open task).
OPEN_NODE = {
    "submitted": "formal_check",
    "formal_check": "formal_check",
    "supplement_requested": "await_supplement",
    "interview": "interview",
    "decision_draft": "decision_draft",
    "approval": "approval",
    "notification": "notification",
    "appeal_window": "appeal_window",
    "appeal": "appeal",
    "payment": "payment",
}


def workflow_plan():
    """The flow's node references and routing, or None while the flow is not there yet."""
    from django.db import connection

    try:
        from gops.workflows.flows import STEPS, ApplicationFlow
        from gops.workflows.models import TaskDeadline
    except ImportError as exc:
        log(f"TODO/SKIP processes and tasks: the workflow flow is not importable ({exc})")
        return None
    if TaskDeadline._meta.db_table not in connection.introspection.table_names():
        log("TODO/SKIP processes and tasks: workflows tables not migrated yet")
        return None
    from viewflow.workflow.fields import get_flow_ref, get_task_ref

    flow = ApplicationFlow.instance
    refs = {name: get_task_ref(flow.node(name)) for name in STEPS}
    return {
        "flow_ref": get_flow_ref(ApplicationFlow),
        "start_ref": get_task_ref(flow.node("start")),
        "refs": refs,
        "steps": STEPS,
    }


def case_path(status: str, definition, rng: random.Random) -> tuple[list[str], str | None, str]:
    """(finished human nodes in order, open node or None, status) for a case in ``status``.

    The status comes back corrected when the benefit has no such step (no interview, no
    payment list): the case then stands where the procedure really puts it.
    """
    path = ["formal_check"]
    if rng.random() < 0.15 or status in ("supplement_requested", "left_unexamined"):
        path += ["await_supplement", "formal_check"]
    if definition.needs_interview:
        path.append("interview")
    path += ["decision_draft", "approval", "notification", "appeal_window"]
    if status == "appeal" or rng.random() < 0.03:
        path += ["appeal", "sko_ruling"]
    if definition.is_paid and (status == "payment" or rng.random() < 0.8):
        path.append("payment")
    if status == "left_unexamined":
        return ["formal_check", "await_supplement"], None, status
    if status == "withdrawn":
        return path[: rng.randint(0, 2)], None, status
    if status == "closed":
        return path, None, status
    node = OPEN_NODE[status]
    if node not in path:
        if status == "payment":  # a benefit without a payment list is closed when final
            return path, None, "closed"
        node = "decision_draft"  # e.g. "interview" for a benefit without one
        status = "decision_draft"
    cut = path.index(node)
    if status == "formal_check" and "await_supplement" in path and rng.random() < 0.5:
        cut = path.index("formal_check", 1)  # back at the check after a supplement
    return path[:cut], node, status


# Status a case shows while a node's task is open (mirrors flows.STEPS).
NODE_STATUS = {
    "formal_check": "formal_check",
    "await_supplement": "supplement_requested",
    "interview": "interview",
    "decision_draft": "decision_draft",
    "approval": "approval",
    "notification": "notification",
    "appeal_window": "appeal_window",
    "appeal": "appeal",
    "sko_ruling": "appeal",
    "payment": "payment",
}


def status_history(status: str, done: list[str]) -> list[str]:
    """The public history: registration, each step's status, then where the case is now."""
    out = ["submitted"]
    for node in done:
        st = NODE_STATUS[node]
        if st != out[-1]:
            out.append(st)
    if status == "closed" and "final" not in out:
        out.append("final")
    if status != out[-1]:
        out.append(status)
    return out


# --------------------------------------------------------------------------- applications


def seed_applications(total: int, seed: int = 1) -> dict:
    from django.db import connection, transaction
    from django.utils import timezone

    from gops.forms.models import Application, CaseCounter, HouseholdMember, Income, StatusEvent
    from gops.forms.registry import registry

    rng = random.Random(seed)
    staff = ensure_staff()
    codes = [d.code for d in registry] or ["zasilek-okresowy"]
    weights = [
        8 if c in ("zasilek-rodzinny", "zasilek-okresowy", "zasilek-celowy") else 2 for c in codes
    ]
    now = timezone.now()
    today = timezone.localdate()
    existing = Application.objects.count()
    todo = max(0, total - existing)
    stats = {"applications": existing, "created": 0}
    if not todo:
        log(f"{existing} applications already present")
        return stats

    plan = workflow_plan()
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:  # bulk load: this session only, not the measured app
            cur.execute("SET synchronous_commit TO off")
    # Insert the real history dates instead of "now" (this process only).
    for model, name in ((Application, "submitted_at"), (Application, "status_changed_at"),
                        (StatusEvent, "created_at")):  # fmt: skip
        model._meta.get_field(name).auto_now_add = False
    # Cases spread over the last two years; the newest are still open.
    ages = sorted((rng.random() ** 1.6 * 730 for _ in range(todo)), reverse=True)
    by_year: dict[int, int] = {c.year: c.last_number for c in CaseCounter.objects.all()}
    access_hash = "pbkdf2_sha256$bench$unused"
    t0 = time.time()
    made = {"members": 0, "incomes": 0, "events": 0, "processes": 0, "tasks": 0}
    for start in range(0, todo, BATCH):
        chunk = ages[start : start + BATCH]
        apps_rows, paths, submitted = [], [], []
        for age in chunk:
            when = now - dt.timedelta(days=age, seconds=rng.randrange(0, 3600))
            year = timezone.localtime(when).year
            seq = by_year.get(year, 0) + 1
            by_year[year] = seq
            code = rng.choices(codes, weights)[0]
            done, node, status = case_path(pick_status(rng, age), registry.get(code), rng)
            paths.append((done, node))
            female = rng.random() < 0.6
            born = dt.date(rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28))
            apps_rows.append(
                Application(
                    submitted_at=when,
                    status_changed_at=when,
                    benefit_code=code,
                    case_number=f"GOPS.8311.{seq}.{year}",
                    case_year=year,
                    case_sequence=seq,
                    status=status,
                    access_code_hash=access_hash,
                    first_name=rng.choice(FIRST),
                    last_name=rng.choice(LAST),
                    pesel=make_pesel(rng, born, female),
                    birth_date=born,
                    street="Główna",
                    house_number=str(rng.randint(1, 120)),
                    postcode="87-603",
                    city=rng.choice(CITIES),
                    gmina="Wielgie",
                    phone=f"6{rng.randrange(10**7, 10**8)}",
                    email=f"mieszkaniec{seq}.{year}@example.invalid",
                    payment_method="account",
                    bank_account="".join(str(rng.randint(0, 9)) for _ in range(26)),
                    answers={"situation": rng.choice(["unemployment", "illness", "disability"])},
                    declarations=[
                        {
                            "text": "Oświadczam, że dane są prawdziwe.",
                            "accepted_at": when.isoformat(),
                        }
                    ],
                )
            )
            submitted.append(when)
        with transaction.atomic():
            Application.objects.bulk_create(apps_rows, batch_size=BATCH)
            members, incomes, events = [], [], []
            for app, when, (done, _node) in zip(apps_rows, submitted, paths, strict=True):
                for pos in range(rng.choice((0, 0, 1, 1, 2, 3, 4))):
                    members.append(
                        HouseholdMember(
                            application_id=app.pk,
                            position=pos,
                            first_name=rng.choice(FIRST),
                            last_name=app.last_name,
                            birth_date=dt.date(rng.randint(1950, 2024), rng.randint(1, 12), 1),
                            relationship=rng.choice(["spouse", "child", "child", "parent"]),
                            occupation=rng.choice(["employed", "pupil", "child", "retired"]),
                        )
                    )
                for _ in range(rng.choice((1, 1, 2, 3))):
                    incomes.append(
                        Income(
                            application_id=app.pk,
                            source=rng.choice(["employment", "pension", "benefits", "alimony"]),
                            amount=f"{rng.randint(0, 4000)}.{rng.randint(0, 99):02d}",
                            period="2025-10",
                        )
                    )
                for i, step in enumerate(status_history(app.status, done)):
                    at = when + dt.timedelta(days=i * 3)
                    events.append(StatusEvent(application_id=app.pk, status=step, created_at=at))
            HouseholdMember.objects.bulk_create(members, batch_size=BATCH)
            Income.objects.bulk_create(incomes, batch_size=BATCH)
            StatusEvent.objects.bulk_create(events, batch_size=BATCH)
            made["members"] += len(members)
            made["incomes"] += len(incomes)
            made["events"] += len(events)
            if plan:
                p, t = _seed_processes(plan, apps_rows, paths, submitted, staff, rng, today)
                made["processes"] += p
                made["tasks"] += t
        done = start + len(chunk)
        rate = done / max(time.time() - t0, 1e-6)
        log(f"applications {existing + done}/{total} ({rate:.0f}/s)")
    for year, last in by_year.items():
        CaseCounter.objects.update_or_create(year=year, defaults={"last_number": last})
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")
    stats.update(
        applications=existing + todo, created=todo, seconds=round(time.time() - t0, 1), **made
    )
    log(f"seeded {todo} applications in {stats['seconds']}s: {made}")
    return stats


def _seed_processes(plan, apps_rows, paths, submitted, staff, rng, today):
    """A viewflow process per application: a finished task per step, and the open one."""
    from django.contrib.auth.models import Group
    from viewflow.workflow.models import Process, Task

    from gops.forms.registry import registry
    from gops.workflows.models import ApplicationProcess, TaskDeadline

    groups = {g.name: g.pk for g in Group.objects.all()}
    refs, steps = plan["refs"], plan["steps"]
    procs = []
    for (done, node), when in zip(paths, submitted, strict=True):
        finished = node is None
        procs.append(
            Process(
                flow_class=plan["flow_ref"],
                status="DONE" if finished else "NEW",
                created=when,
                finished=when + dt.timedelta(days=3 * len(done) + 1) if finished else None,
            )
        )
    Process.objects.bulk_create(procs, batch_size=BATCH)
    children = []
    for proc, app in zip(procs, apps_rows, strict=True):
        child = ApplicationProcess(
            process_ptr_id=proc.pk,
            application_id=app.pk,
            decision_due=(proc.created + dt.timedelta(days=30)).date(),
        )
        children.append(child)
    fields = ApplicationProcess._meta.local_concrete_fields
    for i in range(0, len(children), BATCH):
        ApplicationProcess.objects._insert(children[i : i + BATCH], fields=fields)
    tasks, deadlines = [], []

    def group_of(node, app):
        name = steps[node].group
        if name == "benefit":
            definition = registry.get(app.benefit_code)
            name = getattr(definition, "staff_group", "Specjalista ds. świadczeń")
        return name

    for proc, app, (done, node), when in zip(procs, apps_rows, paths, submitted, strict=True):
        tasks.append(Task(process_id=proc.pk, flow_task=plan["start_ref"], flow_task_type="START",
                          status="DONE", created=when, finished=when))  # fmt: skip
        for i, name in enumerate(done):
            group = group_of(name, app)
            at = when + dt.timedelta(days=3 * i)
            tasks.append(Task(process_id=proc.pk, flow_task=refs[name], flow_task_type="HUMAN",
                              status="DONE", owner_id=staff.get(group), created=at, assigned=at,
                              started=at, finished=at + dt.timedelta(days=2)))  # fmt: skip
            deadlines.append((len(tasks) - 1, group, (at + dt.timedelta(days=7)).date(), False))
        if node is not None:
            group = group_of(node, app)
            # A newly registered case waits in the queue; most others have been claimed.
            claimed = app.status != "submitted" and rng.random() < 0.85
            at = when + dt.timedelta(days=3 * len(done))
            tasks.append(Task(process_id=proc.pk, flow_task=refs[node], flow_task_type="HUMAN",
                              status="ASSIGNED" if claimed else "NEW",
                              owner_id=staff.get(group) if claimed else None,
                              created=at, assigned=at if claimed else None))  # fmt: skip
            due = today + dt.timedelta(days=rng.randint(-5, 20))
            deadlines.append((len(tasks) - 1, group, due, True))
    Task.objects.bulk_create(tasks, batch_size=BATCH)
    TaskDeadline.objects.bulk_create(
        [
            TaskDeadline(
                task_id=tasks[i].pk,
                group_id=groups[g],
                due=due,
                open=is_open,
                # The queue's partial index holds open tasks nobody has claimed yet.
                unassigned=tasks[i].owner_id is None,
            )
            for i, g, due, is_open in deadlines
            if g in groups
        ],
        batch_size=BATCH,
    )
    return len(procs), len(tasks)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=0)
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--news", type=int, default=1000)
    parser.add_argument("--demo", action="store_true", help="run load_demo_site first")
    parser.add_argument("--out", help="write counts as JSON here")
    args = parser.parse_args(argv)
    django.setup()
    out = {}
    if args.demo:
        out["demo"] = load_demo()
    if args.services:
        out["services"] = clone_pages("Service", args.services, "services")
    if args.news:
        out["news"] = clone_pages("News", args.news, "news")
    out["staff"] = ensure_staff()
    if args.applications:
        out["applications"] = seed_applications(args.applications)
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(out, fh, indent=2, default=str)


if __name__ == "__main__":
    main()
