"""Personal data per feature: each feature registers how to export and how to erase its rows
for one person, so that the data export and the account deletion cover every table.

A registration names the columns with a foreign key to `users.id` that it takes care of; a
test fails when such a column is covered by no registration (e.g. a new feature's table).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Column, Text, cast, delete, or_, update

from participation.extensions import db
from participation.users.models import User


@dataclass(frozen=True)
class Erasure:
    """One account being deleted: its owner, the stand-in ("Gelöschtes Konto") that keeps
    their public contributions, and whether ideas nobody else took part in go too."""

    person: User
    stand_in: User
    remove_lonely_ideas: bool = False


Exporter = Callable[[User], list[dict[str, Any]] | dict[str, Any]]


@dataclass(frozen=True)
class PersonalData:
    category: str  # the key in the export
    erase: Callable[[Erasure], None]
    export: Exporter | None = None  # None: nothing to show beyond other categories
    covers: tuple[Column, ...] = field(default=())  # foreign keys to users.id handled here


_registry: dict[str, PersonalData] = {}


def register(entry: PersonalData) -> None:
    _registry[entry.category] = entry


def registrations() -> list[PersonalData]:
    return list(_registry.values())


def covered_columns() -> set[tuple[str, str]]:
    return {
        (column.table.name, column.name) for entry in _registry.values() for column in entry.covers
    }


# --- building blocks for registrations ---------------------------------------------------


def delete_rows(column: Column) -> Callable[[Erasure], None]:
    """Erase by deleting the person's rows."""

    def erase(erasure: Erasure) -> None:
        db.session.execute(delete(column.table).where(column == erasure.person.id))

    return erase


def hand_to_stand_in(column: Column) -> Callable[[Erasure], None]:
    """Erase by handing the rows to the stand-in: the content stays, the person goes."""

    def erase(erasure: Erasure) -> None:
        db.session.execute(
            update(column.table)
            .where(column == erasure.person.id)
            .values({column.name: erasure.stand_in.id})
        )

    return erase


def each(*steps: Callable[[Erasure], None]) -> Callable[[Erasure], None]:
    def erase(erasure: Erasure) -> None:
        for step in steps:
            step(erasure)

    return erase


def mentions(column, value: str):
    """A condition: the JSON or text column contains `value` (also JSON-escaped)."""
    text = cast(column, Text)
    escaped = json.dumps(value)[1:-1]
    return or_(text.contains(value, autoescape=True), text.contains(escaped, autoescape=True))


def rows(query) -> list[dict[str, Any]]:
    """Result rows as plain JSON data (dates as ISO strings)."""
    return [
        {
            key: value.isoformat() if isinstance(value, date) else value
            for key, value in row._mapping.items()
        }
        for row in db.session.execute(query)
    ]
