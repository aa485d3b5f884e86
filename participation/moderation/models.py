"""Reports about ideas and comments, one per user and item."""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.comments.models import Comment
from participation.core.models import UTCDateTime, sql_in, utcnow
from participation.extensions import db
from participation.ideas.models import Idea
from participation.users.models import User


class ReportReason(enum.StrEnum):
    SPAM = "spam"
    OFFENSIVE = "offensive"
    PERSONAL_DATA = "personal_data"
    OFF_TOPIC = "off_topic"
    OTHER = "other"


class Report(db.Model):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    idea_id: Mapped[int | None] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), index=True
    )
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when a moderator dealt with the item (dismissed the reports or hid it).
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    reporter: Mapped[User] = relationship(lazy="joined")
    idea: Mapped[Idea | None] = relationship()
    comment: Mapped[Comment | None] = relationship()

    __table_args__ = (
        UniqueConstraint("reporter_id", "idea_id", name="one_per_idea"),
        UniqueConstraint("reporter_id", "comment_id", name="one_per_comment"),
        CheckConstraint("(idea_id IS NULL) != (comment_id IS NULL)", name="exactly_one_target"),
        CheckConstraint(
            f"reason IN {sql_in(ReportReason)}",
            name="reason_known",
        ),
    )


class InternalNote(db.Model):
    """A note on an idea for staff only; never shown publicly, exported or indexed."""

    __tablename__ = "internal_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship(lazy="joined")
