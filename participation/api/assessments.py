"""Writing an idea's pre-assessment from the administration's tools (token scope
`write_assessments`), through the same services as the assessment form."""

from flask import jsonify
from marshmallow import Schema, fields, validate

from participation.api import services as tokens
from participation.api.ideas import AssessmentSchema, load_visible_idea
from participation.api.models import Scope
from participation.api.rest import ApiBlueprint, current_token, viewer, writer
from participation.assessment import services
from participation.assessment.models import Recommendation
from participation.audit.log import audit
from participation.core.forms import commit

bp = ApiBlueprint("assessments", __name__, description="Writing assessments (token)")


def _text(limit: int = services.TEXT_MAX, description: str = "") -> fields.String:
    return fields.String(
        allow_none=True,
        validate=validate.Length(max=limit),
        metadata={"description": description} if description else {},
    )


class AssessmentInput(Schema):
    effort = fields.Integer(allow_none=True, metadata={"description": "1–5"})
    benefit = fields.Integer(allow_none=True, metadata={"description": "1–5"})
    chances = _text()
    risks = _text()
    cost_min_eur = fields.Integer(allow_none=True)
    cost_max_eur = fields.Integer(allow_none=True)
    duration_months = fields.Integer(allow_none=True)
    earliest_start = _text(7, "A quarter like 2027-Q2")
    legally_required = fields.Boolean(load_default=False)
    legal_basis = _text()
    data_protection_notes = _text(description="Staff only")
    it_security_notes = _text(description="Staff only")
    responsible_department = _text(200)
    recommendation = fields.String(allow_none=True, validate=validate.OneOf(list(Recommendation)))
    public_summary = _text()
    internal_remarks = _text(description="Staff only")
    complete = fields.Boolean(
        load_default=False,
        metadata={"description": "Complete it: every field needed; the idea becomes assessed"},
    )


class StaffAssessmentSchema(AssessmentSchema):
    data_protection_notes = fields.String(required=True, allow_none=True)
    it_security_notes = fields.String(required=True, allow_none=True)
    internal_remarks = fields.String(required=True, allow_none=True)


@bp.route("/ideas/<reference>/assessment", methods=["PUT"])
@bp.arguments(AssessmentInput, as_kwargs=False)
@bp.response(200, StaffAssessmentSchema)
@bp.alt_response(403, description="The token lacks the scope write_assessments")
@bp.doc(security=[{"bearerAuth": []}])
def save(data, reference: str):
    """Save the pre-assessment of an idea in review (a draft, or complete with `complete`)."""
    user = writer(Scope.WRITE_ASSESSMENTS)
    idea = load_visible_idea(reference, viewer())
    complete = data.pop("complete")
    save_with = services.complete_assessment if complete else services.save_assessment

    def run():
        assessment = save_with(idea, user, data)
        audit(user, "api_assessment_saved", idea, token=current_token().id, complete=complete)
        tokens.record_write(current_token())
        return assessment

    return jsonify(StaffAssessmentSchema().dump(commit(run)))
