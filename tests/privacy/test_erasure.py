"""Delete my account: no trace of the person's id, address or name anywhere; contributions
stay under "Gelöschtes Konto"; supports keep counting; login gone; re-registration possible."""

from sqlalchemy import JSON, String, Text, cast, func, select

from participation.audit.models import AuditEntry
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation.models import Report
from participation.privacy.registry import covered_columns
from participation.users.models import Role, User
from tests.factories import PASSWORD, make_user
from tests.helpers import login, post_form
from tests.privacy.builders import PERSON_EMAIL, PERSON_NAME, build_world, support_counts


def traces_of(person_id: int, email: str, name: str) -> list[str]:
    """Every place in the database that still holds the person's id, address or name."""
    found = []
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            pointers = [fk for fk in column.foreign_keys if fk.column.table.name == "users"]
            if pointers and db.session.scalar(
                select(func.count()).select_from(table).where(column == person_id)
            ):
                found.append(f"{table.name}.{column.name} = id")
            if isinstance(column.type, String | Text | JSON):
                for label, value in (("email", email), ("name", name)):
                    hits = db.session.scalar(
                        select(func.count())
                        .select_from(table)
                        .where(cast(column, Text).contains(value, autoescape=True))
                    )
                    if hits:
                        found.append(f"{table.name}.{column.name} has the {label}")
    user_targets = db.session.scalar(
        select(func.count()).where(
            AuditEntry.target_type == "user", AuditEntry.target_id == person_id
        )
    )
    if user_targets:
        found.append("audit_log target")
    return found


def test_the_person_leaves_without_a_trace(app, client, smtp):
    with app.test_request_context():
        world = build_world()
        counts = support_counts()
        assert not traces_of(world.other_id + 1000, "nobody@example.org", "Niemand")
    login(client, PERSON_EMAIL)
    wrong = post_form(
        client,
        "/account/delete",
        {"password": "falsches-passwort-123", "confirm": "y", "remove_lonely_ideas": "y"},
    )
    assert wrong.status_code == 400 and "Das Passwort ist nicht richtig." in wrong.get_data(
        as_text=True
    )
    unconfirmed = post_form(client, "/account/delete", {"password": PASSWORD})
    assert unconfirmed.status_code == 400
    smtp.clear()
    done = post_form(
        client,
        "/account/delete",
        {"password": PASSWORD, "confirm": "y", "remove_lonely_ideas": "y"},
    )
    assert done.status_code == 302
    with app.app_context():
        assert traces_of(world.person_id, PERSON_EMAIL, PERSON_NAME) == []
        assert db.session.get(User, world.person_id) is None
        assert db.session.get(Idea, world.lonely_idea_id) is None  # nobody else took part
        kept = db.session.get(Idea, world.supported_idea_id)
        assert kept.author.display_name == "Gelöschtes Konto" and kept.author.erased_at
        remaining = support_counts()
        assert remaining == {key: value for key, value in counts.items() if key in remaining}
        assert remaining[world.others_idea_id] == counts[world.others_idea_id] == 1
        open_report = db.session.scalar(select(Report))
        assert open_report.reporter.display_name == "Gelöschtes Konto"  # kept for moderators
        entry = db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "privacy.account_erased")
        )
        assert entry.actor_id == entry.target_id == kept.author_id
    farewell = smtp.to(PERSON_EMAIL)
    assert len(farewell) == 1 and "gelöscht" in farewell[0]["Subject"]
    assert client.get("/account").status_code == 302  # logged out
    page = app.test_client().get(f"/ideas/{kept.reference}", follow_redirects=True)
    assert "Gelöschtes Konto" in page.get_data(as_text=True)

    again = app.test_client()
    refused = post_form(again, "/login", {"email": PERSON_EMAIL, "password": PASSWORD})
    assert refused.status_code == 400
    registered = post_form(
        again,
        "/register",
        {
            "email": PERSON_EMAIL,
            "display_name": PERSON_NAME,
            "password": PASSWORD,
            "password_repeat": PASSWORD,
            "accept_terms": "y",
        },
    )
    assert registered.status_code == 200
    with app.app_context():
        assert db.session.scalar(select(User).where(User.email == PERSON_EMAIL)) is not None


def test_admin_deletes_an_account_on_request(app, client, smtp):
    with app.test_request_context():
        world = build_world()
        make_user("ada@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
    login(client, "ada@stadt-beispiel.de")
    path = f"/admin/users/{world.person_id}/delete"
    assert PERSON_NAME in client.get(path).get_data(as_text=True)
    missing = post_form(client, path, {"confirm": "y"})
    assert missing.status_code == 400
    smtp.clear()
    done = post_form(client, path, {"reason": "Antrag per Brief vom 1. März", "confirm": "y"})
    assert done.status_code == 302
    with app.app_context():
        assert traces_of(world.person_id, PERSON_EMAIL, PERSON_NAME) == []
        assert db.session.get(Idea, world.lonely_idea_id) is not None  # not chosen: kept
        entry = db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "privacy.account_erased")
        )
        assert entry.actor.display_name == "Ada Admin"
        assert entry.reason == "Antrag per Brief vom 1. März"
        assert db.session.get(User, entry.target_id).display_name == "Gelöschtes Konto"
    farewell = smtp.to(PERSON_EMAIL)
    assert len(farewell) == 1 and "gelöscht" in farewell[0]["Subject"]
    assert client.get(path).status_code == 404


def test_only_admins_delete_other_accounts(app, citizen_client, moderator):
    assert citizen_client.get(f"/admin/users/{moderator.id}/delete").status_code == 403


def test_every_table_pointing_at_users_is_covered_by_a_registration(app):
    with app.app_context():
        pointing = {
            (table.name, column.name)
            for table in db.metadata.sorted_tables
            for column in table.columns
            if any(fk.column.table.name == "users" for fk in column.foreign_keys)
        }
        assert pointing - covered_columns() == set()
