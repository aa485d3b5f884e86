"""Planned periods: a month ("2027-03") or a quarter ("2027-Q1"), stored as a date + precision."""

import re
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _

from participation.core.errors import ValidationFailed
from participation.roadmap.models import Precision

MONTH = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])$")
QUARTER = re.compile(r"^(20\d\d)-Q([1-4])$")


def parse_period(text: str | None, field: str) -> tuple[date | None, str]:
    """Read "2027-03" or "2027-Q1"; empty is allowed (not planned yet)."""
    text = (text or "").strip().upper()
    if not text:
        return None, Precision.QUARTER
    if match := QUARTER.match(text):
        return date(int(match[1]), 3 * int(match[2]) - 2, 1), Precision.QUARTER
    if match := MONTH.match(text):
        return date(int(match[1]), int(match[2]), 1), Precision.MONTH
    raise ValidationFailed(
        {field: _("Please enter a month like 2027-03 or a quarter like 2027-Q1.")}
    )


def period_input(value: date | None, precision: str) -> str:
    """The form's text for a stored period."""
    if value is None:
        return ""
    if precision == Precision.QUARTER:
        return f"{value.year}-Q{(value.month - 1) // 3 + 1}"
    return f"{value.year}-{value.month:02d}"


def period_label(value: date | None, precision: str) -> str:
    """Human label in the current locale: "Q1 2027" or "März 2027"."""
    if value is None:
        return _("not yet planned")
    if precision == Precision.QUARTER:
        return _("Q%(quarter)d %(year)d", quarter=(value.month - 1) // 3 + 1, year=value.year)
    return format_date(value, "MMMM yyyy")


def quarter_of(value: date) -> tuple[int, int]:
    return value.year, (value.month - 1) // 3 + 1


def period_end(value: date, precision: str) -> date:
    """The last month of a period, as its first day (for timelines)."""
    if precision == Precision.QUARTER:
        return date(value.year, value.month + 2, 1)
    return value
