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

from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.search import database, indexing, meili
from participation.search.database import DatabaseBackend
from participation.search.results import PER_PAGE_MAX, SORTS, Filters, Results
from participation.search.text import Query, parse

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


def similar_for_queue(user, ideas: list[Idea], limit: int = 3) -> dict[int, list[Idea]]:
    """Merge candidates for each idea of a moderation queue page: only ideas it may be
    merged into (a public idea's candidates are searched as the public sees them)."""
    found: dict[int, list[Idea]] = {}
    for internal in (False, True):
        group = [idea for idea in ideas if idea.is_internal == internal]
        if not group:
            continue
        viewer = user if internal else AnonymousUserMixin()
        queries = {idea.id: similar_query(idea.title, idea.summary) for idea in group}
        found |= _with_fallback(
            lambda chosen, viewer=viewer, queries=queries: chosen.similar_many(
                viewer, queries, statuses=workflow.statuses_where("merge_target"), limit=limit
            )
        )
    by_id = {idea.id: idea for idea in ideas}
    return {
        idea_id: [
            other for other in others if workflow.merge_refusal(by_id[idea_id], other) is None
        ]
        for idea_id, others in found.items()
    }


def matching_ids(raw_query: str):
    """Ids of the ideas matching every word (a subquery), for the ideas list's `q` filter;
    None when the query has no words. Always the database index: it is current and the
    list applies its own visibility rules."""
    return database.matching_ids(raw_query)
