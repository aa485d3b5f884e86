"""The result table: plain text on stdout, the same as Markdown and JSON in bench/results/.

One row per page; per size its requests/s, median and 99th-percentile latency, requests/s
as a percentage of the hello-world floor measured in the same run, and the SQL statements
of one request; with both sizes, the growth of the median latency from small to large.
"""

import json
import os
import platform
import subprocess
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from bench.settings import ROOT


@dataclass
class Row:
    page: str
    path: str
    floor: bool = False
    requests_per_second: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    requests: int | None = None
    errors: int = 0  # answers other than 2xx/3xx under load
    socket_errors: int = 0
    status: int | None = None  # of the in-process request
    expected: int = 200
    statements: int | None = None
    floor_percent: float | None = None


@dataclass
class Run:
    database: str
    wrk: str
    server: str
    sizes: dict[str, list[Row]] = field(default_factory=dict)
    seeds: dict[str, dict] = field(default_factory=dict)
    conditions: dict[str, dict] = field(default_factory=dict)  # load average, floor drift
    started: datetime = field(default_factory=lambda: datetime.now(UTC))

    def add(self, size: str, rows: list[Row], seed: dict, conditions: dict) -> None:
        floor = next((row for row in rows if row.floor), None)
        if floor and floor.requests_per_second:
            for row in rows:
                if row.requests_per_second is not None:
                    row.floor_percent = 100 * row.requests_per_second / floor.requests_per_second
        self.sizes[size] = rows
        self.seeds[size] = seed
        self.conditions[size] = conditions

    def growth(self) -> dict[str, float]:
        if not {"small", "large"} <= set(self.sizes):
            return {}
        small = {row.page: row for row in self.sizes["small"]}
        ratios = {}
        for row in self.sizes["large"]:
            before = small.get(row.page)
            if before and before.p50_ms and row.p50_ms:
                ratios[row.page] = row.p50_ms / before.p50_ms
        return ratios


def git_commit() -> str:
    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return result.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    branch = git("rev-parse", "--abbrev-ref", "HEAD")
    dirty = " + uncommitted changes" if git("status", "--porcelain") else ""
    return f"{commit} ({branch}{dirty})"


def safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def header(run: Run) -> list[str]:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [
        f"Mitwirken load benchmark, {run.started:%Y-%m-%d %H:%M} UTC",
        f"commit {git_commit()}; database {run.database}",
        f"{run.wrk}; {run.server}",
        f"machine: {os.cpu_count()} CPUs, load average {load:.2f} at the end, "
        f"Python {platform.python_version()}, {platform.node()}",
        "% floor = req/s / req/s of the hello-world app in the same run x 100; "
        "SQL = statements of one request; growth = p50 large / p50 small",
    ]


def number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if value >= 1000 else f"{value:.{digits}f}"


def table(run: Run) -> tuple[list[str], list[list[str]]]:
    columns = ["page"]
    for size in run.sizes:
        columns += [f"{size} req/s", "p50 ms", "p99 ms", "% floor", "SQL"]
    growth = run.growth()
    if growth:
        columns.append("growth")
    pages = [row.page for row in next(iter(run.sizes.values()))]
    by_size = {size: {row.page: row for row in rows} for size, rows in run.sizes.items()}
    lines = []
    for page in pages:
        line = [page]
        for size in run.sizes:
            row = by_size[size].get(page)
            if row is None:
                line += ["-"] * 5
                continue
            sql = "-" if row.statements is None else str(row.statements)
            if row.status is not None and row.status != row.expected:
                sql += f" ({row.status}!)"
            line += [
                number(row.requests_per_second),
                number(row.p50_ms, 2),
                number(row.p99_ms, 2),
                number(row.floor_percent),
                sql,
            ]
        if growth:
            line.append(f"{growth[page]:.2f}" if page in growth else "-")
        lines.append(line)
    return columns, lines


def notes(run: Run) -> list[str]:
    found = []
    for size, rows in run.sizes.items():
        seed = run.seeds.get(size, {})
        if seed.get("seconds"):
            found.append(f"{size}: seeded in {seed['seconds']} s ({seed.get('rows_ideas')} ideas)")
        conditions = run.conditions.get(size, {})
        floor = next((row for row in rows if row.floor), None)
        if conditions and floor:
            found.append(
                f"{size}: floor {floor.requests_per_second:.0f} req/s at the start, "
                f"{conditions['floor_req_s_at_end']} at the end; load average "
                f"{conditions['load_average_at_start']} at the start, "
                f"{conditions['load_average_at_end']} at the end"
            )
        if "worker_rss_mb" in conditions:
            found.append(
                f"{size}: largest worker {conditions['worker_rss_mb']} MB resident after "
                f"{int(conditions['memory_requests']):,} requests over every page"
            )
        for row in rows:
            if row.requests == 0:
                found.append(f"{size} / {row.page}: no request finished within the run")
            if row.errors:
                found.append(
                    f"{size} / {row.page}: {row.errors} of {row.requests} answers were not 2xx/3xx"
                )
            if row.socket_errors:
                found.append(f"{size} / {row.page}: {row.socket_errors} socket errors (wrk)")
    return found


def as_text(run: Run) -> str:
    columns, lines = table(run)
    widths = [max(len(cell) for cell in column) for column in zip(columns, *lines, strict=True)]

    def render(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest])

    body = [render(columns), "  ".join("-" * width for width in widths), *map(render, lines)]
    return "\n".join([*header(run), "", *body, "", *notes(run)]) + "\n"


def as_markdown(run: Run) -> str:
    columns, lines = table(run)
    rows = [f"| {' | '.join(columns)} |", "|" + "---|" + "---:|" * (len(columns) - 1)]
    rows += [f"| {' | '.join(line)} |" for line in lines]
    found = notes(run)
    return (
        "\n".join(
            [
                f"# {header(run)[0]}",
                "",
                *(f"- {line}" for line in header(run)[1:]),
                "",
                *rows,
                "",
                *(f"- {line}" for line in found),
            ]
        )
        + "\n"
    )


def as_json(run: Run) -> str:
    document = {
        "title": header(run)[0],
        "date": run.started.isoformat(),
        "commit": git_commit(),
        "database": run.database,
        "wrk": run.wrk,
        "server": run.server,
        "cpus": os.cpu_count(),
        "sizes": {
            size: {
                "seed": run.seeds.get(size, {}),
                "conditions": run.conditions.get(size, {}),
                "pages": [asdict(row) for row in rows],
            }
            for size, rows in run.sizes.items()
        },
        "growth_p50_large_over_small": run.growth(),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write(run: Run, folder: Path, kind: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"bench-{run.started:%Y%m%d-%H%M%S}-{kind}"
    written = []
    for suffix, text in ((".md", as_markdown(run)), (".json", as_json(run))):
        path = stem.with_suffix(suffix)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
