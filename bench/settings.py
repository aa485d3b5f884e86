"""Where the benchmark keeps its files, and the one configuration its app processes share.

The gunicorn servers read the environment from `server_environment`; in-process apps (SQL
counts, profiles, the smoke mode) get the same settings from `app_config`.
"""

import os
from pathlib import Path

from participation.config import Config, normalise_database_url

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
DEFAULT_POSTGRESQL_URL = "postgresql://postgres@127.0.0.1:5432/bench"
# Signs the benchmark's sessions, in the servers and in-process alike.
SECRET_KEY = "bench-only-secret-key-not-for-production"


def postgresql_url() -> str:
    return os.environ.get("BENCH_DATABASE_URL") or DEFAULT_POSTGRESQL_URL


def sqlite_url(size: str, folder: Path = RESULTS) -> str:
    return f"sqlite:///{folder / f'bench-{size}.sqlite'}"


def server_environment(database_url: str, base_url: str) -> dict[str, str]:
    """What a gunicorn worker of the app reads (the app takes its settings from here)."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET_KEY,
        "RATELIMIT_ENABLED": "false",
        "BASE_URL": base_url,
        "MEILISEARCH_URL": "",
    }


def app_config(
    database_url: str, folder: Path, *, delivery: str, fast_hashing: bool = False
) -> Config:
    """The servers' settings for an app created in this process.

    `delivery` is the outbox's (OUTBOX_DELIVERY): "inline" after each commit (seeding, smoke
    mode) or "thread"; `fast_hashing` uses the test suite's cheap Argon2
    parameters (smoke mode only: hashes keep their parameters, so logins stay cheap too).
    """
    folder.mkdir(parents=True, exist_ok=True)
    config = Config(folder)
    config.SECRET_KEY = SECRET_KEY
    config.SQLALCHEMY_DATABASE_URI = normalise_database_url(database_url)
    config.RATELIMIT_ENABLED = False
    config.MEILISEARCH_URL = ""
    config.BASE_URL = "http://localhost"
    config.SESSION_COOKIE_SECURE = config.REMEMBER_COOKIE_SECURE = False
    config.OUTBOX_DELIVERY = delivery
    if fast_hashing:
        config.ARGON2_TIME_COST, config.ARGON2_MEMORY_COST, config.ARGON2_PARALLELISM = 1, 1024, 1
    return config
