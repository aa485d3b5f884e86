"""Events (hackathons, workshops, calls for ideas), with the events pages' visibility."""

from flask import abort, jsonify
from marshmallow import Schema, fields, validate

from participation.api.paging import PageArgs, envelope, page_of, page_schema
from participation.api.rest import ApiBlueprint, last_modified, viewer
from participation.api.schemas import computed_text, public_url
from participation.core.models import utcnow
from participation.events import queries
from participation.events.models import EventType
from participation.events.permissions import can_view_event

bp = ApiBlueprint("events", __name__, description="Events")


class EventSchema(Schema):
    id = fields.Integer(required=True)
    slug = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(list(EventType)))
    title = fields.String(required=True)
    description = fields.String(required=True, metadata={"description": "Markdown"})
    description_html = fields.String(required=True)
    starts_at = fields.DateTime(required=True)
    ends_at = fields.DateTime(required=True)
    place = fields.String(required=True)
    online_url = fields.String(required=True, allow_none=True)
    audience = fields.String(required=True)
    capacity = fields.Integer(required=True, allow_none=True)
    submissions_open_at = fields.DateTime(required=True, allow_none=True)
    submissions_close_at = fields.DateTime(required=True, allow_none=True)
    cancelled_at = fields.DateTime(required=True, allow_none=True)
    results = fields.String(required=True)
    updated_at = fields.DateTime(required=True)
    url = computed_text(lambda event: public_url("events.detail", slug=event.slug))
    api_url = computed_text(lambda event: public_url("api_events.event", event_id=event.id))


class EventListArgs(PageArgs):
    when = fields.String(load_default="upcoming", validate=validate.OneOf(queries.WHEN))
    type = fields.String(validate=validate.OneOf(list(EventType)))


EventPage = page_schema(EventSchema, "EventPage")


@bp.route("/events")
@bp.arguments(EventListArgs, location="query", as_kwargs=False)
@bp.response(200, EventPage)
def events(args):
    """Upcoming (soonest first) or past (latest first) events."""
    filters = queries.EventFilters(when=args["when"], type=args.get("type", ""))
    query = queries.filtered_query(viewer(), filters, utcnow())
    order = queries.LATEST_FIRST if filters.when == "past" else queries.SOONEST_FIRST
    page = page_of(query, order, args)
    return jsonify(envelope(page, EventSchema(many=True).dump(page.items)))


@bp.route("/events/<int:event_id>")
@bp.response(200, EventSchema)
@bp.alt_response(404, description="No such event, or not visible without a staff token")
def event(event_id: int):
    """One event."""
    found = queries.find_by_id(event_id)
    if found is None or not can_view_event(viewer(), found):
        abort(404)
    last_modified(found.updated_at)
    return jsonify(EventSchema().dump(found))
