"""A small world for the API tests: public, internal, hidden and merged ideas, public and
internal roadmap items and events, users of every role and their API tokens."""

from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from participation.api import services as tokens
from participation.comments import services as comments
from participation.core.models import utcnow
from participation.events import services as events
from participation.extensions import db
from participation.moderation import actions
from participation.roadmap import services as roadmap
from participation.users.models import Role, User
from tests.factories import category, decide, make_idea, make_user

ITEM_FIELDS = {
    "description": "Wir führen **Online-Termine** ein.",
    "responsible_department": "Bürgeramt",
    "start": "2027-Q1",
    "end": "2027-06",
}


@dataclass
class World:
    public: str  # references of ideas
    internal: str
    hidden: str
    merged: str
    target: str  # what `merged` was merged into
    public_item: int
    internal_item: int
    milestone: int
    indicator: int
    internal_event: int
    users: dict[str, User] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # role -> plain token


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _item(moderator: User, idea, title: str):
    idea = db.session.merge(idea)
    item = roadmap.create_item(
        db.session.merge(moderator), idea, {**ITEM_FIELDS, "title": title, "category": category()}
    )
    db.session.commit()
    return item


@pytest.fixture
def world(app) -> World:
    with app.app_context():
        citizen = make_user("clara@example.org", "Clara Citizen")
        employee = make_user("emil@stadt-beispiel.de", "Emil Employee", (Role.EMPLOYEE,))
        moderator = make_user("mona@stadt-beispiel.de", "Mona Moderation", (Role.MODERATOR,))
        admin = make_user("ada@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
        public = decide(make_idea(citizen, "Öffentliche Idee Bürgeramt"), moderator)
        internal = decide(
            make_idea(employee, "Interne Idee Aktenplan", visibility="internal"), moderator
        )
        hidden = make_idea(citizen, "Versteckte Idee Spam")
        merged = make_idea(citizen, "Doppelte Idee Bürgeramt")
        target = make_idea(citizen, "Offene Idee Bürgeramt")
        actions.hide(db.session.merge(hidden), db.session.merge(moderator), "Spam")
        actions.merge(
            db.session.merge(merged), db.session.merge(target), db.session.merge(moderator), "dup"
        )
        comments.add_comment(db.session.merge(internal), db.session.merge(employee), "Intern!")
        db.session.commit()
        public_item = _item(moderator, public, "Öffentliches Vorhaben Termine")
        internal_item = _item(moderator, internal, "Internes Vorhaben Aktenplan")
        item = db.session.merge(public_item)
        milestone = roadmap.add_milestone(item, db.session.merge(moderator), "Ausschreibung", None)
        indicator = roadmap.save_indicator(
            item,
            db.session.merge(moderator),
            {"name": "Wartezeit", "unit": "Minuten", "baseline": "40", "target": "8"},
            None,
        )
        start = utcnow() + timedelta(days=10)
        event = events.create_event(
            db.session.merge(admin),
            type="workshop",
            title="Interner Workshop Aktenplan",
            description="Nur für die Verwaltung.",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            place="Rathaus",
            audience="internal",
        )
        db.session.commit()
        found = World(
            public=public.reference,
            internal=internal.reference,
            hidden=hidden.reference,
            merged=merged.reference,
            target=target.reference,
            public_item=public_item.id,
            internal_item=internal_item.id,
            milestone=milestone.id,
            indicator=indicator.id,
            internal_event=event.id,
            users={"citizen": citizen, "employee": employee, "moderator": moderator},
        )
        found.users["admin"] = admin
        for role, user, scopes in (
            ("employee", employee, ["read_internal"]),
            ("moderator", moderator, ["read_internal", "write_progress"]),
            ("admin", admin, ["read_internal", "write_progress", "write_assessments"]),
            ("moderator_public_only", moderator, ["write_progress"]),
        ):
            _token, plain = tokens.create_token(db.session.merge(user), role, scopes)
            found.tokens[role] = plain
        db.session.commit()
    return found
