"""Comments on ideas. Deleting keeps the row (and the thread's shape) without the text."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import HideableMixin, UTCDateTime, utcnow
from participation.extensions import db
from participation.ideas.models import Idea
from participation.users.models import User


class Comment(HideableMixin, db.Model):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    idea: Mapped[Idea] = relationship()

    __table_args__ = (
        Index("ix_comments_idea_id_created_at", "idea_id", "created_at"),
        Index("ix_comments_author_created", "author_id", "created_at", "id"),
        Index("ix_comments_reported", "open_report_count", "id"),
        Index("ix_comments_hidden", "hidden_at", "id"),
    )

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
