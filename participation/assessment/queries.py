"""Reading assessments: the public part on idea pages, the matrix, priorities, decision paper.

Every list is one query (ideas with their assessments, categories and authors joined) and is
bounded; visibility rules come from `ideas.queries.visible_to`.
"""

from dataclasses import dataclass

from sqlalchemy import Float, Select, cast, func, select

from participation.assessment.models import OUTCOME_STATUS, Assessment, Decision
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Category, Idea
from participation.ideas.queries import visible_to

MATRIX_LIMIT = 500
PRIORITIES_LIMIT = 200
PAPER_LIMIT = 50


@dataclass(frozen=True)
class PublicAssessment:
    assessment: Assessment
    decision: Decision | None


@dataclass(frozen=True)
class Assessed:
    """An idea with its (complete) assessment, for lists."""

    idea: Idea
    assessment: Assessment

    @property
    def ratio(self) -> float:
        return self.assessment.benefit / self.assessment.effort

    @property
    def quick_win(self) -> bool:
        return self.assessment.benefit >= 4 and self.assessment.effort <= 2


def public_assessment(idea: Idea) -> PublicAssessment | None:
    """What the idea page may show: a completed assessment, and the decision behind the
    idea's current status. Drafts are never public."""
    if not workflow.assessment_public(idea):
        return None
    newest = select(func.max(Decision.id)).where(Decision.idea_id == idea.id).scalar_subquery()
    found = db.session.execute(
        select(Assessment, Decision)
        .outerjoin(Decision, Decision.id == newest)
        .where(Assessment.idea_id == idea.id)
    ).first()
    if found is None or found.Assessment.completed_at is None:
        return None
    assessment, decision = found.Assessment, found.Decision
    if workflow.awaits_decision(idea):
        decision = None
    if decision is not None and OUTCOME_STATUS[decision.outcome] != idea.status:
        decision = None  # e.g. rejected without a formal decision after an earlier deferral
    return PublicAssessment(assessment, decision)


def _assessed(*conditions) -> Select:
    return (
        select(Idea, Assessment)
        .join(Assessment, Assessment.idea_id == Idea.id)
        .where(
            Assessment.completed_at.is_not(None),
            Assessment.effort.is_not(None),
            Assessment.benefit.is_not(None),
            *conditions,
        )
    )


def _rows(query: Select) -> list[Assessed]:
    return [Assessed(idea, assessment) for idea, assessment in db.session.execute(query)]


@dataclass
class MatrixFilters:
    category: str = ""
    status: str = ""

    def active(self) -> bool:
        return bool(self.category or self.status)


def matrix_rows(user, filters: MatrixFilters) -> list[Assessed]:
    """Assessed-or-later ideas `user` may see; best benefit, then least effort first."""
    assessed = workflow.statuses_where("assessment_public")
    statuses = [filters.status] if filters.status in assessed else assessed
    query = _assessed(Idea.status.in_(statuses), *visible_to(user))
    if filters.category:
        query = query.join(Idea.category).where(Category.slug == filters.category)
    query = query.order_by(
        Assessment.benefit.desc(), Assessment.effort, Idea.support_count.desc(), Idea.id
    )
    return _rows(query.limit(MATRIX_LIMIT))


def _ratio():
    return cast(Assessment.benefit, Float) / Assessment.effort


def priorities(user) -> list[Assessed]:
    """Ideas awaiting a decision: best benefit/effort ratio first, then most support."""
    awaiting = Idea.status.in_(workflow.statuses_where("awaits_decision"))
    query = _assessed(awaiting, *visible_to(user, include_hidden=True))
    query = query.order_by(_ratio().desc(), Idea.support_count.desc(), Idea.id)
    return _rows(query.limit(PRIORITIES_LIMIT))


def paper_rows(user, idea_ids: list[int]) -> list[Assessed]:
    """The selected ideas with a completed assessment, in priority order."""
    if not idea_ids:
        return []
    query = _assessed(Idea.id.in_(idea_ids[:PAPER_LIMIT]), *visible_to(user, include_hidden=True))
    query = query.order_by(_ratio().desc(), Idea.support_count.desc(), Idea.id)
    return _rows(query)
