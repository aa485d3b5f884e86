"""Smoke mode: a tiny SQLite database, every page once in-process, no servers and no wrk.

It proves that the seed, the logins and the page table still fit the app; the test suite
runs it (`tests/core/test_bench_smoke.py`). Its SQL counts are of a single first request
(the real run counts a second one, after a warm-up).
"""

from dataclasses import dataclass
from pathlib import Path

from bench.hello import app as hello_app
from bench.inprocess import InProcess
from bench.login import Login, login_in_process
from bench.pages import PAGES, Page
from bench.seed import derived, seed
from bench.settings import app_config, sqlite_url
from participation.app import create_app
from participation.demo.content import load
from participation.extensions import db


@dataclass
class SmokeResult:
    page: Page
    path: str
    status: int
    statements: int | None

    @property
    def ok(self) -> bool:
        return self.status == self.page.expect


def logins_for(pages, meta, log_in) -> dict[str, Login]:
    """One login per account the pages need; `log_in(email, password, form_path)`."""
    form_path = f"/ideas/{meta['support_ref']}"
    roles = sorted({page.as_user for page in pages if page.as_user})
    return {
        role: log_in(meta[f"email_{role}"], load("accounts")["password"], form_path)
        for role in roles
    }


def run(folder: Path, pages: tuple[Page, ...] = PAGES) -> list[SmokeResult]:
    url = sqlite_url("smoke", folder)
    meta = seed(url, "tiny", folder / "instance", fast_hashing=True)
    meta |= derived(url, folder / "instance")
    app = create_app(app_config(url, folder / "instance", delivery="inline"))
    runner = InProcess(app)
    try:
        logins = logins_for(pages, meta, lambda *a: login_in_process(app, *a))
        results = []
        for page in pages:
            path = page.url_path(meta)
            if page.floor:
                status = hello_app.test_client().get(path).status_code
                results.append(SmokeResult(page, path, status, None))
                continue
            login = logins.get(page.as_user)
            path = runner.resolve(page, path, login)
            counted = runner.count(page, path, login, warm_up=False)
            results.append(SmokeResult(page, path, counted.status, counted.statements))
    finally:
        runner.close()
        with app.app_context():
            db.session.remove()
    return results


def print_results(results: list[SmokeResult]) -> None:
    width = max(len(result.page.name) for result in results)
    print(f"{'page':{width}}  status  SQL  path")
    for result in results:
        mark = "" if result.ok else f"  <- expected {result.page.expect}"
        sql = "-" if result.statements is None else str(result.statements)
        print(f"{result.page.name:{width}}  {result.status:6}  {sql:>3}  {result.path}{mark}")
