"""Demo ideas with comments, replies and supports for `flask seed-demo`."""

from datetime import timedelta

from sqlalchemy import select

from participation.comments import services as comment_services
from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas import services, support
from participation.ideas.categories import ensure_default_categories
from participation.ideas.demo_content import IDEAS
from participation.ideas.models import Category, Idea
from participation.users.models import User

SUPPORTER_COUNT = 40


def _supporters(password_hash: str) -> list[User]:
    """Confirmed filler accounts that give the demo ideas their support."""
    supporters = [
        User(
            email=f"unterstuetzung{number:02d}@example.org",
            display_name=f"Unterstützer*in {number}",
            password_hash=password_hash,
            confirmed_at=utcnow(),
        )
        for number in range(1, SUPPORTER_COUNT + 1)
    ]
    db.session.add_all(supporters)
    db.session.flush()
    return supporters


def seed_ideas(users: list[User]) -> list[Idea]:
    ensure_default_categories()
    by_email = {user.email: user for user in users}
    categories = {category.slug: category for category in db.session.scalars(select(Category))}
    supporters = _supporters(users[0].password_hash)
    start = utcnow() - timedelta(days=180)
    ideas = []
    for position, entry in enumerate(IDEAS):
        submitted_at = start + timedelta(days=position * 3, hours=position % 7)
        author = by_email[entry["author"]]
        idea = services.submit_idea(
            author,
            title=entry["title"],
            summary=entry["summary"],
            description=entry["description"],
            category=categories[entry["category"]],
            tags=", ".join(entry["tags"]),
            visibility="internal" if entry["internal"] else "public",
            now=submitted_at,
        )
        written_at = submitted_at
        for comment in entry["comments"]:
            parent = comment_services.add_comment(
                idea, by_email[comment["author"]], comment["text"]
            )
            written_at = parent.created_at = written_at + timedelta(hours=5)
            for reply in comment["replies"]:
                answer = comment_services.add_comment(
                    idea, by_email[reply["author"]], reply["text"], parent
                )
                written_at = answer.created_at = written_at + timedelta(hours=3)
        idea.last_activity_at = written_at
        if not idea.is_internal:
            for supporter in supporters[: entry["supporters"]]:
                support.support(idea, supporter)
        ideas.append(idea)
    return ideas
