"""The pre-assessment of an idea and the decisions taken on it."""

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import UTCDateTime, sql_in, utcnow
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import User


class Recommendation(enum.StrEnum):
    RECOMMEND = "recommend"
    DO_NOT_RECOMMEND = "do_not_recommend"
    NEEDS_MORE_INFORMATION = "needs_more_information"


class DecisionOutcome(enum.StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DEFERRED = "deferred"


# The status a decision moves its idea to.
OUTCOME_STATUS = {
    DecisionOutcome.ACCEPTED: IdeaStatus.ACCEPTED,
    DecisionOutcome.REJECTED: IdeaStatus.REJECTED,
    DecisionOutcome.DEFERRED: IdeaStatus.DEFERRED,
}


# Fields that must be filled before an assessment counts as complete.
REQUIRED_FIELDS = (
    "effort",
    "benefit",
    "chances",
    "risks",
    "cost_min_eur",
    "cost_max_eur",
    "duration_months",
    "earliest_start",
    "responsible_department",
    "recommendation",
    "public_summary",
)


class Assessment(db.Model):
    """Phase 1: one per idea. Its public part is shown once the idea is assessed."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), unique=True)
    effort: Mapped[int | None]
    benefit: Mapped[int | None]
    chances: Mapped[str | None] = mapped_column(Text)
    risks: Mapped[str | None] = mapped_column(Text)
    cost_min_eur: Mapped[int | None]
    cost_max_eur: Mapped[int | None]
    duration_months: Mapped[int | None]
    earliest_start: Mapped[str | None] = mapped_column(String(7))  # e.g. "2027-Q2"
    legally_required: Mapped[bool] = mapped_column(default=False)
    legal_basis: Mapped[str | None] = mapped_column(Text)  # e.g. the OZG service concerned
    data_protection_notes: Mapped[str | None] = mapped_column(Text)
    it_security_notes: Mapped[str | None] = mapped_column(Text)
    responsible_department: Mapped[str | None] = mapped_column(String(200))
    recommendation: Mapped[str | None] = mapped_column(String(30))
    public_summary: Mapped[str | None] = mapped_column(Text)
    internal_remarks: Mapped[str | None] = mapped_column(Text)  # staff only
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    idea: Mapped[Idea] = relationship()
    updated_by: Mapped[User | None] = relationship()

    __table_args__ = (
        CheckConstraint("effort BETWEEN 1 AND 5", name="effort_range"),
        CheckConstraint("benefit BETWEEN 1 AND 5", name="benefit_range"),
        CheckConstraint("cost_min_eur >= 0 AND cost_max_eur >= cost_min_eur", name="cost_range"),
        CheckConstraint("duration_months > 0", name="duration_positive"),
        CheckConstraint(
            f"recommendation IS NULL OR recommendation IN {sql_in(Recommendation)}",
            name="recommendation_known",
        ),
    )

    def missing_fields(self) -> list[str]:
        return [name for name in REQUIRED_FIELDS if getattr(self, name) in (None, "")]

    @property
    def is_complete(self) -> bool:
        return not self.missing_fields()


class Decision(db.Model):
    """Phase 2: what a body decided about an idea, when, and why (public)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(String(200))
    decided_on: Mapped[date] = mapped_column(Date)
    reasoning: Mapped[str | None] = mapped_column(Text)
    document_url: Mapped[str | None] = mapped_column(String(500))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    idea: Mapped[Idea] = relationship()
    recorded_by: Mapped[User] = relationship()

    __table_args__ = (
        CheckConstraint(f"outcome IN {sql_in(DecisionOutcome)}", name="outcome_known"),
    )
