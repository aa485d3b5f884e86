"""Vision pages (public, with visibility), staff pages and forms, linking ideas to visions."""

import re

import pytest
from sqlalchemy import select

from participation.audit.models import AuditEntry
from participation.core.localtime import today
from participation.cycles.models import Cycle, Vision
from participation.extensions import db
from participation.ideas.models import Idea
from tests.cycles.conftest import EMPLOYEE, MODERATOR
from tests.helpers import login, post_form


def stored_vision_of(app, reference: str) -> int | None:
    year, number = reference.split("-")
    with app.app_context():
        return db.session.scalar(
            select(Idea.vision_id).where(Idea.year == int(year), Idea.number == int(number))
        )


def counts_of(html: str, vision_id: int) -> tuple[int, int]:
    match = re.search(rf'id="vision-{vision_id}-counts">(\d+)\D+(\d+)', html)
    return int(match[1]), int(match[2])


def test_visions_show_the_newest_cycle_until_this_years_exists(app, client, year):
    html = client.get("/visions").get_data(as_text=True)
    assert "Digitalisierungsprogramm 2025" in html
    assert year.vision_path in html
    assert counts_of(html, year.vision_id) == (1, 2)  # public idea a; items a and c
    with app.app_context():
        this_year = today().year
        db.session.add(Cycle(year=this_year, title=f"Programm {this_year}"))
        db.session.commit()
    html = client.get("/visions").get_data(as_text=True)
    assert f"Programm {this_year}" in html
    assert "Digitalisierungsprogramm 2025" not in html
    assert 'href="/visions/2025"' in html  # the other years
    assert client.get("/visions/2025").status_code == 200
    assert client.get("/visions/1999").status_code == 404


def test_no_cycle_yet(client):
    response = client.get("/visions")
    assert response.status_code == 200
    assert 'href="/visions/manage"' not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("viewer", "ideas", "items", "counts"),
    [
        (None, ["a"], ["a", "c"], (1, 2)),
        (EMPLOYEE, ["a", "internal"], ["a", "c", "internal"], (2, 3)),
        (MODERATOR, ["a", "internal", "hidden"], ["a", "c", "internal"], (3, 3)),
    ],
)
def test_vision_page_lists_what_the_viewer_may_see(app, client, year, viewer, ideas, items, counts):
    if viewer:
        login(client, viewer)
    html = client.get(year.vision_path).get_data(as_text=True)
    listed = html[html.index('id="ideas"') : html.index('id="items"')]
    for letter in ("a", "internal", "hidden"):
        assert (year.refs[letter] in listed) == (letter in ideas), letter
    for letter in ("a", "b", "c", "internal"):
        assert (year.item_titles[letter] in html) == (letter in items), letter
    assert counts_of(client.get("/visions/2025").get_data(as_text=True), year.vision_id) == counts


def test_vision_page_status_labels_and_canonical_url(app, client, year):
    html = client.get(year.vision_path).get_data(as_text=True)
    assert "Angenommen" in html  # idea a
    assert "Abgeschlossen" in html and "In Umsetzung" in html
    response = client.get(f"/visions/{year.vision_id}-old-title?items_after=abc&evil=1")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(year.vision_path + "?items_after=abc")
    assert client.get("/visions/99999-nothing").status_code == 404


def test_vision_page_needs_the_same_number_of_queries_whatever_its_size(
    app, client, year, query_counter
):
    small = query_counter.page(client, year.vision_path)
    with app.app_context():
        db.session.execute(
            Idea.__table__.update()
            .where(Idea.visibility == "public", Idea.hidden_at.is_(None))
            .values(vision_id=year.vision_id)
        )
        db.session.commit()
    assert query_counter.page(client, year.vision_path) == small


def test_create_a_cycle_and_add_visions(app, moderator_client, year):
    response = post_form(
        moderator_client,
        "/visions/manage",
        {"year": "2027", "title": "Digitalisierungsprogramm 2027", "description": "Ziele."},
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/visions/manage/2027")
    path = "/visions/manage/2027/visions/new"
    for title, position in (("Erste", ""), ("Zweite", ""), ("Dritte", "5"), ("Vierte", "")):
        data = {"title": title, "description": "", "position": position}
        assert post_form(moderator_client, path, data).status_code == 302
    with app.app_context():
        cycle = db.session.scalar(select(Cycle).where(Cycle.year == 2027))
        assert cycle.description == "Ziele."
        positions = [(vision.title, vision.position) for vision in cycle.visions]
        assert positions == [("Erste", 0), ("Zweite", 1), ("Dritte", 5), ("Vierte", 6)]
        vision_id = cycle.visions[1].id
    response = post_form(
        moderator_client,
        f"/visions/manage/visions/{vision_id}",
        {"title": "Zweite, neu", "description": "Mehr dazu.", "position": "9"},
    )
    assert response.status_code == 302
    with app.app_context():
        vision = db.session.get(Vision, vision_id)
        assert (vision.title, vision.description) == ("Zweite, neu", "Mehr dazu.")
        assert vision.position == 9
    html = moderator_client.get("/visions/2027").get_data(as_text=True)
    titles = re.findall(r'<h3 class="idea-card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == ["Erste", "Dritte", "Vierte", "Zweite, neu"]


def field_value(html: str, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    return re.search(r'value="([^"]*)"', match[0])[1]


def is_invalid(html: str, name: str) -> bool:
    return bool(re.search(rf'<(input|textarea)[^>]*aria-invalid="true"[^>]*name="{name}"', html))


def test_a_second_cycle_for_a_year_is_refused_keeping_the_input(app, moderator_client, year):
    data = {"year": "2025", "title": "Noch ein Programm", "description": "Getippter Text."}
    response = post_form(moderator_client, "/visions/manage", data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert is_invalid(html, "year")
    assert 'href="#year"' in html  # linked from the error summary
    assert field_value(html, "year") == "2025"
    assert field_value(html, "title") == "Noch ein Programm"
    assert "Getippter Text.</textarea>" in html
    with app.app_context():
        assert db.session.scalar(select(Cycle.title).where(Cycle.year == 2025)).endswith("2025")


@pytest.mark.parametrize(
    ("data", "invalid"),
    [
        ({"year": "2028", "title": "  ", "description": "Bleibt."}, "title"),
        ({"year": "zwanzig", "title": "Programm", "description": "Bleibt."}, "year"),
        ({"year": "1850", "title": "Programm", "description": "Bleibt."}, "year"),
    ],
)
def test_cycle_form_errors_keep_the_input(app, moderator_client, year, data, invalid):
    response = post_form(moderator_client, "/visions/manage", data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert is_invalid(html, invalid)
    assert field_value(html, "year") == data["year"]
    assert "Bleibt.</textarea>" in html
    with app.app_context():
        assert db.session.scalar(select(Cycle.year).where(Cycle.year != 2025)) is None


def test_vision_and_cycle_forms_keep_the_input_on_errors(app, moderator_client, year):
    path = "/visions/manage/2025/visions/new"
    response = post_form(moderator_client, path, {"title": "", "description": "Noch da."})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert is_invalid(html, "title")
    assert "Noch da.</textarea>" in html
    data = {"title": "Vision", "position": "vorne"}
    response = post_form(moderator_client, path, data)
    assert response.status_code == 400
    assert field_value(response.get_data(as_text=True), "position") == "vorne"
    response = post_form(moderator_client, "/visions/manage/2025", {"title": ""})
    assert response.status_code == 400
    assert is_invalid(response.get_data(as_text=True), "title")
    with app.app_context():
        assert db.session.scalar(select(Cycle.title)) == "Digitalisierungsprogramm 2025"
        assert len(db.session.scalars(select(Vision)).all()) == 1


def test_link_and_unlink_an_idea(app, moderator_client, year):
    reference = year.refs["d"]
    response = post_form(moderator_client, year.vision_path, {"reference": f" {reference} "})
    assert response.status_code == 302
    assert stored_vision_of(app, reference) == year.vision_id
    html = moderator_client.get(year.vision_path).get_data(as_text=True)
    assert reference in html
    # Leading zeros are optional.
    short = reference.split("-")[0] + "-" + str(int(reference.split("-")[1]))
    response = post_form(moderator_client, year.vision_path, {"reference": short})
    assert response.status_code == 400  # already linked
    assert is_invalid(response.get_data(as_text=True), "reference")
    with app.app_context():
        idea_id = db.session.scalar(
            select(Idea.id).where(Idea.year == 2025, Idea.number == int(reference.split("-")[1]))
        )
        actions = db.session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.target_type == "idea", AuditEntry.target_id == idea_id
            )
        ).all()
        assert "vision_linked" in actions
    unlink = f"/visions/{year.vision_id}/ideas/{idea_id}/unlink"
    assert post_form(moderator_client, unlink, {}, page=year.vision_path).status_code == 302
    assert stored_vision_of(app, reference) is None
    # Unlinking again is refused with a message, nothing changes.
    assert post_form(moderator_client, unlink, {}, page=year.vision_path).status_code == 302
    assert stored_vision_of(app, reference) is None


@pytest.mark.parametrize("typed", ["2025-9999", "abc", ""])
def test_linking_an_unknown_reference_keeps_the_input(app, moderator_client, year, typed):
    response = post_form(moderator_client, year.vision_path, {"reference": typed})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert is_invalid(html, "reference")
    assert 'href="#reference"' in html
    if typed:
        assert field_value(html, "reference") == typed


def test_an_idea_serves_one_vision_at_a_time(app, moderator_client, year):
    with app.app_context():
        cycle = db.session.scalar(select(Cycle))
        other = Vision(cycle_id=cycle.id, title="Die Verwaltung arbeitet papierlos", position=1)
        db.session.add(other)
        db.session.commit()
        other_path = f"/visions/{other.id}-die-verwaltung-arbeitet-papierlos"
        other_id = other.id
    response = post_form(moderator_client, other_path, {"reference": year.refs["a"]})
    assert response.status_code == 302
    assert stored_vision_of(app, year.refs["a"]) == other_id
    html = moderator_client.get(other_path).get_data(as_text=True)
    assert "Alle Bürgerdienste sind online" in html  # the message names the previous vision
    listed = moderator_client.get(year.vision_path).get_data(as_text=True)
    assert year.refs["a"] not in listed[listed.index('id="ideas"') : listed.index('id="items"')]
