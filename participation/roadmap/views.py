"""Public roadmap pages and staff tools (being written)."""

from flask import Blueprint

from participation.roadmap import models  # noqa: F401 - registers the tables

bp = Blueprint("roadmap", __name__, url_prefix="/roadmap")
