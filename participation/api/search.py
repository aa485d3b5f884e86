"""Search with the site's engine and ranking."""

from flask import jsonify
from marshmallow import Schema, fields, validate

from participation import search as engine
from participation.api.ideas import IdeaSchema, as_list_items
from participation.api.rest import ApiBlueprint, viewer
from participation.api.schemas import ItemRefSchema
from participation.ideas.models import IdeaStatus
from participation.search.results import PER_PAGE_MAX, SORTS, Filters

bp = ApiBlueprint("search", __name__, description="Search")
MAX_QUERY = 200


class SearchArgs(Schema):
    q = fields.String(required=True, validate=validate.Length(min=1, max=MAX_QUERY))
    category = fields.String()
    status = fields.String(validate=validate.OneOf(list(IdeaStatus)))
    year = fields.Integer(validate=validate.Range(min=2000, max=2999))
    sort = fields.String(load_default="relevance", validate=validate.OneOf(SORTS))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10_000))
    per_page = fields.Integer(
        load_default=20,
        validate=validate.Range(min=1),
        metadata={"description": f"Capped at {PER_PAGE_MAX}"},
    )


class SearchResultSchema(Schema):
    query = fields.String(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    total = fields.Integer(required=True)
    matched_all = fields.Boolean(
        required=True, metadata={"description": "False: the ideas have only some of the words"}
    )
    ideas = fields.List(fields.Nested(IdeaSchema), required=True)
    roadmap_items = fields.List(fields.Nested(ItemRefSchema), required=True)


@bp.route("/search")
@bp.arguments(SearchArgs, location="query", as_kwargs=False)
@bp.response(200, SearchResultSchema)
def search(args):
    """Ideas (and, on the first page, roadmap items) matching the words, as the search page
    finds and ranks them."""
    filters = Filters(
        category=args.get("category", ""), status=args.get("status", ""), year=args.get("year")
    )
    user = viewer()
    results = engine.search(
        user,
        args["q"],
        filters,
        args["sort"],
        args["page"],
        min(args["per_page"], PER_PAGE_MAX),
    )
    return jsonify(
        {
            "query": results.query,
            "page": results.page,
            "per_page": results.per_page,
            "total": results.total,
            "matched_all": results.matched_all,
            "ideas": as_list_items([hit.idea for hit in results.hits], user),
            "roadmap_items": ItemRefSchema(many=True).dump(hit.item for hit in results.items),
        }
    )
