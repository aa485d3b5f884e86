"""Recording decisions: required reasons, document links, the idea page and its timeline."""

import pytest
from sqlalchemy import select

from participation.assessment.models import Decision
from participation.extensions import db
from participation.ideas.models import Idea, StatusChange
from tests.assessment.builders import decide, staff_path
from tests.helpers import post_form

DECISION = {
    "outcome": "accepted",
    "body": "Ausschuss für Digitalisierung",
    "decided_on": "2026-03-12",
    "reasoning": "",
    "document_url": "https://ratsinfo.stadt-beispiel.de/vorlage/2026-117",
}


def decisions(app, idea) -> list[Decision]:
    with app.app_context():
        return list(db.session.scalars(select(Decision).where(Decision.idea_id == idea.id)))


def test_form_offers_the_usual_bodies(app, moderator_client, assessed):
    html = moderator_client.get(staff_path(assessed, "decision")).get_data(as_text=True)
    assert '<datalist id="deciding-bodies">' in html
    assert 'list="deciding-bodies"' in html
    assert '<option value="Rat der Stadt">' in html
    assert 'type="date"' in html


@pytest.mark.parametrize("outcome", ["rejected", "deferred"])
def test_rejection_and_deferral_need_a_reason(app, moderator_client, assessed, outcome):
    path = staff_path(assessed, "decision")
    response = post_form(moderator_client, path, {**DECISION, "outcome": outcome})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'href="#reasoning"' in html
    assert 'value="Ausschuss für Digitalisierung"' in html  # input kept
    assert 'value="2026-03-12"' in html
    assert decisions(app, assessed) == []


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ratsinfo.example.org/x",
        "https://[::1",
        "https://a b.de",
        "ftp://x.de",
    ],
)
def test_invalid_document_links_are_refused(app, moderator_client, assessed, url):
    path = staff_path(assessed, "decision")
    response = post_form(moderator_client, path, {**DECISION, "document_url": url})
    assert response.status_code == 400
    assert 'href="#document_url"' in response.get_data(as_text=True)
    assert decisions(app, assessed) == []


def test_missing_fields_and_bad_dates(app, moderator_client, assessed):
    path = staff_path(assessed, "decision")
    response = post_form(moderator_client, path, {"decided_on": "32.13.2026"})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    for name in ("outcome", "body", "decided_on"):
        assert f'href="#{name}"' in html
    assert 'value="32.13.2026"' in html


@pytest.mark.parametrize(
    ("outcome", "reasoning"),
    [
        ("accepted", ""),
        ("rejected", "Kein Nutzen für die Bürgerschaft erkennbar."),
        ("deferred", "Erst nach der Haushaltsberatung 2027."),
    ],
)
def test_decision_reaches_the_idea_page_and_timeline(
    app, client, moderator_client, assessed, outcome, reasoning
):
    path = staff_path(assessed, "decision")
    data = {**DECISION, "outcome": outcome, "reasoning": reasoning}
    response = post_form(moderator_client, path, data)
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        idea = db.session.get(Idea, assessed.id)
        assert idea.status == outcome
        last = db.session.scalars(
            select(StatusChange)
            .where(StatusChange.idea_id == idea.id)
            .order_by(StatusChange.id.desc())
        ).first()
        assert (last.from_status, last.to_status) == ("assessed", outcome)
        assert last.note == (reasoning or None)
    response = client.get(f"/ideas/{assessed.reference}", follow_redirects=True)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    decision = html[html.index('id="decision"') : html.index('id="assessment"')]
    tone = {"accepted": "positive", "rejected": "negative", "deferred": "neutral"}[outcome]
    assert f"badge--{tone}" in decision
    assert "Ausschuss für Digitalisierung" in decision
    assert 'datetime="2026-03-12"' in decision
    assert "12.03.2026" in decision
    assert DECISION["document_url"] in decision
    if reasoning:
        assert reasoning in decision
        timeline = html[html.index('class="timeline"') :]
        assert reasoning in timeline


def test_support_stops_after_the_decision(app, moderator, citizen_client, assessed):
    page = f"/ideas/{assessed.reference}"
    assert (
        post_form(citizen_client, page + "/support", {"action": "support"}, page=page).status_code
        == 302
    )
    decide(app, assessed, moderator, "accepted")
    response = post_form(citizen_client, page + "/support", {"action": "withdraw"}, page=page)
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Idea, assessed.id).support_count == 1
    response = citizen_client.get(page, follow_redirects=True)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'id="decision"' in html
    assert 'name="action" value="withdraw"' not in html


def test_only_assessed_ideas_can_be_decided(app, moderator_client, in_review):
    path = staff_path(in_review, "decision")
    html = moderator_client.get(path).get_data(as_text=True)
    assert 'name="outcome"' not in html
    response = post_form(moderator_client, path, DECISION)
    assert response.status_code == 400
    assert decisions(app, in_review) == []


def test_decided_idea_shows_the_decision_read_only(app, moderator, moderator_client, assessed):
    decide(app, assessed, moderator, "accepted")
    html = moderator_client.get(staff_path(assessed, "decision")).get_data(as_text=True)
    assert 'name="outcome"' not in html
    assert "Rat der Stadt" in html
