"""Ideas and what hangs directly on them: categories, tags, revisions, status, votes, follows."""

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import HideableMixin, TimestampMixin, UTCDateTime, sql_in, utcnow
from participation.extensions import db
from participation.users.models import User


class IdeaStatus(enum.StrEnum):
    """The statuses of an idea; what each means lives in `ideas.workflow`."""

    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    ASSESSED = "assessed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"
    MERGED = "merged"


class Visibility(enum.StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"


class Category(db.Model):
    """A field of action (Handlungsfeld), named in every UI language."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name_de: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    description_de: Mapped[str] = mapped_column(String(300), default="")
    description_en: Mapped[str] = mapped_column(String(300), default="")
    colour: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(default=0)
    # Archived fields of action keep their ideas but are not offered for new ones.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("length(colour) = 7", name="colour_hex"),)

    def name(self, locale: str) -> str:
        return self.name_en if str(locale) == "en" else self.name_de

    def description(self, locale: str) -> str:
        return self.description_en if str(locale) == "en" else self.description_de


idea_tags = Table(
    "idea_tags",
    db.metadata,
    Column("idea_id", ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(db.Model):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class IdeaCounter(db.Model):
    """The last reference number handed out per year."""

    __tablename__ = "idea_counters"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Idea(HideableMixin, TimestampMixin, db.Model):
    __tablename__ = "ideas"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    number: Mapped[int]
    slug: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(120))
    summary: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text)
    description_html: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    visibility: Mapped[str] = mapped_column(String(10), default=Visibility.PUBLIC)
    status: Mapped[str] = mapped_column(String(20), default=IdeaStatus.SUBMITTED)
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id"))
    # Ideas collected at an event stay out of the moderation queue until handed over.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    entered_by_note: Mapped[str | None] = mapped_column(Text)  # entered for participants
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    vision_id: Mapped[int | None] = mapped_column(ForeignKey("visions.id", ondelete="SET NULL"))
    # Ideas it might be merged into, found by the search after it changed (moderation queue).
    merge_candidates: Mapped[list[int] | None] = mapped_column(JSON)
    support_count: Mapped[int] = mapped_column(default=0, server_default="0")
    comment_count: Mapped[int] = mapped_column(default=0, server_default="0")
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    category: Mapped[Category] = relationship(lazy="joined", innerjoin=True)
    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    # Loaded when asked for (the idea page), not with every list.
    tags: Mapped[list[Tag]] = relationship(secondary=idea_tags, order_by=Tag.name)
    merged_into: Mapped["Idea | None"] = relationship(remote_side=[id])

    __table_args__ = (
        UniqueConstraint("year", "number", name="reference"),
        CheckConstraint(f"visibility IN {sql_in(Visibility)}", name="visibility_known"),
        CheckConstraint(f"status IN {sql_in(IdeaStatus)}", name="status_known"),
        CheckConstraint("support_count >= 0", name="support_count_not_negative"),
        CheckConstraint("comment_count >= 0", name="comment_count_not_negative"),
        CheckConstraint("handed_over_at IS NULL OR event_id IS NOT NULL", name="handover_event"),
        # One index per order of the lists (see ideas.queries.ORDERS) and of the queue.
        Index("ix_ideas_newest", "created_at", "id"),
        Index("ix_ideas_supported", "support_count", "created_at", "id"),
        Index("ix_ideas_discussed", "comment_count", "created_at", "id"),
        Index("ix_ideas_active", "last_activity_at", "id"),
        Index("ix_ideas_status_created", "status", "created_at", "id"),
        Index("ix_ideas_reported", "open_report_count", "id"),
        Index("ix_ideas_hidden", "hidden_at", "id"),
        Index("ix_ideas_vision", "vision_id", "created_at", "id"),
    )

    @property
    def reference(self) -> str:
        return f"{self.year}-{self.number:04d}"

    @property
    def is_internal(self) -> bool:
        return self.visibility == Visibility.INTERNAL

    def __repr__(self) -> str:
        return f"<Idea {self.reference} {self.status}>"


class IdeaRevision(db.Model):
    """One edit of an idea by its author: what changed, from what to what."""

    __tablename__ = "idea_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)

    editor: Mapped[User] = relationship(lazy="joined")


class StatusChange(db.Model):
    """The public timeline of an idea; written only by `ideas.workflow`."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User | None] = relationship(lazy="joined")


class Vote(db.Model):
    """Support (Unterstützung): one per user and idea, guaranteed by the database."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("idea_id", "user_id", name="one_per_user"),)


class Follow(db.Model):
    __tablename__ = "follows"

    idea_id: Mapped[int] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
