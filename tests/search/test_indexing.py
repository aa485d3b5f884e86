"""The index follows every change through the outbox; `flask search reindex` / `status`."""

import re

from sqlalchemy import select

from participation import search
from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.ideas import services
from participation.ideas.models import Idea
from participation.moderation import actions
from participation.search import indexing
from participation.search.database import engine_module
from participation.users.models import Role
from tests.factories import category, decide, make_user
from tests.search.conftest import idea


def found(query, user=None) -> list[str]:
    return [hit.idea.title for hit in search.search(user, query).hits]


def test_new_ideas_are_indexed_through_the_outbox(app, ctx, author):
    idea(author, "Trinkbrunnen in der Innenstadt")
    messages = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.topic == indexing.TOPIC)
    ).all()
    assert [message.payload["kind"] for message in messages] == ["idea"]
    assert all(message.delivered_at is not None for message in messages)
    assert indexing.database_count("idea") == 1
    assert found("Trinkbrunnen") == ["Trinkbrunnen in der Innenstadt"]


def test_edits_replace_the_indexed_text(app, ctx, author):
    created = idea(author, "Trinkbrunnen in der Innenstadt", tags="wasser")
    stored = db.session.get(Idea, created.id)
    services.edit_idea(
        stored,
        stored.author,
        title="Wasserspender im Rathaus",
        summary=stored.summary,
        description=stored.description,
        category=category("umwelt"),
        tags="hitze",
    )
    db.session.commit()
    assert found("Wasserspender") == ["Wasserspender im Rathaus"]
    assert found("Trinkbrunnen") == []
    assert found("hitze") == ["Wasserspender im Rathaus"]  # tags are indexed
    assert found("Umwelt") == ["Wasserspender im Rathaus"]  # and the field of action


def test_hiding_unhiding_merging_and_deleting(app, ctx, author):
    moderator = make_user("mod@stadt-beispiel.de", "Moderation", (Role.MODERATOR,))
    moderator = db.session.merge(moderator)
    first = idea(author, "Hundewiese im Stadtpark")
    second = idea(author, "Hundewiese am Fluss")
    actions.hide(db.session.get(Idea, first.id), moderator, "Spam")
    db.session.commit()
    assert found("Hundewiese") == ["Hundewiese am Fluss"]
    actions.unhide(db.session.get(Idea, first.id), moderator)
    db.session.commit()
    assert sorted(found("Hundewiese")) == ["Hundewiese am Fluss", "Hundewiese im Stadtpark"]
    actions.merge(
        db.session.get(Idea, first.id), db.session.get(Idea, second.id), moderator, "Dublette"
    )
    db.session.commit()
    assert found("Hundewiese") == ["Hundewiese am Fluss"]
    assert sorted(found("Hundewiese", moderator)) == [
        "Hundewiese am Fluss",
        "Hundewiese im Stadtpark",
    ]
    db.session.delete(db.session.get(Idea, first.id))
    db.session.commit()
    assert indexing.database_count("idea") == 1
    assert found("Stadtpark", moderator) == []


def test_visibility_changes_are_followed(app, ctx, author):
    created = idea(author, "Personalausweis abholen", visibility="internal")
    employee = make_user("kollege@stadt-beispiel.de", "Kollege", (Role.EMPLOYEE,))
    assert found("Personalausweis") == []
    assert found("Personalausweis", db.session.merge(employee)) == ["Personalausweis abholen"]
    db.session.get(Idea, created.id).visibility = "public"
    db.session.commit()
    assert found("Personalausweis") == ["Personalausweis abholen"]


def test_roadmap_items_are_found_with_their_visibility(app, ctx, author):
    from participation.roadmap import services as roadmap

    moderator = make_user("mod@stadt-beispiel.de", "Moderation", (Role.MODERATOR,))
    fields = {
        "title": "Glasfaser für alle Schulen",
        "description": "Ausbau der **Glasfaser**.",
        "category": category("bildung"),
        "responsible_department": "Schulamt",
    }
    public = decide(idea(author, "Schnelles Internet an Schulen"), moderator)
    internal = decide(idea(author, "Internes Netz", visibility="internal"), moderator)
    roadmap.create_item(db.session.merge(moderator), db.session.merge(public), fields)
    roadmap.create_item(
        db.session.merge(moderator),
        db.session.merge(internal),
        {**fields, "title": "Glasfaser im Verwaltungsnetz"},
    )
    db.session.commit()
    assert indexing.database_count("item") == 2
    public_items = [hit.item.title for hit in search.search(None, "Glasfaser").items]
    staff_items = [hit.item.title for hit in search.search(moderator, "Glasfaser").items]
    assert public_items == ["Glasfaser für alle Schulen"]
    assert sorted(staff_items) == ["Glasfaser für alle Schulen", "Glasfaser im Verwaltungsnetz"]


def test_reindex_and_status_commands(app, author):
    with app.app_context():
        idea(author, "Öffentliches WLAN am Marktplatz")
        with db.engine.begin() as connection:
            engine_module(connection.dialect.name).clear(connection, "idea")
        assert indexing.database_count("idea") == 0
    runner = app.test_cli_runner()
    status = runner.invoke(args=["search", "status"])
    assert status.exit_code == 0, status.output
    assert "Backend:          database" in status.output
    assert re.search(r"ideas:\s+0 in the database", status.output)
    assert "Pending updates:  0" in status.output
    result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexed ideas: 1, roadmap items: 0 (database)." in result.output
    with app.app_context():
        assert found("Marktplatz") == ["Öffentliches WLAN am Marktplatz"]
    status = runner.invoke(args=["search", "status"])
    assert re.search(r"ideas:\s+1 in the database", status.output)


def test_an_empty_index_next_to_ideas_is_rebuilt_by_the_outbox_not_by_a_search(
    app, fresh_app, author
):
    with app.app_context():
        idea(author, "Öffentliches WLAN am Marktplatz")
        with db.engine.begin() as connection:
            engine_module(connection.dialect.name).clear(connection, "idea")
    with fresh_app.app_context():  # a new process, e.g. after `flask db upgrade`
        assert found("Marktplatz") == []  # a search reads, it never rebuilds
    result = fresh_app.test_cli_runner().invoke(args=["outbox", "deliver"])
    assert result.exit_code == 0, result.output
    with fresh_app.app_context():
        assert found("Marktplatz") == ["Öffentliches WLAN am Marktplatz"]
