"""The public part of an assessment: shown once assessed; staff-only text never public."""

import pytest

from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, IdeaStatus
from tests.assessment.builders import (
    CHANCES,
    FORM,
    PUBLIC_SUMMARY,
    SECRETS,
    assess,
    decide,
    staff_path,
)
from tests.helpers import post_form


def idea_page(client, idea: Idea) -> str:
    response = client.get(f"/ideas/{idea.reference}", follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_public_part_appears_only_once_assessed(app, client, moderator_client, in_review):
    # A saved draft is not public while the idea is in review.
    data = {**FORM, "action": "draft"}
    post_form(moderator_client, staff_path(in_review, "assessment"), data)
    html = idea_page(client, in_review)
    assert 'id="assessment"' not in html
    assert CHANCES not in html
    post_form(moderator_client, staff_path(in_review, "assessment"), {**FORM, "action": "complete"})
    html = idea_page(client, in_review)
    assert 'id="assessment"' in html
    assert CHANCES in html
    assert PUBLIC_SUMMARY in html
    assert "20.000\u00a0€" in html  # German number format
    assert "35.000\u00a0€" in html
    assert "OZG-Leistung Bewohnerparkausweis" in html
    assert 'href="/ideas/matrix"' in html
    assert 'id="decision"' not in html  # no decision yet


@pytest.mark.parametrize("role", ["anonymous", "citizen", "employee"])
def test_staff_only_text_never_reaches_public_pages(app, client_of, role, moderator, assessed):
    decided = decide(app, assessed, moderator, "accepted")
    client = client_of(role)
    pages = {
        "idea": idea_page(client, decided),
        "matrix": client.get("/ideas/matrix").get_data(as_text=True),
        "list": client.get("/ideas").get_data(as_text=True),
    }
    assert CHANCES in pages["idea"]
    assert decided.title in pages["matrix"]
    for name, html in pages.items():
        for secret in SECRETS:
            assert secret not in html, (name, secret)


def test_staff_see_the_staff_only_text_on_the_assessment_page_only(app, moderator_client, assessed):
    staff_page = moderator_client.get(staff_path(assessed, "assessment")).get_data(as_text=True)
    for secret in SECRETS:
        assert secret in staff_page
    public_page = idea_page(moderator_client, assessed)
    assert CHANCES in public_page
    for secret in SECRETS:
        assert secret not in public_page
    assert staff_path(assessed, "decision") in public_page  # the staff link


def test_a_draft_is_never_published(app, client, moderator, moderator_client, in_review):
    """Rejected straight from review: the unfinished draft stays internal."""
    post_form(moderator_client, staff_path(in_review, "assessment"), {**FORM, "action": "draft"})
    with app.app_context():
        stored = db.session.get(Idea, in_review.id)
        workflow.change_status(
            stored, IdeaStatus.REJECTED, db.session.merge(moderator), "Doppelt eingereicht."
        )
        db.session.commit()
    html = idea_page(client, in_review)
    assert "Doppelt eingereicht." in html
    assert 'id="assessment"' not in html
    assert CHANCES not in html


def test_a_reworked_assessment_is_a_draft_again(app, client, moderator, moderator_client, assessed):
    """Deferred, back in review: the new draft is not public until completed again."""
    deferred = decide(app, assessed, moderator, "deferred")
    with app.app_context():
        workflow.change_status(
            db.session.get(Idea, deferred.id), IdeaStatus.IN_REVIEW, db.session.merge(moderator)
        )
        db.session.commit()
    data = {**FORM, "chances": "Neue Chancen 2027", "action": "draft"}
    post_form(moderator_client, staff_path(deferred, "assessment"), data)
    assert "Neue Chancen 2027" not in idea_page(client, deferred)
    assess(app, deferred, moderator, chances="Neue Chancen 2027")
    html = idea_page(client, deferred)
    assert "Neue Chancen 2027" in html
    assert 'id="decision"' not in html  # the earlier deferral is not the current decision
