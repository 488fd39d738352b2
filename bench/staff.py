"""Staff lists in-process: latency and query count through the real admin views.

Logged in (Django test client) as the demo's staff users, it GETs the inbox, the queue and
"Wszystkie wnioski" (first page, filtered, search by case number). Writes JSON with the
figures, the URLs and session cookies so run.py can replay the same lists over HTTP.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.gops_settings")

from bench.load import percentile  # noqa: E402

# Which user looks at which list: the one who works it day to day.
GROUP_USERS = {
    "specialist": "Specjalista ds. świadczeń",
    "social_worker": "Pracownik socjalny",
    "director": "Kierownik",
}


def staff_users() -> dict:
    from django.contrib.auth import get_user_model

    users = {}
    model = get_user_model()
    for key, group in GROUP_USERS.items():
        # The demo's account for the group if there is one, else the bench's.
        qs = model.objects.filter(groups__name=group, is_active=True, is_superuser=False)
        user = qs.exclude(username__startswith="bench-").order_by("pk").first() or qs.first()
        if user is not None:
            users[key] = user
    return users


def resolve(name: str, fallback: str | None = None) -> str | None:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name)
    except NoReverseMatch:
        return fallback


def lists_to_measure(users) -> dict:
    """{key: (user key, url)} for every list that exists in the admin right now."""
    from gops.forms.models import Application

    inbox = resolve("workflows_admin:inbox")
    queue = resolve("workflows_admin:queue")
    everything = resolve("wnioski_wszystkie_modeladmin_index", "/admin/wnioski/wszystkie/")
    recent = Application.objects.order_by("-submitted_at").values_list("case_number", flat=True)
    # A case from the middle of the range: the search must find it among all the others.
    total = Application.objects.count()
    middle = Application.objects.order_by("submitted_at").values_list("case_number", flat=True)
    case = middle[total // 2] if total else (recent.first() or "GOPS.8311.1.2026")
    out = {}
    if inbox:
        out["inbox (specjalista)"] = ("specialist", inbox)
        out["inbox (pracownik socjalny)"] = ("social_worker", inbox)
    if queue:
        out["queue (specjalista)"] = ("specialist", queue)
        out["queue (pracownik socjalny)"] = ("social_worker", queue)
    if everything:
        out["all applications, first page (kierownik)"] = ("director", everything)
        out["all applications, page 20 (kierownik)"] = ("director", everything + "?p=20")
        out["all applications, filtered (kierownik)"] = (
            "director",
            everything + "?status=interview&benefit=zasilek-okresowy",
        )
        out["all applications, overdue (kierownik)"] = ("director", everything + "?overdue=yes")
        out["search by case number (kierownik)"] = ("director", everything + f"?q={case}")
        out["search by case number (specjalista)"] = ("specialist", everything + f"?q={case}")
    return {k: v for k, v in out.items() if v[0] in users}


def db_size() -> dict:
    """Database size and the biggest tables (PostgreSQL), for sizing."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return {}
    with connection.cursor() as cur:
        cur.execute("SELECT pg_database_size(current_database())")
        total = cur.fetchone()[0]
        cur.execute(
            "SELECT relname, pg_total_relation_size(c.oid), c.reltuples::bigint FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
            "AND c.relkind = 'r' ORDER BY 2 DESC LIMIT 8"
        )
        tables = {name: {"mb": round(size / 2**20, 1), "rows": rows} for name, size, rows in cur}
    return {"total_mb": round(total / 2**20, 1), "tables": tables}


def measure(client, url: str, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, cpu, db, queries, status, size = [], [], [], 0, None, 0
    for i in range(repeat + 1):
        with CaptureQueriesContext(connection) as ctx:
            t0, c0 = time.perf_counter(), time.process_time()
            resp = client.get(url)
            body = resp.content
            elapsed = (time.perf_counter() - t0) * 1000
            cpu_ms = (time.process_time() - c0) * 1000
        status, size = resp.status_code, len(body)
        if i:  # the first request warms caches (templates, ContentTypes)
            times.append(elapsed)
            cpu.append(cpu_ms)
            db.append(sum(float(q["time"]) for q in ctx.captured_queries) * 1000)
            queries = len(ctx.captured_queries)
    return {
        "status": status,
        "bytes": size,
        "queries": queries,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 95), 1),
        "max_ms": round(max(times), 1),
        # Python CPU time and SQL time: what the request costs, whatever else the machine runs.
        "cpu_p50_ms": round(statistics.median(cpu), 1),
        "sql_p50_ms": round(statistics.median(db), 1),
        "repeat": repeat,
        "rows": body.count(b"<tr") - 1 if b"<tr" in body else 0,
    }


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    # 60: with 20 samples "p95" is simply the slowest request.
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    from django.test import Client

    # Set up as a gunicorn worker does (gops.site.wsgi), start-up garbage collector freeze
    # included, so in-process latencies are those of a deployed worker.
    import gops.site.wsgi  # noqa: F401

    repeat = 2 if args.smoke else args.repeat
    users = staff_users()
    targets = lists_to_measure(users)
    result = {"lists": {}, "urls": {}, "cookies": {}, "errors": [], "db": db_size()}
    if not targets:
        result["note"] = "SKIP: no staff lists in the admin yet (workflows admin not ready)"
        print("[staff] " + result["note"], flush=True)
    clients = {}
    for key, user in users.items():
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        clients[key] = client
        result["cookies"][key] = f"sessionid={client.cookies['sessionid'].value}"
    for label, (user_key, url) in targets.items():
        res = measure(clients[user_key], url, repeat)
        res["user"] = users[user_key].get_username()
        res["url"] = url
        result["lists"][label] = res
        result["urls"][label] = (user_key, url)
        if res["status"] != 200:
            result["errors"].append(f"staff {label}: GET {url} -> {res['status']}")
        print(
            f"[staff] {label:45s} p50 {res['p50_ms']:7.1f} ms  p95 {res['p95_ms']:7.1f} ms  "
            f"{res['queries']:3d} queries  status {res['status']}",
            flush=True,
        )
    with open(args.out, "w") as fh:
        json.dump(result, fh, indent=2)


if __name__ == "__main__":
    main()
