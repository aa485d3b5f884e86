"""Worker memory after many requests: one server, every page in turn, until 10,000 requests
have been served; then the resident memory (RSS) of its largest worker."""

from pathlib import Path

from bench.load import WrkSettings, run_wrk
from bench.servers import Server

MIN_REQUESTS = 10_000
SECONDS_PER_PAGE = 2


def worker_rss_mb(master_pid: int) -> list[float]:
    """The resident memory of the processes whose parent is `master_pid` (Linux /proc)."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
        except OSError:
            continue  # the process ended while we looked
        if int(fields["PPid"]) == master_pid and "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sizes


def measure_memory(server: Server, prepared: list, settings: WrkSettings) -> dict[str, str]:
    """`prepared`: (page, path, login, counted) per page, as the table measured them."""
    served = 0
    while served < MIN_REQUESTS:
        for page, path, login, _counted in prepared:
            served += run_wrk(
                server.base_url,
                page,
                path,
                login,
                SECONDS_PER_PAGE,
                settings.threads,
                settings.connections,
            ).requests
    largest = max(worker_rss_mb(server.process.pid), default=0.0)
    return {"memory_requests": str(served), "worker_rss_mb": f"{largest:.0f}"}
