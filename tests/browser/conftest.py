"""Browser fixtures: the app on a real HTTP server, Chromium through Playwright, axe-core checks.

The tests drive the Debian Chromium at /usr/bin/chromium (Playwright's own browser downloads
are not used). Without it the tests are skipped, or fail when REQUIRE_BROWSER=1 (CI).
"""

import os
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from tests.factories import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCALE = "de-DE"
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def live_server(app, monkeypatch):
    """Serve `app` on a free local port for one test; yields the base URL.

    Cheap (one socket and one thread), so each test gets its own server; the database is
    emptied after every test anyway. E-mail links point to this server while it runs.
    """
    server = make_server("127.0.0.1", 0, app, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="live-server", daemon=True
    )
    monkeypatch.setitem(app.config, "BASE_URL", url)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM}; browser tests need it"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason} (REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page in its own browser context (own cookies), relative URLs go to the server.

    It depends on `live_server`, so the context closes (and drops its keep-alive connections)
    before the server shuts down.
    """
    context = browser.new_context(base_url=live_server, locale=LOCALE)
    try:
        yield context.new_page()
    finally:
        context.close()


def log_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort", exact=True).fill(password)
    page.get_by_role("main").get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.get_by_text("Sie sind angemeldet.")).to_be_visible()


def axe_check(page) -> None:
    """Assert that axe-core finds no WCAG 2.1 A/AA violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    # Axe is injected with page.evaluate (DevTools protocol), which the strict CSP does not
    # block, so the pages are checked with their real headers: no bypass_csp needed.
    results = Axe().run(page, options=AXE_OPTIONS).response
    assert results["passes"], f"axe checked nothing on {page.url}"
    violations = results["violations"]
    assert not violations, f"axe: {len(violations)} violation(s) on {page.url}\n" + "\n".join(
        describe_violation(violation) for violation in violations
    )


def describe_violation(violation: dict) -> str:
    lines = [f"- {violation['id']} ({violation['impact']}): {violation['help']}"]
    for node in violation["nodes"]:
        target = ", ".join(
            " ".join(part) if isinstance(part, list) else part for part in node["target"]
        )
        lines.append(f"    at {target}")
        if summary := node.get("failureSummary"):
            lines.extend(f"      {line}" for line in summary.splitlines())
    return "\n".join(lines)
