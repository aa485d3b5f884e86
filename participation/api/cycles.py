"""The yearly programmes with their visions, and the annual report's figures per year."""

from flask import abort, jsonify
from marshmallow import Schema, fields

from participation.api.rest import ApiBlueprint, viewer
from participation.api.schemas import CategorySchema, IdeaRefSchema
from participation.core.localtime import today
from participation.cycles import queries, report

bp = ApiBlueprint("cycles", __name__, description="Yearly programmes, visions, annual report")
FIRST_YEAR, LAST_YEAR = 2000, 2999


class VisionSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)


class CycleSchema(Schema):
    year = fields.Integer(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    visions = fields.List(fields.Nested(VisionSchema), required=True)


class FunnelSchema(Schema):
    submitted = fields.Integer(required=True)
    waiting = fields.Integer(required=True)
    in_review = fields.Integer(required=True)
    assessed = fields.Integer(required=True)
    accepted = fields.Integer(required=True)
    rejected = fields.Integer(required=True)
    deferred = fields.Integer(required=True)
    withdrawn = fields.Integer(required=True)
    merged = fields.Integer(required=True)
    implemented = fields.Integer(required=True)
    evaluated = fields.Integer(required=True)


class MedianSchema(Schema):
    days = fields.Float(required=True, allow_none=True)
    cases = fields.Integer(required=True)


class CategoryCountSchema(Schema):
    category = fields.Nested(CategorySchema, required=True)
    ideas = fields.Integer(required=True)


class ReportSchema(Schema):
    year = fields.Integer(required=True)
    funnel = fields.Nested(FunnelSchema, required=True)
    days_to_decision = fields.Nested(MedianSchema, required=True)
    days_to_done = fields.Nested(MedianSchema, required=True)
    categories = fields.List(fields.Nested(CategoryCountSchema), required=True)
    top_ideas = fields.List(fields.Nested(IdeaRefSchema), required=True)
    includes_internal = fields.Boolean(required=True)


@bp.route("/cycles")
@bp.response(200, CycleSchema(many=True))
def cycles():
    """Every yearly programme with its visions, the newest first."""
    return jsonify(CycleSchema(many=True).dump(queries.all_cycles()))


@bp.route("/reports/<int:year>")
@bp.response(200, ReportSchema)
@bp.alt_response(404, description="A year outside 2000–2999 or after this one")
def annual_report(year: int):
    """The figures of the annual report for one year, over what the reader may see."""
    if not FIRST_YEAR <= year <= min(LAST_YEAR, today().year):
        abort(404)
    built = report.build_report(year, viewer())
    data = ReportSchema(exclude=("categories", "top_ideas")).dump(built)
    data["categories"] = [
        {"category": CategorySchema().dump(category), "ideas": count}
        for category, count in built.categories
    ]
    data["top_ideas"] = IdeaRefSchema(many=True).dump(
        [idea for idea in built.top_ideas if not idea.is_hidden]
    )
    return jsonify(data)
