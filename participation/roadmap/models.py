"""Roadmap items with milestones, progress updates, indicators and an evaluation; cycles."""

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import TimestampMixin, UTCDateTime, sql_in, utcnow
from participation.extensions import db
from participation.ideas.models import Category, Idea
from participation.users.models import User


class ItemStatus(enum.StrEnum):
    """The statuses of a roadmap item; what each means lives in `roadmap.workflow`."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    DONE = "done"
    CANCELLED = "cancelled"


class Precision(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


roadmap_item_ideas = Table(
    "roadmap_item_ideas",
    db.metadata,
    Column("item_id", ForeignKey("roadmap_items.id", ondelete="CASCADE"), primary_key=True),
    # An idea is implemented by at most one roadmap item.
    Column("idea_id", ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True, unique=True),
)


class RoadmapItem(TimestampMixin, db.Model):
    __tablename__ = "roadmap_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    description_html: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    vision_id: Mapped[int | None] = mapped_column(ForeignKey("visions.id", ondelete="SET NULL"))
    responsible_department: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
    # The visibility of its ideas, which all share it; internal: only the administration sees it.
    visibility: Mapped[str] = mapped_column(String(10), default="public")
    start_on: Mapped[date | None] = mapped_column(Date)
    start_precision: Mapped[str] = mapped_column(String(10), default=Precision.QUARTER)
    end_on: Mapped[date | None] = mapped_column(Date)
    end_precision: Mapped[str] = mapped_column(String(10), default=Precision.QUARTER)
    status: Mapped[str] = mapped_column(String(20), default=ItemStatus.PLANNED)
    status_reason: Mapped[str | None] = mapped_column(Text)
    progress: Mapped[int] = mapped_column(default=0)
    progress_from_milestones: Mapped[bool] = mapped_column(default=False)
    budget_eur: Mapped[int | None]
    last_update_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    category: Mapped[Category] = relationship(lazy="joined", innerjoin=True)
    # Loaded when asked for (the item page), not with every list.
    ideas: Mapped[list[Idea]] = relationship(secondary=roadmap_item_ideas, order_by=Idea.id)
    milestones: Mapped[list["Milestone"]] = relationship(
        back_populates="item",
        cascade="all, delete-orphan",
        order_by="Milestone.due_on, Milestone.id",
    )
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="item",
        cascade="all, delete-orphan",
        order_by="Indicator.id",
    )
    evaluation: Mapped["Evaluation | None"] = relationship(
        back_populates="item", cascade="all, delete-orphan", uselist=False, lazy="joined"
    )

    __table_args__ = (
        CheckConstraint(f"status IN {sql_in(ItemStatus)}", name="status_known"),
        CheckConstraint("visibility IN ('public', 'internal')", name="visibility_known"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress_range"),
        CheckConstraint("budget_eur IS NULL OR budget_eur >= 0", name="budget_positive"),
        CheckConstraint(f"start_precision IN {sql_in(Precision)}", name="start_precision_known"),
        CheckConstraint(f"end_precision IN {sql_in(Precision)}", name="end_precision_known"),
    )

    @property
    def is_internal(self) -> bool:
        return self.visibility == "internal"


class Milestone(db.Model):
    __tablename__ = "milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("roadmap_items.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    item: Mapped[RoadmapItem] = relationship(back_populates="milestones")


class ProgressUpdate(db.Model):
    """A dated post on an item's public history, optionally with new progress or status."""

    __tablename__ = "progress_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_items.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    progress: Mapped[int | None]
    status: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship(lazy="joined")
    item: Mapped[RoadmapItem] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint("progress IS NULL OR progress BETWEEN 0 AND 100", name="progress_range"),
    )


class Indicator(db.Model):
    """A success criterion: from baseline towards target, e.g. minutes of waiting 40 -> 8."""

    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("roadmap_items.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40))
    baseline: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    target: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    current: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    measured_on: Mapped[date | None] = mapped_column(Date)
    # Filled by the evaluation.
    reached: Mapped[bool | None]

    item: Mapped[RoadmapItem] = relationship(back_populates="indicators")

    __table_args__ = (CheckConstraint("target != baseline", name="target_differs"),)

    @property
    def percent(self) -> int:
        """How far the current value has moved from baseline towards target, 0–100."""
        if self.current is None or self.target == self.baseline:
            return 0
        try:
            share = (self.current - self.baseline) / (self.target - self.baseline)
            return max(0, min(100, round(share * 100)))
        except ArithmeticError:  # values that are not finite numbers: nothing to show
            return 0


class Evaluation(db.Model):
    """Phase 4: what came out of a finished item."""

    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_items.id", ondelete="CASCADE"), unique=True
    )
    summary: Mapped[str] = mapped_column(Text)
    lessons_learned: Mapped[str] = mapped_column(Text)
    next_steps: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    item: Mapped[RoadmapItem] = relationship(back_populates="evaluation")
    follow_up_ideas: Mapped[list[Idea]] = relationship(
        secondary="evaluation_follow_ups", order_by=Idea.id
    )


evaluation_follow_ups = Table(
    "evaluation_follow_ups",
    db.metadata,
    Column("evaluation_id", ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True),
    Column("idea_id", ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True),
)


class ItemFollow(db.Model):
    __tablename__ = "roadmap_follows"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("roadmap_items.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
