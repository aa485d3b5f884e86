"""Search: one interface, two backends.

`search()` and `similar_ideas()` ask `backend()`: Meilisearch when `MEILISEARCH_URL` is set
and the server answers, else the database's own full-text search (FTS5 on SQLite, tsvector
on PostgreSQL). When Meilisearch stops answering, search falls back to the database and says
so in the log once; the outbox's housekeeping retries the waiting index updates once it is
back (see `indexing.housekeeping`). Searching never writes.
"""

import logging
import threading
import time

from flask import current_app
from flask_login import AnonymousUserMixin
from sqlalchemy import select, update

from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.search import database, indexing, meili
from participation.search.database import DatabaseBackend
from participation.search.results import PER_PAGE_MAX, SORTS, Filters, Results
from participation.search.text import Query, parse
from participation.users.models import Role

__all__ = ["SORTS", "Filters", "Query", "Results", "backend", "search", "similar_ideas"]

log = logging.getLogger(__name__)

HEALTH_TTL_SECONDS = 30
SIMILAR_TERMS = 24
DATABASE = DatabaseBackend()


class MeiliState:
    """Whether Meilisearch answers, checked at most every HEALTH_TTL_SECONDS per process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.available: bool | None = None
        self.checked_at = 0.0
        self.prepared = False

    def usable(self) -> bool:
        with self.lock:
            fresh = time.monotonic() - self.checked_at < HEALTH_TTL_SECONDS
            if fresh and self.available is not None:
                return self.available
        reason = None
        try:
            healthy = meili.healthy()
            if healthy and not self.prepared:
                meili.ensure_indexes()
                # A new, empty Meilisearch next to existing ideas would find nothing.
                if meili.document_count("idea") == 0 and indexing.database_count("idea"):
                    healthy, reason = False, "its index is empty: run `flask search reindex`"
                else:
                    self.prepared = True
        except (meili.Error, RuntimeError) as error:
            healthy, reason = False, str(error)
        self._set(healthy, reason)
        return healthy

    def failed(self, error: Exception) -> None:
        """A query failed: use the database until the next check."""
        self._set(False, error)

    def _set(self, healthy: bool, error: Exception | str | None = None) -> None:
        with self.lock:
            before, self.available = self.available, healthy
            self.checked_at = time.monotonic()
        if healthy and before is False:
            log.warning("Meilisearch answers again; search uses it.")
        elif not healthy and before is not False:
            url = current_app.config["MEILISEARCH_URL"]
            log.warning(
                "Meilisearch at %s is not available%s; search uses the database meanwhile.",
                url,
                f" ({error})" if error else "",
            )


def backend():
    """Meilisearch when configured and healthy, else the database backend."""
    if not current_app.config.get("MEILISEARCH_URL"):
        return DATABASE
    if current_app.extensions["search"].usable():
        return meili.MeiliBackend()
    return DATABASE


def _with_fallback(call):
    chosen = backend()
    if chosen is DATABASE:
        return call(DATABASE)
    try:
        return call(chosen)
    except (meili.Error, RuntimeError, KeyError) as error:
        current_app.extensions["search"].failed(error)
        return call(DATABASE)


def search(
    user,
    query: Query | str,
    filters: Filters | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int | None = None,
) -> Results:
    """One page of the ideas `user` may see that match `query` (plus roadmap items)."""
    query = parse(query) if isinstance(query, str) else query
    filters = filters or Filters()
    sort = sort if sort in SORTS else "relevance"
    per_page = min(per_page or current_app.config["IDEAS_PER_PAGE"], PER_PAGE_MAX)
    page = max(1, min(page, 10_000 // per_page))
    if query.text and not query:  # only operators, quotes, `%` and the like: no words
        return Results(query=query.text, page=page, per_page=per_page, total=0)
    return _with_fallback(lambda chosen: chosen.search(user, query, filters, sort, page, per_page))


def similar_query(title: str | None, summary: str | None = None) -> Query:
    return parse(f"{title or ''} {summary or ''}", max_terms=SIMILAR_TERMS)


def similar_ideas(
    user,
    title: str | None,
    summary: str | None = None,
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[Idea]:
    """Up to `limit` existing ideas like the one being written, best first: those one could
    still support instead."""
    statuses = workflow.statuses_where("suggested")
    query = similar_query(title, summary)
    if not query:
        return []
    return _with_fallback(
        lambda chosen: chosen.similar(
            user, query, exclude_ids=(exclude_id,), statuses=statuses, limit=limit
        )
    )


class _Administration:
    """Whom an internal idea's merge candidates are searched for: sees internal ideas."""

    is_authenticated = True
    roles = frozenset({Role.EMPLOYEE})


MAX_CANDIDATES = 5


def merge_candidates(idea: Idea, limit: int = 3) -> list[int]:
    """Ideas `idea` could be merged into, best first: searched as those who can see `idea`
    see them (a public idea's as the public does), and only those the workflow allows."""
    query = similar_query(idea.title, idea.summary)
    if not query:
        return []
    viewer = _Administration() if idea.is_internal else AnonymousUserMixin()
    found = _with_fallback(
        lambda chosen: chosen.similar(
            viewer,
            query,
            exclude_ids=(idea.id,),
            statuses=workflow.statuses_where("merge_target"),
            limit=limit,
        )
    )
    return [other.id for other in found if workflow.merge_refusal(idea, other) is None]


def store_merge_candidates(payload: dict) -> None:
    """Outbox handler: keep the merge candidates of an idea in the moderation queue current
    (the queue shows them without searching while it is shown)."""
    idea = db.session.get(Idea, int(payload["id"]))
    if idea is None:
        return
    found = merge_candidates(idea) if workflow.can_be_merged(idea) else None
    # Similarity goes both ways: an older idea in the queue learns of the new one too.
    older = {
        other.id: [*(other.merge_candidates or []), idea.id][-MAX_CANDIDATES:]
        for other in db.session.scalars(select(Idea).where(Idea.id.in_(found or [])))
        if workflow.can_be_merged(other)
        and idea.id not in (other.merge_candidates or [])
        and workflow.merge_refusal(other, idea) is None
    }
    db.session.rollback()
    with db.engine.begin() as connection:  # plain UPDATEs: no change to index again
        connection.execute(update(Idea).where(Idea.id == idea.id).values(merge_candidates=found))
        for other_id, candidates in older.items():
            connection.execute(
                update(Idea).where(Idea.id == other_id).values(merge_candidates=candidates)
            )


def refresh_merge_candidates() -> int:
    """All ideas that can be merged get their candidates looked for again (after a rebuild
    of the index, or after seeding); returns how many."""
    ids = db.session.scalars(
        select(Idea.id).where(Idea.status.in_(workflow.statuses_where("awaits_review")))
    ).all()
    for ident in ids:
        store_merge_candidates({"id": ident})
    return len(ids)


def matching_ids(raw_query: str):
    """Ids of the ideas matching every word (a subquery), for the ideas list's `q` filter;
    None when the query has no words. Always the database index: it is current and the
    list applies its own visibility rules."""
    return database.matching_ids(raw_query)
