"""Synonyms for search, edited by admins: each row is one group of equivalent words."""

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from participation.extensions import db


class SynonymGroup(db.Model):
    __tablename__ = "search_synonym_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Comma-separated, e.g. "Kita, Kindertagesstätte, Kindergarten".
    words: Mapped[str] = mapped_column(String(500))

    @property
    def word_list(self) -> list[str]:
        return [word.strip() for word in self.words.split(",") if word.strip()]
