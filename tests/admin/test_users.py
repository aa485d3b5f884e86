"""People in the administration area: list and filters, roles with the last-admin rule,
confirmation, blocking, links by e-mail and invitations (signed, expiring, single use)."""

from sqlalchemy import select

from participation.audit.models import AuditEntry
from participation.extensions import db
from participation.users.models import Role
from tests.factories import make_user, reload_user
from tests.helpers import links_in, login, path_of, post_form


def actions(app) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_list_filters_by_text_role_and_state(app, admin_client):
    with app.app_context():
        make_user("bert@example.org", "Bert Bürger")
        make_user("olga@example.org", "Olga Orga", (Role.ORGANISER,))
        make_user("uwe@example.org", "Uwe Unbestätigt", confirmed=False)
    html = admin_client.get("/admin/users?q=olga").get_data(as_text=True)
    assert "Olga Orga" in html and "Bert Bürger" not in html
    html = admin_client.get("/admin/users?role=organiser").get_data(as_text=True)
    assert "Olga Orga" in html and "Uwe" not in html
    html = admin_client.get("/admin/users?confirmed=no").get_data(as_text=True)
    assert "Uwe Unbestätigt" in html and "Olga" not in html
    html = admin_client.get("/admin/users?role=nonsense&blocked=maybe").get_data(as_text=True)
    assert "Bert Bürger" in html


def test_roles_are_granted_and_withdrawn_with_audit_sentences(app, admin_client):
    with app.app_context():
        person = make_user("mia@example.org", "Mia Muster")
    path = f"/admin/users/{person.id}/roles"
    response = post_form(admin_client, path, {"roles": ["moderator", "organiser"]}, page=path[:-6])
    assert response.status_code == 302
    with app.app_context():
        assert reload_user(person.id).roles >= {Role.MODERATOR, Role.ORGANISER}
    post_form(admin_client, path, {"roles": ["organiser"]}, page=path[:-6])
    with app.app_context():
        assert Role.MODERATOR not in reload_user(person.id).roles
    html = admin_client.get("/admin/audit").get_data(as_text=True)
    assert "Ada Admin nahm Mia Muster die Rolle „Moderation“." in html
    assert actions(app) == ["role_granted", "role_granted", "role_revoked"]


def test_an_admin_cannot_drop_their_own_admin_role(app, admin, admin_client):
    path = f"/admin/users/{admin.id}/roles"
    response = post_form(admin_client, path, {"roles": []}, page=path[:-6])
    assert response.status_code == 400
    assert "eigenen Administrationsrechte" in response.get_data(as_text=True)
    with app.app_context():
        assert Role.ADMIN in reload_user(admin.id).roles


def test_admins_cannot_block_themselves_but_another_admin(app, admin):
    from participation.admin import services
    from participation.core.errors import ValidationFailed

    with app.app_context():
        second = make_user("zweite@stadt-beispiel.de", "Zweite Admin", (Role.ADMIN,))
        try:
            services.block(reload_user(admin.id), reload_user(admin.id), "Test")
        except ValidationFailed as failure:
            assert "eigenen" in failure.reasons["reason"]
        else:
            raise AssertionError("an admin blocked themselves")
        db.session.rollback()
        services.block(reload_user(second.id), reload_user(admin.id), "Test")
        db.session.commit()
        assert reload_user(second.id).is_blocked


def test_last_admin_rule_by_another_admin(app, admin):
    from participation.admin import services
    from participation.core.errors import ValidationFailed

    with app.app_context():
        other = make_user("blockiert@stadt-beispiel.de", "Blockierte Admin", (Role.ADMIN,))
        other = reload_user(other.id)
        other.blocked_at = other.created_at  # a blocked admin does not count
        db.session.commit()
        try:
            services.set_roles(reload_user(admin.id), set(), reload_user(other.id))
        except ValidationFailed as failure:
            assert "letzte" in failure.reasons["roles"]
        else:
            raise AssertionError("the last admin lost the role")


def test_confirm_block_and_links_by_mail(app, smtp, admin_client):
    with app.app_context():
        person = make_user("ulla@example.org", "Ulla", confirmed=False)
    page = f"/admin/users/{person.id}"
    assert post_form(admin_client, page + "/confirmation", {}, page=page).status_code == 302
    assert smtp.to("ulla@example.org")
    assert post_form(admin_client, page + "/confirm", {}, page=page).status_code == 302
    assert post_form(admin_client, page + "/password", {}, page=page).status_code == 302
    assert len(smtp.to("ulla@example.org")) == 2
    response = post_form(admin_client, page + "/block", {"reason": ""}, page=page)
    assert response.status_code == 400  # a reason is needed
    response = post_form(admin_client, page + "/block", {"reason": "Spam"}, page=page)
    assert response.status_code == 302
    with app.app_context():
        person = reload_user(person.id)
        assert person.is_confirmed and person.is_blocked
    assert actions(app) == [
        "confirmation_resent",
        "email_confirmed",
        "password_reset_started",
        "block",
    ]


def invite(admin_client, email="neu@stadt-beispiel.de"):
    return post_form(
        admin_client,
        "/admin/users/invite",
        {"email": email, "display_name": "Nina Neu", "roles": ["moderator"], "locale": "de"},
    )


def test_invitation_sets_the_password_once(app, smtp, admin_client):
    assert invite(admin_client).status_code == 302
    (message,) = smtp.to("neu@stadt-beispiel.de")
    link = path_of(next(link for link in links_in(message) if "/invitation/" in link))
    client = app.test_client()
    assert client.get(link).status_code == 200
    form = {"password": "ein-neues-langes-passwort", "password_repeat": "ein-neues-langes-passwort"}
    response = post_form(client, link, form)
    assert response.status_code == 302
    assert client.get("/moderation").status_code == 200  # logged in, as moderator
    assert app.test_client().get(link).status_code == 400  # used once
    login(app.test_client(), "neu@stadt-beispiel.de", "ein-neues-langes-passwort")
    assert actions(app) == ["user_invited"]


def test_invitation_expires(app, smtp, admin_client, monkeypatch):
    invite(admin_client)
    (message,) = smtp.to("neu@stadt-beispiel.de")
    link = path_of(next(link for link in links_in(message) if "/invitation/" in link))
    monkeypatch.setitem(app.config, "INVITATION_TOKEN_MAX_AGE", -1)
    response = app.test_client().get(link)
    assert response.status_code == 400
    assert "neue Einladung" in response.get_data(as_text=True)


def test_inviting_a_known_address_keeps_the_form(admin_client, admin):
    response = invite(admin_client, admin.email)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "schon verwendet" in html and "Nina Neu" in html
