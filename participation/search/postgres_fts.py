"""PostgreSQL: a tsvector per idea / roadmap item (`german` configuration, GIN-indexed).

The vector is built from the stemmed text of `text.index_text` with weights A (title),
B (summary), C (keywords), D (body); ranking is ts_rank. The outbox handler keeps it current;
rows go away with their idea or item (foreign key ON DELETE CASCADE).
"""

from sqlalchemy import Float, Integer, text
from sqlalchemy.engine import Connection

from participation.search.schema import POSTGRES_IDEAS, POSTGRES_ITEMS

TABLES = {"idea": (POSTGRES_IDEAS, "idea_id"), "item": (POSTGRES_ITEMS, "item_id")}
PARENTS = {"idea": "ideas", "item": "roadmap_items"}
WEIGHTS = {
    "idea": (("title", "A"), ("summary", "B"), ("keywords", "C"), ("body", "D")),
    "item": (("title", "A"), ("keywords", "C"), ("body", "D")),
}


def _upsert(kind: str):
    table, key = TABLES[kind]
    vector = " || ".join(
        f"setweight(to_tsvector('german', :{name}), '{weight}')" for name, weight in WEIGHTS[kind]
    )
    # The row may have gone meanwhile: insert only while it exists (no foreign key error).
    return text(
        f"INSERT INTO {table} ({key}, document) "  # noqa: S608
        f"SELECT :id, {vector} WHERE EXISTS (SELECT 1 FROM {PARENTS[kind]} WHERE id = :id) "
        f"ON CONFLICT ({key}) DO UPDATE SET document = excluded.document"
    )


def _params(kind: str, ident: int, columns: dict[str, str]) -> dict:
    return {"id": ident, **{name: columns[name] for name, _weight in WEIGHTS[kind]}}


def write(connection: Connection, kind: str, ident: int, columns: dict[str, str] | None) -> None:
    """Replace the vector of `ident` with one built from `columns` (stemmed), or remove it."""
    if columns is None:
        table, key = TABLES[kind]
        connection.execute(text(f"DELETE FROM {table} WHERE {key} = :id"), {"id": ident})  # noqa: S608
    else:
        connection.execute(_upsert(kind), _params(kind, ident, columns))


def insert_many(connection: Connection, rows: list[tuple[int, dict[str, str]]], kind: str) -> None:
    """Insert rows into an emptied table (a rebuild)."""
    if rows:
        connection.execute(_upsert(kind), [_params(kind, ident, cols) for ident, cols in rows])


def clear(connection: Connection, kind: str) -> None:
    connection.execute(text(f"DELETE FROM {TABLES[kind][0]}"))  # noqa: S608


def count(connection: Connection, kind: str) -> int:
    return connection.execute(text(f"SELECT count(*) FROM {TABLES[kind][0]}")).scalar_one()  # noqa: S608


def expression(groups: list[list[str]], any_term: bool) -> str:
    """A to_tsquery expression from stemmed terms (letters and digits only, so no syntax)."""
    parts = []
    for group in groups:
        alternatives = [f"{term}:*" if len(term) >= 3 else term for term in group]
        parts.append(f"({' | '.join(alternatives)})")
    return (" | " if any_term else " & ").join(parts)


def matches(kind: str, groups: list[list[str]], any_term: bool, scored: bool = True):
    """CTE (id, score) of the rows matching; lower score ranks higher. Counting needs no
    score (`scored=False`: all 0), which saves ranking every match."""
    table, key = TABLES[kind]
    score = "-ts_rank(document, to_tsquery('german', :match))" if scored else "0.0"
    return (
        text(
            f"SELECT {key} AS id, {score} AS score "  # noqa: S608
            f"FROM {table} WHERE document @@ to_tsquery('german', :match)"
        )
        .bindparams(match=expression(groups, any_term))
        .columns(id=Integer, score=Float)
        .cte("matches")
        .prefix_with("MATERIALIZED")  # evaluate the MATCH once, not once per joined row
    )
