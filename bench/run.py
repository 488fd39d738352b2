"""GOPS Portal benchmark: seed, serve with gunicorn, measure on loopback, report.

    .venv/bin/python bench/run.py                   # full run at 10k applications
    .venv/bin/python bench/run.py --sizes 10000,100000
    .venv/bin/python bench/run.py --smoke           # CI: tiny data, seconds, no timing checks

Every figure in bench/RESULTS.md comes from this command; results are written as JSON and
Markdown to bench/results/ (git-ignored). See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common, load, post, report  # noqa: E402
from bench.common import PY, WORK, log  # noqa: E402
from bench.server import gunicorn  # noqa: E402

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/gops_bench"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--sizes", default="10000", help="application counts, e.g. 10000,100000")
    p.add_argument(
        "--smoke", action="store_true", help="tiny data, a few seconds; fails only on errors"
    )
    p.add_argument("--database-url", default=None,
                   help=f"PostgreSQL server/db prefix (default {DEFAULT_PG}; smoke: $DATABASE_URL or SQLite)")  # fmt: skip
    p.add_argument("--duration", type=float, default=5.0, help="seconds per HTTP measurement")
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the public pages")
    p.add_argument("--connections", type=int, default=16, help="concurrent HTTP connections")
    p.add_argument("--workers", type=int, default=0, help="gunicorn workers (default 2×cores+1)")
    p.add_argument("--services", type=int, default=200)
    p.add_argument("--news", type=int, default=1000)
    p.add_argument("--burst", type=int, default=500, help="residents in the one-minute burst")
    p.add_argument("--burst-seconds", type=float, default=60.0)
    p.add_argument(
        "--reuse", action="store_true", help="keep a seeded database from an earlier run"
    )
    p.add_argument("--only", default="",
                   help="phases: public,staff,submit,burst (default all)")  # fmt: skip
    p.add_argument("--no-wrk", action="store_true", help="use the Python load generator")
    p.add_argument("--port", type=int, default=8711)
    return p.parse_args(argv)


def machine() -> dict:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    versions = {}
    for pkg in ("django", "wagtail", "django-viewflow", "gunicorn", "psycopg"):
        try:
            from importlib.metadata import version

            versions[pkg] = version(pkg)
        except Exception:
            versions[pkg] = "?"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "versions": versions,
        "wrk": load.WRK or "absent (Python load generator)",
    }


class Bench:
    def __init__(self, args):
        self.args = args
        self.smoke = args.smoke
        self.redis = common.redis_url()
        self.workers = args.workers or (2 if args.smoke else 2 * (os.cpu_count() or 1) + 1)
        self.errors: list[str] = []
        self.results: dict = {"machine": machine(), "smoke": self.smoke, "workers": self.workers,
                              "redis": bool(self.redis), "sizes": {}}  # fmt: skip
        self.use_wrk = not args.no_wrk and load.WRK is not None
        base = args.database_url
        if base is None and self.smoke:
            # CI exports DATABASE_URL (PostgreSQL); elsewhere the smoke run stays on SQLite.
            env_url = os.environ.get("DATABASE_URL", "")
            base = env_url if env_url.startswith("postgres") else None
        elif base is None:
            base = DEFAULT_PG
        self.pg = base if base and common.postgres_reachable(base) else None
        if self.smoke and base and self.pg is None:
            log(f"PostgreSQL at {base} unreachable: smoke run on SQLite")
        if not self.smoke and self.pg is None:
            raise SystemExit("PostgreSQL is needed for the full bench (see --database-url)")
        self.results["database"] = "PostgreSQL" if self.pg else "SQLite"

    # ---------------------------------------------------------------- databases
    def db_url(self, suffix: str) -> str:
        if self.pg:
            return common.with_db_name(self.pg, f"gops_bench_{suffix}")
        return f"sqlite:///{WORK / f'bench_{suffix}.sqlite3'}"

    def fresh_db(self, url: str) -> None:
        if url.startswith("sqlite"):
            Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        else:
            common.recreate_postgres_db(url)

    def gops_env(self, url: str, **kw) -> dict:
        return common.gops_env(url, self.redis, **kw)

    def prepare_gops(self, size: int, pages: bool = True) -> str:
        """Migrated, seeded database; the 200 services and 1,000 news items only where the
        public pages are measured (the first size)."""
        url = self.db_url("smoke" if self.smoke else f"{size // 1000}k")
        env = self.gops_env(url)
        marker = WORK / f"seeded-{url.rsplit('/', 1)[-1]}.json"
        if self.args.reuse and marker.exists():
            log(f"reusing {url}")
            self.results["sizes"].setdefault(str(size), {})["seed"] = json.loads(marker.read_text())
            return url
        self.fresh_db(url)
        t0 = time.time()
        common.run([PY, "manage.py", "migrate", "--noinput", "-v0"], env)
        out = WORK / "seed.json"
        common.run(
            [PY, "-m", "bench.seed", "--demo", "--applications", size,
             "--services", self.args.services if pages else 0,
             "--news", self.args.news if pages else 0, "--out", out],
            env,
        )  # fmt: skip
        seed = json.loads(out.read_text())
        seed["seconds_total"] = round(time.time() - t0, 1)
        marker.write_text(json.dumps(seed))
        self.results["sizes"].setdefault(str(size), {})["seed"] = seed
        return url

    def prepare_baseline(self) -> str:
        url = self.db_url("smoke_baseline" if self.smoke else "baseline")
        marker = WORK / f"seeded-{url.rsplit('/', 1)[-1]}.json"
        if self.args.reuse and marker.exists():
            return url
        self.fresh_db(url)
        common.run([PY, "-m", "bench.baseline.home.setup"], common.baseline_env(url, self.redis))
        marker.write_text("{}")
        return url

    # ---------------------------------------------------------------- HTTP
    def hit(
        self,
        server,
        path: str,
        label: str,
        headers: dict | None = None,
        connections: int = 0,
        duration: float = 0,
    ) -> dict:
        connections = connections or self.args.connections
        duration = duration or self.args.duration
        status, _body = server.get(path, headers=headers)
        if status != 200:
            self.errors.append(f"{label}: GET {path} -> {status}")
            log(f"ERROR {label}: GET {path} -> {status}")
        warm = 0.0 if self.smoke else min(2.0, duration / 4)
        if warm:
            load.measure(server.base + path, warm, connections, self.use_wrk, headers)
        cpu0 = server.workers_cpu_seconds()
        res = load.measure(server.base + path, duration, connections, self.use_wrk, headers)
        cpu = server.workers_cpu_seconds() - cpu0
        # App CPU per request (gunicorn workers only; PostgreSQL and Redis not included):
        # unlike req/s it does not change when other programs compete for the cores.
        res["cpu_ms_per_req"] = round(cpu * 1000 / res["requests"], 2) if res["requests"] else None
        res["path"] = path
        if res["errors"] or res["non_2xx"]:
            self.errors.append(f"{label}: {res['errors']} errors, {res['non_2xx']} non-2xx")
        log(f"{label:28s} {res['rps']:8.1f} req/s  p50 {res['p50_ms']:.1f}  p95 {res['p95_ms']:.1f}  "
            f"p99 {res['p99_ms']:.1f} ms  CPU {res['cpu_ms_per_req']} ms/req  "
            f"errors {res['errors']}/{res['non_2xx']}")  # fmt: skip
        return res

    def phase_public(self, gops_url: str) -> dict:
        """All four servers run side by side; targets are measured in interleaved rounds.

        Interleaving (a, b, c, GOPS, a, b, c, GOPS...) and taking each target's median round
        keeps the ratios fair when something else on the machine takes CPU for a while.
        """
        base_url = self.prepare_baseline()
        urls = json.loads(
            common.run([PY, "-m", "bench.probe"], self.gops_env(gops_url), quiet=True).stdout
        )
        missing = [k for k, v in urls.items() if not v]
        if missing:
            msg = f"public pages {missing} not in the site yet (pages/demo not ready)"
            log("SKIP " + msg)
            if not self.smoke:
                self.errors.append(msg)
        port = self.args.port
        configs = [
            ("baseline", "bench.baseline.wsgi:application", common.baseline_env(base_url, self.redis)),
            ("baseline_cached", "bench.baseline.wsgi:application",
             common.baseline_env(base_url, self.redis, cached=True)),
            ("gops_cached", "gops.site.wsgi:application", self.gops_env(gops_url)),
            ("gops_uncached", "gops.site.wsgi:application",
             self.gops_env(gops_url, page_cache_seconds=0)),
            # What the first render of a page in each process after a publish costs.
            ("gops_nomemo", "gops.site.wsgi:application",
             self.gops_env(gops_url, page_cache_seconds=0, render_memo=False)),
        ]  # fmt: skip
        targets = [
            ("baseline", "plain_django", "/plain/", "(a) plain Django view"),
            ("baseline", "plain_wagtail", "/", "(b) plain Wagtail page"),
            ("baseline_cached", "cached_wagtail", "/", "(c) Wagtail + cache middleware"),
        ]
        for mode in ("gops_cached", "gops_uncached", "gops_nomemo"):
            targets += [(mode, key, path, f"{mode} {key}") for key, path in urls.items() if path]
        rounds: dict[tuple, list] = {}
        out: dict = {"urls": urls, "rounds": self.args.rounds, "memory_mb": {},
                     "baseline": {}, "gops_cached": {}, "gops_uncached": {},
                     "gops_nomemo": {}}  # fmt: skip
        with ExitStack() as stack:
            servers = {}
            for i, (name, app, env) in enumerate(configs):
                servers[name] = stack.enter_context(
                    gunicorn(app, env, port + i, self.workers, name)
                )
            for r in range(self.args.rounds):
                log(f"public pages, round {r + 1}/{self.args.rounds}")
                for name, key, path, label in targets:
                    rounds.setdefault((name, key), []).append(self.hit(servers[name], path, label))
            for name, srv in servers.items():
                out["memory_mb"][name] = srv.worker_rss_mb()
        for (name, key), results in rounds.items():
            median = sorted(results, key=lambda x: x["rps"])[len(results) // 2]
            median["rps_rounds"] = [x["rps"] for x in results]
            group = "baseline" if name.startswith("baseline") else name
            out[group][key] = median
        return out

    # ---------------------------------------------------------------- in-process phases
    def inproc(self, module: str, url: str, *extra) -> dict:
        out = WORK / f"{module.rsplit('.', 1)[-1]}.json"
        out.unlink(missing_ok=True)
        args = [PY, "-m", module, "--out", out, *extra]
        if self.smoke:
            args.append("--smoke")
        res = common.run(args, self.gops_env(url), check=False)
        if res.returncode != 0 or not out.exists():
            self.errors.append(f"{module} failed ({res.returncode})")
            return {"error": f"exit {res.returncode}"}
        data = json.loads(out.read_text())
        self.errors.extend(data.get("errors", []))
        return data

    def phase_staff(self, url: str, size: int) -> dict:
        data = self.inproc("bench.staff", url)
        # The same lists over HTTP through gunicorn, logged in with the session cookie.
        cookies = data.pop("cookies", {})
        http = {}
        if cookies and data.get("urls"):
            with gunicorn("gops.site.wsgi:application", self.gops_env(url), self.args.port,
                          self.workers, f"staff-{size}") as srv:  # fmt: skip
                for key, (user, path) in data["urls"].items():
                    # Four staff members clicking at once: a busy office, not a crowd.
                    http[key] = self.hit(srv, path, f"staff {key}", {"Cookie": cookies[user]},
                                         connections=4, duration=2 * self.args.duration)  # fmt: skip
                    if self.smoke:
                        break  # one list proves the session cookie path works
                data["memory_mb"] = srv.worker_rss_mb()
        data["http"] = http
        return data

    def submit_step(self, url: str, command: str, *extra) -> dict:
        out = WORK / f"submit-{command}.json"
        out.unlink(missing_ok=True)
        common.run([PY, "-m", "bench.submit", command, "--out", out, *extra], self.gops_env(url))
        return json.loads(out.read_text())

    def warm_up(self, srv, url: str, requests: list[dict]) -> None:
        """A couple of submissions per worker before measuring: each worker's first requests
        pay for lazy imports, templates and connections (~350 ms of CPU), which a production
        worker has long paid by midnight on 1 July. They are stored and verified like the rest."""
        if not requests:
            return
        res = post.run_concurrent(srv.port, url, requests, min(self.workers, len(requests)))
        if res["errors"]:
            self.errors.append(f"warm-up: {res['errors']} failed ({res['statuses']})")

    def warm_count(self) -> int:
        return 2 * self.workers

    def phase_submit(self, url: str, size: int) -> dict:
        """1 and 16 residents at a time, each submitting a complete application."""
        plan = [
            (1, 4 if self.smoke else 150),
            (4 if self.smoke else 16, 8 if self.smoke else 800),
        ]
        out: dict = {"runs": []}
        warm = self.warm_count()
        for conc, count in plan:
            prep = self.submit_step(url, "prepare", "--count", count + warm)
            if prep.get("mode") != "http":
                return self.submit_inproc(url, plan, prep.get("reason"))
            out["mode"] = f"HTTP POST {prep['url']} through gunicorn ({prep['benefit']})"
            before = WORK / "submit-before.json"
            before.write_text(json.dumps(self.submit_step(url, "snapshot")))
            env = self.gops_env(url)
            with gunicorn("gops.site.wsgi:application", env, self.args.port,
                          self.workers, f"submit-{size}-{conc}") as srv:  # fmt: skip
                self.warm_up(srv, prep["url"], prep["requests"][:warm])
                cpu0 = srv.workers_cpu_seconds()
                res = post.run_concurrent(srv.port, prep["url"], prep["requests"][warm:], conc,
                                          max_seconds=10 if self.smoke else 60)  # fmt: skip
                cpu = srv.workers_cpu_seconds() - cpu0
                res["cpu_ms_per_submission"] = (
                    round(cpu * 1000 / res["ok"], 1) if res["ok"] else None
                )
                res["memory_mb"] = srv.worker_rss_mb()
            res["warm_up"] = warm
            res.update(self.submit_step(url, "verify", "--before", before))
            self.check_writes(f"submit x{conc}", res, res["count"] + warm)
            log(f"submit x{conc:<3d} {res['rps']:6.1f}/s  p50 {res['p50_ms']:.0f}  "
                f"p95 {res['p95_ms']:.0f}  p99 {res['p99_ms']:.0f} ms  "
                f"CPU {res['cpu_ms_per_submission']} ms/submission  errors {res['errors']}")  # fmt: skip
            out["runs"].append(res)
        return out

    def submit_inproc(self, url: str, plan, reason) -> dict:
        log(f"journey view not available ({reason}): submit_application in-process")
        out = {"mode": f"in-process submit_application ({reason})", "runs": []}
        for conc, count in plan:
            raw = self.submit_step(url, "inproc", "--count", count, "--concurrency", conc)
            lat = [x for x in raw["latencies"] if x >= 0]
            out["runs"].append({
                "concurrency": conc, "count": count, "ok": len(lat), "errors": count - len(lat),
                "seconds": raw["seconds"], "rps": round(len(lat) / raw["seconds"], 1),
                "p50_ms": load.percentile(lat, 50), "p95_ms": load.percentile(lat, 95),
                "p99_ms": load.percentile(lat, 99),
            })  # fmt: skip
            if count != len(lat):
                self.errors.append(f"in-process submit x{conc}: {count - len(lat)} errors")
        return out

    def check_writes(self, label: str, res: dict, expected: int) -> None:
        problems = []
        if res["errors"]:
            problems.append(f"{res['errors']} failed ({res['statuses']})")
        if res["new_rows"] != expected:
            problems.append(f"{res['new_rows']} applications stored, {expected} sent")
        if not res["unique"] or not res["gapless"]:
            problems.append(f"case numbers unique={res['unique']} gapless={res['gapless']}")
        if isinstance(res.get("with_process"), int) and res["with_process"] != res["new_rows"]:
            problems.append(f"only {res['with_process']} of {res['new_rows']} have a process")
        for p in problems:
            self.errors.append(f"{label}: {p}")
            log(f"ERROR {label}: {p}")

    def phase_burst(self, url: str, size: int) -> dict:
        n = 10 if self.smoke else self.args.burst
        secs = 2.0 if self.smoke else self.args.burst_seconds
        warm = self.warm_count()
        prep = self.submit_step(url, "prepare", "--count", n + warm)
        if prep.get("mode") != "http":
            self.errors.append(f"burst skipped: {prep.get('reason')}")
            return {"skipped": prep.get("reason")}
        before = WORK / "submit-before.json"
        before.write_text(json.dumps(self.submit_step(url, "snapshot")))
        with gunicorn("gops.site.wsgi:application", self.gops_env(url),
                      self.args.port, self.workers, f"burst-{size}") as srv:  # fmt: skip
            self.warm_up(srv, prep["url"], prep["requests"][:warm])
            cpu0 = srv.workers_cpu_seconds()
            res = post.run_burst(srv.port, prep["url"], prep["requests"][warm:], secs)
            cpu = srv.workers_cpu_seconds() - cpu0
            res["cpu_ms_per_submission"] = round(cpu * 1000 / res["ok"], 1) if res["ok"] else None
            res["memory_mb"] = srv.worker_rss_mb()
        res.update(self.submit_step(url, "verify", "--before", before))
        res["residents"], res["window_s"] = n, secs
        res["warm_up"] = warm
        self.check_writes(f"burst of {n}", res, n + warm)
        log(f"burst {n} in {secs:.0f}s: {res['ok']} ok, {res['errors']} errors, "
            f"{res['new_rows']} stored, unique {res['unique']}, gapless {res['gapless']}, "
            f"p95 {res['p95_ms']:.0f} ms, max {res['max_ms']:.0f} ms, peak in flight {res['peak_in_flight']}")  # fmt: skip
        return {"mode": f"HTTP POST {prep['url']}", "burst": res}

    # ---------------------------------------------------------------- main
    def save(self, name: str) -> str:
        self.results["errors"] = self.errors
        text = json.dumps(self.results, indent=2, default=str)
        (WORK / f"{name}.json").write_text(text)
        if name != "partial":
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            (WORK / f"run-{stamp}.json").write_text(text)
            (WORK / f"{name}.md").write_text(report.markdown(self.results))
        return name

    def run(self) -> int:
        WORK.mkdir(exist_ok=True)
        sizes = [60] if self.smoke else [int(s) for s in self.args.sizes.split(",") if s]
        phases = set(filter(None, self.args.only.split(","))) or {
            "public",
            "staff",
            "submit",
            "burst",
        }
        if self.smoke:
            self.args.duration = min(self.args.duration, 0.5)
            self.args.rounds = 1
            self.args.services, self.args.news = 3, 5
            self.args.connections = min(self.args.connections, 4)
        common.flush_bench_redis(self.redis)  # no page cached by an earlier run
        self.results["machine"]["loadavg_before"] = os.getloadavg()
        log(f"machine: {self.results['machine']}")
        log(f"database: {self.results['database']}, redis: {self.redis or 'none'}, "
            f"gunicorn workers: {self.workers}, load: {'wrk' if self.use_wrk else 'python'}")  # fmt: skip
        for i, size in enumerate(sizes):
            res = self.results["sizes"].setdefault(str(size), {})
            res["phase_seconds"], res["loadavg"] = {}, {}

            def timed(name, fn, *a, res=res, **kw):
                t0 = time.time()
                out = fn(*a, **kw)
                res["phase_seconds"][name] = round(time.time() - t0, 1)
                res["loadavg"][name] = round(os.getloadavg()[0], 1)
                self.save("partial")  # a long run interrupted later keeps what it measured
                return out

            url = timed("prepare", self.prepare_gops, size, pages=i == 0 and "public" in phases)
            if "public" in phases and i == 0:
                self.results["public"] = timed("public", self.phase_public, url)
            if "staff" in phases:
                res["staff"] = timed("staff", self.phase_staff, url, size)
            # Writes come last: they add applications to the seeded set.
            if "submit" in phases:
                res["submit"] = timed("submit", self.phase_submit, url, size)
            if "burst" in phases:
                res["burst"] = timed("burst", self.phase_burst, url, size)
        common.flush_bench_redis(self.redis)
        name = self.save("smoke" if self.smoke else "latest-" + "-".join(map(str, sizes)))
        (WORK / "partial.json").unlink(missing_ok=True)
        log(f"results: {WORK / f'{name}.json'}, {WORK / f'{name}.md'}")
        if self.errors:
            log("ERRORS:\n  " + "\n  ".join(self.errors))
            return 1
        log("no errors")
        return 0


def main(argv=None) -> int:
    return Bench(parse_args(argv)).run()


if __name__ == "__main__":
    sys.exit(main())
