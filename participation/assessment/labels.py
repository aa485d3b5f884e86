"""UI names for assessment fields, scales, recommendations and outcomes; euro amounts."""

from flask_babel import format_decimal, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.assessment.models import DecisionOutcome, Recommendation

# The meaning of the 1–5 scales for effort and benefit.
SCALE_LABELS = {
    1: _l("very low"),
    2: _l("low"),
    3: _l("medium"),
    4: _l("high"),
    5: _l("very high"),
}

RECOMMENDATION_LABELS = {
    Recommendation.RECOMMEND: _l("Recommend"),
    Recommendation.DO_NOT_RECOMMEND: _l("Do not recommend"),
    Recommendation.NEEDS_MORE_INFORMATION: _l("Needs more information"),
}

OUTCOME_LABELS = {
    DecisionOutcome.ACCEPTED: _l("Accepted"),
    DecisionOutcome.REJECTED: _l("Rejected"),
    DecisionOutcome.DEFERRED: _l("Deferred"),
}

FIELD_LABELS = {
    "effort": _l("Effort"),
    "benefit": _l("Benefit"),
    "chances": _l("Chances"),
    "risks": _l("Risks"),
    "cost_min_eur": _l("Cost from (EUR)"),
    "cost_max_eur": _l("Cost up to (EUR)"),
    "duration_months": _l("Duration (months)"),
    "earliest_start": _l("Earliest start"),
    "legally_required": _l("Required by law, e.g. by the Onlinezugangsgesetz (OZG)"),
    "legal_basis": _l("Legal basis"),
    "data_protection_notes": _l("Data protection"),
    "it_security_notes": _l("IT security"),
    "responsible_department": _l("Responsible department"),
    "recommendation": _l("Recommendation"),
    "public_summary": _l("Public summary of the recommendation"),
    "internal_remarks": _l("Internal remarks (staff only, never published)"),
}

# Suggestions for the deciding body; proper names of German bodies, not translated.
DECIDING_BODIES = (
    "Rat der Stadt",
    "Verwaltungsvorstand",
    "Hauptausschuss",
    "Ausschuss für Digitalisierung",
)


def scale(value: int | None) -> str:
    """A value on the 1–5 scale with its meaning, e.g. "4 – high"."""
    if value is None:
        return "–"
    return f"{value} – {SCALE_LABELS[value]}"


def euros(amount: int) -> str:
    """A whole euro amount in the locale's number format: "25.000 €" in German."""
    return f"{format_decimal(amount)}\u00a0€"


def cost_range(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return "–"
    if low == high:
        return euros(low)
    return _("%(low)s to %(high)s", low=euros(low), high=euros(high))


def months(count: int | None) -> str:
    if count is None:
        return "–"
    return ngettext("%(num)d month", "%(num)d months", count)


def quarter(value: str | None) -> str:
    """A quarter like "2027-Q2" as "Q2 2027" (German: "2. Quartal 2027")."""
    if not value:
        return "–"
    year, _sep, number = value.partition("-Q")
    return _("Q%(quarter)s %(year)s", quarter=number, year=year)
