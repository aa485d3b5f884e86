"""Keeping the index right: changes become outbox messages, applied after the commit.

Session events notice every idea and roadmap item that was created, changed in a searched
field (including status, visibility, hiding, merging) or deleted; at commit time one
"search-index" message per object joins the transaction. Support counts moved by SQL
statements are caught when the services refresh them, and a merge also reindexes its target.
The handler re-reads the row and updates the database index and, when configured, Meilisearch:
if Meilisearch is down the message fails and is retried (the database index is already
current, and search falls back to it meanwhile).
"""

import logging
from typing import Any

from flask import current_app
from sqlalchemy import event, func, inspect, select, update
from sqlalchemy.orm import Session, selectinload

from participation.core import outbox, pagecache
from participation.core.models import utcnow
from participation.core.signals import idea_status_changed
from participation.extensions import db
from participation.ideas.models import Idea
from participation.roadmap.models import RoadmapItem
from participation.search import documents, meili, synonyms
from participation.search.database import engine_module
from participation.search.text import index_text

log = logging.getLogger(__name__)

TOPIC = "search-index"
PENDING = "search_index_pending"
KINDS = {"idea": Idea, "item": RoadmapItem}
WATCHED = {
    Idea: (
        "title",
        "summary",
        "description_html",
        "category_id",
        "category",
        "tags",
        "status",
        "visibility",
        "hidden_at",
        "merged_into_id",
        "event_id",
        "support_count",
    ),
    RoadmapItem: (
        "title",
        "description_html",
        "category_id",
        "category",
        "visibility",
        "status",
        "responsible_department",
        "ideas",
    ),
}
KIND_OF = {Idea: "idea", RoadmapItem: "item"}
# Ideas whose merge candidates (for the moderation queue) are looked for again, after commit.
CANDIDATES = "merge-candidates"
CANDIDATE_FIELDS = ("title", "summary", "status", "visibility", "hidden_at")
BATCH = 500


def meili_enabled() -> bool:
    return bool(current_app.config.get("MEILISEARCH_URL"))


def mark(session: Session, kind: str, ident: int | None) -> None:
    if ident is not None:
        session.info.setdefault(PENDING, set()).add((kind, ident))


def _changed(obj) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in WATCHED[type(obj)])


def _after_flush(session: Session, _context) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        kind = KIND_OF.get(type(obj))
        if kind and (obj in session.new or obj in session.deleted or _changed(obj)):
            ident = inspect(obj).identity[0] if inspect(obj).identity else obj.id
            mark(session, kind, ident)
            if kind == "idea" and obj not in session.deleted and _candidates_changed(obj):
                mark(session, CANDIDATES, ident)


def _candidates_changed(idea: Idea) -> bool:
    state = inspect(idea)
    return state.pending or any(
        state.attrs[name].history.has_changes() for name in CANDIDATE_FIELDS
    )


def _before_commit(session: Session) -> None:
    if not session.info.get(PENDING):
        return
    session.flush()
    for kind, ident in sorted(session.info.pop(PENDING, set())):
        if kind == CANDIDATES:
            outbox.enqueue(CANDIDATES, {"id": ident})
        else:
            outbox.enqueue(TOPIC, {"kind": kind, "id": ident})


def _after_refresh(idea: Idea, _context, attrs) -> None:
    # support.py moves the counter with an UPDATE statement and refreshes it.
    if attrs and "support_count" in attrs:
        session = inspect(idea).session
        if session is not None:
            mark(session, "idea", idea.id)


def _after_status_change(idea: Idea, merged: bool = False, **_extra) -> None:
    if merged and idea.merged_into_id:
        session = inspect(idea).session
        if session is not None:
            mark(session, "idea", idea.merged_into_id)  # its supports moved


def register() -> None:
    """Listen to the app's sessions (idempotent: several apps share the session class) and
    deliver the index updates through the outbox."""
    outbox.register_handler(TOPIC, apply)
    outbox.register_housekeeping(housekeeping)
    for name, listener in (("after_flush", _after_flush), ("before_commit", _before_commit)):
        if not event.contains(db.session, name, listener):
            event.listen(db.session, name, listener)
    if not event.contains(Idea, "refresh", _after_refresh):
        event.listen(Idea, "refresh", _after_refresh)
    idea_status_changed.connect(_after_status_change)


def load_document(session: Session, kind: str, ident: int) -> dict[str, Any] | None:
    obj = session.get(KINDS[kind], ident)
    if obj is None:
        return None
    return documents.idea_document(obj) if kind == "idea" else documents.item_document(obj)


def database_columns(kind: str, document: dict[str, Any]) -> dict[str, str]:
    raw = documents.idea_columns(document) if kind == "idea" else documents.item_columns(document)
    return {name: index_text(value) for name, value in raw.items()}


def apply(payload: dict[str, Any]) -> None:
    """Bring one object's index entries up to date with its row (or remove them)."""
    kind = payload.get("kind")
    if kind == "settings":
        if meili_enabled():
            meili.ensure_indexes()
        return
    ident = int(payload["id"])
    with Session(db.engine) as session:
        document = load_document(session, kind, ident)
        columns = database_columns(kind, document) if document else None
        session.rollback()
    with db.engine.begin() as connection:
        engine_module(connection.dialect.name).write(connection, kind, ident, columns)
        pagecache.bump(connection)  # search pages show the index
    if meili_enabled():
        meili.write(kind, ident, document)


def save_synonyms(lines: str) -> None:
    """Replace the synonym groups; Meilisearch gets its copy through the outbox."""
    synonyms.save_groups(lines)
    outbox.enqueue(TOPIC, {"kind": "settings"})


def waiting_counts() -> tuple[int, int]:
    """Index updates waiting, and those of them that failed at least once: one statement."""
    waiting = select(func.count()).where(
        outbox.OutboxMessage.topic == TOPIC, outbox.OutboxMessage.delivered_at.is_(None)
    )
    pending = waiting.where(outbox.OutboxMessage.failed_at.is_(None)).scalar_subquery()
    failed = waiting.where(outbox.OutboxMessage.attempts > 0).scalar_subquery()
    return tuple(db.session.execute(select(pending, failed)).one())


def pending_count() -> int:
    return waiting_counts()[0]


def failed_count() -> int:
    """Index updates that failed at least once and still wait."""
    return waiting_counts()[1]


def retry_pending_now() -> int:
    """Make pending and failed index updates due now (Meilisearch is back)."""
    result = db.session.execute(
        update(outbox.OutboxMessage)
        .where(outbox.OutboxMessage.topic == TOPIC, outbox.OutboxMessage.delivered_at.is_(None))
        .values(next_attempt_at=utcnow(), failed_at=None, attempts=0)
    )
    db.session.commit()
    return result.rowcount


def _documents(kind: str):
    model = KINDS[kind]
    options = [selectinload(Idea.tags)] if kind == "idea" else [selectinload(RoadmapItem.ideas)]
    with Session(db.engine) as session:
        last = 0
        while True:
            rows = session.scalars(
                select(model)
                .where(model.id > last)
                .order_by(model.id)
                .options(*options)
                .limit(BATCH)
            ).all()
            if not rows:
                return
            for row in rows:
                yield (
                    documents.idea_document(row) if kind == "idea" else documents.item_document(row)
                )
            last = rows[-1].id
            session.expunge_all()


def rebuild(meili_too: bool | None = None) -> dict[str, int]:
    """Rebuild every index from the rows; pending updates it covers are marked delivered.

    Returns the number of documents per kind. Raises if Meilisearch is configured but fails
    (the database index is rebuilt all the same, and the pending updates stay queued).
    """
    meili_too = meili_enabled() if meili_too is None else meili_too
    covered = list(
        db.session.scalars(
            select(outbox.OutboxMessage.id).where(
                outbox.OutboxMessage.topic == TOPIC, outbox.OutboxMessage.delivered_at.is_(None)
            )
        )
    )
    db.session.commit()
    counts = {}
    all_documents = {}
    with db.engine.begin() as connection:
        module = engine_module(connection.dialect.name)
        for kind in KINDS:
            module.clear(connection, kind)
            docs = list(_documents(kind))
            module.insert_many(
                connection, [(doc["id"], database_columns(kind, doc)) for doc in docs], kind
            )
            counts[kind] = len(docs)
            all_documents[kind] = docs
        pagecache.bump(connection)
    if meili_too:
        for kind, docs in all_documents.items():
            meili.rebuild(kind, docs)
    if covered:
        db.session.execute(
            update(outbox.OutboxMessage)
            .where(
                outbox.OutboxMessage.id.in_(covered), outbox.OutboxMessage.delivered_at.is_(None)
            )
            .values(delivered_at=utcnow(), locked_until=None, last_error=None)
        )
        db.session.commit()
    return counts


def database_count(kind: str) -> int:
    with db.engine.connect() as connection:
        return engine_module(connection.dialect.name).count(connection, kind)


_checked_for_empty_index: set[int] = set()


def housekeeping() -> None:
    """Run by the outbox's delivery loop, never by a request:

    - once per process, an empty database index next to existing ideas (an upgraded
      database, a restored backup) is rebuilt, so search works without `flask search reindex`;
    - while index updates wait after failures and Meilisearch answers again, they are made
      due now instead of waiting for their back-off.
    """
    app_id = id(current_app._get_current_object())
    if app_id not in _checked_for_empty_index:
        _checked_for_empty_index.add(app_id)
        if database_count("idea") == 0 and db.session.scalar(select(Idea.id).limit(1)):
            log.info("The search index is empty; rebuilding it from the database.")
            rebuild(meili_too=False)
    if meili_enabled() and failed_count() and meili.healthy():
        log.warning("Meilisearch answers again; retrying %d index updates.", retry_pending_now())


def rebuild_after_seeding() -> dict[str, int]:
    """`flask seed-demo` adds rows in bulk: index them all at once. A Meilisearch that is not
    up yet only gets a warning; its updates stay queued in the outbox."""
    try:
        return rebuild()
    except (meili.Error, RuntimeError) as error:
        log.warning("Meilisearch could not be filled yet (%s); updates stay queued.", error)
        return {kind: database_count(kind) for kind in KINDS}
