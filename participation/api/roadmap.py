"""Roadmap items: the list, and one item with milestones, indicators, updates, evaluation
and the ideas it implements. Visibility: the roadmap's own functions."""

from flask import abort, jsonify
from marshmallow import Schema, fields, validate
from sqlalchemy import select

from participation.api.paging import PageArgs, envelope, page_of, page_schema
from participation.api.rest import ApiBlueprint, last_modified, viewer
from participation.api.schemas import (
    CategorySchema,
    IdeaRefSchema,
    computed_text,
    item_api_url,
    item_page_url,
    since_field,
)
from participation.core.pagination import Order
from participation.extensions import db
from participation.ideas.models import Idea
from participation.ideas.queries import visible_to
from participation.roadmap import queries
from participation.roadmap.models import ItemStatus, ProgressUpdate, RoadmapItem
from participation.roadmap.permissions import can_view_item

bp = ApiBlueprint("roadmap", __name__, description="The roadmap: items, progress and results")
UPDATES_SHOWN = 20
BY_ID = Order((RoadmapItem.id,), descending=False)
NEWEST_UPDATES = Order((ProgressUpdate.created_at, ProgressUpdate.id))


class ItemSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(list(ItemStatus)))
    status_reason = fields.String(required=True, allow_none=True)
    progress = fields.Integer(required=True, metadata={"description": "Percent, 0–100"})
    visibility = fields.String(required=True)
    category = fields.Nested(CategorySchema, required=True)
    responsible_department = fields.String(required=True)
    start_on = fields.Date(required=True, allow_none=True)
    start_precision = fields.String(required=True, metadata={"description": "month or quarter"})
    end_on = fields.Date(required=True, allow_none=True)
    end_precision = fields.String(required=True)
    budget_eur = fields.Integer(required=True, allow_none=True)
    last_update_at = fields.DateTime(required=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    url = computed_text(item_page_url, "The item's page on the site")
    api_url = computed_text(item_api_url, "The item in this API")


def decimal_text(allow_none: bool = False) -> fields.Decimal:
    """A measured value, exact, as text ("12.50"): JSON numbers would round it."""
    return fields.Decimal(
        required=True,
        allow_none=allow_none,
        as_string=True,
        metadata={"type": "string", "description": 'A decimal number as text, e.g. "12.50"'},
    )


class MilestoneSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    due_on = fields.Date(required=True, allow_none=True)
    done_at = fields.DateTime(required=True, allow_none=True)
    note = fields.String(required=True, allow_none=True)


class IndicatorSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    unit = fields.String(required=True)
    baseline = decimal_text()
    target = decimal_text()
    current = decimal_text(allow_none=True)
    measured_on = fields.Date(required=True, allow_none=True)
    reached = fields.Boolean(required=True, allow_none=True)
    percent = fields.Integer(required=True, metadata={"description": "Way from baseline to target"})


class UpdateSchema(Schema):
    id = fields.Integer(required=True)
    body = fields.String(required=True, metadata={"description": "Markdown"})
    body_html = fields.String(required=True)
    progress = fields.Integer(required=True, allow_none=True)
    status = fields.String(required=True, allow_none=True)
    created_at = fields.DateTime(required=True)


class EvaluationSchema(Schema):
    summary = fields.String(required=True)
    lessons_learned = fields.String(required=True)
    next_steps = fields.String(required=True)
    created_at = fields.DateTime(required=True)


class ItemDetailSchema(ItemSchema):
    description = fields.String(required=True, metadata={"description": "Markdown"})
    description_html = fields.String(required=True)
    contact = fields.String(required=True, allow_none=True)
    milestones = fields.List(fields.Nested(MilestoneSchema), required=True)
    indicators = fields.List(fields.Nested(IndicatorSchema), required=True)
    updates = fields.List(
        fields.Nested(UpdateSchema),
        required=True,
        metadata={"description": f"The {UPDATES_SHOWN} newest; all under …/updates"},
    )
    evaluation = fields.Nested(EvaluationSchema, required=True, allow_none=True)
    follow_up_ideas = fields.List(fields.Nested(IdeaRefSchema), required=True)
    ideas = fields.List(fields.Nested(IdeaRefSchema), required=True)


class ItemListArgs(PageArgs):
    category = fields.String(metadata={"description": "Slug of a field of action"})
    status = fields.String(validate=validate.OneOf(list(ItemStatus)))
    year = fields.Integer(
        validate=validate.Range(min=2000, max=2999),
        metadata={"description": "Items planned in this year"},
    )
    updated_since = since_field()


ItemPage = page_schema(ItemSchema, "ItemPage")
UpdatePage = page_schema(UpdateSchema, "UpdatePage")


def load_visible_item(item_id: int, user) -> RoadmapItem:
    item = db.session.get(RoadmapItem, item_id)
    if item is None or not can_view_item(user, item):
        abort(404)
    return item


def visible_ideas(ideas: list[Idea], user) -> list[Idea]:
    """The ideas that `user` may see (and that are not hidden), as on the item's page."""
    if not ideas:
        return []
    ids = [idea.id for idea in ideas]
    return list(
        db.session.scalars(
            select(Idea).where(Idea.id.in_(ids), *visible_to(user)).order_by(Idea.id)
        )
    )


@bp.route("/roadmap")
@bp.arguments(ItemListArgs, location="query", as_kwargs=False)
@bp.response(200, ItemPage)
def items(args):
    """Roadmap items, filtered like the roadmap page of the site, in the order created."""
    filters = queries.RoadmapFilters(
        category=args.get("category", ""), year=args.get("year"), status=args.get("status", "")
    )
    query = queries.filtered_query(viewer(), filters)
    if "updated_since" in args:
        query = query.where(RoadmapItem.updated_at >= args["updated_since"])
    page = page_of(query, BY_ID, args)
    last_modified(*(item.updated_at for item in page.items))
    return jsonify(envelope(page, ItemSchema(many=True).dump(page.items)))


@bp.route("/roadmap/<int:item_id>")
@bp.response(200, ItemDetailSchema)
@bp.alt_response(404, description="No such item, or not visible without a staff token")
def item(item_id: int):
    """One roadmap item with everything its page shows."""
    user = viewer()
    found = load_visible_item(item_id, user)
    data = ItemDetailSchema(exclude=("updates", "ideas", "follow_up_ideas")).dump(found)
    evaluation = found.evaluation
    data.update(
        updates=UpdateSchema(many=True).dump(queries.updates_for(found, UPDATES_SHOWN)),
        ideas=IdeaRefSchema(many=True).dump(visible_ideas(found.ideas, user)),
        follow_up_ideas=IdeaRefSchema(many=True).dump(
            visible_ideas(evaluation.follow_up_ideas if evaluation else [], user)
        ),
    )
    last_modified(found.updated_at, found.last_update_at)
    return jsonify(data)


@bp.route("/roadmap/<int:item_id>/updates")
@bp.arguments(PageArgs, location="query", as_kwargs=False)
@bp.response(200, UpdatePage)
def updates(args, item_id: int):
    """All progress updates of an item, the newest first."""
    found = load_visible_item(item_id, viewer())
    query = select(ProgressUpdate).where(ProgressUpdate.item_id == found.id)
    page = page_of(query, NEWEST_UPDATES, args)
    return jsonify(envelope(page, UpdateSchema(many=True).dump(page.items)))
