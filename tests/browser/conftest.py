"""Browser tests: the app served by a real server process, a real database, headless Chromium.

One server per test session (``manage.py runserver --noreload --insecure`` on a free port of
127.0.0.1) against its own database:

* SQLite (the default): a file in the session's temporary folder;
* PostgreSQL (``DATABASE_URL=postgres://...``): ``<name>_browser_<pid>``, created and dropped
  here, so it never collides with pytest-django's ``test_<name>`` or a parallel run.

The database is migrated and ``load_demo_site`` fills it once (demo accounts: see
``site/demo/accounts.py``, password ``gops-demo``). Chromium is Debian's
``/usr/bin/chromium`` driven by Playwright; without it (or without the Playwright wheel) every
browser test is skipped with the reason printed by ``-ra``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CHROMIUM = Path(os.environ.get("GOPS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# Demo accounts created by load_demo_site (see site/demo/).
DEMO_PASSWORD = "gops-demo"
SERVER_START_TIMEOUT = 90


def missing_requirements() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return (
            f"browser tests need Debian's Chromium at {CHROMIUM} "
            "(apt-get install chromium); it is not installed"
        )
    try:
        import axe_playwright_python  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        return (
            f"browser tests need playwright and axe-playwright-python ({exc}); "
            "install them with .venv/bin/pip install -e '.[test]'"
        )
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Overrides tests/conftest.py: the cache that matters lives in the server process."""
    yield


@pytest.fixture(scope="session")
def browser_requirements():
    reason = missing_requirements()
    if reason:
        pytest.skip(reason)


# --- the database ----------------------------------------------------------------------


def _postgres_database(base_url: str):
    """Create a dedicated PostgreSQL database next to the one DATABASE_URL names."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(base_url)
    base_name = parts.path.lstrip("/") or "gops"
    name = f"{base_name}_browser_{os.getpid()}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))

    def run(statement):
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(statement)

    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    run(drop)
    run(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return urlunsplit(parts._replace(path=f"/{name}")), lambda: run(drop)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the server ------------------------------------------------------------------------


@dataclass
class LiveServer:
    url: str
    env: dict
    log_path: Path
    tmp: Path
    process: subprocess.Popen | None = None
    _pages: list | None = field(default=None, repr=False)

    def manage(self, *args: str, timeout: int = 300) -> str:
        """Run a manage.py command against the server's database; return its stdout."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode:
            raise RuntimeError(
                f"manage.py {' '.join(args)} failed ({done.returncode}):\n"
                f"{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
            )
        return done.stdout

    def query(self, code: str):
        """Run Python in a Django shell on the server's database; it must print ``json.dumps``.

        For arranging data a test cannot reach through the UI and for reading state the UI
        does not show; journeys themselves go through the browser.
        """
        out = self.manage("shell", "--no-imports", "-c", code)
        last = out.strip().splitlines()[-1] if out.strip() else "null"
        return json.loads(last)

    def pages(self) -> list[dict]:
        """Live public pages of the default site: model label, URL, title (cached)."""
        if self._pages is None:
            self._pages = self.query(_DUMP_PAGES)
        return self._pages

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


_DUMP_PAGES = """
import json
from wagtail.models import Page, Site
site = Site.objects.filter(is_default_site=True).first()
out = []
if site:
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    for p in pages.specific().order_by("path"):
        out.append({"model": p._meta.label, "url": p.get_url(), "title": p.title, "id": p.pk})
print(json.dumps(out))
"""


def _wait_until_serving(server: LiveServer):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{server.log_tail()}")
        try:
            urllib.request.urlopen(server.url + "/", timeout=5)  # noqa: S310
            return
        except urllib.error.HTTPError:
            return  # it answers: any status will do here
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise RuntimeError(
        f"the server did not answer in {SERVER_START_TIMEOUT}s:\n{server.log_tail()}"
    )


@pytest.fixture(scope="session")
def app_server(browser_requirements, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    drop_database = None
    # For working on the tests: keep the SQLite database in this folder and reuse it.
    reuse = os.environ.get("GOPS_BROWSER_REUSE_DIR")
    base_url = os.environ.get("DATABASE_URL", "")
    if base_url.startswith(("postgres://", "postgresql://")):
        database_url, drop_database = _postgres_database(base_url)
        reuse = None
    elif reuse:
        Path(reuse).mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{Path(reuse).resolve() / 'browser.sqlite3'}"
    else:
        database_url = f"sqlite:///{tmp / 'browser.sqlite3'}"

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "server_settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
        "GOPS_BROWSER_TMP": str(tmp),
        "GOPS_BROWSER_URL": url,
        "PRIVATE_STORAGE_ROOT": str(tmp / "private"),
        "PYTHONUNBUFFERED": "1",
    }
    server = LiveServer(url=url, env=env, log_path=tmp / "server.log", tmp=tmp)
    try:
        built = Path(reuse or tmp) / "demo-loaded"
        if not (reuse and built.exists()):
            server.manage("migrate", "--noinput", "-v0")
            server.manage("load_demo_site")
            built.touch()
        with server.log_path.open("w") as log:
            server.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"]
                + ["--noreload", "--insecure"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        _wait_until_serving(server)
        yield server
    finally:
        if server.process is not None:
            server.process.terminate()
            try:
                server.process.wait(10)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()
        if drop_database:
            drop_database()


@pytest.fixture(scope="session")
def demo_site(app_server):
    """The server with the demo site: pages, form pages, moderation, staff accounts."""
    return app_server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test shows the end of the server's log."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and "app_server" in getattr(item, "funcargs", {}):
        tail = item.funcargs["app_server"].log_tail()
        if tail:
            report.sections.append(("server log (tail)", tail))


# --- the browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def playwright_instance(browser_requirements):
    """Per module, not per session: while Playwright runs, its event loop counts as running in
    this thread, and Django would refuse database access in the test modules that follow."""
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    yield pw
    pw.stop()


@pytest.fixture(scope="module")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser, app_server):
    """Factory for browser contexts: ``new_context(viewport=PHONE, js=False, scale=2)``."""
    contexts = []

    def make(*, viewport=DESKTOP, js=True, scale=1, mobile=False, **kwargs):
        context = browser.new_context(
            base_url=app_server.url,
            viewport=viewport,
            device_scale_factor=scale,
            is_mobile=mobile,
            has_touch=mobile,
            java_script_enabled=js,
            locale="pl-PL",
            timezone_id="Europe/Warsaw",
            **kwargs,
        )
        context.set_default_timeout(20_000)  # generous: CI machines are often busy
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """Desktop (1280×800), JavaScript on."""
    return new_context().new_page()


@pytest.fixture
def nojs_page(new_context):
    """Desktop (1280×800), JavaScript off."""
    return new_context(js=False).new_page()


@pytest.fixture
def phone_page(new_context):
    """A phone (360×740, touch, mobile viewport rules), JavaScript on."""
    return new_context(viewport=PHONE, mobile=True).new_page()
