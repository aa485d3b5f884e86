"""The administration area's overview and the audit log (with its CSV export)."""

from datetime import date

from flask import Blueprint, abort, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from participation.admin import queries
from participation.audit import readable
from participation.audit.log import audit
from participation.audit.registry import KINDS
from participation.core.csv_export import csv_response
from participation.core.forms import ActionForm, commit
from participation.core.overview import SECTIONS
from participation.core.permissions import requires
from participation.core.urls import FIRST_YEAR, LAST_YEAR, keep_in_links, whole_number
from participation.users.permissions import can_administer

bp = Blueprint("admin", __name__, url_prefix="/admin")
admins_only = requires(can_administer)
PER_PAGE = 50
CSV_LIMIT = 10_000


@bp.get("")
@admins_only
def overview():
    sections = [(section, section.figures()) for section in SECTIONS.values()]
    return render_template("admin/overview.html", sections=sections)


def _date(name: str) -> date | None:
    text = request.args.get(name, "")
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        abort(400)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        abort(400)
    return day


def _audit_filters() -> readable.Filters:
    kind = request.values.get("kind", "")
    filters = readable.Filters(
        kind=kind if kind in KINDS else "",
        actor_id=whole_number(request.values.get("actor")),
        date_from=_date("from"),
        date_to=_date("to"),
    )
    keep_in_links(
        kind=filters.kind,
        actor=filters.actor_id,
        **{"from": request.values.get("from", ""), "to": request.values.get("to", "")},
    )
    return filters


@bp.get("/audit")
@admins_only
def audit_log():
    filters = _audit_filters()
    page = readable.page(filters, PER_PAGE)
    return render_template(
        "admin/audit.html",
        entries=page,
        rows=readable.readable(page.items),
        filters=filters,
        kinds=KINDS,
        people=queries.staff_people(),
    )


@bp.post("/audit.csv")
@admins_only
def audit_csv():
    """A download of personal data: a POST (it is itself recorded in the audit log)."""
    if not ActionForm().validate_on_submit():
        abort(400)
    filters = _audit_filters()
    entries = readable.newest(filters, CSV_LIMIT)
    rows = [
        (
            row.entry.created_at.isoformat(timespec="seconds"),
            row.entry.actor.display_name if row.entry.actor else "",
            row.kind_label,
            row.sentence,
            row.target_label,
            row.entry.reason or "",
        )
        for row in readable.readable(entries)
    ]
    header = (_("When"), _("Who"), _("Kind"), _("What"), _("Object"), _("Reason"))
    commit(lambda: audit(current_user, "audit_log_exported", current_user._get_current_object()))
    return csv_response("audit-log.csv", header, rows)
