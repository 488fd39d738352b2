"""Profile one GET in-process with pyinstrument (optional: ``pip install pyinstrument``).

    python -m bench.profile URL [specialist|social_worker|director|anonymous] [--sql]

Prints the call tree of the slowest of five requests and, with ``--sql``, the queries.
"""

from __future__ import annotations

import os
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.gops_settings")


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    show_sql = "--sql" in argv
    argv = [a for a in argv if a != "--sql"]
    url = argv[0]
    who = argv[1] if len(argv) > 1 else "anonymous"
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    from bench.staff import staff_users

    client = Client(HTTP_HOST="127.0.0.1")
    if who != "anonymous":
        client.force_login(staff_users()[who])
    client.get(url)  # warm up
    worst = None
    for _ in range(5):
        profiler = Profiler(interval=0.0005)
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            profiler.start()
            resp = client.get(url)
            profiler.stop()
            ms = (time.perf_counter() - t0) * 1000
        if worst is None or ms > worst[0]:
            worst = (ms, profiler, list(ctx.captured_queries), resp.status_code)
    ms, profiler, queries, status = worst
    print(f"{url} as {who}: status {status}, {ms:.1f} ms, {len(queries)} queries")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if show_sql:
        for q in queries:
            print(f"{q['time']}s  {q['sql'][:400]}")


if __name__ == "__main__":
    main()
