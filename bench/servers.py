"""gunicorn servers for the platform and for the hello-world floor, with identical settings."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from functools import cache
from pathlib import Path

from bench.settings import ROOT

WORKERS = 2
# The same for both apps: 2 sync workers on a free local port; a generous timeout, so that a
# slow page shows up as latency rather than as killed workers.
GUNICORN_SETTINGS = ("--workers", str(WORKERS), "--worker-class", "sync", "--timeout", "120")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def gunicorn_path() -> str:
    path = Path(sys.executable).parent / "gunicorn"
    if not path.exists():
        raise SystemExit("gunicorn is missing: `make bench` installs it (the bench extra)")
    return str(path)


@cache
def gunicorn_settings() -> tuple[str, ...]:
    """GUNICORN_SETTINGS, without the control socket of newer versions: it has one fixed path
    per user, which servers started side by side would fight over."""
    usage = subprocess.run([gunicorn_path(), "--help"], capture_output=True, text=True).stdout
    return (
        *GUNICORN_SETTINGS,
        *(["--no-control-socket"] if "--no-control-socket" in usage else []),
    )


class Server:
    """`with Server("wsgi:app", environment) as server:` serves until the block ends;
    `environment(base_url)` gives the server's environment variables."""

    def __init__(self, app: str, environment, log_path: Path):
        self.app = app
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.environment = environment(self.base_url)
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Server":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log = self.log_path.open("ab")
        command = [
            gunicorn_path(),
            *gunicorn_settings(),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--chdir",
            str(ROOT),
            self.app,
        ]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.environment, stdout=self.log, stderr=self.log
        )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.app} did not start; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/", timeout=30):
                    return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.app} did not answer within {timeout:.0f} s")

    def __exit__(self, *_exc) -> None:
        """Quick shutdown (SIGINT): requests still queued from a load run are dropped rather
        than served into the next measurement (the log shows them as SystemExit tracebacks)."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()
