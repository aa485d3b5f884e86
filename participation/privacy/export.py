"""The data export (GDPR Art. 15 and 20): a ZIP with `daten.json` (machine-readable, see
`export_schema.json`) and `daten.html` (to read), of every registered category.

The link is signed and expires after DATA_EXPORT_LINK_HOURS; it works only for the person
it was made for, while logged in. Each request for a link is written to the audit log.
"""

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flask import current_app, render_template
from itsdangerous import BadSignature, URLSafeTimedSerializer

from participation.audit.log import audit
from participation.privacy.registry import registrations
from participation.privacy.settings import site_setting
from participation.users.models import User

SALT = "data-export"
SCHEMA_PATH = Path(__file__).with_name("export_schema.json")
FORMAT_VERSION = 1


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def link_lifetime() -> timedelta:
    return timedelta(hours=site_setting("DATA_EXPORT_LINK_HOURS"))


def request_export(user: User) -> tuple[str, datetime]:
    """A download token for `user` and when it expires; logged."""
    audit(user, "privacy.data_exported", user)
    return _serializer().dumps({"uid": user.id}), datetime.now(UTC) + link_lifetime()


def token_user_id(token: str) -> int | None:
    try:
        data = _serializer().loads(token, max_age=int(link_lifetime().total_seconds()))
    except BadSignature:
        return None
    return data.get("uid") if isinstance(data, dict) else None


def collect(user: User) -> dict:
    """Everything stored about `user`, by category."""
    data = {entry.category: entry.export(user) for entry in registrations() if entry.export}
    return {
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(),
        "platform": current_app.config["BASE_URL"],
        "categories": data,
    }


def build_zip(user: User) -> bytes:
    data = collect(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("daten.json", json.dumps(data, ensure_ascii=False, indent=2, default=str))
        archive.writestr("daten.html", render_template("privacy/export.html", data=data))
    return buffer.getvalue()
