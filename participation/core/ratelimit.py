"""Named rate limits counted in the limiter's storage (memory by default, Redis in production).

Views call `allow()` after reading the form, so a refused attempt re-renders the form with
what was typed and status 429 instead of losing it on an error page.
"""

from flask import current_app, request
from limits import parse

from participation.extensions import limiter


def client_address() -> str:
    return request.remote_addr or "unknown"


def allow(name: str, key: str) -> bool:
    """Count one attempt against the configured limit `RATELIMIT_<name>` for `key`."""
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return True
    item = parse(current_app.config[f"RATELIMIT_{name}"])
    return limiter.limiter.hit(item, name.lower(), key)
