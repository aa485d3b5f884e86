"""Who logs in through which provider decides what they see: internal ideas only for the
administration's staff."""

from participation.users.models import Role
from tests.factories import make_idea, make_user
from tests.sso.conftest import sso_login

TITLE = "Interne Aktenablage digitalisieren"


def internal_idea(app):
    with app.app_context():
        author = make_user("it@stadt-beispiel.de", "IT-Amt", (Role.EMPLOYEE,))
        return make_idea(author, TITLE, visibility="internal")


def test_staff_provider_employee_sees_internal_ideas(app, client, staff_idp):
    idea = internal_idea(app)
    staff_idp.add_person("k-300", email="kai@kreis.example", email_verified=True, name="Kai")

    sso_login(client, "k-300")

    assert client.get(f"/ideas/{idea.reference}", follow_redirects=True).status_code == 200
    assert TITLE in client.get("/ideas").get_data(as_text=True)


def test_citizen_provider_user_does_not_see_internal_ideas(app, client, citizen_idp):
    idea = internal_idea(app)
    citizen_idp.add_person("bk-300", email="kai@example.org", email_verified=True, name="Kai")

    sso_login(client, "bk-300", name="citizen")

    assert client.get("/account").status_code == 200
    assert client.get(f"/ideas/{idea.reference}", follow_redirects=True).status_code == 404
    assert TITLE not in client.get("/ideas").get_data(as_text=True)
