"""HTTP load on loopback: wrk when installed, else a small threaded http.client generator.

Both return the same dict: requests/s, p50/p95/p99 in milliseconds, error counts. Loads are
bounded by duration and only ever target 127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import threading
import time
from urllib.parse import urlsplit

from bench.common import BENCH

WRK = shutil.which("wrk")


def _check_url(url: str) -> None:
    host = urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost"):
        raise ValueError(f"load only ever targets loopback, not {host}")


def measure(
    url: str,
    duration: float,
    connections: int,
    use_wrk: bool | None = None,
    headers: dict | None = None,
) -> dict:
    _check_url(url)
    if use_wrk is None:
        use_wrk = WRK is not None
    if use_wrk:
        return _wrk(url, duration, connections, headers or {})
    return _threads(url, duration, connections, headers or {})


def _wrk(url: str, duration: float, connections: int, headers: dict) -> dict:
    args = [
        WRK,
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(duration))}s",
        "--timeout",
        "10s",
        "-s",
        str(BENCH / "wrk_report.lua"),
    ]
    for key, value in headers.items():
        args += ["-H", f"{key}: {value}"]
    args.append(url)
    out = subprocess.run(args, capture_output=True, text=True, timeout=duration + 60).stdout
    line = next((x for x in out.splitlines() if x.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no summary:\n{out}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    secs = raw["duration_us"] / 1e6
    errors = sum(raw[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    return {
        "tool": "wrk",
        "connections": connections,
        "requests": raw["requests"],
        "seconds": round(secs, 2),
        "rps": round(raw["requests"] / secs, 1) if secs else 0.0,
        "p50_ms": raw["p50_us"] / 1000,
        "p95_ms": raw["p95_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "max_ms": raw["max_us"] / 1000,
        "non_2xx": raw["status_errors"],
        "errors": errors,
    }


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def _threads(url: str, duration: float, connections: int, headers: dict) -> dict:
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    stop_at = time.perf_counter() + duration
    lock = threading.Lock()
    latencies: list[float] = []
    counts = {"non_2xx": 0, "errors": 0}

    def worker():
        conn = None
        mine: list[float] = []
        non_2xx = errors = 0
        while time.perf_counter() < stop_at:
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
                conn.request("GET", path, headers={"Host": parts.netloc, **headers})
                resp = conn.getresponse()
                resp.read()
                if not 200 <= resp.status < 400:
                    non_2xx += 1
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                errors += 1
                if conn is not None:
                    conn.close()
                conn = None
                continue
            mine.append((time.perf_counter() - t0) * 1000)
        if conn is not None:
            conn.close()
        with lock:
            latencies.extend(mine)
            counts["non_2xx"] += non_2xx
            counts["errors"] += errors

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    secs = time.perf_counter() - started
    return {
        "tool": "python-threads",
        "connections": connections,
        "requests": len(latencies),
        "seconds": round(secs, 2),
        "rps": round(len(latencies) / secs, 1) if secs else 0.0,
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "max_ms": round(max(latencies, default=0.0), 2),
        "non_2xx": counts["non_2xx"],
        "errors": counts["errors"],
    }
