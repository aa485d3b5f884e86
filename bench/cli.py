"""`python -m bench`: seed (or reuse) each size, serve, measure every page, print the table.

python -m bench                          # PostgreSQL, small and large (what `make bench` runs)
python -m bench --db sqlite --size small --pages ideas,idea-20-comments
python -m bench --profile ideas-page-50 --size large
python -m bench --smoke                  # tiny SQLite database, in-process, no servers
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bench import load, report, seed, smoke
from bench.inprocess import InProcess
from bench.login import login_over_http
from bench.memory import measure_memory
from bench.pages import PAGES, key, select_pages
from bench.servers import WORKERS, Server, gunicorn_path
from bench.settings import RESULTS, app_config, postgresql_url, server_environment, sqlite_url
from participation.app import create_app


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--size", choices=("small", "large", "both"), default="both")
    parser.add_argument("--pages", help="comma-separated page names (see --list-pages)")
    parser.add_argument("--list-pages", action="store_true", help="show the page names")
    parser.add_argument("--duration", type=int, default=10, help="seconds per page (10)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up seconds per page (3)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (8)")
    parser.add_argument("--reseed", action="store_true", help="seed anew even if seeded")
    parser.add_argument("--profile", metavar="PAGE", help="profile one page in-process")
    parser.add_argument("--profile-requests", type=int, default=50, metavar="N")
    parser.add_argument("--smoke", action="store_true", help="tiny SQLite run, no servers")
    parser.add_argument("--results", type=Path, default=RESULTS, help="output folder")
    return parser.parse_args(argv)


def database_url(kind: str, size: str, folder: Path) -> str:
    return postgresql_url() if kind == "postgresql" else sqlite_url(size, folder)


def size_order(args: argparse.Namespace) -> list[str]:
    """Both sizes share the PostgreSQL database: measure the one it holds first."""
    if args.size != "both":
        return [args.size]
    if args.db == "postgresql":
        marker = seed.read_marker(postgresql_url()) or {}
        if marker.get("size") == "large":
            return ["large", "small"]
    return ["small", "large"]


def measure_size(url: str, size: str, meta: dict, pages, settings, folder: Path) -> list:
    """Every page under load, each on freshly started servers: requests that one page's run
    left queued never count against the next page."""

    def environment(base_url: str) -> dict[str, str]:
        return server_environment(url, base_url)

    def server(app: str) -> Server:
        return Server(app, environment, folder / "logs" / f"{app.split(':')[0]}-{size}.log")

    rows = []
    floor, app_pages = pages[0], [page for page in pages if not page.floor]
    conditions = {"load_average_at_start": f"{os.getloadavg()[0]:.2f}"}
    with server("bench.hello:app") as hello:
        rows.append(
            _row(size, floor, "/", load.measure(hello.base_url, floor, "/", None, settings))
        )
    with server("wsgi:app") as first:
        logins = smoke.logins_for(app_pages, meta, lambda *a: login_over_http(first.base_url, *a))
    runner = InProcess(create_app(app_config(url, folder / "instance", delivery="thread")))
    try:
        prepared = []
        for page in app_pages:
            login = logins.get(page.as_user)
            path = runner.resolve(page, page.url_path(meta), login)
            prepared.append((page, path, login, runner.count(page, path, login)))
    finally:
        runner.close()
    for page, path, login, counted in prepared:
        with server("wsgi:app") as platform:
            result = load.measure(platform.base_url, page, path, login, settings)
        rows.append(_row(size, page, path, result, counted))
    with server("wsgi:app") as platform:
        conditions |= measure_memory(platform, prepared, settings)
    # The floor once more: how much the machine's state drifted during the run.
    with server("bench.hello:app") as hello:
        again = load.measure(hello.base_url, floor, "/", None, settings)
    conditions["floor_req_s_at_end"] = f"{again.requests_per_second:.0f}"
    conditions["load_average_at_end"] = f"{os.getloadavg()[0]:.2f}"
    return rows, conditions


def _row(size, page, path, result, counted=None) -> report.Row:
    row = report.Row(
        page.name,
        path,
        floor=page.floor,
        requests_per_second=result.requests_per_second,
        p50_ms=result.p50_ms,
        p99_ms=result.p99_ms,
        requests=result.requests,
        errors=result.errors,
        socket_errors=result.socket_errors,
        expected=page.expect,
        status=counted.status if counted else None,
        statements=counted.statements if counted else None,
    )
    sql = f"SQL {counted.statements:3}" if counted else "       "
    warning = f"  answered {counted.status}!" if counted and counted.status != page.expect else ""
    p50, p99 = (report.number(value, 2) for value in (result.p50_ms, result.p99_ms))
    print(
        f"[{size}] {page.name:28} {result.requests_per_second:8.1f} req/s  "
        f"p50 {p50:>8} ms  p99 {p99:>8} ms  {sql}{warning}",
        flush=True,
    )
    return row


def run_smoke() -> int:
    with tempfile.TemporaryDirectory() as folder:
        results = smoke.run(Path(folder))
    smoke.print_results(results)
    failed = [result for result in results if not result.ok]
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list_pages:
        for page in PAGES:
            print(f"{key(page):28} {page.method:4} {page.path}  {page.as_user or ''}")
        return 0
    if args.smoke:
        return run_smoke()
    folder = args.results
    if args.profile:
        from bench.profile import profile_page

        page = select_pages([args.profile])[-1]
        size = "large" if args.size == "both" else args.size
        url = database_url(args.db, size, folder)
        meta = seed.ensure_seeded(url, size, folder / "instance", args.reseed)
        profile_page(url, size, meta, page, args.profile_requests, folder, args.db)
        return 0
    pages = select_pages(args.pages.split(",") if args.pages else None)
    load.wrk_path()
    gunicorn_path()
    settings = load.WrkSettings(args.threads, args.connections, args.duration, args.warmup)
    server = f"gunicorn {WORKERS} sync workers per app (wsgi:app; bench.hello:app for the floor)"
    run = report.Run(database="", wrk=settings.describe(), server=server)
    for size in size_order(args):
        url = database_url(args.db, size, folder)
        run.database = report.safe_url(url) if args.db == "postgresql" else f"SQLite, {url}"
        meta = seed.ensure_seeded(url, size, folder / "instance", args.reseed)
        rows, conditions = measure_size(url, size, meta, pages, settings, folder)
        run.add(size, rows, meta, conditions)
    run.sizes = {size: run.sizes[size] for size in ("small", "large") if size in run.sizes}
    print()
    print(report.as_text(run))
    for path in report.write(run, folder, args.db):
        print(f"written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
