"""The pre-assessment form: drafts, completion, errors on the fields, read-only afterwards."""

import re

import pytest
from sqlalchemy import select

from participation.assessment import services
from participation.assessment.models import Assessment
from participation.audit.models import AuditEntry
from participation.core.errors import ValidationFailed
from participation.extensions import db
from participation.ideas.models import Idea, StatusChange
from tests.assessment.builders import FORM, INTERNAL, PUBLIC_SUMMARY, new_idea, staff_path
from tests.helpers import post_form


def stored_assessment(app, idea) -> Assessment | None:
    with app.app_context():
        return db.session.scalar(select(Assessment).where(Assessment.idea_id == idea.id))


def stored_status(app, idea) -> str:
    with app.app_context():
        return db.session.get(Idea, idea.id).status


def error_summary(html: str) -> str:
    start = html.index('class="error-summary"')
    return html[start : html.index("</ul>", start)]


def missing_links(html: str) -> set[str]:
    box = html[html.index('id="missing-fields"') :]
    box = box[: box.index("</div>")]
    return set(re.findall(r'href="#([a-z_]+)"', box))


def test_form_lists_what_is_missing(app, moderator_client, in_review):
    response = moderator_client.get(staff_path(in_review, "assessment"))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert missing_links(html) >= {"effort", "benefit", "public_summary", "recommendation"}
    assert 'name="action" value="draft"' in html
    assert 'name="action" value="complete"' in html
    assert 'list="deciding-bodies"' not in html


def test_an_incomplete_draft_is_saved(app, moderator_client, in_review):
    path = staff_path(in_review, "assessment")
    data = {"action": "draft", "effort": "3", "chances": "Schneller", "cost_min_eur": "1.500"}
    response = post_form(moderator_client, path, data)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(path)
    assessment = stored_assessment(app, in_review)
    assert (assessment.effort, assessment.chances, assessment.cost_min_eur) == (
        3,
        "Schneller",
        1500,
    )
    assert assessment.benefit is None
    assert assessment.completed_at is None
    assert stored_status(app, in_review) == "in_review"
    html = moderator_client.get(path).get_data(as_text=True)
    assert 'value="Schneller"' not in html  # a textarea, not an input
    assert "\nSchneller</textarea>" in html
    assert "effort" not in missing_links(html)
    assert "benefit" in missing_links(html)


def test_completion_refused_names_the_missing_fields_and_keeps_the_input(
    app, moderator_client, in_review
):
    path = staff_path(in_review, "assessment")
    data = {"action": "complete", "effort": "2", "chances": "Mehr Service", "cost_min_eur": "900"}
    response = post_form(moderator_client, path, data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    summary = error_summary(html)
    # Each missing field is linked from the summary, named, and marked on the field.
    for name in ("benefit", "risks", "cost_max_eur", "recommendation", "public_summary"):
        assert f'href="#{name}"' in summary
    assert "effort" not in summary
    assert "Nutzen" in summary  # the field is named
    assert re.search(r'aria-invalid="true"[^>]*id="public_summary"', html)
    # What was typed is still there.
    assert 'value="900"' in html
    assert "\nMehr Service</textarea>" in html
    assert re.search(r'<input checked[^>]*id="effort-1"', html)
    assert stored_assessment(app, in_review) is None  # nothing saved by a refused form
    assert stored_status(app, in_review) == "in_review"


def test_bad_numbers_keep_what_was_typed(app, moderator_client, in_review):
    data = {**FORM, "action": "complete", "cost_min_eur": "zwanzigtausend", "duration_months": "-3"}
    response = post_form(moderator_client, staff_path(in_review, "assessment"), data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    summary = error_summary(html)
    assert 'href="#cost_min_eur"' in summary
    assert 'href="#duration_months"' in summary
    assert 'value="zwanzigtausend"' in html
    assert 'value="-3"' in html
    assert f"\n{FORM['chances']}</textarea>" in html
    assert stored_status(app, in_review) == "in_review"


def test_completion_moves_the_idea_to_assessed_and_writes_the_timeline(
    app, moderator_client, in_review
):
    path = staff_path(in_review, "assessment")
    response = post_form(moderator_client, path, {**FORM, "action": "complete"})
    assert response.status_code == 302, response.get_data(as_text=True)
    assert f"/ideas/{in_review.reference}" in response.headers["Location"]
    assert stored_status(app, in_review) == "assessed"
    assessment = stored_assessment(app, in_review)
    assert assessment.completed_at is not None
    assert assessment.cost_min_eur == 20_000
    assert assessment.earliest_start == "2027-Q2"
    assert assessment.legally_required is True
    with app.app_context():
        change = db.session.scalars(
            select(StatusChange)
            .where(StatusChange.idea_id == in_review.id)
            .order_by(StatusChange.id.desc())
        ).first()
        assert (change.from_status, change.to_status) == ("in_review", "assessed")
        assert change.note == PUBLIC_SUMMARY
        assert db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "assessment_completed")
        )
    # Afterwards the staff page is read-only and still shows the staff-only remarks.
    html = moderator_client.get(path).get_data(as_text=True)
    assert 'name="action"' not in html
    assert INTERNAL in html
    refused = post_form(moderator_client, path, {**FORM, "action": "draft"})
    assert refused.status_code == 400


def test_legal_basis_required_when_required_by_law(app, moderator_client, in_review):
    data = {**FORM, "legal_basis": "", "action": "complete"}
    response = post_form(moderator_client, staff_path(in_review, "assessment"), data)
    assert response.status_code == 400
    assert 'href="#legal_basis"' in response.get_data(as_text=True)


def test_rules_of_the_service_appear_on_the_fields(app, moderator_client, in_review):
    data = {
        **FORM,
        "action": "draft",
        "cost_min_eur": "50000",
        "cost_max_eur": "40000",
        "earliest_start": "bald",
    }
    response = post_form(moderator_client, staff_path(in_review, "assessment"), data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    for name in ("cost_max_eur", "earliest_start"):
        assert f'href="#{name}"' in html
    assert 'value="bald"' in html
    assert stored_assessment(app, in_review) is None


@pytest.mark.parametrize(
    ("name", "value"),
    [("duration_months", "0"), ("duration_months", "241"), ("cost_min_eur", "1000000001")],
)
def test_numbers_out_of_bounds_are_refused_by_the_form(
    app, moderator_client, in_review, name, value
):
    data = {**FORM, "action": "draft", name: value}
    response = post_form(moderator_client, staff_path(in_review, "assessment"), data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert f'href="#{name}"' in html
    assert f'value="{value}"' in html
    assert stored_assessment(app, in_review) is None


def test_service_keeps_texts_within_their_columns(app, moderator, in_review):
    """A department name longer than its column is refused, not a database error."""
    with app.app_context():
        idea = db.session.get(Idea, in_review.id)
        with pytest.raises(ValidationFailed) as refused:
            services.save_assessment(
                idea, db.session.merge(moderator), {"responsible_department": "A" * 201}
            )
        assert set(refused.value.reasons) == {"responsible_department"}
        db.session.rollback()


def test_huge_numbers_are_refused_not_crashing(app, moderator_client, in_review):
    data = {**FORM, "action": "draft", "cost_max_eur": "999999999999"}
    response = post_form(moderator_client, staff_path(in_review, "assessment"), data)
    assert response.status_code == 400
    assert 'href="#cost_max_eur"' in response.get_data(as_text=True)


def test_submitted_idea_cannot_be_assessed_yet(app, moderator_client, author):
    idea = new_idea(app, author)
    path = staff_path(idea, "assessment")
    html = moderator_client.get(path).get_data(as_text=True)
    assert 'name="action"' not in html
    response = post_form(moderator_client, path, {**FORM, "action": "draft"}, page=path)
    assert response.status_code == 400
    assert stored_assessment(app, idea) is None
