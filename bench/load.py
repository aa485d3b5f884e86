"""Driving a server with wrk and reading its report (requests/s, p50, p99, errors)."""

import re
import shutil
import subprocess
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from bench.login import Login
from bench.pages import Page
from bench.servers import WORKERS

SUPPORT_SCRIPT = Path(__file__).resolve().parent / "support.lua"
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass(frozen=True)
class WrkSettings:
    threads: int = 2
    connections: int = 8
    duration: int = 10  # seconds measured
    warmup: int = 3  # seconds of warm-up before each measured run

    def describe(self) -> str:
        return (
            f"wrk -t{self.threads} -c{self.connections} -d{self.duration}s --latency, after a "
            f"{self.warmup} s warm-up per page (wrk -t1 -c{WORKERS})"
        )


@dataclass
class LoadResult:
    requests_per_second: float
    p50_ms: float | None  # None when no request finished within the run
    p99_ms: float | None
    requests: int
    errors: int  # responses other than 2xx/3xx
    socket_errors: int  # connect, read, write errors and timeouts


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install -y wrk)")
    return path


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * UNITS_MS[unit]


def parse(output: str) -> LoadResult:
    """Read wrk's `--latency` report."""
    percentiles = dict(re.findall(r"^\s+(\d+)%\s+(\S+)\s*$", output, re.MULTILINE))
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    total = re.search(r"^\s+(\d+) requests in", output, re.MULTILINE)
    if not (rate and total and "50" in percentiles and "99" in percentiles):
        raise RuntimeError(f"cannot read wrk's report:\n{output}")
    errors = socket_errors = 0
    if found := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors = int(found.group(1))
    if found := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        socket_errors = sum(int(part) for part in found.groups())
    requests = int(total.group(1))
    return LoadResult(
        float(rate.group(1)),
        _milliseconds(percentiles["50"]) if requests else None,
        _milliseconds(percentiles["99"]) if requests else None,
        requests,
        errors,
        socket_errors,
    )


def run_wrk(
    base_url: str,
    page: Page,
    path: str,
    login: Login | None,
    seconds: int,
    threads: int,
    connections: int,
) -> LoadResult:
    command = [
        wrk_path(),
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "30s",
        "--latency",
    ]
    if page.method == "POST":
        token = urllib.parse.quote(login.csrf_token, safe="")
        command += ["-s", str(SUPPORT_SCRIPT), f"{base_url}{path}", "--", path, login.cookie, token]
    else:
        if login is not None:
            command += ["-H", f"Cookie: {login.cookie}"]
        command.append(f"{base_url}{path}")
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise RuntimeError(f"wrk failed: {finished.stderr or finished.stdout}")
    return parse(finished.stdout)


def measure(
    base_url: str, page: Page, path: str, login: Login | None, settings: WrkSettings
) -> LoadResult:
    """A warm-up run (its figures are dropped), then the measured run.

    The warm-up keeps one connection per worker: when it stops, at most that many requests
    are still being served, rather than a queue of them delaying the measured run.
    """
    if settings.warmup:
        run_wrk(base_url, page, path, login, settings.warmup, 1, WORKERS)
    return run_wrk(
        base_url, page, path, login, settings.duration, settings.threads, settings.connections
    )
