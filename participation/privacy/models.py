"""Legal text versions, feedback reports and the acceptance of the terms of participation."""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.core.models import UTCDateTime, sql_in, utcnow
from participation.extensions import db
from participation.users.models import User


class LegalKind(enum.StrEnum):
    IMPRINT = "imprint"
    PRIVACY = "privacy"
    ACCESSIBILITY = "accessibility"
    TERMS = "terms"
    EASY_LANGUAGE = "easy_language"


class LegalTextVersion(db.Model):
    """One saved version of a legal text, in German and (optionally) English. The newest
    version of a kind is the one shown; older ones stay as its history."""

    __tablename__ = "legal_text_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int]
    body_de: Mapped[str] = mapped_column(Text)
    body_de_html: Mapped[str] = mapped_column(Text)
    body_en: Mapped[str] = mapped_column(Text, default="")
    body_en_html: Mapped[str] = mapped_column(Text, default="")
    # Terms only: participants accept a material change again at their next login.
    material: Mapped[bool] = mapped_column(default=False)
    # Leichte Sprache only: where the explanation in German Sign Language (DGS) is.
    sign_language_url: Mapped[str | None] = mapped_column(String(500))
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    editor: Mapped[User | None] = relationship(lazy="joined")

    __table_args__ = (
        UniqueConstraint("kind", "version", name="one_per_version"),
        CheckConstraint(f"kind IN {sql_in(LegalKind)}", name="kind_known"),
    )


class FeedbackKind(enum.StrEnum):
    ACCESSIBILITY = "accessibility"  # a barrier, BITV 2.0 feedback mechanism
    CONTACT = "contact"  # a message to the moderation team


class FeedbackReport(db.Model):
    """A message sent through the feedback or contact form, with or without an account."""

    __tablename__ = "feedback_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    page_url: Mapped[str] = mapped_column(String(500), default="")
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    closed_by: Mapped[User | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint(f"kind IN {sql_in(FeedbackKind)}", name="kind_known"),
        Index("ix_feedback_reports_open", "closed_at", "created_at", "id"),
    )


class TermsAcceptance(db.Model):
    """A participant accepted the terms of participation in a version (0: the draft)."""

    __tablename__ = "terms_acceptances"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
