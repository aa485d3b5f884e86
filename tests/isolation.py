"""Emptying the database after a test, cheaply: only the tables that hold rows.

Tests write through the app, through real HTTP servers in threads and through subprocesses,
so the database itself is asked what holds rows (one statement; reading an empty table costs
next to nothing), whoever wrote them. Those tables are emptied with DELETE, children first,
and on PostgreSQL their id sequences start again at 1, as after the TRUNCATE … RESTART
IDENTITY that emptied everything before (about a second per test on PostgreSQL, most of the
suite's time there). After a bulk load such as the demo, one TRUNCATE of everything is the
faster way, and is taken. Rows of tables outside the models' metadata (the search index) go
with their idea or item: a foreign key ON DELETE CASCADE on PostgreSQL, triggers on SQLite.
"""

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection

from participation.extensions import db

# More rows than this in all tables together: TRUNCATE everything instead of deleting rows.
BULK_ROWS = 2_000


def empty_tables() -> None:
    tables = db.metadata.sorted_tables
    with db.engine.begin() as connection:
        rows = rows_per_table(connection, tables)
        filled = [table for table in tables if rows[table.name]]
        postgresql = connection.dialect.name == "postgresql"
        if postgresql and sum(rows.values()) > BULK_ROWS:
            names = ", ".join(table.name for table in tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            return
        for table in reversed(filled):
            connection.execute(table.delete())
        if postgresql:
            restart_sequences(connection, filled)


def rows_per_table(connection: Connection, tables: list[Table]) -> dict[str, int]:
    """Rows of each table, counted up to BULK_ROWS + 1, in one statement."""
    quote = connection.dialect.identifier_preparer.quote
    counts = ", ".join(
        f"(SELECT count(*) FROM (SELECT 1 FROM {quote(table.name)} "  # noqa: S608
        f"LIMIT {BULK_ROWS + 1}) AS sample) AS {quote(table.name)}"
        for table in tables
    )
    return dict(connection.execute(text(f"SELECT {counts}")).mappings().one())


def restart_sequences(connection: Connection, tables: list[Table]) -> None:
    """Let the id sequences of `tables` start again at 1 (setval of no sequence is NULL)."""
    keys = [
        f"pg_get_serial_sequence('{table.name}', '{column.name}')"
        for table in tables
        if len(columns := list(table.primary_key.columns)) == 1
        for column in columns
        if column.type.python_type is int
    ]
    if keys:
        setvals = ", ".join(f"setval({key}, 1, false)" for key in keys)
        connection.execute(text(f"SELECT {setvals}"))
