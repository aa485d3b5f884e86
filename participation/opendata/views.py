"""Open data downloads (placeholder, filled below)."""

from flask import Blueprint

bp = Blueprint("opendata", __name__, url_prefix="/open-data")


@bp.get("")
def index():
    return ""
