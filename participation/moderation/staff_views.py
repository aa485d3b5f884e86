"""Staff pages: the moderation queue, actions on ideas, comments and users, the audit log."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/moderation")
