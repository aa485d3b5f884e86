"""Legal pages: drafts until written, versions by admins, terms accepted at registration and
asked again after a material change."""

from sqlalchemy import select

from participation.extensions import db
from participation.privacy.legal import unwritten_legal_texts
from participation.privacy.models import LegalKind, LegalTextVersion, TermsAcceptance
from participation.users.models import Role, User
from tests.factories import PASSWORD, make_user
from tests.helpers import csrf_token, login, post_form

PAGES = ("/impressum", "/datenschutz", "/barrierefreiheit", "/nutzungsbedingungen")


def _admin_client(app):
    with app.app_context():
        make_user("ada@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
    client = app.test_client()
    login(client, "ada@stadt-beispiel.de")
    return client


def test_drafts_until_written_name_what_to_fill_in(client):
    for path in (*PAGES, "/leichte-sprache"):
        html = client.get(path).get_data(as_text=True)
        assert "Entwurf" in html, path
        assert "Platzhalter" not in html
    assert "[Aufsichtsbehörde]" not in client.get("/impressum").get_data(as_text=True)
    assert "Schlichtung" in client.get("/barrierefreiheit").get_data(as_text=True)
    privacy = client.get("/datenschutz").get_data(as_text=True)
    assert "nach 14 Tagen gelöscht" in privacy  # retention from the configuration
    assert "Cookie" in privacy
    footer = client.get("/").get_data(as_text=True)
    for link in (*PAGES, "/barrierefreiheit/feedback", "/leichte-sprache", "/kontakt"):
        assert f'href="{link}"' in footer, link


def test_admin_writes_a_version_and_the_page_shows_it(app, client):
    admin = _admin_client(app)
    with app.app_context():
        assert LegalKind.IMPRINT in unwritten_legal_texts()
    response = post_form(
        admin,
        "/admin/legal/imprint",
        {"body_de": "## Anbieterin\n\nStadt Musterhausen", "body_en": "## Provider\n\nTown"},
    )
    assert response.status_code == 302
    html = client.get("/impressum").get_data(as_text=True)
    assert "Stadt Musterhausen" in html and "Stand:" in html and "Entwurf" not in html
    with app.app_context():
        assert LegalKind.IMPRINT not in unwritten_legal_texts()
        version = db.session.scalar(select(LegalTextVersion))
        assert version.version == 1 and version.editor.display_name == "Ada Admin"
    page = admin.get("/admin/legal/imprint").get_data(as_text=True)
    assert "Ada Admin" in page
    audit_log = admin.get("/admin/audit").get_data(as_text=True)
    assert "Ada Admin veröffentlichte Fassung 1 von „Impressum“." in audit_log


def test_legal_admin_refuses_others_and_bad_input(app, citizen_client):
    assert citizen_client.get("/admin/legal").status_code == 403
    admin = _admin_client(app)
    response = post_form(
        admin,
        "/admin/legal/easy_language",
        {"body_de": "Text", "sign_language_url": "javascript:alert(1)"},
    )
    assert response.status_code == 400
    assert "https://" in response.get_data(as_text=True)
    assert admin.get("/admin/legal/unknown").status_code == 404


def test_sign_language_video_is_named_when_set(app, client):
    admin = _admin_client(app)
    post_form(
        admin,
        "/admin/legal/easy_language",
        {"body_de": "Das ist Leichte Sprache.", "sign_language_url": "https://video.example/dgs"},
    )
    html = client.get("/leichte-sprache").get_data(as_text=True)
    assert 'href="https://video.example/dgs"' in html and "Gebärdensprache" in html


def test_registration_records_the_accepted_terms(app, client):
    data = {
        "email": "neu@example.org",
        "display_name": "Neu",
        "password": PASSWORD,
        "password_repeat": PASSWORD,
    }
    refused = post_form(client, "/register", data)
    assert refused.status_code == 400
    assert "Nutzungsbedingungen" in refused.get_data(as_text=True)
    assert post_form(client, "/register", {**data, "accept_terms": "y"}).status_code == 200
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "neu@example.org"))
        acceptance = db.session.scalar(select(TermsAcceptance))
        assert acceptance.user_id == user.id and acceptance.version == 0


def test_material_change_asks_again_at_next_login(app, client, citizen):
    admin = _admin_client(app)
    post_form(admin, "/admin/legal/terms", {"body_de": "Kleine Änderung"})
    login(client, citizen.email)
    assert client.get("/ideas").status_code == 200  # not material: nobody is asked
    post_form(admin, "/admin/legal/terms", {"body_de": "Neue Regeln", "material": "y"})
    other = app.test_client()
    login(other, citizen.email)
    asked = other.get("/ideas")
    assert asked.status_code == 302 and "/nutzungsbedingungen/zustimmen" in asked.location
    page = other.get(asked.location).get_data(as_text=True)
    assert "Neue Regeln" in page
    token = csrf_token(other, asked.location)
    assert (
        other.post("/nutzungsbedingungen/zustimmen", data={"csrf_token": token}).status_code == 400
    )
    done = other.post(
        "/nutzungsbedingungen/zustimmen",
        data={"csrf_token": token, "accept": "y", "next": "/ideas"},
    )
    assert done.status_code == 302 and done.location.endswith("/ideas")
    assert other.get("/ideas").status_code == 200
    with app.app_context():
        versions = db.session.scalars(select(TermsAcceptance.version)).all()
        assert versions == [2]
    third = app.test_client()
    login(third, citizen.email)
    assert third.get("/ideas").status_code == 200  # accepted: not asked again
