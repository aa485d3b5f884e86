"""The yearly cycle: a programme per year with visions that ideas and roadmap items serve."""

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from participation.extensions import db


class Cycle(db.Model):
    """A yearly strategy cycle, e.g. "Digitalisierungsprogramm 2026", with its visions."""

    __tablename__ = "cycles"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    visions: Mapped[list["Vision"]] = relationship(
        back_populates="cycle", order_by="(Vision.position, Vision.id)", lazy="selectin"
    )


class Vision(db.Model):
    """Where the municipality wants to be; ideas and roadmap items can serve a vision."""

    __tablename__ = "visions"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    cycle: Mapped[Cycle] = relationship(back_populates="visions")
