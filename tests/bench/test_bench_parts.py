"""The bench's own parts, fast and without a server: no timings are asserted.

(No ``__init__.py`` here on purpose: it would make this folder a package named ``bench``
and shadow the bench/ package under test.)

The whole smoke run (migrate, demo site, gunicorn, wrk) takes minutes, so CI runs it as
``bench/run.py --smoke`` from ``.ci/run``; here we check the pieces it relies on: the
fallback load generator counts requests and errors correctly, the report turns results into
ratios and target verdicts, and the seeded cases are states a real case can be in.
"""

import datetime
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import load, report, seed
from gops.forms.registry import registry
from gops.forms.validators import validate_pesel


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        status = 500 if self.path.startswith("/broken") else 200
        body = b"ok"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_python_load_generator_counts_requests_and_errors(server):
    good = load.measure(server + "/", 0.3, 2, use_wrk=False)
    assert good["requests"] > 0
    assert good["errors"] == 0 and good["non_2xx"] == 0
    assert good["p50_ms"] <= good["p95_ms"] <= good["p99_ms"] <= good["max_ms"]

    broken = load.measure(server + "/broken", 0.3, 2, use_wrk=False)
    assert broken["requests"] > 0
    assert broken["non_2xx"] == broken["requests"]


def test_load_never_leaves_loopback():
    with pytest.raises(ValueError, match="loopback"):
        load.measure("http://example.com/", 0.1, 1, use_wrk=False)


def test_report_gives_ratios_and_verdicts():
    def r(rps, p95=10.0):
        return {"rps": rps, "p50_ms": 5.0, "p95_ms": p95, "p99_ms": p95, "max_ms": p95}

    results = {
        "machine": {
            "date": "d",
            "nproc": 2,
            "cpu": "c",
            "memory_gb": 1,
            "python": "3",
            "versions": {},
            "wrk": "wrk",
        },  # fmt: skip
        "database": "PostgreSQL",
        "redis": True,
        "workers": 5,
        "public": {
            "baseline": {
                "plain_django": r(1000),
                "plain_wagtail": r(200),
                "cached_wagtail": r(850),
            },
            "gops_cached": {"home": r(900)},
            "gops_uncached": {"home": r(100)},
            "memory_mb": {"gops_cached": [150.0, 250.0]},
        },
        "sizes": {},
    }
    text = report.markdown(results)
    assert "| cached home ≥ 80 % of plain Django | 90% req/s (– by CPU cost) | met |" in text
    assert (
        "| uncached home ≥ 70 % of plain Wagtail | 50% req/s (– by CPU cost) | **missed** |" in text
    )
    assert "| worker RSS < 200 MB | max 250 MB | **missed** |" in text


def test_report_counts_warm_up_submissions_apart():
    burst = {"residents": 500, "window_s": 60.0, "seconds": 61.0, "peak_in_flight": 9,
             "ok": 500, "errors": 0, "new_rows": 510, "warm_up": 10, "unique": True,
             "gapless": True, "first_seq": 1, "last_seq": 510, "p95_ms": 80.0, "max_ms": 90.0}  # fmt: skip
    results = {"machine": {"date": "d", "nproc": 2, "cpu": "c", "memory_gb": 1, "python": "3",
                           "versions": {}, "wrk": "wrk"},
               "database": "PostgreSQL", "redis": True, "workers": 5,
               "sizes": {"10000": {"burst": {"mode": "HTTP", "burst": burst}}}}  # fmt: skip
    text = report.markdown(results)
    assert "500 (+10 warm-up) new applications" in text
    assert "| burst of 500 at 10000: no errors/losses, numbers gapless | 500/500 | met |" in text
    burst["new_rows"] = 509  # one warm-up or measured submission lost
    assert "| 500/500 | **missed** |" in report.markdown(results)


@pytest.mark.parametrize("definition", list(registry), ids=lambda d: d.code)
def test_seeded_cases_follow_the_procedure(definition):
    rng = random.Random(3)
    statuses = {s for _limit, choices in seed.LIFECYCLE for s, _w in choices}
    for wanted in sorted(statuses):
        done, node, status = seed.case_path(wanted, definition, rng)
        history = seed.status_history(status, done)
        assert history[0] == "submitted" and history[-1] == status
        if status in ("closed", "left_unexamined", "withdrawn"):
            assert node is None, status
        else:
            # The open task is the step the case's status names (or the check it awaits).
            assert node is not None
            assert status == "submitted" or seed.NODE_STATUS[node] == status
        if "interview" in done or node == "interview":
            assert definition.needs_interview
        if "payment" in done or node == "payment":
            assert definition.is_paid


def test_seeded_pesels_are_valid():
    rng = random.Random(5)
    for _ in range(200):
        born = datetime.date(rng.randint(1940, 2009), rng.randint(1, 12), rng.randint(1, 28))
        validate_pesel(seed.make_pesel(rng, born, rng.random() < 0.5))
