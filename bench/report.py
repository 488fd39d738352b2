"""Turn a results dict into the Markdown tables that bench/RESULTS.md quotes."""

from __future__ import annotations

# The targets.
TARGET_CACHED = 0.80  # cached public page vs plain Django view, throughput
TARGET_UNCACHED = 0.70  # uncached public page vs plain Wagtail page, throughput
TARGET_STAFF_P95_MS = 150.0  # at 100k applications
TARGET_SUBMIT_RPS = 50.0
TARGET_WORKER_MB = 200.0


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.0%}" if a and b else "–"


def _ok(flag: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "–"}[flag]


def _cpu_ratio(r: dict, ref: dict | None) -> str:
    """Throughput the CPU cost allows, relative to ref: ref's CPU/request over ours."""
    a, b = (r or {}).get("cpu_ms_per_req"), (ref or {}).get("cpu_ms_per_req")
    return f"{b / a:.0%}" if a and b else "–"


def _row(label: str, r: dict | None, ref: dict | None = None, ref2: dict | None = None) -> str:
    if not r or "rps" not in r:
        return f"| {label} | – | – | – | – | – | – | – | – | – |"
    return (
        f"| {label} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['p99_ms']:.1f} "
        f"| {_ratio(r['rps'], (ref or {}).get('rps', 0))} | {_ratio(r['rps'], (ref2 or {}).get('rps', 0))} "
        f"| {r.get('cpu_ms_per_req') or '–'} | {_cpu_ratio(r, ref)} | {_cpu_ratio(r, ref2)} |"
    )


def markdown(res: dict) -> str:
    m = res["machine"]
    lines = [
        f"Run: {m['date']} · {m['nproc']} cores ({m['cpu']}) · {m['memory_gb']} GB · "
        f"Python {m['python']} · "
        + ", ".join(f"{k} {v}" for k, v in m["versions"].items())
        + f" · {res['database']} · Redis cache: {'yes' if res['redis'] else 'no'} · "
        f"gunicorn sync workers: {res['workers']} · load: {m['wrk']}",
        "",
    ]
    pub = res.get("public")
    if pub:
        b = pub["baseline"]
        plain, wag, cached = b.get("plain_django"), b.get("plain_wagtail"), b.get("cached_wagtail")
        lines += [
            "### Public pages (HTTP, gunicorn, loopback)",
            "",
            "| page | req/s | p50 ms | p95 ms | p99 ms | req/s vs (a) | req/s vs (b) "
            "| app CPU ms/req | CPU capacity vs (a) | CPU capacity vs (b) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            _row("(a) plain Django view", plain, plain, wag),
            _row("(b) plain Wagtail page", wag, plain, wag),
            _row("(c) plain Wagtail + cache middleware", cached, plain, wag),
        ]
        for mode, title in (
            ("gops_cached", "GOPS, page cache on"),
            ("gops_uncached", "GOPS, page cache off"),
            ("gops_nomemo", "GOPS, page cache and render memo off"),
        ):
            for key, r in pub.get(mode, {}).items():
                lines.append(_row(f"{title}: {key}", r, plain, wag))
        lines.append("")
        mem = pub.get("memory_mb", {})
        for k, v in mem.items():
            lines.append(f"- worker RSS after load, {k}: {', '.join(f'{x:.0f}' for x in v)} MB")
        lines.append("")
    for size, data in res.get("sizes", {}).items():
        lines += [f"### {int(size):,} applications".replace(",", " "), ""]
        if data.get("phase_seconds"):
            lines += [
                "Phase durations (s): "
                + ", ".join(f"{k} {v}" for k, v in data["phase_seconds"].items())
                + " · 1-min load average after each: "
                + ", ".join(f"{k} {v}" for k, v in data.get("loadavg", {}).items()),
                "",
            ]
        seed = data.get("seed", {})
        apps = seed.get("applications") or {}
        if apps:
            lines.append(
                f"Seed: {apps.get('created', 0)} applications, {apps.get('members', 0)} household members, "
                f"{apps.get('incomes', 0)} incomes, {apps.get('events', 0)} status events, "
                f"{apps.get('processes', 0)} processes, {apps.get('tasks', 0)} tasks "
                f"in {apps.get('seconds', '?')} s (whole preparation {seed.get('seconds_total', '?')} s)."
            )
            lines.append("")
        staff = data.get("staff") or {}
        db = staff.get("db") or {}
        if db:
            lines += [
                f"Database size: {db['total_mb']:.0f} MB; largest tables: "
                + ", ".join(
                    f"{k} {v['mb']:.0f} MB ({v['rows']} rows)" for k, v in db["tables"].items()
                ),
                "",
            ]
        if staff.get("lists"):
            lines += [
                "Staff lists (in-process, Django test client, logged in):",
                "",
                "| list | user | p50 ms | p95 ms | max ms | CPU p50 ms | SQL p50 ms | queries | `<tr>` | HTTP req/s | HTTP p95 ms |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for key, r in staff["lists"].items():
                h = staff.get("http", {}).get(key) or {}
                lines.append(
                    f"| {key} | {r.get('user', '')} | {r.get('p50_ms', 0):.1f} | {r.get('p95_ms', 0):.1f} "
                    f"| {r.get('max_ms', 0):.1f} | {r.get('cpu_p50_ms', 0):.1f} | {r.get('sql_p50_ms', 0):.1f} "
                    f"| {r.get('queries', '–')} | {r.get('rows', '–')} "
                    f"| {h.get('rps', 0):.0f} | {h.get('p95_ms', 0):.1f} |"
                )
            lines.append("")
            if staff.get("note"):
                lines += [staff["note"], ""]
        for key, title in (("submit", "Submissions"),):
            sub = data.get(key) or {}
            if not sub.get("runs"):
                continue
            lines += [
                f"{title} ({sub.get('mode', '')}):",
                "",
                "| concurrent residents | submitted | stored | per s | p50 ms | p95 ms | p99 ms | app CPU ms/submission | errors |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for r in sub["runs"]:
                lines.append(
                    f"| {r['concurrency']} | {r['count']} | {_stored(r)} | {r['rps']:.1f} "
                    f"| {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['p99_ms']:.1f} "
                    f"| {r.get('cpu_ms_per_submission') or '–'} | {r['errors']} |"
                )
            lines.append("")
        for key, title in (("burst", "Burst"),):
            burst = data.get(key) or {}
            if not burst.get("burst"):
                continue
            bb = burst["burst"]
            lines += [
                f"{title} ({burst.get('mode', '')}): {bb['residents']} residents arriving within "
                f"{bb['window_s']:.0f} s (done in {bb['seconds']:.0f} s, peak {bb['peak_in_flight']} in flight) → "
                f"{bb['ok']} accepted, {bb['errors']} errors, {_stored(bb)} new applications, "
                f"case numbers unique: {bb['unique']}, gapless: {bb['gapless']} "
                f"({bb['first_seq']}…{bb['last_seq']}), p95 {bb['p95_ms']:.0f} ms, max {bb['max_ms']:.0f} ms.",
                "",
            ]
    lines += targets(res)
    if res.get("errors"):
        lines += ["", "Errors:", ""] + [f"- {e}" for e in res["errors"]]
    return "\n".join(lines) + "\n"


def _stored(r: dict) -> str:
    """Applications stored by the measured requests (warm-up submissions shown apart)."""
    if "new_rows" not in r:
        return "–"
    warm = r.get("warm_up", 0)
    return f"{r['new_rows'] - warm} (+{warm} warm-up)" if warm else str(r["new_rows"])


def targets(res: dict) -> list[str]:
    rows = ["### Targets", "", "| target | measured | status |", "|---|---|---|"]
    pub = res.get("public") or {}
    b = pub.get("baseline", {})
    plain = (b.get("plain_django") or {}).get("rps", 0)
    wag = (b.get("plain_wagtail") or {}).get("rps", 0)
    plain_r, wag_r = b.get("plain_django"), b.get("plain_wagtail")
    for key, r in (pub.get("gops_cached") or {}).items():
        ok = r["rps"] / plain >= TARGET_CACHED if plain else None
        rows.append(
            f"| cached {key} ≥ 80 % of plain Django | {_ratio(r['rps'], plain)} req/s "
            f"({_cpu_ratio(r, plain_r)} by CPU cost) | {_ok(ok)} |"
        )
    for mode, what in (("gops_uncached", "uncached"), ("gops_nomemo", "uncached, memo off,")):
        for key, r in (pub.get(mode) or {}).items():
            ok = r["rps"] / wag >= TARGET_UNCACHED if wag else None
            rows.append(
                f"| {what} {key} ≥ 70 % of plain Wagtail | {_ratio(r['rps'], wag)} req/s "
                f"({_cpu_ratio(r, wag_r)} by CPU cost) | {_ok(ok)} |"
            )
    for size, data in res.get("sizes", {}).items():
        lists = (data.get("staff") or {}).get("lists") or {}
        if lists:
            worst = max(lists.items(), key=lambda kv: kv[1].get("p95_ms", 0))
            ok = worst[1]["p95_ms"] < TARGET_STAFF_P95_MS
            rows.append(
                f"| staff lists p95 < 150 ms at {size} (worst: {worst[0]}) | {worst[1]['p95_ms']:.0f} ms | {_ok(ok)} |"
            )
        runs = (data.get("submit") or {}).get("runs") or []
        if runs:
            best = max(r["rps"] for r in runs)
            rows.append(
                f"| submissions ≥ 50/s at {size} | {best:.1f}/s | {_ok(best >= TARGET_SUBMIT_RPS)} |"
            )
        bb = (data.get("burst") or {}).get("burst")
        if bb:
            ok = (
                bb["errors"] == 0
                and bb["unique"]
                and bb["gapless"]
                and bb["new_rows"] == bb["residents"] + bb.get("warm_up", 0)
            )
            rows.append(f"| burst of {bb['residents']} at {size}: no errors/losses, numbers gapless | "
                        f"{bb['ok']}/{bb['residents']} | {_ok(ok)} |")  # fmt: skip
    mems = [x for v in (pub.get("memory_mb") or {}).values() if v for x in v]
    for data in res.get("sizes", {}).values():
        mems += (data.get("staff") or {}).get("memory_mb") or []
        for r in (data.get("submit") or {}).get("runs") or []:
            mems += r.get("memory_mb") or []
        mems += ((data.get("burst") or {}).get("burst") or {}).get("memory_mb") or []
    if mems:
        rows.append(
            f"| worker RSS < 200 MB | max {max(mems):.0f} MB | {_ok(max(mems) < TARGET_WORKER_MB)} |"
        )
    return rows


def merge(results: list[dict]) -> dict:
    """One report from several runs (e.g. 10k and 100k run separately): sizes side by side."""
    out = dict(results[0])
    out["sizes"] = {}
    out["errors"] = []
    for res in results:
        for size, data in res.get("sizes", {}).items():
            merged = out["sizes"].setdefault(size, {})
            for key, value in data.items():
                if isinstance(value, dict) and isinstance(merged.get(key), dict):
                    merged[key] = {**merged[key], **value}
                elif value or key not in merged:
                    merged[key] = value
        out["errors"] += res.get("errors", [])
        if res.get("public") and not out.get("public"):
            out["public"] = res["public"]
    return out


def main(argv=None) -> None:
    """``python -m bench.report run-a.json run-b.json > merged.md``"""
    import json
    import sys

    paths = argv if argv is not None else sys.argv[1:]
    results = [json.load(open(p)) for p in paths]  # noqa: SIM115
    print(markdown(merge(results)))


if __name__ == "__main__":
    main()
