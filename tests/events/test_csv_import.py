"""CSV import of ideas collected offline: encodings, delimiters, per-row errors, a preview
before anything is saved, and only valid rows when the organiser asks for it."""

import io
import re

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from participation.events import csv_import
from participation.extensions import db
from participation.ideas.models import Idea
from tests.events.factories import make_event
from tests.factories import make_categories
from tests.helpers import csrf_token

HEADER = "title;summary;description;category\n"
GOOD = (
    HEADER
    + "Sitzbänke am Fluss;Mehr Bänke für Ältere;Längs des Uferwegs;umwelt\n"
    + 'Schul-WLAN;"WLAN in allen Klassen; auch in der Turnhalle";;Bildung & Schule\n'
)
MIXED = (
    HEADER
    + "Gute Idee;Kurz und klar;;mobilitaet\n"
    + ";Ohne Titel;;mobilitaet\n"
    + "Falsches Feld;Kurz;;Raumfahrt\n"
    + f"{'x' * 130};Zu langer Titel;;bildung\n"
)


@pytest.fixture
def categories(app):
    with app.app_context():
        make_categories()
        from participation.ideas.queries import categories as load

        return load()


def parse(app, data: bytes):
    with app.app_context():
        from participation.ideas.queries import categories as load

        return csv_import.parse(data, load())


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GOOD.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "utf-8-sig"),
        (GOOD.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected_and_umlauts_survive(app, categories, data, encoding):
    parsed = parse(app, data)
    assert parsed.encoding == encoding
    assert [row.title for row in parsed.rows] == ["Sitzbänke am Fluss", "Schul-WLAN"]
    assert parsed.rows[0].summary == "Mehr Bänke für Ältere"
    assert parsed.rows[1].summary == "WLAN in allen Klassen; auch in der Turnhalle"
    assert [row.category.slug for row in parsed.rows] == ["umwelt", "bildung"]
    assert not parsed.invalid_rows


def test_commas_and_german_column_names_work_too(app, categories):
    data = "Titel,Kurzbeschreibung,Beschreibung,Handlungsfeld,Notiz\nA,B,C,Umwelt & Klima,x\n"
    parsed = parse(app, data.encode())
    assert parsed.delimiter == ","
    assert parsed.rows[0].category.slug == "umwelt"
    assert parsed.ignored_columns == ["notiz"]


def test_bad_rows_get_their_own_errors(app, categories):
    parsed = parse(app, MIXED.encode())
    assert [row.number for row in parsed.rows] == [2, 3, 4, 5]
    assert [bool(row.errors) for row in parsed.rows] == [False, True, True, True]
    assert "Raumfahrt" in parsed.rows[2].errors[0]


@pytest.mark.parametrize(
    "data",
    [
        b"name;text\nA;B\n",  # wrong columns
        b"",  # empty
        HEADER.encode(),  # only the header
        "title;summary;category\n".encode("utf-16"),  # not a text file for us
        b"title;summary;category\n\x81\x8d;x;umwelt\n",  # neither UTF-8 nor Windows-1252
    ],
)
def test_unreadable_files_are_refused_as_a_whole(app, categories, data):
    with pytest.raises(csv_import.ImportFailed):
        parse(app, data)


# --- through the pages --------------------------------------------------------------------


@pytest.fixture
def event(app, people, categories):
    with app.app_context():
        return make_event(people["creator"])


def idea_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Idea))


def upload(client, event, data: bytes, filename: str = "ideen.csv", note: str = "Workshop"):
    """Encoded here, in memory: the test client would spool large bodies to a file it
    never closes (a ResourceWarning) when the server refuses them early."""
    path = f"/events/{event.slug}/import"
    fields = {
        "csrf_token": csrf_token(client, path),
        "step": "preview",
        "note": note,
        "file": FileStorage(io.BytesIO(data), filename=filename, content_type="text/csv"),
    }
    boundary, body = encode_multipart(fields)
    return client.post(path, data=body, content_type=f"multipart/form-data; boundary={boundary}")


def confirm(client, event, html: str, only_valid: bool = False):
    fields = dict(re.findall(r'name="(confirm-[a-z_]+)" type="hidden" value="([^"]*)"', html))
    assert set(fields) == {"confirm-csrf_token", "confirm-content", "confirm-note"}
    if only_valid:
        fields["confirm-only_valid"] = "y"
    return client.post(
        f"/events/{event.slug}/import",
        data={"step": "import", **fields},
        content_type="multipart/form-data",
    )


def test_preview_then_import(app, organiser_client, event):
    response = upload(organiser_client, event, GOOD.encode("cp1252"))
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'data-encoding="cp1252"' in html
    assert "Windows-1252" in html
    assert "Sitzbänke am Fluss" in html
    with app.app_context():
        assert idea_count() == 0  # nothing saved by the preview
    response = confirm(organiser_client, event, html)
    assert response.status_code == 302
    with app.app_context():
        ideas = db.session.scalars(select(Idea).order_by(Idea.id)).all()
        assert [idea.title for idea in ideas] == ["Sitzbänke am Fluss", "Schul-WLAN"]
        assert all(idea.event_id == event.id for idea in ideas)
        assert all(idea.entered_by_note == "Workshop" for idea in ideas)
        assert ideas[1].description == ideas[1].summary  # empty description: the summary
        assert ideas[0].author.email == "olga@stadt-beispiel.de"


def test_bad_rows_block_the_import_unless_only_valid_rows_are_chosen(app, organiser_client, event):
    html = upload(organiser_client, event, MIXED.encode()).get_data(as_text=True)
    assert 'id="row-3" class="import-row--error"' in html
    assert 'id="row-2" class="import-row--ok"' in html
    assert 'data-valid="1" data-invalid="3"' in html
    refused = confirm(organiser_client, event, html)
    assert refused.status_code == 400
    with app.app_context():
        assert idea_count() == 0
    assert confirm(organiser_client, event, html, only_valid=True).status_code == 302
    with app.app_context():
        assert db.session.scalars(select(Idea.title)).all() == ["Gute Idee"]


def test_unreadable_file_shows_the_reason_on_the_form(app, organiser_client, event):
    response = upload(organiser_client, event, b"name;text\nA;B\n")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'aria-invalid="true"' in html
    assert "title" in html  # the message names the expected columns


def test_too_large_files_are_refused(app, organiser_client, event, monkeypatch):
    monkeypatch.setitem(app.config, "EVENT_IMPORT_MAX_BYTES", 1024)
    response = upload(organiser_client, event, (GOOD * 40).encode())
    assert response.status_code == 400
    assert "1 KB" in response.get_data(as_text=True)
    # Past the request limit the server refuses before the view runs.
    response = upload(organiser_client, event, b"x" * (3 * 1024 * 1024))
    assert response.status_code == 413
    with app.app_context():
        assert idea_count() == 0


def test_tampered_confirmation_is_refused(app, organiser_client, event):
    html = upload(organiser_client, event, GOOD.encode()).get_data(as_text=True)
    html = re.sub(r'(name="confirm-content" type="hidden" value=")[^"]*', r"\1not-base64!", html)
    assert confirm(organiser_client, event, html).status_code == 400
    with app.app_context():
        assert idea_count() == 0


def test_import_is_rate_limited(app, organiser_client, event, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_EVENT_IMPORT", "1 per hour")
    assert upload(organiser_client, event, GOOD.encode()).status_code == 200
    assert upload(organiser_client, event, GOOD.encode()).status_code == 429
