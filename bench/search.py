"""Search benchmark: 10,000 ideas in a temporary SQLite database, real search functions.

Run from the project folder:

    .venv/bin/python bench/search.py [--ideas 10000] [--repeat 30]

It migrates a fresh database, inserts the ideas in bulk (German texts recombined from the
demo ideas, 10 % internal, some hidden and merged), builds the index with the same code as
`flask search reindex`, then times each query through `participation.search` and prints the
median and 95th percentile in milliseconds. Nothing here asserts timings.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    ("Parkplätze online reservieren", {}),
    ("Parkplatz", {}),
    ("Bürgeramt Termin", {}),
    ("Buergeramt", {}),
    ("Strasse", {}),
    ("WLAN Schule", {}),
    ("Digitalisierung", {"sort": "newest"}),
    ("online", {"sort": "supported"}),
    ("online", {"page": 40}),
    ("Schwimmbadsauna", {}),
    ('"NEAR" OR * -%', {}),
]
PLACES = ["am Rathaus", "im Stadtteil Nord", "in der Altstadt", "am Bahnhof", "für alle", "2027"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    return parser.parse_args()


def make_app(folder: Path):
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite'}"
    os.environ["SECRET_KEY"] = "bench-only"
    os.environ.pop("MEILISEARCH_URL", None)
    from participation.app import create_app
    from participation.config import Config

    config = Config(folder)
    config.OUTBOX_DELIVERY = "inline"
    return create_app(config)


def seed(count: int) -> None:
    from sqlalchemy import insert, select

    from participation.demo.content import load
    from participation.extensions import db
    from participation.ideas.categories import ensure_default_categories
    from participation.ideas.models import Category, Idea
    from participation.users.models import User

    demo_ideas = load("ideas")["idea"]
    ensure_default_categories()
    author = User(email="bench@example.org", display_name="Bench", password_hash="x")
    db.session.add(author)
    db.session.commit()
    categories = list(db.session.scalars(select(Category.id)))
    rng = random.Random(42)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    rows = []
    numbers: dict[int, int] = {}
    for position in range(count):
        base = demo_ideas[position % len(demo_ideas)]
        other = demo_ideas[rng.randrange(len(demo_ideas))]
        created = start + timedelta(hours=position * 5)
        numbers[created.year] = numbers.get(created.year, 0) + 1
        title = f"{base['title']} {rng.choice(PLACES)}"[:120]
        description = f"{base['description']}\n\n{other['summary']}"
        rows.append(
            {
                "year": created.year,
                "number": numbers[created.year],
                "slug": "idee",
                "title": title,
                "summary": base["summary"],
                "description": description,
                "description_html": f"<p>{escape(description)}</p>",
                "category_id": rng.choice(categories),
                "author_id": author.id,
                "visibility": "internal" if position % 10 == 0 else "public",
                "status": "merged" if position % 97 == 0 else "submitted",
                "hidden_at": created if position % 53 == 0 else None,
                "support_count": rng.randrange(60),
                "created_at": created,
                "updated_at": created,
                "last_activity_at": created,
            }
        )
    db.session.execute(insert(Idea), rows)
    db.session.commit()


def timed(function, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    args = parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(Path(folder))
        with app.app_context():
            from flask_migrate import upgrade

            from participation import search
            from participation.extensions import db
            from participation.search import indexing
            from participation.users.models import Role, User, UserRole

            upgrade()
            began = time.perf_counter()
            seed(args.ideas)
            seeded = time.perf_counter() - began
            began = time.perf_counter()
            counts = indexing.rebuild()
            indexed = time.perf_counter() - began
            employee = User(email="amt@stadt.de", display_name="Amt", password_hash="x")
            db.session.add(employee)
            db.session.flush()
            db.session.add(UserRole(user_id=employee.id, role=Role.EMPLOYEE))
            db.session.commit()
            print(
                f"{args.ideas} ideas inserted in {seeded:.1f} s, "
                f"{counts['idea']} indexed in {indexed:.1f} s (SQLite FTS5)\n"
            )
            print(f"{'query':40} {'viewer':10} {'hits':>6} {'median ms':>10} {'p95 ms':>8}")
            for query, options in QUERIES:
                for label, viewer in (("anonymous", None), ("employee", employee)):
                    total = search.search(viewer, query, **options).total
                    median, p95 = timed(
                        lambda q=query, o=options, v=viewer: search.search(v, q, **o),
                        args.repeat,
                    )
                    name = f"{query} {options or ''}".strip()[:40]
                    print(f"{name:40} {label:10} {total:6} {median:10.1f} {p95:8.1f}")
            title, summary = "Parkplatz für den Umzug reservieren", "Halteverbot online beantragen"
            median, p95 = timed(lambda: search.similar_ideas(None, title, summary), args.repeat)
            name = "similar_ideas(title, summary)"
            print(f"{name:40} {'anonymous':10} {5:6} {median:10.1f} {p95:8.1f}")
            db.session.remove()
            db.engine.dispose()


if __name__ == "__main__":
    main()
