"""Event pages: the list (upcoming/past, by kind, bookmarkable, fixed query count), creating
and editing in local time, form errors that keep the input, the participants' CSV."""

import csv
import io

from sqlalchemy import select

from participation.audit.models import AuditEntry
from participation.events import services
from participation.events.models import Event
from participation.extensions import db
from participation.users.models import User
from tests.events.factories import at, berlin, make_event
from tests.factories import make_user
from tests.helpers import login, post_form

FORM = {
    "type": "hackathon",
    "title": "Hackathon Offene Daten",
    "description": "Zwei Tage **Code** und Kaffee.",
    "starts_at": "2030-03-30T09:00",  # summer time starts on 31 March 2030
    "ends_at": "2030-03-31T18:00",
    "place": "Stadtbibliothek",
    "online_url": "",
    "audience": "public",
    "capacity": "30",
    "submissions_open_at": "2030-03-01T00:00",
    "submissions_close_at": "2030-03-31T12:00",
    "co_organisers": "otto@stadt-beispiel.de",
}


def test_list_upcoming_past_and_by_kind(app, client, people):
    with app.app_context():
        creator = people["creator"]
        make_event(creator, "Kommender Workshop")
        make_event(creator, "Kommender Hackathon", type="hackathon")
        make_event(creator, "Alter Workshop", starts_at=at(days=-30), ends_at=at(days=-29))
    upcoming = client.get("/events").get_data(as_text=True)
    assert "Kommender Workshop" in upcoming
    assert "Kommender Hackathon" in upcoming
    assert "Alter Workshop" not in upcoming
    past = client.get("/events?when=past").get_data(as_text=True)
    assert "Alter Workshop" in past
    assert "Kommender Workshop" not in past
    hackathons = client.get("/events?type=hackathon").get_data(as_text=True)
    assert "Kommender Hackathon" in hackathons
    assert "Kommender Workshop" not in hackathons
    odd = client.get("/events", query_string={"when": "evil", "type": "x'--"})
    assert odd.status_code == 200
    assert client.get("/events", query_string={"after": "abc"}).status_code == 400


def test_list_needs_the_same_number_of_queries_whatever_its_size(app, people, query_counter):
    client = app.test_client()
    login(client, people["employee"].email)
    with app.app_context():
        event = make_event(people["creator"], "Eins", capacity=5)
        services.register(db.session.get(Event, event.id), db.session.merge(people["citizen"]))
        db.session.commit()
    small = query_counter.page(client, "/events")
    with app.app_context():
        for number in range(12):
            make_event(people["creator"], f"Veranstaltung {number}", audience="internal")
    assert query_counter.page(client, "/events") == small


def test_organiser_creates_an_event_in_local_time(app, organiser_client, people):
    response = post_form(organiser_client, "/events/new", FORM)
    assert response.status_code == 302
    assert response.headers["Location"] == "/events/hackathon-offene-daten"
    with app.app_context():
        event = db.session.scalar(select(Event))
        assert event.starts_at == berlin(2030, 3, 30, 9)  # 08:00 UTC (winter time)
        assert event.ends_at == berlin(2030, 3, 31, 18)  # 16:00 UTC (summer time)
        assert event.starts_at.hour == 8 and event.ends_at.hour == 16
        assert event.description_html == "<p>Zwei Tage <strong>Code</strong> und Kaffee.</p>"
        assert [user.email for user in event.co_organisers] == ["otto@stadt-beispiel.de"]
    html = organiser_client.get("/events/hackathon-offene-daten").get_data(as_text=True)
    assert "09:00" in html and "18:00" in html  # shown in local time again
    edit = organiser_client.get("/events/hackathon-offene-daten/edit").get_data(as_text=True)
    assert 'value="2030-03-30T09:00"' in edit


def test_same_title_gets_another_address(app, organiser_client, people):
    post_form(organiser_client, "/events/new", FORM)
    response = post_form(organiser_client, "/events/new", FORM)
    assert response.headers["Location"] == "/events/hackathon-offene-daten-2"


def test_errors_are_shown_and_the_input_is_kept(app, organiser_client, people):
    bad = {
        **FORM,
        "ends_at": "2030-03-29T09:00",
        "place": "",
        "online_url": "javascript:alert(1)",
        "co_organisers": "niemand@example.org",
        "submissions_close_at": "",
    }
    response = post_form(organiser_client, "/events/new", bad)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    for field in ("ends_at", "online_url", "co_organisers", "submissions_close_at"):
        assert f'id="{field}-error"' in html, field
    assert 'value="Hackathon Offene Daten"' in html
    assert 'value="2030-03-29T09:00"' in html
    with app.app_context():
        assert db.session.scalar(select(Event)) is None


def test_only_staff_side_organisers_can_run_internal_events(app):
    from participation.users.models import Role

    with app.app_context():
        make_user("extern@example.org", "Externe Organisatorin", (Role.ORGANISER,))
    client = app.test_client()
    login(client, "extern@example.org")
    form = client.get("/events/new").get_data(as_text=True)
    assert 'name="audience"' not in form
    response = post_form(
        client, "/events/new", {**FORM, "audience": "internal", "co_organisers": ""}
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Event.audience)) == "public"


def test_co_organiser_edits_and_others_cannot(app, people):
    with app.app_context():
        event = make_event(people["creator"], co_organisers="otto@stadt-beispiel.de")
    co = app.test_client()
    login(co, people["co_organiser"].email)
    data = {**FORM, "title": "Neuer Titel", "results": "Drei **Prototypen**."}
    response = post_form(co, f"/events/{event.slug}/edit", data)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/events/{event.slug}"  # the address stays
    other = app.test_client()
    login(other, people["organiser"].email)
    assert post_form(other, f"/events/{event.slug}/edit", data, page="/events").status_code == 403
    with app.app_context():
        saved = db.session.get(Event, event.id)
        assert saved.title == "Neuer Titel"
        assert saved.results_html == "<p>Drei <strong>Prototypen</strong>.</p>"


def test_participants_csv_is_spreadsheet_safe(app, organiser_client, people):
    with app.app_context():
        event = make_event(people["creator"], capacity=1)
        for email, name in (
            ("eva@example.org", '=HYPERLINK("http://x")'),
            ("max@example.org", "Max"),
        ):
            user = make_user(email, name)
            services.register(db.session.get(Event, event.id), db.session.get(User, user.id))
        db.session.commit()
    page = organiser_client.get(f"/events/{event.slug}/participants").get_data(as_text=True)
    assert "eva@example.org" in page
    csv_path = f"/events/{event.slug}/participants.csv"
    assert organiser_client.get(csv_path).status_code == 405  # a download of personal data
    assert organiser_client.post(csv_path).status_code == 400  # … needs the form's token
    page_path = f"/events/{event.slug}/participants"
    response = post_form(organiser_client, csv_path, {}, page=page_path)
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 3
    assert rows[1][:2] == ['\'=HYPERLINK("http://x")', "eva@example.org"]
    assert rows[2][:2] == ["Max", "max@example.org"]
    assert rows[1][2] != rows[2][2]  # confirmed, then the waiting list
    with app.app_context():
        recorded = db.session.scalars(select(AuditEntry.action)).all()
    assert recorded == ["participants_exported"]
