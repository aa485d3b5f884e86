"""Whole pages for anonymous visitors, cached, and right after every change.

- Every commit that changes content bumps one counter (`ContentVersion`) in the same
  transaction, and so does every update of the search index. A cached page is served only
  while the counter still has the value it had when the page was rendered: a change is
  visible on the next request, in every process.
- Only anonymous GET requests without messages to show use the cache. They see public content
  only, so internal content never enters it.
- Pages are kept per process (least recently used go first) and for at most
  `PAGE_CACHE_SECONDS`, for what depends on the clock ("no update for 90 days").
- The CSRF token in forms is per visitor: the cached copy holds a placeholder that is replaced
  on the way out.
"""

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, request, session
from flask_babel import get_locale
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from sqlalchemy import event, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from participation.core.database import insert_ignoring_duplicates
from participation.extensions import db

PLACEHOLDER = "__csrf_token_of_this_visitor__"
CHANGED = "content_changed"
# Rows that no anonymous page shows: writing them leaves the cache alone.
PRIVATE_TABLES = frozenset(
    {
        "content_versions",
        "outbox_messages",
        "user_sessions",
        "notifications",
        "notification_preferences",
        "audit_log",
        "internal_notes",
        "reports",
    }
)


class ContentVersion(db.Model):
    """One row: bumped by every commit that changes what pages show."""

    __tablename__ = "content_versions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(default=0)


@dataclass
class Entry:
    version: int
    stored_at: float
    body: bytes
    mimetype: str


class Store:
    """A small least-recently-used map, safe for threads."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict[tuple, Entry] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple) -> Entry | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key: tuple, entry: Entry) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


VERSION_READ = "content_version"


def version_column():
    """The counter as a scalar subquery, for statements that read it along with something
    else (the logged-in user's load): one statement fewer per request."""
    return select(ContentVersion.version).where(ContentVersion.id == 1).scalar_subquery()


def remember_version(version: int | None) -> None:
    g.setdefault(VERSION_READ, version)


def current_version() -> int | None:
    """The counter as this request first read it; None before its row exists (then nothing
    is cached). Everything the request derives from it (cached pages, settings) is one
    consistent snapshot; the next request sees any change."""
    if VERSION_READ not in g:
        g.setdefault(VERSION_READ, db.session.scalar(select(version_column())))
    return g.get(VERSION_READ)


def bump(connection) -> None:
    """Invalidate every cached page (for writes outside the ORM session, e.g. the index)."""
    bumped = connection.execute(
        update(ContentVersion).values(version=ContentVersion.version + 1)
    ).rowcount
    if not bumped:
        insert_ignoring_duplicates(ContentVersion, connection, id=1, version=1)


# Noticing changes: objects flushed, and UPDATE/INSERT/DELETE statements on mapped tables.
def _touches_content(tables) -> bool:
    return any(name not in PRIVATE_TABLES for name in tables)


def _after_flush(session: Session, _context) -> None:
    objects = (*session.new, *session.dirty, *session.deleted)
    if _touches_content(getattr(obj, "__tablename__", "") for obj in objects):
        session.info[CHANGED] = True


def _orm_execute(state) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is not None and _touches_content([table.name]):
        state.session.info[CHANGED] = True


def _before_commit(session: Session) -> None:
    session.flush()  # commit flushes after this hook: notice what it would write
    if session.info.pop(CHANGED, False):
        bump(session)


def _cacheable() -> bool:
    return (
        current_app.config["PAGE_CACHE_SIZE"] > 0
        and request.method == "GET"
        and request.endpoint not in (None, "static")
        and "_flashes" not in session
        and not current_user.is_authenticated
    )


def _serve_from_cache() -> Response | None:
    if not _cacheable():
        return None
    key = (request.full_path, str(get_locale()))
    version = current_version()
    if version is None:
        return None
    entry = current_app.extensions["page_cache"].get(key)
    fresh = time.monotonic() - (entry.stored_at if entry else 0) < _max_age()
    if entry is not None and entry.version == version and fresh:
        body = entry.body.replace(PLACEHOLDER.encode(), generate_csrf().encode())
        g.page_cache_hit = True
        return Response(body, mimetype=entry.mimetype)
    g.page_cache_key = (key, version)
    return None


def _max_age() -> float:
    return current_app.config["PAGE_CACHE_SECONDS"]


def _keep(response: Response) -> Response:
    pending = g.pop("page_cache_key", None)
    if (
        pending is None
        or response.status_code != 200
        or response.mimetype != "text/html"
        or response.direct_passthrough
        or "Set-Cookie" in response.headers
    ):
        return response
    key, version = pending
    body = response.get_data()
    token = g.get("csrf_token")  # the token this visitor's forms got (Flask-WTF keeps it in g)
    if token:
        body = body.replace(token.encode(), PLACEHOLDER.encode())
    current_app.extensions["page_cache"].put(
        key, Entry(version, time.monotonic(), body, response.mimetype)
    )
    return response


def init_page_cache(app: Flask) -> None:
    app.extensions["page_cache"] = Store(app.config["PAGE_CACHE_SIZE"])
    for name, listener in (("after_flush", _after_flush), ("before_commit", _before_commit)):
        if not event.contains(db.session, name, listener):
            event.listen(db.session, name, listener)
    if not event.contains(db.session, "do_orm_execute", _orm_execute):
        event.listen(db.session, "do_orm_execute", _orm_execute)
    app.before_request(_serve_from_cache)
    app.after_request(_keep)
