"""Site settings set in the administration area; without a row or with an empty value the
environment's default applies."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from participation.core.models import UTCDateTime, utcnow
from participation.extensions import db


class SiteSetting(db.Model):
    __tablename__ = "site_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    # None: the default (environment variable or built-in) applies.
    value: Mapped[Any | None] = mapped_column(JSON)
    # Uploaded files (the logo); loaded only when served.
    data: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
