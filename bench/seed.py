"""Fill a database to a benchmark size, fast, or reuse one that already holds that size.

The schema comes from the app's migrations on an empty database (PostgreSQL: a fresh
`public` schema; SQLite: a new file); the rows go in with `COPY` / `executemany` (see
`bench.loader`); the search index is built by the app's own `indexing.rebuild`. A marker
table, `bench_seed`, records the size and what the pages need (which idea, tag, year…);
it is written last, so a seed that broke off is redone.
"""

import time
from datetime import timedelta
from pathlib import Path

from flask_login import AnonymousUserMixin
from flask_migrate import upgrade
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from bench.loader import BulkLoader
from bench.seed_activity import choose_bench_ideas, count_activity, load_activity
from bench.seed_context import Context
from bench.seed_ideas import load_ideas, seed_ideas, seed_tags
from bench.seed_people import seed_people
from bench.seed_programme import (
    seed_cycles,
    seed_event_people,
    seed_events,
    seed_roadmap,
)
from bench.settings import app_config
from bench.sizes import SIZES
from participation import search
from participation.app import create_app
from participation.config import normalise_database_url
from participation.core.pagination import encode_cursor
from participation.demo.content import load
from participation.extensions import db
from participation.ideas import queries as idea_queries
from participation.ideas.categories import ensure_default_categories
from participation.ideas.models import Category, Idea
from participation.moderation import queries as moderation_queries
from participation.notifications import services as notification_services
from participation.search import indexing
from participation.users.passwords import hash_password

MARKER = "bench_seed"
# Raise when the generated data changes, so existing benchmark databases are seeded anew.
SEED_VERSION = "3"
QUEUE_CANDIDATES = 60
DEEP_PAGE_OFFSET = 49 * 20 - 1  # the last idea of page 49: page 50 starts after it


def read_marker(database_url: str) -> dict[str, str] | None:
    """The marker of a finished seed, or None."""
    if database_url.startswith("sqlite:///") and not Path(database_url[10:]).exists():
        return None
    url = make_url(normalise_database_url(database_url))
    if url.get_backend_name() == "postgresql":
        _create_postgresql_database(url)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(MARKER):
                return None
            rows = connection.execute(text(f"SELECT key, value FROM {MARKER}"))
            return dict(rows.all())
    finally:
        engine.dispose()


def ensure_seeded(database_url: str, size: str, folder: Path, reseed: bool = False) -> dict:
    """The marker of a database holding `size` (reused when it is there, else seeded), with
    the values that depend on the app's code rather than on the data (e.g. cursors)."""
    marker = None if reseed else read_marker(database_url)
    if marker and marker.get("size") == size and marker.get("version") == SEED_VERSION:
        _upgrade_existing(database_url, folder)
        print(f"[{size}] reusing the seeded database ({marker['seconds']} s to seed it)")
    else:
        marker = seed(database_url, size, folder)
    return marker | derived(database_url, folder)


def derived(database_url: str, folder: Path) -> dict[str, str]:
    """`deep_cursor`: the idea list's cursor for page 50 (after 980 ideas), as a visitor
    following "next" 49 times would hold it (in a smaller database: the last page)."""
    app = create_app(app_config(database_url, folder, delivery="inline"))
    with app.app_context():
        order = idea_queries.ORDERS["newest"]
        visible = select(*order.columns).where(*idea_queries.visible_to(AnonymousUserMixin()))
        row = (
            db.session.execute(
                visible.order_by(*order.clauses()).offset(DEEP_PAGE_OFFSET).limit(1)
            ).first()
            or db.session.execute(visible.order_by(*order.clauses(reverse=True))).first()
        )
        db.engine.dispose()
    return {"deep_cursor": encode_cursor(list(row))}


def _upgrade_existing(database_url: str, folder: Path) -> None:
    """Apply migrations that came after the seed (e.g. a new index), as production would."""
    app = create_app(app_config(database_url, folder, delivery="inline"))
    with app.app_context():
        before = _revision()
        upgrade()
        after = _revision()
        if before != after:
            print(f"migrated the seeded database from {before} to {after}")
            analyze()
        db.engine.dispose()


def _revision() -> str | None:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def empty_database(database_url: str) -> None:
    url = make_url(normalise_database_url(database_url))
    if url.get_backend_name() == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url.database}{suffix}").unlink(missing_ok=True)
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        return
    _create_postgresql_database(url)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _create_postgresql_database(url) -> None:
    """Create the benchmark's database when the server does not have it yet."""
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
        ).scalar()
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{url.database}"'))
    engine.dispose()


def seed(
    database_url: str, size_name: str, folder: Path, fast_hashing: bool = False
) -> dict[str, str]:
    size = SIZES[size_name]
    began = time.perf_counter()
    print(
        f"[{size_name}] seeding {size.ideas:,} ideas, {size.comments:,} comments, "
        f"{size.supports:,} supports …",
        flush=True,
    )
    empty_database(database_url)
    app = create_app(app_config(database_url, folder, delivery="inline", fast_hashing=fast_hashing))
    with app.app_context():
        upgrade()
        ensure_default_categories()
        db.session.commit()
        ctx = _fill(size, hash_password(load("accounts")["password"]))
        filled = time.perf_counter()
        indexing.rebuild(meili_too=False)
        _as_the_app_keeps_it()
        indexed = time.perf_counter()
        analyze()
        seconds = time.perf_counter() - began
        ctx.meta.update(
            size=size_name,
            version=SEED_VERSION,
            seconds=f"{seconds:.0f}",
            rows_seconds=f"{filled - began:.0f}",
            index_seconds=f"{indexed - filled:.0f}",
        )
        _write_marker(ctx.meta)
        db.engine.dispose()
    print(
        f"[{size_name}] seeded in {seconds:.0f} s (rows {filled - began:.0f} s, "
        f"search index {indexed - filled:.0f} s, analyze {seconds - (indexed - began):.0f} s)"
    )
    return ctx.meta


def _as_the_app_keeps_it() -> None:
    """What the app maintains as it goes: unread counters, and merge candidates for the
    first pages of the moderation queue (the outbox finds them for every new idea)."""
    notification_services.recount_unread()
    db.session.commit()
    queue = keyset_page_ids(QUEUE_CANDIDATES)
    for ident in queue:
        search.store_merge_candidates({"id": ident})


def keyset_page_ids(count: int) -> list[int]:
    return list(
        db.session.scalars(
            moderation_queries.new_ideas()
            .with_only_columns(Idea.id)
            .order_by(*moderation_queries.OLDEST_FIRST.clauses())
            .limit(count)
        )
    )


def _fill(size, password_hash: str) -> Context:
    with db.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
        ctx = Context(size=size, loader=BulkLoader(connection), password_hash=password_hash)
        ctx.categories = dict(connection.execute(select(Category.slug, Category.id)).all())
        seed_people(ctx)
        seed_tags(ctx)
        seed_cycles(ctx)
        seed_events(ctx)
        generated = seed_ideas(ctx)
        page_idea, _support_idea = choose_bench_ideas(ctx)
        count_activity(ctx, page_idea)
        load_ideas(ctx, generated)
        load_activity(ctx)
        seed_roadmap(ctx, page_idea.id)
        seed_event_people(ctx)
        _bench_notifications(ctx)
        ctx.loader.load(
            "notifications",
            (
                "id",
                "user_id",
                "topic",
                "kind",
                "data",
                "path",
                "created_at",
                "read_at",
                "mail_state",
            ),
            ((n, *row) for n, row in enumerate(sorted(ctx.notifications, key=_when), start=1)),
        )
        ctx.loader.reset_sequences()
    ctx.meta.update(
        tag="online",
        report_year=str(ctx.now.year - 1),
        **{f"rows_{name}": str(count) for name, count in sorted(ctx.loader.counts.items())},
    )
    return ctx


def _when(row: tuple):
    return row[5]


def _bench_notifications(ctx: Context) -> None:
    """The benchmark's moderator hears of every new idea of the last year."""
    since = ctx.now - timedelta(days=365)
    for idea in ctx.ideas:
        if idea.created >= since:
            reference = f"{idea.year}-{idea.number:04d}"
            ctx.notify(
                ctx.accounts["moderator"],
                "moderation",
                "new_idea",
                {"reference": reference, "title": idea.title},
                f"/ideas/{reference}",
                idea.created,
            )


def _write_marker(meta: dict[str, str]) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(f"DROP TABLE IF EXISTS {MARKER}"))
        connection.execute(text(f"CREATE TABLE {MARKER} (key VARCHAR(40) PRIMARY KEY, value TEXT)"))
        connection.execute(
            text(f"INSERT INTO {MARKER} (key, value) VALUES (:key, :value)"),
            [{"key": key, "value": value} for key, value in meta.items()],
        )


def analyze() -> None:
    """Fresh planner statistics (autovacuum may be off); PostgreSQL also gets its visibility
    map, as a database that has been running for a while would have."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("VACUUM (ANALYZE)"))
        else:
            connection.execute(text("ANALYZE"))
