"""Names of the search index objects that live outside the ORM metadata.

The full-text index is derived data kept by hand-written SQL (an FTS5 virtual table with its
shadow tables on SQLite, tables with a GIN-indexed tsvector on PostgreSQL). Autogenerate and
the migration test skip them through `include_object`, wired in `create_app`.
"""

SQLITE_IDEAS = "search_ideas_fts"
SQLITE_ITEMS = "search_roadmap_fts"
POSTGRES_IDEAS = "search_ideas"
POSTGRES_ITEMS = "search_roadmap_items"
INDEX_TABLES = (SQLITE_IDEAS, SQLITE_ITEMS, POSTGRES_IDEAS, POSTGRES_ITEMS)


def is_index_table(name: str | None) -> bool:
    """True for our index tables and FTS5's shadow tables (`search_ideas_fts_data`, …)."""
    return bool(name) and any(
        name == table or name.startswith(f"{table}_") for table in INDEX_TABLES
    )


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic filter: leave the hand-made index tables (and their indexes) alone."""
    if type_ == "table":
        return not is_index_table(name)
    table = getattr(obj, "table", None)
    return not (table is not None and is_index_table(table.name))
