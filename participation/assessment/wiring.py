"""What the assessment feature adds to the idea workflow at start-up: an idea is assessed only
with a complete pre-assessment, and decided only with its decision recorded."""

from flask import Flask
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from participation.assessment.labels import OUTCOME_LABELS
from participation.assessment.models import OUTCOME_STATUS, Decision, DecisionOutcome
from participation.assessment.services import find_assessment
from participation.audit import registry
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, IdeaStatus, StatusChange


def complete_assessment(idea: Idea, _note: str | None):
    assessment = find_assessment(idea)
    if assessment is None or not assessment.is_complete:
        return None, _("The pre-assessment must be complete first.")
    return None


def _decision_recorded(outcome: DecisionOutcome) -> workflow.Requirement:
    """The newest decision on the idea has this outcome and was taken in its current state."""

    def recorded(idea: Idea, _note: str | None):
        decision = db.session.scalar(
            select(Decision).where(Decision.idea_id == idea.id).order_by(Decision.id.desc())
        )
        entered = db.session.scalar(
            select(func.max(StatusChange.created_at)).where(StatusChange.idea_id == idea.id)
        )
        if decision is None or decision.outcome != outcome or decision.created_at < entered:
            return None, _("Record the decision first.")
        return None

    return recorded


DECISION_RECORDED = {outcome: _decision_recorded(outcome) for outcome in DecisionOutcome}


def decision_sentence(names) -> str:
    outcome = names["outcome"]
    return _(
        "%(actor)s recorded the decision of %(body)s on %(target)s: “%(outcome)s”.",
        actor=names["actor"],
        body=names["body"],
        target=names["target"],
        outcome=OUTCOME_LABELS.get(outcome, outcome),
    )


def register(_app: Flask) -> None:
    registry.register_kind("assessment", _l("Assessments and decisions"))
    registry.register_action(
        "assessment_completed",
        "assessment",
        _l("%(actor)s completed the pre-assessment of %(target)s."),
    )
    registry.register_action("decision", "assessment", decision_sentence)
    workflow.require(IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED, complete_assessment)
    for outcome, status in OUTCOME_STATUS.items():
        workflow.require(IdeaStatus.ASSESSED, status, DECISION_RECORDED[outcome])
