"""The audit log as people read it: filtered, paged, and each entry as a localised sentence
with the object's reference number and link."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flask_babel import gettext as _
from flask_babel.speaklater import LazyString
from sqlalchemy import Select, select

from participation.audit import registry
from participation.audit.models import AuditEntry
from participation.core.localtime import zone
from participation.core.pagination import KeysetPage, Order, keyset_page
from participation.extensions import db

NEWEST_FIRST = Order((AuditEntry.created_at, AuditEntry.id))


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    actor_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone())


def entries(filters: Filters) -> Select:
    query = select(AuditEntry)
    if filters.kind:
        query = query.where(AuditEntry.action.in_(registry.codes_of_kind(filters.kind)))
    if filters.actor_id is not None:
        query = query.where(AuditEntry.actor_id == filters.actor_id)
    if filters.date_from:
        query = query.where(AuditEntry.created_at >= _local_midnight(filters.date_from))
    if filters.date_to:
        end = _local_midnight(filters.date_to + timedelta(days=1))
        query = query.where(AuditEntry.created_at < end)
    return query


def page(filters: Filters, per_page: int) -> KeysetPage:
    return keyset_page(entries(filters), NEWEST_FIRST, per_page)


@dataclass
class ReadableEntry:
    entry: AuditEntry
    sentence: str
    target_label: str
    target_url: str | None
    kind_label: str


class _Names(dict):
    """Placeholders of a sentence; a detail the entry lacks reads as a dash, not an error."""

    def __missing__(self, key):
        return "–"


def sentence(action: registry.Action, names: dict) -> str:
    if isinstance(action.sentence, LazyString):
        return str(action.sentence) % _Names(names)
    return action.sentence(_Names(names))


def _targets(entries_: list[AuditEntry]) -> dict[tuple[str, int], object]:
    """The objects the entries name, one query per target type on the page."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entry in entries_:
        wanted[entry.target_type].add(entry.target_id)
    found = {}
    for name, ids in wanted.items():
        target_type = registry.TARGET_TYPES[name]
        model = target_type.model
        query = select(model).where(model.id.in_(ids)).options(*target_type.load_options)
        for obj in db.session.scalars(query):
            found[name, obj.id] = obj
    return found


def readable(entries_: list[AuditEntry]) -> list[ReadableEntry]:
    targets = _targets(entries_)
    result = []
    for entry in entries_:
        action = registry.action(entry.action)
        target_type = registry.TARGET_TYPES[entry.target_type]
        target = targets.get((entry.target_type, entry.target_id))
        if target is None:
            label, url = _("a deleted object (no. %(id)d)", id=entry.target_id), None
        else:
            label, url = target_type.label(target), target_type.url(target)
        actor = entry.actor.display_name if entry.actor else _("The system")
        names = {**{k: str(v) for k, v in entry.details.items()}, "actor": actor, "target": label}
        result.append(
            ReadableEntry(
                entry=entry,
                sentence=sentence(action, names),
                target_label=label,
                target_url=url,
                kind_label=str(registry.KINDS[action.kind]),
            )
        )
    return result


def newest(filters: Filters, limit: int) -> list[AuditEntry]:
    """The newest `limit` entries (for the CSV export)."""
    query = entries(filters).order_by(*NEWEST_FIRST.clauses()).limit(limit)
    return list(db.session.scalars(query))
