"""The effort/benefit matrix: valid SVG, one link per visible idea, filters, quick wins."""

import re
import xml.etree.ElementTree as ET

import pytest

from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation import actions
from tests.assessment.builders import assess, decide, new_idea, review

SVG = "{http://www.w3.org/2000/svg}"


def svg_of(html: str) -> ET.Element:
    match = re.search(r"<svg class=\"matrix__chart\".*?</svg>", html, re.S)
    assert match, "no matrix SVG"
    return ET.fromstring(match.group(0))


def links(svg: ET.Element) -> dict[str, str]:
    """href -> accessible name of every point."""
    return {a.get("href"): a.get("aria-label") for a in svg.iter(f"{SVG}a")}


@pytest.fixture
def ideas(app, author, employee, moderator):
    """Four assessed ideas: two in one cell, an internal one, and a quick win."""
    made = {}
    specs = {
        "quick": ("Formulare digital", "buergerservice", "public", 2, 5),
        "twin_a": ("Schul-WLAN", "bildung", "public", 4, 2),
        "twin_b": ("Tablets für Schulen", "bildung", "public", 4, 2),
        "internal": ("Interne Aktenablage", "verwaltung-intern", "internal", 3, 3),
    }
    for key, (title, category, visibility, effort, benefit) in specs.items():
        idea = new_idea(
            app,
            employee if visibility == "internal" else author,
            title,
            category_slug=category,
            visibility=visibility,
        )
        idea = review(app, idea, moderator)
        made[key] = assess(app, idea, moderator, effort=effort, benefit=benefit)
    made["quick"] = decide(app, made["quick"], moderator, "accepted")
    made["in_review"] = review(app, new_idea(app, author, "Noch in Prüfung"), moderator)
    return made


def test_public_matrix(app, client, ideas):
    response = client.get("/ideas/matrix")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    svg = svg_of(html)
    assert svg.find(f"{SVG}title").text
    assert svg.find(f"{SVG}desc").text
    points = links(svg)
    assert len(points) == 3
    for key in ("quick", "twin_a", "twin_b"):
        href = next(href for href in points if f"/ideas/{ideas[key].reference}-" in href)
        assert ideas[key].title in points[href]  # an accessible name per point
    assert "Interne Aktenablage" not in html
    assert "Noch in Prüfung" not in html
    # Two ideas in one cell are two separate points.
    circles = [(c.get("cx"), c.get("cy")) for c in svg.iter(f"{SVG}circle")]
    assert len(set(circles)) == 3
    # The quick-win corner is highlighted and the table lists every idea.
    assert svg.find(f".//{SVG}rect[@class='matrix__quick-wins']") is not None
    table = html[html.index("<table") : html.index("</table>")]
    assert "<caption>" in table
    for key in ("quick", "twin_a", "twin_b"):
        assert ideas[key].title in table
    assert table.count("badge--quick-win") == 1
    assert "style=" not in html
    assert "<script>" not in html


def test_staff_see_internal_ideas(employee_client, ideas):
    html = employee_client.get("/ideas/matrix").get_data(as_text=True)
    assert len(links(svg_of(html))) == 4
    assert "Interne Aktenablage" in html


def test_filters_are_bookmarkable(app, client, ideas):
    html = client.get("/ideas/matrix?category=bildung").get_data(as_text=True)
    points = links(svg_of(html))
    assert len(points) == 2
    assert "Formulare digital" not in html
    html = client.get("/ideas/matrix?status=accepted").get_data(as_text=True)
    assert len(links(svg_of(html))) == 1
    assert "Formulare digital" in html
    assert 'value="accepted" selected' in html
    odd = client.get("/ideas/matrix?status=withdrawn&category=%27%22<x>")
    assert odd.status_code == 200
    assert len(links(svg_of(odd.get_data(as_text=True)))) == 0


def test_an_empty_matrix_is_still_valid(app, client):
    html = client.get("/ideas/matrix").get_data(as_text=True)
    assert links(svg_of(html)) == {}


def test_matrix_and_priorities_need_a_fixed_number_of_queries(
    app, author, moderator, moderator_client, query_counter
):

    def add_assessed(count: int, start: int) -> None:
        for number in range(start, start + count):
            idea = review(app, new_idea(app, author, f"Idee {number}"), moderator)
            assess(app, idea, moderator, effort=number % 5 + 1, benefit=(number * 3) % 5 + 1)

    add_assessed(1, 0)
    pages = ("/ideas/matrix", "/moderation/priorities")
    small = {path: query_counter.page(moderator_client, path) for path in pages}
    add_assessed(12, 1)
    large = {path: query_counter.page(moderator_client, path) for path in pages}
    assert small == large


def test_hidden_ideas_leave_the_matrix_and_their_assessment_the_idea_page(
    app, client, moderator, assessed
):
    with app.app_context():
        actions.hide(db.session.get(Idea, assessed.id), db.session.merge(moderator), "Spam")
        db.session.commit()
    assert links(svg_of(client.get("/ideas/matrix").get_data(as_text=True))) == {}
    response = client.get(f"/ideas/{assessed.reference}", follow_redirects=True)
    assert response.status_code == 200
    assert 'id="assessment"' not in response.get_data(as_text=True)
