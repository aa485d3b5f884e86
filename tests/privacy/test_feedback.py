"""The feedback mechanism and the contact form: without JavaScript or an account, rate
limited, bad input kept, mails through the outbox to a real SMTP server, closed by admins."""

from sqlalchemy import select

from participation.extensions import db
from participation.privacy.feedback import open_feedback_count
from participation.privacy.models import FeedbackReport
from participation.users.models import Role
from tests.factories import make_user
from tests.helpers import csrf_token, login, post_form

FORM = "/barrierefreiheit/feedback"


def test_anonymous_report_is_stored_mailed_and_confirmed(app, client, smtp):
    form = client.get(FORM, headers={"Referer": "http://localhost/ideas?sort=newest"})
    assert form.status_code == 200
    assert 'value="http://localhost/ideas?sort=newest"' in form.get_data(as_text=True)
    response = post_form(
        client,
        FORM,
        {
            "message": "Der Kontrast der Schaltfläche ist zu schwach.",
            "page_url": "http://localhost/ideas",
            "name": "Bea Barriere",
            "email": "Bea@Example.org",
        },
    )
    assert response.status_code == 200
    assert "Vielen Dank" in response.get_data(as_text=True)
    with app.app_context():
        report = db.session.scalar(select(FeedbackReport))
        assert report.kind == "accessibility" and report.email == "bea@example.org"
    to_officer = smtp.to("barrierefreiheit@beispielstadt.example")
    assert len(to_officer) == 1
    assert "Kontrast" in to_officer[0].get_body(("plain",)).get_content()
    assert len(smtp.to("bea@example.org")) == 1


def test_contact_form_goes_to_the_moderation_team_without_confirmation(app, client, smtp):
    response = post_form(client, "/kontakt", {"message": "Wie kann ich mitmachen?"})
    assert response.status_code == 200
    assert len(smtp.to("moderation@beispielstadt.example")) == 1
    assert len(smtp.messages) == 1  # no address given: no confirmation


def test_bad_input_gives_clear_errors_and_keeps_the_text(app, client, smtp):
    empty = post_form(client, FORM, {"message": "  ", "name": "Kai"})
    assert empty.status_code == 400
    html = empty.get_data(as_text=True)
    assert "Bitte beschreiben Sie Ihr Anliegen." in html and 'value="Kai"' in html

    long_text = "Barriere " * 5_556  # 50,000 characters
    too_long = post_form(client, FORM, {"message": long_text})
    assert too_long.status_code == 400
    html = too_long.get_data(as_text=True)
    assert "höchstens 5000 Zeichen" in html and long_text.strip() in html

    bad_mail = post_form(client, FORM, {"message": "Text bleibt", "email": "kein-at-zeichen"})
    assert bad_mail.status_code == 400
    html = bad_mail.get_data(as_text=True)
    assert "gültige E-Mail-Adresse" in html and "Text bleibt" in html
    assert 'aria-invalid="true"' in html
    with app.app_context():
        assert db.session.scalar(select(FeedbackReport)) is None
    assert smtp.messages == []


def test_csrf_is_required(client):
    assert client.post(FORM, data={"message": "ohne Token"}).status_code == 400


def test_rate_limit_refuses_and_keeps_the_text(app, client):
    token = csrf_token(client, FORM)
    for number in range(5):
        sent = client.post(FORM, data={"csrf_token": token, "message": f"Meldung {number}"})
        assert sent.status_code == 200
    refused = client.post(FORM, data={"csrf_token": token, "message": "Noch eine Meldung"})
    assert refused.status_code == 429
    assert "Noch eine Meldung" in refused.get_data(as_text=True)
    with app.app_context():
        assert len(db.session.scalars(select(FeedbackReport)).all()) == 5


def test_admins_see_and_close_reports(app, client, citizen_client):
    post_form(client, FORM, {"message": "Formular ohne Beschriftung"})
    assert citizen_client.get("/admin/feedback").status_code == 403
    with app.app_context():
        make_user("ada@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
        assert open_feedback_count() == 1
        report_id = db.session.scalar(select(FeedbackReport.id))
    admin = app.test_client()
    login(admin, "ada@stadt-beispiel.de")
    assert "Formular ohne Beschriftung" in admin.get("/admin/feedback").get_data(as_text=True)
    closed = post_form(admin, f"/admin/feedback/{report_id}/close", {}, page="/admin/feedback")
    assert closed.status_code == 302
    assert "Formular ohne Beschriftung" not in admin.get("/admin/feedback").get_data(as_text=True)
    closed_list = admin.get("/admin/feedback?state=closed").get_data(as_text=True)
    assert "Formular ohne Beschriftung" in closed_list and "Ada Admin" in closed_list
    with app.app_context():
        assert open_feedback_count() == 0
    assert admin.get("/admin/feedback?state=x").status_code == 404
