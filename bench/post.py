"""POST prepared submissions to gunicorn on loopback, with a fixed concurrency or a schedule."""

from __future__ import annotations

import http.client
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from bench.load import percentile


def _post(port: int, path: str, req: dict) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(
            "POST",
            path,
            body=req["body"],
            headers={
                "Cookie": req["cookie"],
                "Content-Type": "application/x-www-form-urlencoded",
                "Host": f"127.0.0.1:{port}",
            },
        )
        resp = conn.getresponse()
        resp.read()
        status, location = resp.status, resp.getheader("Location", "")
    except (OSError, http.client.HTTPException) as exc:
        status, location = 0, repr(exc)
    finally:
        conn.close()
    return (time.perf_counter() - t0) * 1000, status, location


def _summary(results, seconds, concurrency) -> dict:
    ok = [r for r in results if r[1] == 302 and "potwierdzenie" in r[2]]
    lat = [r[0] for r in ok]
    statuses: dict[str, int] = {}
    for r in results:
        statuses[str(r[1])] = statuses.get(str(r[1]), 0) + 1
    return {
        "concurrency": concurrency,
        "count": len(results),
        "ok": len(ok),
        "errors": len(results) - len(ok),
        "statuses": statuses,
        "seconds": round(seconds, 2),
        "rps": round(len(ok) / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(lat, 50), 1),
        "p95_ms": round(percentile(lat, 95), 1),
        "p99_ms": round(percentile(lat, 99), 1),
        "max_ms": round(max(lat, default=0.0), 1),
    }


def run_concurrent(
    port: int, path: str, requests: list[dict], concurrency: int, max_seconds: float = 1e9
) -> dict:
    """Send the requests ``concurrency`` at a time; stop starting new ones after max_seconds."""
    t0 = time.perf_counter()
    deadline = t0 + max_seconds

    def one(req):
        if time.perf_counter() > deadline:
            return None
        return _post(port, path, req)

    with ThreadPoolExecutor(concurrency) as pool:
        results = [r for r in pool.map(one, requests) if r is not None]
    return _summary(results, time.perf_counter() - t0, concurrency)


def run_burst(port: int, path: str, requests: list[dict], seconds: float, seed: int = 7) -> dict:
    """Each resident arrives at a random moment within ``seconds`` (uniformly), all at once."""
    import random

    rng = random.Random(seed)
    arrivals = sorted(rng.uniform(0, seconds) for _ in requests)
    results: list = [None] * len(requests)
    start = time.perf_counter() + 0.5
    in_flight = [0, 0]  # current, peak
    lock = threading.Lock()

    def resident(i):
        delay = start + arrivals[i] - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        with lock:
            in_flight[0] += 1
            in_flight[1] = max(in_flight[1], in_flight[0])
        results[i] = _post(port, path, requests[i])
        with lock:
            in_flight[0] -= 1

    threads = [threading.Thread(target=resident, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out = _summary(results, time.perf_counter() - start, None)
    out["peak_in_flight"] = in_flight[1]
    return out
