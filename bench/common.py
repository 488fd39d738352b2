"""Paths, environments and databases shared by the bench steps."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / "results"  # git-ignored: logs, JSON results, static files, SQLite files
PY = sys.executable

DUMMY_SECRET = "bench-dummy-secret-key-" + "x" * 60


def log(msg: str) -> None:
    print(f"[bench] {msg}", flush=True)


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def redis_url() -> str:
    """A dedicated Redis database for the bench when Redis answers on loopback, else ""."""
    if os.environ.get("BENCH_REDIS_URL") is not None:
        return os.environ["BENCH_REDIS_URL"]
    return BENCH_REDIS if port_open("127.0.0.1", 6379) else ""


BENCH_REDIS = "redis://127.0.0.1:6379/9"


def flush_bench_redis(url: str) -> None:
    """Empty the bench's own Redis database (cache, rate limits, queued Celery messages)."""
    if url != BENCH_REDIS:
        return  # never flush a database the bench was pointed at but does not own
    try:
        import redis

        redis.Redis.from_url(url).flushdb()
    except Exception as exc:  # Redis went away: nothing to clean
        log(f"could not flush {url}: {exc}")


def with_db_name(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def recreate_postgres_db(url: str) -> None:
    """Drop and create the database named in ``url`` (connects to the server's ``postgres``)."""
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    if not name.startswith("gops_bench"):
        raise SystemExit(f"refusing to drop {name!r}: bench databases are named gops_bench*")
    admin = with_db_name(url, "postgres").replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def postgres_reachable(url: str) -> bool:
    import psycopg

    try:
        admin = with_db_name(url, "postgres").replace("postgres://", "postgresql://", 1)
        with psycopg.connect(admin, connect_timeout=3):
            return True
    except Exception:
        return False


def gops_env(
    database_url: str, redis: str, page_cache_seconds: int | None = None, render_memo: bool = True
) -> dict:
    """Environment for the GOPS app under production settings with dummy secrets."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.gops_settings",
        SECRET_KEY=DUMMY_SECRET,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("REDIS_URL", None)
    env.pop("CELERY_BROKER_URL", None)
    if redis:
        env["REDIS_URL"] = redis
    if page_cache_seconds is not None:
        env["PAGE_CACHE_SECONDS"] = str(page_cache_seconds)
    env["PAGE_RENDER_MEMO"] = "1" if render_memo else "0"
    return env


def baseline_env(database_url: str, redis: str, cached: bool = False) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.baseline.settings_cached"
        if cached
        else "bench.baseline.settings",
        BENCH_BASELINE_DATABASE_URL=database_url,
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("REDIS_URL", None)
    if redis:
        env["REDIS_URL"] = redis
    return env


def run(args: list[str], env: dict, timeout: float | None = None, check: bool = True, quiet=False):
    """Run a step in a fresh interpreter (each project needs its own settings)."""
    log("$ " + " ".join(str(a) for a in args))
    res = subprocess.run(
        [str(a) for a in args],
        cwd=ROOT,
        env=env,
        timeout=timeout,
        text=True,
        capture_output=quiet,
    )
    if check and res.returncode != 0:
        if quiet:
            sys.stderr.write((res.stdout or "")[-4000:] + (res.stderr or "")[-4000:])
        raise SystemExit(f"step failed ({res.returncode}): {' '.join(map(str, args))}")
    return res
