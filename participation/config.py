"""Settings from the environment, with safe defaults for the embedded setup.

Every setting can be given as an environment variable of the same name. The
defaults run with no server at all: SQLite in the instance folder, e-mail to
the console, rate limits in memory.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from participation.users.oidc.settings import load_providers

ROOT = Path(__file__).resolve().parent.parent


def _env_list(name: str) -> list[str]:
    return [part.strip().lower() for part in os.environ.get(name, "").split(",") if part.strip()]


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def load_secret_key(instance_path: Path) -> str:
    """Return SECRET_KEY from the environment, or one generated once into the instance folder."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return key_file.read_text().strip()


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for plain PostgreSQL URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


class Config:
    """Production-ready defaults; read once when the app is created."""

    def __init__(self, instance_path: Path):
        self.SECRET_KEY = load_secret_key(instance_path)
        self.SQLALCHEMY_DATABASE_URI = normalise_database_url(
            os.environ.get("DATABASE_URL", f"sqlite:///{instance_path / 'mitwirken.sqlite'}")
        )
        self.BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:5000").rstrip("/")
        https = urlsplit(self.BASE_URL).scheme == "https"
        self.SESSION_COOKIE_SECURE = https
        self.REMEMBER_COOKIE_SECURE = https
        self.PREFERRED_URL_SCHEME = "https" if https else "http"
        self.TRUSTED_PROXY_COUNT = _env_int("TRUSTED_PROXY_COUNT", 0)

        self.MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
        self.MAIL_PORT = _env_int("MAIL_PORT", 25)
        self.MAIL_USERNAME = os.environ.get("MAIL_USERNAME") or None
        self.MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or None
        self.MAIL_USE_TLS = _env_bool("MAIL_USE_TLS", False)
        self.MAIL_USE_SSL = _env_bool("MAIL_USE_SSL", False)
        self.MAIL_TIMEOUT = _env_int("MAIL_TIMEOUT", 10)
        self.MAIL_DEFAULT_SENDER = os.environ.get(
            "MAIL_DEFAULT_SENDER", "Mitwirken <noreply@localhost>"
        )
        # Without an SMTP server, e-mails are written to the console.
        self.MAIL_BACKEND = "smtp" if self.MAIL_SERVER else "console"

        self.RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
        # Switched off only for load tests; several installations on one Redis need prefixes.
        self.RATELIMIT_ENABLED = _env_bool("RATELIMIT_ENABLED", True)
        self.RATELIMIT_KEY_PREFIX = os.environ.get("RATELIMIT_KEY_PREFIX", "mitwirken")
        self.MEILISEARCH_URL = os.environ.get("MEILISEARCH_URL", "").rstrip("/")
        # Search uses Meilisearch when MEILISEARCH_URL is set (the key: its master or an
        # admin API key), else the database; index names start with the prefix.
        self.MEILISEARCH_KEY = os.environ.get("MEILISEARCH_KEY", "")
        self.MEILISEARCH_INDEX_PREFIX = os.environ.get("MEILISEARCH_INDEX_PREFIX", "mitwirken_")
        # Defaults of the site settings; a value set in the administration area wins.
        self.MUNICIPALITY_NAME = os.environ.get("MUNICIPALITY_NAME", "")
        self.PLATFORM_NAME = os.environ.get("PLATFORM_NAME", "Mitwirken")
        self.MODERATION_CONTACT_EMAIL = os.environ.get("MODERATION_CONTACT_EMAIL", "")
        self.EMPLOYEE_EMAIL_DOMAINS = _env_list("EMPLOYEE_EMAIL_DOMAINS")
        # Reports from this many distinct users hide an idea or comment until moderated.
        self.AUTO_HIDE_REPORT_THRESHOLD = _env_int("AUTO_HIDE_REPORT_THRESHOLD", 3)
        # Roadmap items without a progress update for longer are flagged on the staff overview.
        self.ROADMAP_STALE_DAYS = _env_int("ROADMAP_STALE_DAYS", 90)
        # Pages for anonymous visitors kept per process (0: none), and for at most so long.
        self.PAGE_CACHE_SIZE = _env_int("PAGE_CACHE_SIZE", 1000)
        self.PAGE_CACHE_SECONDS = _env_int("PAGE_CACHE_SECONDS", 300)
        # Open data: who publishes it and under which licence (a DCAT-AP.de licence URI).
        self.OPEN_DATA_PUBLISHER = os.environ.get("OPEN_DATA_PUBLISHER", "Mitwirken")
        self.OPEN_DATA_TITLE = os.environ.get(
            "OPEN_DATA_TITLE", f"Offene Daten: {self.OPEN_DATA_PUBLISHER}"
        )
        self.OPEN_DATA_LICENSE = os.environ.get(
            "OPEN_DATA_LICENSE", "Datenlizenz Deutschland – Namensnennung 2.0"
        )
        self.OPEN_DATA_LICENSE_URL = os.environ.get(
            "OPEN_DATA_LICENSE_URL", "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
        )
        self.OPEN_DATA_ATTRIBUTION = os.environ.get("OPEN_DATA_ATTRIBUTION", "")
        # The portal's id of the publishing body (dcatde:contributorID), e.g. a GovData URI.
        self.OPEN_DATA_CONTRIBUTOR_ID = os.environ.get("OPEN_DATA_CONTRIBUTOR_ID", "")
        # Who delivers e-mails and index updates after a commit: a background thread in each
        # process ("thread"), or only `flask outbox work` ("worker"); "inline" is for tests.
        self.OUTBOX_DELIVERY = os.environ.get("OUTBOX_DELIVERY", "thread")
        # The operator, named in the legal texts' starting versions, and who gets messages.
        self.CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "")
        self.ACCESSIBILITY_CONTACT_EMAIL = os.environ.get("ACCESSIBILITY_CONTACT_EMAIL", "")
        self.PRIVACY_CONTACT_EMAIL = os.environ.get("PRIVACY_CONTACT_EMAIL", "")
        # Retention (`flask privacy purge`) and how long a data export link works.
        self.UNCONFIRMED_ACCOUNT_DAYS = _env_int("UNCONFIRMED_ACCOUNT_DAYS", 14)
        self.OUTBOX_RETENTION_DAYS = _env_int("OUTBOX_RETENTION_DAYS", 30)
        self.DATA_EXPORT_LINK_HOURS = _env_int("DATA_EXPORT_LINK_HOURS", 24)
        if self.OUTBOX_DELIVERY not in {"thread", "worker", "inline"}:
            raise ValueError("OUTBOX_DELIVERY must be thread, worker or inline")
        # Single sign-on: OIDC_PROVIDERS and one group of OIDC_<NAME>_* variables per provider.
        self.OIDC_PROVIDERS = load_providers(os.environ)
        # false: accounts with a role beyond citizen must log in through a provider.
        self.PASSWORD_LOGIN_FOR_STAFF = _env_bool("PASSWORD_LOGIN_FOR_STAFF", True)
        if not self.PASSWORD_LOGIN_FOR_STAFF and not self.OIDC_PROVIDERS:
            raise ValueError("PASSWORD_LOGIN_FOR_STAFF=false needs an OIDC provider")

    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    MAX_FORM_MEMORY_SIZE = 512 * 1024

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    # The CSRF token lives as long as the session: writing a long idea must not expire the form.
    WTF_CSRF_TIME_LIMIT = None

    LANGUAGES = ("de", "en")
    BABEL_DEFAULT_LOCALE = "de"
    BABEL_DEFAULT_TIMEZONE = "Europe/Berlin"
    BABEL_TRANSLATION_DIRECTORIES = str(ROOT / "translations")

    # Failed logins only: per client address, per account from devices it was never used on,
    # and per device that has logged in to the account before (so strangers' guesses cannot
    # lock its owner out).
    RATELIMIT_LOGIN_PER_IP = "20 per 10 minutes"
    RATELIMIT_LOGIN_PER_EMAIL = "10 per 10 minutes"
    RATELIMIT_LOGIN_PER_DEVICE = "10 per 10 minutes"
    RATELIMIT_REGISTER = "10 per hour"
    RATELIMIT_RESET = "5 per hour"
    RATELIMIT_ACCOUNT_MAIL = "5 per hour"
    RATELIMIT_POST = "30 per hour"
    RATELIMIT_VOTE = "200 per hour"
    RATELIMIT_REPORT = "30 per hour"
    RATELIMIT_EVENT_REGISTRATION = "30 per hour"
    RATELIMIT_EVENT_IMPORT = "30 per hour"
    RATELIMIT_FEEDBACK = "5 per hour"
    # REST API requests, per token (or per client address without one).
    RATELIMIT_API = "600 per minute"

    IDEAS_PER_PAGE = 20
    EVENTS_PER_PAGE = 20
    # CSV imports of ideas; the confirmation carries the file back (base64, under
    # MAX_FORM_MEMORY_SIZE).
    EVENT_IMPORT_MAX_BYTES = 256 * 1024

    CONFIRM_TOKEN_MAX_AGE = int(timedelta(days=2).total_seconds())
    RESET_TOKEN_MAX_AGE = int(timedelta(hours=1).total_seconds())
    INVITATION_TOKEN_MAX_AGE = int(timedelta(days=7).total_seconds())
    SITE_LOGO_MAX_BYTES = 256 * 1024
    # Argon2id parameters (RFC 9106 second recommended option); changing them rehashes at login.
    ARGON2_TIME_COST = 3
    ARGON2_MEMORY_COST = 64 * 1024
    ARGON2_PARALLELISM = 4

    OUTBOX_MAX_ATTEMPTS = 12


class TestConfig(Config):
    """Isolated, fast settings for the test suite."""

    def __init__(self, instance_path: Path, database_url: str):
        os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
        super().__init__(instance_path)
        self.SQLALCHEMY_DATABASE_URI = normalise_database_url(database_url)
        self.MAIL_BACKEND = "locmem"
        self.MAIL_SERVER = ""
        self.EMPLOYEE_EMAIL_DOMAINS = ["stadt-beispiel.de"]
        self.RATELIMIT_STORAGE_URI = "memory://"
        self.RATELIMIT_ENABLED = True
        self.RATELIMIT_KEY_PREFIX = "mitwirken-test"
        # The database backend; tests of Meilisearch configure it themselves.
        self.MEILISEARCH_URL = ""
        self.MEILISEARCH_INDEX_PREFIX = "mitwirken_test_"
        self.BASE_URL = "http://localhost"
        self.SESSION_COOKIE_SECURE = False
        self.REMEMBER_COOKIE_SECURE = False
        self.OUTBOX_DELIVERY = "inline"
        self.MUNICIPALITY_NAME = "Beispielstadt"
        self.CONTACT_EMAIL = "moderation@beispielstadt.example"
        self.ACCESSIBILITY_CONTACT_EMAIL = "barrierefreiheit@beispielstadt.example"
        self.PRIVACY_CONTACT_EMAIL = "datenschutz@beispielstadt.example"
        self.OIDC_PROVIDERS = {}
        self.PASSWORD_LOGIN_FOR_STAFF = True

    TESTING = True
    # Tests send many requests at once (races); each may also deliver the outbox inline.
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 20, "max_overflow": 40}
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST = 1024
    ARGON2_PARALLELISM = 1
