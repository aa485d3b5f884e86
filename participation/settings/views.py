"""The uploaded logo, served by the app under an address that changes with the file."""

from flask import Blueprint, Response, abort
from sqlalchemy import select
from sqlalchemy.orm import undefer

from participation.extensions import db
from participation.settings.definitions import LOGO
from participation.settings.models import SiteSetting

bp = Blueprint("site", __name__)
YEAR = 365 * 24 * 3600


@bp.get("/site/logo/<digest>")
def logo(digest: str):
    row = db.session.scalar(
        select(SiteSetting).where(SiteSetting.key == LOGO).options(undefer(SiteSetting.data))
    )
    if row is None or not row.value or row.value["digest"] != digest or row.data is None:
        abort(404)
    response = Response(row.data, mimetype=row.value["content_type"])
    response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
