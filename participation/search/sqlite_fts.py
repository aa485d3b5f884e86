"""SQLite: FTS5 tables of stemmed text, one row per idea / roadmap item (rowid = its id).

The tables hold what `text.index_text` made of each column, so the FTS5 tokenizer only
splits on spaces; ranking is bm25 with column weights title > summary > keywords > body.
A trigger (see the migration) removes a row when its idea or item is deleted.
"""

from sqlalchemy import Float, Integer, text
from sqlalchemy.engine import Connection

from participation.search.schema import SQLITE_IDEAS, SQLITE_ITEMS

TABLES = {"idea": SQLITE_IDEAS, "item": SQLITE_ITEMS}
COLUMNS = {"idea": ("title", "summary", "keywords", "body"), "item": ("title", "keywords", "body")}
WEIGHTS = {"idea": (10.0, 5.0, 3.0, 1.0), "item": (10.0, 3.0, 1.0)}


def write(connection: Connection, kind: str, ident: int, columns: dict[str, str] | None) -> None:
    """Replace the row of `ident` with `columns` (already stemmed), or remove it (None)."""
    table = TABLES[kind]
    connection.execute(text(f"DELETE FROM {table} WHERE rowid = :id"), {"id": ident})  # noqa: S608
    if columns is not None:
        names = COLUMNS[kind]
        connection.execute(
            text(
                f"INSERT INTO {table} (rowid, {', '.join(names)}) "  # noqa: S608
                f"VALUES (:id, {', '.join(':' + name for name in names)})"
            ),
            {"id": ident, **{name: columns[name] for name in names}},
        )


def insert_many(connection: Connection, rows: list[tuple[int, dict[str, str]]], kind: str) -> None:
    """Insert rows into an emptied table (a rebuild)."""
    if not rows:
        return
    names = COLUMNS[kind]
    connection.execute(
        text(
            f"INSERT INTO {TABLES[kind]} (rowid, {', '.join(names)}) "  # noqa: S608
            f"VALUES (:id, {', '.join(':' + name for name in names)})"
        ),
        [{"id": ident, **{name: columns[name] for name in names}} for ident, columns in rows],
    )


def clear(connection: Connection, kind: str) -> None:
    connection.execute(text(f"DELETE FROM {TABLES[kind]}"))  # noqa: S608


def count(connection: Connection, kind: str) -> int:
    return connection.execute(text(f"SELECT count(*) FROM {TABLES[kind]}")).scalar_one()  # noqa: S608


def expression(groups: list[list[str]], any_term: bool) -> str:
    """An FTS5 query from stemmed terms: each group (a word and its synonyms) is OR-ed,
    groups are AND-ed (or OR-ed); terms of 3+ characters match as prefixes. The terms are
    letters and digits only, and quoted, so nothing in them is FTS5 syntax."""
    parts = []
    for group in groups:
        alternatives = [f'"{term}"*' if len(term) >= 3 else f'"{term}"' for term in group]
        parts.append(f"({' OR '.join(alternatives)})")
    return (" OR " if any_term else " AND ").join(parts)


def matches(kind: str, groups: list[list[str]], any_term: bool, scored: bool = True):
    """CTE (id, score) of the rows matching; lower score ranks higher. Counting needs no
    score (`scored=False`: all 0), which saves ranking every match."""
    table = TABLES[kind]
    weights = ", ".join(str(weight) for weight in WEIGHTS[kind])
    score = f"bm25({table}, {weights})" if scored else "0.0"
    return (
        text(
            f"SELECT rowid AS id, {score} AS score "  # noqa: S608
            f"FROM {table} WHERE {table} MATCH :match"
        )
        .bindparams(match=expression(groups, any_term))
        .columns(id=Integer, score=Float)
        .cte("matches")
        .prefix_with("MATERIALIZED")  # evaluate the MATCH once, not once per joined row
    )
