"""Every main page needs at most 8 SQL statements, and as
many with more data as with less (DESIGN rule 9): measured on the demo, then again after adding
ideas, comments, supports and notifications to it."""

from datetime import UTC, datetime

from sqlalchemy import select

from participation.demo.content import load
from participation.extensions import db
from participation.ideas.models import Idea
from tests.helpers import login

MAX_STATEMENTS = 8
PAGES = {
    None: [
        "/",
        "/ideas",
        "/ideas?sort=supported",
        "IDEA",
        "/search?q=online",
        "/roadmap",
        "/roadmap?view=timeline",
        "ITEM",
        "/events",
        "EVENT",
        "REPORT",
        "/visions",
        "VISION",
        "/ideas/matrix",
        "PROFILE",
    ],
    "buergerin@example.org": [
        "/",
        "/ideas",
        "IDEA",
        "/search?q=online",
        "/notifications",
        "/me",
        "/account",
        "ITEM",
        "REPORT",
    ],
    "admin@stadt-beispiel.de": [
        "/ideas",
        "IDEA",
        "/moderation",
        "/moderation?tab=reported",
        "/moderation?tab=hidden",
        "/admin",
        "/admin/audit",
        "/admin/users",
        "USER",
        "/admin/categories",
        "/admin/settings",
        "/roadmap/manage",
        "/visions/manage",
        "/moderation/priorities",
        "MANAGE_ITEM",
    ],
}


def real_paths(app, client) -> dict[str, str]:
    """Pages of objects of the demo, found by following its links."""
    with app.app_context():
        idea = db.session.scalars(
            select(Idea).where(Idea.visibility == "public").order_by(Idea.comment_count.desc())
        ).first()
        idea_path = f"/ideas/{idea.reference}-{idea.slug}"
        author = idea.author_id
    found = {
        "IDEA": idea_path,
        "PROFILE": f"/users/{author}",
        "USER": f"/admin/users/{author}",
        "REPORT": f"/report/{datetime.now(UTC).year}",
    }
    for name, page, prefix in (
        ("ITEM", "/roadmap", "/roadmap/"),
        ("EVENT", "/events?when=past", "/events/"),
        ("VISION", "/visions", "/visions/"),
    ):
        html = client.get(page).get_data(as_text=True)
        links = [part.split('"')[0] for part in html.split(f'href="{prefix}')[1:]]
        found[name] = prefix + next(link for link in links if "-" in link and "." not in link)
    found["MANAGE_ITEM"] = "/roadmap/manage/" + found["ITEM"].split("/")[2].split("-")[0]
    return found


def measure(app, query_counter, paths: dict[str, str]) -> dict[tuple, int]:
    counts = {}
    for who, pages in PAGES.items():
        client = app.test_client()
        if who:
            login(client, who, load("accounts")["password"])
        for page in pages:
            path = paths.get(page, page)
            client.get(path)  # warm: the first request of a process loads more
            counts[who, page] = query_counter.page(client, path)
    return counts


def add_more(app) -> None:
    """As much again: ideas with supports and comments, notifications for the demo people."""
    from participation.comments import services as comments
    from participation.ideas import services as ideas
    from participation.ideas import support
    from participation.users.models import User
    from tests.factories import category

    with app.app_context():
        people = db.session.scalars(select(User).order_by(User.id).limit(6)).all()
        for number in range(60):
            author = people[number % len(people)]
            idea = ideas.submit_idea(
                author,
                title=f"Weitere Idee Nummer {number} für online Dienste",
                summary="Noch eine Idee, damit die Listen länger werden.",
                description="Beschreibung",
                category=category(),
            )
            for other in people:
                if other.id != author.id:
                    support.support(idea, other)
                    comments.add_comment(idea, other, f"Kommentar zu {number}")
        db.session.commit()


def test_every_page_needs_few_statements_whatever_the_size(app, demo, monkeypatch, query_counter):
    monkeypatch.setitem(app.config, "PAGE_CACHE_SIZE", 0)  # measure the work, not the cache
    monkeypatch.setitem(app.config, "RATELIMIT_ENABLED", False)
    paths = real_paths(app, app.test_client())
    small = measure(app, query_counter, paths)
    too_many = {page: number for page, number in small.items() if number > MAX_STATEMENTS}
    assert not too_many
    add_more(app)
    large = measure(app, query_counter, paths)
    grown = {page: (small[page], large[page]) for page in small if large[page] != small[page]}
    assert not grown
