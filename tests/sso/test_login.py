"""Logging in through a real provider with the test client: accounts are created, found
again and linked; every broken answer is refused."""

from sqlalchemy import select

from participation.extensions import db
from participation.users.models import User, UserSession
from participation.users.oidc.models import LinkedLogin
from tests.factories import make_user
from tests.helpers import login
from tests.sso.conftest import CITIZEN_LABEL, DOWN_LABEL, STAFF_LABEL, sso_login

FIRST_LOGIN = "Willkommen! Ihr Konto wurde angelegt."


def only_user(app) -> User:
    with app.app_context():
        [user] = db.session.scalars(select(User)).all()
        user.role_grants  # noqa: B018 - read after the context
        db.session.expunge(user)
        return user


def links(app) -> list[tuple[str, str, int]]:
    with app.app_context():
        rows = db.session.scalars(select(LinkedLogin).order_by(LinkedLogin.id))
        return [(row.provider, row.subject, row.user_id) for row in rows]


def test_login_and_registration_pages_offer_one_button_per_provider(client):
    for path in ("/login", "/register"):
        html = client.get(path).get_data(as_text=True)
        for label in (STAFF_LABEL, CITIZEN_LABEL, DOWN_LABEL):
            assert html.count(label) == 1, (path, label)
        assert 'action="/login/oidc/staff"' in html


def test_first_login_creates_a_confirmed_account(app, client, staff_idp):
    staff_idp.add_person("k-100", email="Ada@Stadt-Beispiel.de", email_verified=True, name="Ada")

    response = sso_login(client, "k-100")

    assert response.status_code == 302
    assert response.location == "/account"
    user = only_user(app)
    assert (user.email, user.display_name, user.password_hash) == ("ada@stadt-beispiel.de", "Ada", None)
    assert user.is_confirmed
    assert links(app) == [("staff", "k-100", user.id)]
    page = client.get("/account").get_data(as_text=True)
    assert FIRST_LOGIN in page
    assert "Ada" in page
    with app.app_context():
        assert db.session.scalar(select(UserSession.user_id)) == user.id
