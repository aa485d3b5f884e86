"""Ideas (list, one idea with its timeline, public assessment and decision), their comments,
and the fields of action. Visibility: the same functions as the idea pages; hidden ideas
and comments never appear."""

import re

from flask import abort, jsonify
from marshmallow import Schema, fields, validate
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from participation.api.paging import PageArgs, envelope, page_of, page_schema
from participation.api.rest import ApiBlueprint, last_modified, viewer
from participation.api.schemas import (
    CategorySchema,
    IdeaRefSchema,
    ItemRefSchema,
    TagSchema,
    computed_text,
    idea_api_url,
    idea_page_url,
    public_url,
    since_field,
)
from participation.assessment.queries import public_assessment
from participation.comments.models import Comment
from participation.core.pagination import Order
from participation.cycles.models import Vision
from participation.events.models import Event
from participation.events.permissions import can_view_event
from participation.extensions import db
from participation.ideas import hooks, queries
from participation.ideas.models import Idea, IdeaStatus, StatusChange
from participation.ideas.permissions import can_view_idea
from participation.roadmap.permissions import can_view_item
from participation.roadmap.services import item_of

bp = ApiBlueprint("ideas", __name__, description="Ideas, their comments and fields of action")
REFERENCE = re.compile(r"^([0-9]{4})-([0-9]{1,9})$")


def visible_pointer(idea: Idea | None, user) -> Idea | None:
    """Another idea, if `user` may see it (merge targets, follow-ups)."""
    if idea is None or not can_view_idea(user, idea) or idea.is_hidden:
        return None
    return idea


class IdeaSchema(Schema):
    reference = fields.String(required=True, metadata={"example": "2026-0042"})
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    summary = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(list(IdeaStatus)))
    visibility = fields.String(required=True, validate=validate.OneOf(["public", "internal"]))
    category = fields.Nested(CategorySchema, required=True)
    tags = fields.List(fields.Pluck(TagSchema, "name"), required=True)
    support_count = fields.Integer(required=True)
    comment_count = fields.Integer(required=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    last_activity_at = fields.DateTime(required=True)
    # Filled by the view: only where the reader may see the target.
    merged_into = fields.String(
        attribute="_not_an_attribute",
        required=True,
        allow_none=True,
        metadata={"description": "Reference of the idea it was merged into (if visible)"},
    )
    url = computed_text(idea_page_url, "The idea's page on the site")
    api_url = computed_text(idea_api_url, "The idea in this API")


class TimelineEntrySchema(Schema):
    from_status = fields.String(required=True, allow_none=True)
    to_status = fields.String(required=True)
    note = fields.String(required=True, allow_none=True)
    created_at = fields.DateTime(required=True)


class AssessmentSchema(Schema):
    """The public part of the pre-assessment (staff-only remarks are never included)."""

    effort = fields.Integer(required=True, allow_none=True)
    benefit = fields.Integer(required=True, allow_none=True)
    chances = fields.String(required=True, allow_none=True)
    risks = fields.String(required=True, allow_none=True)
    cost_min_eur = fields.Integer(required=True, allow_none=True)
    cost_max_eur = fields.Integer(required=True, allow_none=True)
    duration_months = fields.Integer(required=True, allow_none=True)
    earliest_start = fields.String(required=True, allow_none=True)
    legally_required = fields.Boolean(required=True)
    legal_basis = fields.String(required=True, allow_none=True)
    responsible_department = fields.String(required=True, allow_none=True)
    recommendation = fields.String(required=True, allow_none=True)
    public_summary = fields.String(required=True, allow_none=True)
    completed_at = fields.DateTime(required=True, allow_none=True)


class DecisionSchema(Schema):
    outcome = fields.String(required=True)
    body = fields.String(required=True, metadata={"description": "The deciding body"})
    decided_on = fields.Date(required=True)
    reasoning = fields.String(required=True, allow_none=True)
    document_url = fields.String(required=True, allow_none=True)


class EventRefSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    url = computed_text(lambda event: public_url("events.detail", slug=event.slug))


class VisionRefSchema(Schema):
    id = fields.Integer(required=True)
    title = fields.String(required=True)
    year = fields.Function(
        lambda vision: vision.cycle.year, required=True, metadata={"type": "integer"}
    )


class IdeaDetailSchema(IdeaSchema):
    description = fields.String(required=True, metadata={"description": "Markdown"})
    description_html = fields.String(required=True)
    author = computed_text(lambda idea: idea.author.display_name, "Display name of the author")
    withdrawal_reason = fields.String(required=True, allow_none=True)
    timeline = fields.List(fields.Nested(TimelineEntrySchema), required=True)
    assessment = fields.Nested(AssessmentSchema, required=True, allow_none=True)
    decision = fields.Nested(DecisionSchema, required=True, allow_none=True)
    roadmap_item = fields.Nested(ItemRefSchema, required=True, allow_none=True)
    event = fields.Nested(EventRefSchema, required=True, allow_none=True)
    vision = fields.Nested(VisionRefSchema, required=True, allow_none=True)
    merged_into_idea = fields.Nested(IdeaRefSchema, required=True, allow_none=True)


class IdeaListArgs(PageArgs):
    category = fields.String(metadata={"description": "Slug of a field of action"})
    status = fields.String(validate=validate.OneOf(list(IdeaStatus)))
    tag = fields.String()
    visibility = fields.String(
        validate=validate.OneOf(["public", "internal"]),
        metadata={"description": "Only with a token that may read internal data"},
    )
    year = fields.Integer(validate=validate.Range(min=2000, max=2999))
    updated_since = since_field()
    q = fields.String(validate=validate.Length(max=queries.MAX_QUERY_LENGTH))
    sort = fields.String(load_default="newest", validate=validate.OneOf(list(queries.ORDERS)))


class CommentSchema(Schema):
    id = fields.Integer(required=True)
    parent_id = fields.Integer(required=True, allow_none=True)
    author = computed_text(lambda comment: comment.author.display_name, "Display name")
    body = fields.String(required=True, metadata={"description": "Markdown"})
    body_html = fields.String(required=True)
    created_at = fields.DateTime(required=True)
    edited_at = fields.DateTime(required=True, allow_none=True)


IdeaPage = page_schema(IdeaSchema, "IdeaPage")
CommentPage = page_schema(CommentSchema, "CommentPage")
OLDEST_FIRST = Order((Comment.created_at, Comment.id), descending=False)


def as_list_items(ideas: list[Idea], user) -> list[dict]:
    """The ideas as list entries, with merge targets only where `user` may see them
    (one query for the whole page)."""
    target_ids = {idea.merged_into_id for idea in ideas if idea.merged_into_id}
    targets = {}
    if target_ids:
        found = db.session.scalars(
            select(Idea).where(Idea.id.in_(target_ids), *queries.visible_to(user))
        )
        targets = {idea.id: idea.reference for idea in found}
    return [_as_dict(idea, targets.get(idea.merged_into_id)) for idea in ideas]


def _as_dict(idea: Idea, merged_into: str | None) -> dict:
    data = IdeaSchema().dump(idea)
    data["merged_into"] = merged_into
    return data


def load_visible_idea(reference: str, user) -> Idea:
    """The idea with this reference if `user` may see it; hidden ideas are a 404 here."""
    match = REFERENCE.match(reference)
    idea = queries.find_by_reference(int(match[1]), int(match[2])) if match else None
    if idea is None or not can_view_idea(user, idea) or idea.is_hidden:
        abort(404)
    return idea


@bp.route("/ideas")
@bp.arguments(IdeaListArgs, location="query", as_kwargs=False)
@bp.response(200, IdeaPage)
def ideas(args):
    """Ideas, filtered and sorted like the ideas list of the site."""
    user = viewer()
    filters = queries.IdeaFilters(
        category=args.get("category", ""),
        status=args.get("status", ""),
        tag=args.get("tag", ""),
        visibility=args.get("visibility", ""),
        q=args.get("q", ""),
        sort=args["sort"],
    )
    query = queries.filtered_ideas(
        user, filters, hooks.matching_ids(filters.q) if filters.q else None
    ).options(selectinload(Idea.tags))
    if "year" in args:
        query = query.where(Idea.year == args["year"])
    if "updated_since" in args:
        query = query.where(Idea.updated_at >= args["updated_since"])
    page = page_of(query, queries.ORDERS[filters.sort], args)
    last_modified(*(idea.updated_at for idea in page.items))
    return jsonify(envelope(page, as_list_items(page.items, user)))


@bp.route("/ideas/<reference>")
@bp.response(200, IdeaDetailSchema)
@bp.alt_response(404, description="No such idea, or not visible without a staff token")
def idea(reference: str):
    """One idea with its timeline, the public part of its assessment and its decision."""
    user = viewer()
    found = load_visible_idea(reference, user)
    timeline = db.session.scalars(
        select(StatusChange)
        .where(StatusChange.idea_id == found.id)
        .order_by(StatusChange.created_at, StatusChange.id)
    ).all()
    public = public_assessment(found)
    item = item_of(found)
    event = db.session.get(Event, found.event_id) if found.event_id else None
    vision = db.session.get(Vision, found.vision_id) if found.vision_id else None
    target = visible_pointer(found.merged_into, user) if found.merged_into_id else None
    data = IdeaDetailSchema().dump(found)
    data.update(
        merged_into=target.reference if target else None,
        merged_into_idea=IdeaRefSchema().dump(target) if target else None,
        timeline=TimelineEntrySchema(many=True).dump(timeline),
        assessment=AssessmentSchema().dump(public.assessment) if public else None,
        decision=DecisionSchema().dump(public.decision) if public and public.decision else None,
        roadmap_item=ItemRefSchema().dump(item) if item and can_view_item(user, item) else None,
        event=EventRefSchema().dump(event) if event and can_view_event(user, event) else None,
        vision=VisionRefSchema().dump(vision) if vision else None,
    )
    last_modified(found.updated_at, found.last_activity_at)
    return jsonify(data)


@bp.route("/ideas/<reference>/comments")
@bp.arguments(PageArgs, location="query", as_kwargs=False)
@bp.response(200, CommentPage)
def comments(args, reference: str):
    """The visible comments of an idea, oldest first (deleted and hidden ones left out)."""
    found = load_visible_idea(reference, viewer())
    query = select(Comment).where(
        Comment.idea_id == found.id, Comment.deleted_at.is_(None), Comment.hidden_at.is_(None)
    )
    page = page_of(query, OLDEST_FIRST, args)
    return jsonify(envelope(page, CommentSchema(many=True).dump(page.items)))


@bp.route("/categories")
@bp.response(200, CategorySchema(many=True))
def categories():
    """The fields of action (Handlungsfelder)."""
    return jsonify(CategorySchema(many=True).dump(queries.categories()))
