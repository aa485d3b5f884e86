"""Schemas shared by the API's resources (each resource keeps its own next to its views)."""

from datetime import UTC

from flask import current_app, url_for
from marshmallow import Schema, ValidationError, fields


def public_url(endpoint: str, **values) -> str:
    """The absolute address of a page of the site (or of the API)."""
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def _representable(moment) -> None:
    """A time the database can compare with: it must exist in UTC (not before year 1 or after
    9999 once the offset is applied)."""
    try:
        moment.astimezone(UTC)
    except OverflowError:
        raise ValidationError("Not a representable date and time.") from None


def since_field() -> fields.AwareDateTime:
    return fields.AwareDateTime(
        validate=_representable,
        metadata={"description": "Only what changed since then (ISO 8601 with time zone)"},
    )


def computed_text(value, description: str = "") -> fields.Function:
    """A string computed from the object (an absolute URL, a name)."""
    return fields.Function(
        value, required=True, metadata={"type": "string", "description": description}
    )


def idea_page_url(idea) -> str:
    return public_url("ideas.detail", year=idea.year, number=idea.number, slug=idea.slug)


def idea_api_url(idea) -> str:
    return public_url("api_ideas.idea", reference=idea.reference)


def item_page_url(item) -> str:
    return public_url("roadmap.item", item_id=item.id, slug=item.slug)


def item_api_url(item) -> str:
    return public_url("api_roadmap.item", item_id=item.id)


class TagSchema(Schema):
    name = fields.String(required=True)


class CategorySchema(Schema):
    slug = fields.String(required=True)
    name_de = fields.String(required=True)
    name_en = fields.String(required=True)
    description_de = fields.String(required=True)
    description_en = fields.String(required=True)
    colour = fields.String(required=True, metadata={"description": "#rrggbb"})


class IdeaRefSchema(Schema):
    """A pointer to another idea."""

    reference = fields.String(required=True, metadata={"example": "2026-0042"})
    title = fields.String(required=True)
    url = computed_text(idea_page_url, "The idea's page on the site")
    api_url = computed_text(idea_api_url, "The idea in this API")


class ItemRefSchema(Schema):
    """A pointer to a roadmap item."""

    id = fields.Integer(required=True)
    title = fields.String(required=True)
    url = computed_text(item_page_url, "The item's page on the site")
    api_url = computed_text(item_api_url, "The item in this API")
