"""Named rate limits counted in the limiter's storage (memory by default, Redis in production).

Views call `allow()` after reading the form, so a refused attempt re-renders the form with
what was typed and status 429 instead of losing it on an error page. Where only failures
should count (logging in), `exhausted()` looks without counting and `record()` counts.

With `RATELIMIT_STORAGE_URI=memory://` every process counts for itself; with Redis all
processes share the counts. When Redis does not answer, counting goes on in memory (logged
once) rather than failing requests.
"""

import logging
import threading

from flask import Flask, current_app, request
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter

from participation.extensions import limiter

log = logging.getLogger(__name__)
_fallback = FixedWindowRateLimiter(MemoryStorage())
_storage_down = False


def client_address() -> str:
    return request.remote_addr or "unknown"


def _call(method: str, name: str, key: str) -> bool:
    """Ask the configured storage (or the in-memory fallback while it is down)."""
    global _storage_down  # one flag per process, so that an outage is logged once
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    item = parse(current_app.config[f"RATELIMIT_{name}"])
    identifiers = (current_app.config["RATELIMIT_KEY_PREFIX"], name.lower(), key)
    try:
        result = getattr(limiter.limiter, method)(item, *identifiers)
    except Exception as error:  # the storage's own errors differ per backend
        if not _storage_down:
            log.warning("Rate-limit storage failed (%s); counting in memory meanwhile.", error)
        _storage_down = True
        return getattr(_fallback, method)(item, *identifiers)
    if _storage_down:
        log.warning("Rate-limit storage answers again.")
        _storage_down = False
    return result


def allow(name: str, key: str) -> bool:
    """Count one attempt against the configured limit `RATELIMIT_<name>` for `key`."""
    return _call("hit", name, key)


def exhausted(name: str, key: str) -> bool:
    """Whether `key` has used up `RATELIMIT_<name>` (without counting an attempt)."""
    return not _call("test", name, key)


def record(name: str, key: str) -> None:
    """Count one attempt (e.g. a failed login) against `RATELIMIT_<name>`."""
    _call("hit", name, key)


def reset() -> None:
    """Forget every count (tests)."""
    global _storage_down
    _storage_down = False
    _fallback.storage.reset()
    limiter.reset()


def warn_if_per_process(app: Flask) -> None:
    """Per-process counting multiplies the limits by the number of processes: a serving
    process says so once, at its first request (commands stay quiet)."""
    if app.testing or not app.config.get("RATELIMIT_ENABLED", True):
        return
    if not app.config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
        return
    warned = threading.Event()

    @app.before_request
    def _warn_once() -> None:
        if not warned.is_set():
            warned.set()
            log.warning(
                "Rate limits are counted per process (RATELIMIT_STORAGE_URI=memory://). With "
                "several worker processes set RATELIMIT_STORAGE_URI=redis://…, so that the "
                "limits hold for the whole installation."
            )
