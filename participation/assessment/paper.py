"""The decision paper (Beschlussvorlage) as a spreadsheet: one row per idea."""

from datetime import date

from flask import current_app
from flask_babel import gettext as _

from participation.assessment.labels import FIELD_LABELS, RECOMMENDATION_LABELS
from participation.assessment.queries import Assessed
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.urls import idea_url

COLUMNS = (
    "effort",
    "benefit",
    "chances",
    "risks",
    "cost_min_eur",
    "cost_max_eur",
    "duration_months",
    "earliest_start",
    "legally_required",
    "legal_basis",
    "responsible_department",
    "recommendation",
    "public_summary",
)


def filename() -> str:
    return f"decision-paper-{date.today().isoformat()}.csv"


def header() -> list[str]:
    return [
        _("Reference"),
        _("Title"),
        _("Field of action"),
        _("Status"),
        _("Supports"),
        _("Summary"),
        *(str(FIELD_LABELS[name]) for name in COLUMNS),
        _("Link"),
    ]


def _cell(row: Assessed, name: str):
    value = getattr(row.assessment, name)
    if name == "legally_required":
        return _("yes") if value else _("no")
    if name == "recommendation" and value:
        return str(RECOMMENDATION_LABELS[value])
    return value


def rows(items: list[Assessed], locale: str) -> list[list]:
    return [
        [
            row.idea.reference,
            row.idea.title,
            row.idea.category.name(locale),
            str(STATUS_LABELS[row.idea.status]),
            row.idea.support_count,
            row.idea.summary,
            *(_cell(row, name) for name in COLUMNS),
            current_app.config["BASE_URL"] + idea_url(row.idea),
        ]
        for row in items
    ]
