"""Start and stop gunicorn on loopback; read its workers' memory."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from bench.common import PY, ROOT, WORK, log


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(x) for x in path.read_text().split()]
    except OSError:
        return []


CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, IndexError, ValueError):
        return 0.0


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Server:
    def __init__(self, proc: subprocess.Popen, port: int, name: str):
        self.proc, self.port, self.name = proc, port, name

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def workers_cpu_seconds(self) -> float:
        """CPU used by all workers so far: per-request cost independent of other load."""
        return sum(cpu_seconds(p) for p in _children(self.proc.pid))

    def worker_rss_mb(self) -> list[float]:
        return [round(rss_mb(p), 1) for p in _children(self.proc.pid)]

    def get(self, path: str, timeout: float = 30, headers: dict | None = None) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()


@contextmanager
def gunicorn(app: str, env: dict, port: int, workers: int, name: str, threads: int = 1):
    """gunicorn with ``workers`` sync workers (or gthread with ``threads``)."""
    log_path = WORK / f"gunicorn-{name}.log"
    args = [
        PY, "-m", "gunicorn", app,
        "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers),
        "--backlog", "2048",
        "--timeout", "60",
        "--log-level", "warning",
        "--error-logfile", str(log_path),
    ]  # fmt: skip
    if threads > 1:
        args += ["--worker-class", "gthread", "--threads", str(threads)]
    proc = subprocess.Popen(args, cwd=ROOT, env=env, start_new_session=True)
    server = Server(proc, port, name)
    try:
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"gunicorn {name} exited; see {log_path}")
            try:
                server.get("/__bench_ping__", timeout=5)
                if len(_children(proc.pid)) >= workers:
                    break
            except OSError:
                pass
            if time.time() > deadline:
                raise SystemExit(f"gunicorn {name} did not start; see {log_path}")
            time.sleep(0.2)
        log(f"gunicorn {name} on :{port}, {workers} workers")
        yield server
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
