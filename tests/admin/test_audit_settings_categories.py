"""The readable audit log (every registered action in German and English, CSV export safe from
formulas), settings precedence over the environment, the logo, category archive, flask setup."""

import re

from flask_babel import force_locale
from sqlalchemy import select

from participation.audit import registry
from participation.audit.readable import sentence
from participation.extensions import db
from participation.ideas.models import Category
from participation.settings.values import setting
from participation.users.models import Role, UserRole
from tests.factories import category, make_user
from tests.helpers import login, post_form

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20


def test_every_action_reads_as_a_sentence_in_both_languages(app):
    with app.test_request_context():
        assert len(registry.ACTIONS) > 30
        for code, action in registry.ACTIONS.items():
            for locale in ("de", "en"):
                with force_locale(locale):
                    text = sentence(action, {"actor": "Ada", "target": "2026-0001"})
                assert "Ada" in text and (locale == "en" or code not in text), (code, locale)
                assert "%(" not in text, (code, locale)
            assert str(registry.KINDS[action.kind])


def test_unknown_actions_fail_loudly(app, admin):
    from participation.audit.log import audit

    with app.app_context():
        try:
            audit(None, "no_such_action", category())
        except KeyError as error:
            assert "no_such_action" in str(error)
        else:
            raise AssertionError("an unknown action was written")
        db.session.rollback()


def test_settings_win_over_the_environment_and_clear_the_page_cache(app, admin_client):
    assert setting_in(app, "auto_hide_threshold") == app.config["AUTO_HIDE_REPORT_THRESHOLD"]
    anonymous = app.test_client()
    assert "Mitwirken" in anonymous.get("/").get_data(as_text=True)
    form = {"platform_name": "Mach mit!", "auto_hide_threshold": "5", "intro_de": "**Hallo**"}
    assert post_form(admin_client, "/admin/settings", form).status_code == 302
    assert setting_in(app, "auto_hide_threshold") == 5
    html = anonymous.get("/").get_data(as_text=True)
    assert "Mach mit!" in html and "<strong>Hallo</strong>" in html
    page = admin_client.get("/admin/settings").get_data(as_text=True)
    assert "Hier festgelegt." in page and "Standardwert: 3" in page
    post_form(admin_client, "/admin/settings", {"auto_hide_threshold": ""})
    assert setting_in(app, "auto_hide_threshold") == 3
    html = admin_client.get("/admin/audit").get_data(as_text=True)
    assert "Ada Admin setzte „Meldungen, die Inhalte automatisch ausblenden“ auf „5“." in html


def setting_in(app, key):
    with app.test_request_context():
        return setting(key)


def test_bad_settings_keep_what_was_typed(admin_client):
    response = post_form(
        admin_client,
        "/admin/settings",
        {"employee_email_domains": "stadt.de, kein domain", "roadmap_stale_days": "0"},
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "kein domain" in html and "ganze Zahl von 1 bis 3650" in html


def test_employee_domains_from_the_settings_decide(app, admin_client):
    post_form(admin_client, "/admin/settings", {"employee_email_domains": "amt.example"})
    with app.app_context():
        person = make_user("kim@amt.example", "Kim")
        assert db.session.scalar(select(UserRole.role).where(UserRole.user_id == person.id)) == (
            Role.EMPLOYEE
        )


def upload(client, data: bytes, name: str):
    from io import BytesIO

    return post_form(
        client,
        "/admin/settings/logo",
        {"logo": (BytesIO(data), name)},
        page="/admin/settings",
        content_type="multipart/form-data",
    )


def test_logo_is_checked_and_served(app, admin_client):
    evil = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert upload(admin_client, evil, "logo.svg").status_code == 400
    outside = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x/y.png"/></svg>'
    assert upload(admin_client, outside, "logo.svg").status_code == 400
    assert upload(admin_client, b"GIF89a....", "logo.gif").status_code == 400
    assert upload(admin_client, PNG, "logo.png").status_code == 302
    html = app.test_client().get("/").get_data(as_text=True)
    src = re.search(r'src="(/site/logo/[0-9a-f]+)"', html).group(1)
    response = app.test_client().get(src)
    assert response.mimetype == "image/png" and response.data == PNG
    assert "immutable" in response.headers["Cache-Control"]
    assert app.test_client().get("/site/logo/0000").status_code == 404


def test_csv_export_neutralises_formulas(app, admin_client):
    with app.app_context():
        person = make_user("formel@example.org", "=HYPERLINK(1)")
    page = f"/admin/users/{person.id}"
    post_form(admin_client, page + "/block", {"reason": "@SUM(A1)"}, page=page)
    assert admin_client.get("/admin/audit.csv").status_code == 405  # personal data: a POST
    response = post_form(admin_client, "/admin/audit.csv", {}, page="/admin/audit")
    text = response.data.decode("utf-8-sig")
    assert "'@SUM(A1)" in text and "'=HYPERLINK(1)" not in text.split("\r\n")[0]
    assert "Ada Admin sperrte das Konto von =HYPERLINK(1)." in text
    # The download itself is recorded.
    again = post_form(admin_client, "/admin/audit.csv", {"kind": "accounts"}, page="/admin/audit")
    assert "die Protokolldatei" in again.data.decode("utf-8-sig")


def test_audit_filters_by_kind_person_and_period(app, admin_client):
    post_form(admin_client, "/admin/settings", {"platform_name": "X"})
    assert "Plattform" in admin_client.get("/admin/audit?kind=settings").get_data(as_text=True)
    html = admin_client.get("/admin/audit?kind=accounts").get_data(as_text=True)
    assert "Keine Einträge." in html
    assert "Keine Einträge." in admin_client.get("/admin/audit?to=2001-01-01").get_data(
        as_text=True
    )
    assert admin_client.get("/admin/audit?from=99999-01-01").status_code == 400
    assert admin_client.get("/admin/audit?from=9999-12-31").status_code == 400


def test_archived_categories_keep_ideas_but_are_not_offered(app, admin_client, citizen):
    from tests.factories import make_idea

    with app.app_context():
        idea = make_idea(citizen, category_slug="mobilitaet")
        mobility = category("mobilitaet")
    path = f"/admin/categories/{mobility.id}/archive"
    assert post_form(admin_client, path, {}, page="/admin/categories").status_code == 302
    citizen_client = app.test_client()
    login(citizen_client, citizen.email)
    assert 'value="mobilitaet"' not in citizen_client.get("/ideas/new").get_data(as_text=True)
    assert citizen_client.get(f"/ideas/{idea.reference}", follow_redirects=True).status_code == 200
    edit = admin_client.get(f"/admin/categories/{mobility.id}").get_data(as_text=True)
    assert "daher bleibt seine Adresse" in edit


def test_new_category_is_offered_on_the_idea_form(app, admin_client, citizen_client):
    form = {
        "name_de": "Kultur",
        "name_en": "Culture",
        "slug": "kultur",
        "colour": "#c62828",
        "position": "9",
    }
    assert post_form(admin_client, "/admin/categories/new", form).status_code == 302
    assert 'value="kultur"' in citizen_client.get("/ideas/new").get_data(as_text=True)
    bad = post_form(admin_client, "/admin/categories/new", {**form, "colour": "#ffffff"})
    assert bad.status_code == 400 and "Kultur" in bad.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Category).where(Category.slug == "kultur"))


def test_flask_setup_is_idempotent(app):
    runner = app.test_cli_runner()
    args = ["setup", "--admin-email", "erste@stadt.de", "--admin-name", "Erste", "--password-stdin"]
    result = runner.invoke(args=args, input="ein-sehr-langes-passwort\n")
    assert result.exit_code == 0, result.output
    assert "erste@stadt.de" in result.output
    again = runner.invoke(args=args, input="ein-sehr-langes-passwort\n")
    assert again.exit_code == 0 and "exists already" in again.output
    with app.app_context():
        assert len(db.session.scalars(select(Category)).all()) == 7
