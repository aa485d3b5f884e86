"""Lists in the API: the page size asked for (capped), keyset cursors and the envelope."""

from flask import request, url_for
from marshmallow import Schema, fields, validate
from sqlalchemy import Select

from participation.core.pagination import MAX_PER_PAGE, KeysetPage, Order, keyset_page

DEFAULT_PER_PAGE = 20


class PageArgs(Schema):
    per_page = fields.Integer(
        load_default=DEFAULT_PER_PAGE,
        validate=validate.Range(min=1),
        metadata={
            "description": f"Items per page; larger values than {MAX_PER_PAGE} are capped "
            "(the response's `per_page` says what was used)."
        },
    )
    after = fields.String(
        metadata={"description": "Cursor: the page after this one (from `next_cursor`)."}
    )
    before = fields.String(
        metadata={"description": "Cursor: the page before this one (from `prev_cursor`)."}
    )


def page_of(query: Select, order: Order, args: dict) -> KeysetPage:
    """One page of `query` (cursors read from the request as on the HTML lists)."""
    return keyset_page(query, order, min(args["per_page"], MAX_PER_PAGE))


def _link(**cursor) -> str:
    arguments = {k: v for k, v in request.args.items() if k not in ("after", "before")}
    return url_for(request.endpoint, **(request.view_args or {}), **arguments, **cursor)


def envelope(page: KeysetPage, items: list) -> dict:
    """What every list answers: the items, the page size used and links to its neighbours."""
    return {
        "items": items,
        "per_page": page.per_page,
        "next_cursor": page.next_cursor,
        "prev_cursor": page.prev_cursor,
        "next_url": _link(after=page.next_cursor) if page.has_next else None,
        "prev_url": _link(before=page.prev_cursor) if page.has_prev else None,
    }


def page_schema(item_schema: type[Schema], name: str) -> type[Schema]:
    """The envelope schema around `item_schema`."""
    return Schema.from_dict(
        {
            "items": fields.List(fields.Nested(item_schema), required=True),
            "per_page": fields.Integer(required=True),
            "next_cursor": fields.String(allow_none=True, required=True),
            "prev_cursor": fields.String(allow_none=True, required=True),
            "next_url": fields.String(
                allow_none=True, required=True, metadata={"description": "The next page"}
            ),
            "prev_url": fields.String(
                allow_none=True, required=True, metadata={"description": "The page before"}
            ),
        },
        name=name,
    )
