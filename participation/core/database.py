"""Engine setup (SQLite gets WAL, a busy timeout, foreign keys) and portable SQL helpers."""

import sqlite3

from sqlalchemy import event, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine

from participation.core.models import UTCDateTime

SQLITE_BUSY_TIMEOUT_MS = 10_000


def configure_engine(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def render_migration_type(kind: str, item, _autogen_context):
    """Write our column types as plain SQLAlchemy types, so migrations import nothing of ours."""
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def insert_ignoring_duplicates(model, session, **values) -> bool:
    """INSERT that silently does nothing when a unique key exists; True if a row was added.
    `session` may also be a plain connection."""
    bind = session.get_bind() if hasattr(session, "get_bind") else session
    dialect = bind.dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(model)
        .values(**values)
        .on_conflict_do_nothing()
        .returning(*model.__table__.primary_key.columns)
    )
    return session.execute(statement).first() is not None


def lock_row(session, model, row_id):
    """Load a row locked until the commit, so concurrent writers queue behind it.

    PostgreSQL locks it with SELECT … FOR UPDATE. SQLite ignores FOR UPDATE and its Python
    driver starts a transaction only at the first write, so there a harmless write comes
    first: it takes the database's write lock before anything is read.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            update(model).where(model.id == row_id).values(id=model.id),
            execution_options={"synchronize_session": False},
        )
    return session.scalars(
        select(model)
        .where(model.id == row_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
