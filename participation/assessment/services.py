"""Saving pre-assessments, completing them, and recording decisions."""

import re
from datetime import date
from urllib.parse import urlsplit

from flask_babel import gettext as _
from sqlalchemy import select

from participation.assessment.labels import FIELD_LABELS, euros
from participation.assessment.models import (
    OUTCOME_STATUS,
    Assessment,
    Decision,
    DecisionOutcome,
    Recommendation,
)
from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.models import utcnow
from participation.core.permissions import ensure
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import User
from participation.users.permissions import can_moderate

TEXT_FIELDS = (
    "chances",
    "risks",
    "legal_basis",
    "data_protection_notes",
    "it_security_notes",
    "responsible_department",
    "public_summary",
    "internal_remarks",
)
NUMBER_FIELDS = ("effort", "benefit", "cost_min_eur", "cost_max_eur", "duration_months")
QUARTER = re.compile(r"^(20\d\d)-Q([1-4])$")
TEXT_MAX = 5_000
# Column limits below TEXT_MAX (PostgreSQL refuses longer values with an error).
FIELD_MAX = {"responsible_department": 200}
COST_MAX_EUR = 1_000_000_000  # well inside a 32-bit INTEGER column
DURATION_MAX_MONTHS = 240


def find_assessment(idea: Idea) -> Assessment | None:
    return db.session.scalar(select(Assessment).where(Assessment.idea_id == idea.id))


def latest_decision(idea: Idea) -> Decision | None:
    return db.session.scalar(
        select(Decision).where(Decision.idea_id == idea.id).order_by(Decision.id.desc())
    )


def _check(values: dict) -> dict:
    """Clean the submitted values; raise with every problem at once."""
    reasons, cleaned = {}, {}
    for name in TEXT_FIELDS:
        text = (values.get(name) or "").strip()
        limit = FIELD_MAX.get(name, TEXT_MAX)
        if len(text) > limit:
            reasons[name] = _("Please use at most %(max)d characters.", max=limit)
        cleaned[name] = text or None
    for name in NUMBER_FIELDS:
        cleaned[name] = values.get(name)
    for name in ("effort", "benefit"):
        if cleaned[name] is not None and not 1 <= cleaned[name] <= 5:
            reasons[name] = _("Please choose a value from 1 to 5.")
    low, high = cleaned["cost_min_eur"], cleaned["cost_max_eur"]
    for name in ("cost_min_eur", "cost_max_eur"):
        if cleaned[name] is not None and cleaned[name] < 0:
            reasons[name] = _("The cost cannot be negative.")
        elif cleaned[name] is not None and cleaned[name] > COST_MAX_EUR:
            reasons[name] = _("Please enter at most %(max)s.", max=euros(COST_MAX_EUR))
    if low is not None and high is not None and 0 <= low <= COST_MAX_EUR and high < low:
        reasons["cost_max_eur"] = _("The upper bound must not be below the lower bound.")
    duration = cleaned["duration_months"]
    if duration is not None and not 1 <= duration <= DURATION_MAX_MONTHS:
        reasons["duration_months"] = _(
            "Please enter from 1 to %(max)d months.", max=DURATION_MAX_MONTHS
        )
    start = (values.get("earliest_start") or "").strip().upper()
    if start and not QUARTER.match(start):
        reasons["earliest_start"] = _("Please enter a quarter like 2027-Q2.")
    cleaned["earliest_start"] = start or None
    recommendation = values.get("recommendation") or None
    if recommendation is not None and recommendation not in set(Recommendation):
        reasons["recommendation"] = _("Please choose a recommendation.")
    cleaned["recommendation"] = recommendation
    cleaned["legally_required"] = bool(values.get("legally_required"))
    if reasons:
        raise ValidationFailed(reasons)
    return cleaned


def save_assessment(idea: Idea, actor: User, values: dict) -> Assessment:
    """Save a draft; incomplete drafts are fine while the idea is in review.

    A draft is not complete: an assessment reworked in a later cycle (after a deferral) is
    complete again only when `complete_assessment` says so, so a draft is never published.
    """
    ensure(can_moderate, actor)
    if not workflow.assessment_editable(idea):
        raise ValidationFailed({None: _("Ideas can be assessed while they are in review.")})
    cleaned = _check(values)
    assessment = find_assessment(idea) or Assessment(idea_id=idea.id)
    for name, value in cleaned.items():
        setattr(assessment, name, value)
    assessment.updated_by_id = actor.id
    assessment.completed_at = None
    db.session.add(assessment)
    db.session.flush()
    return assessment


def complete_assessment(idea: Idea, actor: User, values: dict) -> Assessment:
    """Save, require every field, and move the idea to `assessed` (public from then on)."""
    assessment = save_assessment(idea, actor, values)
    reasons = {
        name: _("Please fill in “%(field)s” to complete the assessment.", field=FIELD_LABELS[name])
        for name in assessment.missing_fields()
    }
    if assessment.legally_required and not assessment.legal_basis:
        reasons["legal_basis"] = _("Please name the law or OZG service that requires it.")
    if reasons:
        raise ValidationFailed(reasons)
    assessment.completed_at = utcnow()
    workflow.change_status(idea, IdeaStatus.ASSESSED, actor, assessment.public_summary)
    audit(actor, "assessment_completed", idea)
    return assessment


def _document_url(url: str) -> str | None:
    url = (url or "").strip()
    if not url:
        return None
    refusal = ValidationFailed({"document_url": _("Please enter a web address (https://…).")})
    if len(url) > 500 or any(char.isspace() or ord(char) < 32 for char in url):
        raise refusal
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "https://[::1" (a broken IPv6 host)
        raise refusal from None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise refusal
    return url


def record_decision(
    idea: Idea,
    actor: User,
    *,
    outcome: str,
    body: str,
    decided_on: date | None,
    reasoning: str = "",
    document_url: str = "",
) -> Decision:
    ensure(can_moderate, actor)
    if not workflow.awaits_decision(idea):
        raise ValidationFailed({None: _("Only assessed ideas can be decided.")})
    reasons = {}
    if outcome not in set(DecisionOutcome):
        reasons["outcome"] = _("Please choose the outcome.")
    body = " ".join((body or "").split())
    if not body or len(body) > 200:
        reasons["body"] = _("Please name the deciding body.")
    if decided_on is None:
        reasons["decided_on"] = _("Please enter the date of the decision.")
    reasoning = (reasoning or "").strip()
    if outcome in {DecisionOutcome.REJECTED, DecisionOutcome.DEFERRED} and not reasoning:
        reasons["reasoning"] = _("A rejection or deferral needs a public reason.")
    if len(reasoning) > TEXT_MAX:
        reasons["reasoning"] = _("Please use at most %(max)d characters.", max=TEXT_MAX)
    try:
        url = _document_url(document_url)
    except ValidationFailed as failure:
        reasons.update(failure.reasons)
    if reasons:
        raise ValidationFailed(reasons)
    decision = Decision(
        idea_id=idea.id,
        outcome=outcome,
        body=body,
        decided_on=decided_on,
        reasoning=reasoning or None,
        document_url=url,
        recorded_by_id=actor.id,
    )
    db.session.add(decision)
    db.session.flush()
    workflow.change_status(idea, OUTCOME_STATUS[outcome], actor, reasoning or None)
    audit(actor, "decision", idea, reasoning or None, outcome=outcome, body=body)
    return decision
