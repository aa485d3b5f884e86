"""Assessment and decision pages (filled in by the assessment UI work)."""

from flask import Blueprint

bp = Blueprint("assessment", __name__)
