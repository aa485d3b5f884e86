"""`--profile <page>`: one page, many times in-process under pyinstrument; an HTML profile."""

import time
from datetime import UTC, datetime
from pathlib import Path

from bench.inprocess import InProcess
from bench.login import login_in_process
from bench.pages import Page, key
from bench.settings import app_config
from bench.smoke import logins_for
from participation.app import create_app


def profile_page(
    database_url: str, size: str, meta: dict, page: Page, requests: int, folder: Path, kind: str
) -> Path:
    from pyinstrument import Profiler  # the bench extra; the smoke test does not need it

    app = create_app(app_config(database_url, folder / "instance", delivery="thread"))
    runner = InProcess(app)
    try:
        login = logins_for([page], meta, lambda *a: login_in_process(app, *a)).get(page.as_user)
        path = runner.resolve(page, page.url_path(meta), login)
        counted = runner.count(page, path, login)
        if counted.status != page.expect:
            raise SystemExit(f"{path} answered {counted.status}, not {page.expect}")
        profiler = Profiler(interval=0.0005)
        began = time.perf_counter()
        profiler.start()
        for number in range(requests):
            runner.request(page, path, login, action="withdraw" if number % 2 else "support")
        profiler.stop()
        elapsed = time.perf_counter() - began
    finally:
        runner.close()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    output = folder / f"profile-{key(page)}-{size}-{kind}-{stamp}.html"
    output.write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, color=False))
    print(
        f"{page.name} ({path}) at size {size}: {requests} requests in {elapsed:.1f} s, "
        f"{1000 * elapsed / requests:.1f} ms each in-process, {counted.statements} SQL statements "
        f"each\nprofile: {output}"
    )
    return output
